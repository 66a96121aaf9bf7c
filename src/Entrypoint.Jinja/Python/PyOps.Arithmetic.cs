using System.Numerics;

namespace Entrypoint.Jinja.Python;

/// <summary>Binary and unary arithmetic with Python's numeric tower (bool ⊂ int ⊂ float) and sequence operators.</summary>
public static partial class PyOps
{
    public static object? Add(object? a, object? b)
    {
        if (a is long x && b is long y)
        {
            return PyInt.Add(x, y);
        }
        if (a is string s && b is string t)
        {
            return string.Concat(s, t);
        }
        if (TryNumeric(PyOperator.Add, a, b, out var n))
        {
            return n;
        }
        if (a is PyList l && b is PyList m)
        {
            var r = new PyList(l.Count + m.Count);
            r.AddRange(l);
            r.AddRange(m);
            return r;
        }
        if (a is PyTuple p && b is PyTuple q)
        {
            var items = new object?[p.Count + q.Count];
            p.Items.CopyTo(items, 0);
            q.Items.CopyTo(items, p.Count);
            return new PyTuple(items);
        }
        if (TryObjectOperator(PyOperator.Add, a, b, out var o))
        {
            return o;
        }
        if (a is string or PyList or PyTuple)
        {
            throw PyException.TypeError("can only concatenate " + TypeName(a) + " (not \"" + TypeName(b) + "\") to " + TypeName(a));
        }
        throw Unsupported("+", a, b);
    }

    public static object? Sub(object? a, object? b)
    {
        if (a is long x && b is long y)
        {
            return PyInt.Sub(x, y);
        }
        return BinaryOp(PyOperator.Sub, a, b);
    }

    public static object? Mul(object? a, object? b)
    {
        if (a is long x && b is long y)
        {
            return PyInt.Mul(x, y);
        }
        if (TryNumeric(PyOperator.Mul, a, b, out var n))
        {
            return n;
        }
        if (IsSequence(a) && PyInt.IsInt(b))
        {
            return Repeat(a!, b);
        }
        if (IsSequence(b) && PyInt.IsInt(a))
        {
            return Repeat(b!, a);
        }
        if (TryObjectOperator(PyOperator.Mul, a, b, out var o))
        {
            return o;
        }
        if (IsSequence(a) && b is not double)
        {
            throw PyException.TypeError("can't multiply sequence by non-int of type '" + TypeName(b) + "'");
        }
        if (IsSequence(b) && a is not double)
        {
            throw PyException.TypeError("can't multiply sequence by non-int of type '" + TypeName(a) + "'");
        }
        if (IsSequence(a) || IsSequence(b))
        {
            throw PyException.TypeError("can't multiply sequence by non-int of type 'float'");
        }
        throw Unsupported("*", a, b);
    }

    public static object? TrueDiv(object? a, object? b) => BinaryOp(PyOperator.TrueDiv, a, b);

    public static object? FloorDiv(object? a, object? b) => BinaryOp(PyOperator.FloorDiv, a, b);

    /// <summary>a % b: numeric modulo, or printf-style formatting when a is a str.</summary>
    public static object? Mod(object? a, object? b)
    {
        if (a is long x && b is long y && y != 0)
        {
            return PyInt.Mod(x, y);
        }
        if (a is string s)
        {
            return PyFormat.Percent(s, b);
        }
        return BinaryOp(PyOperator.Mod, a, b);
    }

    public static object? Pow(object? a, object? b) => BinaryOp(PyOperator.Pow, a, b);

    /// <summary>Any binary operator; sequence-specific forms are handled by Add and Mul.</summary>
    public static object? BinaryOp(PyOperator op, object? a, object? b)
    {
        switch (op)
        {
            case PyOperator.Add: return Add(a, b);
            case PyOperator.Mul: return Mul(a, b);
            case PyOperator.Mod when a is string s: return PyFormat.Percent(s, b);
        }
        if (TryNumeric(op, a, b, out var n))
        {
            return n;
        }
        if (TryObjectOperator(op, a, b, out var o))
        {
            return o;
        }
        throw Unsupported(Symbol(op), a, b);
    }

    public static object? Neg(object? a) => a switch
    {
        long l => l == long.MinValue ? -(BigInteger)l : (object)(-l),
        double d => -d,
        bool b => b ? -1L : 0L,
        BigInteger bi => PyInt.Normalize(-bi),
        int i => -(long)i,
        _ => Unary(PyOperator.Neg, "-", a),
    };

    public static object? Pos(object? a) => a switch
    {
        long or double or BigInteger => a,
        bool b => b ? 1L : 0L,
        int i => (long)i,
        _ => Unary(PyOperator.Pos, "+", a),
    };

    private static object? Unary(PyOperator op, string symbol, object? a)
    {
        if (a is IPyObject o && o.TryOperator(op, null, false, out var r))
        {
            return r;
        }
        throw PyException.TypeError("bad operand type for unary " + symbol + ": '" + TypeName(a) + "'");
    }

    private static bool TryObjectOperator(PyOperator op, object? a, object? b, out object? result)
    {
        if (a is IPyObject x && x.TryOperator(op, b, false, out result))
        {
            return true;
        }
        if (b is IPyObject y && y.TryOperator(op, a, true, out result))
        {
            return true;
        }
        result = null;
        return false;
    }

    private static bool IsSequence(object? v) => v is string or PyList or PyTuple;

    private static object Repeat(object seq, object? times)
    {
        long n;
        if (PyInt.TryGetLong(times, out long l))
        {
            n = l;
        }
        else
        {
            throw PyException.Overflow("cannot fit 'int' into an index-sized integer");
        }
        if (n < 0)
        {
            n = 0;
        }
        int len = seq switch { string s => s.Length, PyList pl => pl.Count, _ => ((PyTuple)seq).Count };
        if (seq is string && len != 0 && n > long.MaxValue / len)
        {
            throw PyException.Overflow("repeated string is too long");
        }
        if (len != 0 && n > int.MaxValue / len)
        {
            throw new PyException("MemoryError", "");
        }
        int count = (int)n;
        switch (seq)
        {
            case string s:
                return count == 0 || s.Length == 0 ? "" : new System.Text.StringBuilder(s.Length * count).Insert(0, s, count).ToString();
            case PyList list:
                {
                    var r = new PyList(list.Count * count);
                    for (int i = 0; i < count; i++)
                    {
                        r.AddRange(list);
                    }
                    return r;
                }
            default:
                {
                    var t = (PyTuple)seq;
                    var items = new object?[t.Count * count];
                    for (int i = 0; i < count; i++)
                    {
                        t.Items.CopyTo(items, i * t.Count);
                    }
                    return count == 0 ? PyTuple.Empty : new PyTuple(items);
                }
        }
    }

    private static string Symbol(PyOperator op) => op switch
    {
        PyOperator.Add => "+",
        PyOperator.Sub => "-",
        PyOperator.Mul => "*",
        PyOperator.TrueDiv => "/",
        PyOperator.FloorDiv => "//",
        PyOperator.Mod => "%",
        PyOperator.Pow => "** or pow()",
        _ => "?",
    };

    private static PyException Unsupported(string symbol, object? a, object? b) =>
        PyException.TypeError("unsupported operand type(s) for " + symbol + ": '" + TypeName(a) + "' and '" + TypeName(b) + "'");
}
