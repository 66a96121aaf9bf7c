using System.Numerics;

namespace Entrypoint.Jinja.Python;

/// <summary>== and ordering as Python defines them: exact int/float comparison, lexicographic sequences, TypeError otherwise.</summary>
public static partial class PyOps
{
    /// <summary>a == b.</summary>
    public static bool Equal(object? a, object? b)
    {
        if (a is string s && b is string t)
        {
            return string.Equals(s, t, StringComparison.Ordinal);
        }
        if (a is long x && b is long y)
        {
            return x == y;
        }
        if (a is IPyObject o)
        {
            return b is IPyObject r && AsksRightFirst(o.TypeName, r.TypeName) ? r.PyEquals(a) : o.PyEquals(b);
        }
        if (b is IPyObject p)
        {
            return p.PyEquals(a);
        }
        if (a is null || b is null)
        {
            return a is null && b is null;
        }
        if (IsNumber(a) && IsNumber(b))
        {
            return CompareNumbers(a, b) == 0;
        }
        switch (a)
        {
            case PyList l when b is PyList m:
                return SequenceEqual(l, m);
            case PyTuple l when b is PyTuple m:
                return SequenceEqual(l, m, sizeFirst: false);
            case PyDict d when b is PyDict e:
                return DictEqual(d, e);
            case PySlice sa when b is PySlice sb:
                return Equal(sa.Start, sb.Start) && Equal(sa.Stop, sb.Stop) && Equal(sa.Step, sb.Step);
        }
        return a.Equals(b);
    }

    // Python asks the right operand first when its type subclasses the left's (Jinja's undefined kinds all
    // derive from Undefined), and falls back to it when the left's __eq__ does not know the right (Markup ==
    // undefined): either way an undefined on the right decides, unless the left is the same kind.
    private static bool AsksRightFirst(string left, string right) =>
        right.EndsWith("Undefined", StringComparison.Ordinal) && right != left
        && (left == "Undefined" || !left.EndsWith("Undefined", StringComparison.Ordinal));

    /// <summary>a op b for all six comparison operators.</summary>
    public static bool Compare(PyCompareOp op, object? a, object? b)
    {
        switch (op)
        {
            case PyCompareOp.Eq: return Equal(a, b);
            case PyCompareOp.Ne: return !Equal(a, b);
        }
        if (a is long x && b is long y)
        {
            return Holds(op, x.CompareTo(y));
        }
        if (a is string s && b is string t)
        {
            return Holds(op, PyStr.Compare(s, t));
        }
        if (IsNumber(a) && IsNumber(b))
        {
            int? c = CompareNumbers(a!, b!);
            return c is int v && Holds(op, v);
        }
        if (a is PyList l && b is PyList m)
        {
            return CompareSequences(op, l, m);
        }
        if (a is PyTuple p && b is PyTuple q)
        {
            return CompareSequences(op, p, q);
        }
        if (a is IPyObject oa && oa.CompareTo(b) is int ca)
        {
            return Holds(op, ca);
        }
        if (b is IPyObject ob && ob.CompareTo(a) is int cb)
        {
            return Holds(op, -cb);
        }
        throw PyException.TypeError("'" + OpSymbol(op) + "' not supported between instances of '" + TypeName(a) + "' and '" + TypeName(b) + "'");
    }

    public static string OpSymbol(PyCompareOp op) => op switch
    {
        PyCompareOp.Lt => "<",
        PyCompareOp.Le => "<=",
        PyCompareOp.Gt => ">",
        PyCompareOp.Ge => ">=",
        PyCompareOp.Eq => "==",
        _ => "!=",
    };

    private static bool Holds(PyCompareOp op, int c) => op switch
    {
        PyCompareOp.Lt => c < 0,
        PyCompareOp.Le => c <= 0,
        PyCompareOp.Gt => c > 0,
        PyCompareOp.Ge => c >= 0,
        PyCompareOp.Eq => c == 0,
        _ => c != 0,
    };

    private static bool IsNumber(object? v) => v is long or double or bool or BigInteger or int;

    /// <summary>Exact comparison of two numbers (no rounding of big ints to float); null when a NaN is involved.</summary>
    private static int? CompareNumbers(object a, object b)
    {
        if (a is double da)
        {
            return b is double db ? CompareDoubles(da, db) : Negate(CompareIntToDouble(b, da));
        }
        if (b is double d)
        {
            return CompareIntToDouble(a, d);
        }
        if (PyInt.TryGetLong(a, out long la) && PyInt.TryGetLong(b, out long lb))
        {
            return la.CompareTo(lb);
        }
        PyInt.TryGetBig(a, out var ba);
        PyInt.TryGetBig(b, out var bb);
        return ba.CompareTo(bb);
    }

    private static int? Negate(int? c) => c is int v ? -v : null;

    private static int? CompareDoubles(double a, double b)
    {
        if (double.IsNaN(a) || double.IsNaN(b))
        {
            return null;
        }
        return a < b ? -1 : a > b ? 1 : 0;
    }

    private static int? CompareIntToDouble(object i, double d)
    {
        if (double.IsNaN(d))
        {
            return null;
        }
        if (double.IsInfinity(d))
        {
            return d > 0 ? -1 : 1;
        }
        PyInt.TryGetBig(i, out var bi);
        double fl = Math.Floor(d);
        int c = bi.CompareTo(new BigInteger(fl));
        if (c != 0)
        {
            return c;
        }
        // Equal to the floor: the int is smaller exactly when d has a fractional part.
        return fl == d ? 0 : -1;
    }

    // list == list checks the sizes first; tuple == tuple compares items first (an item may raise).
    private static bool SequenceEqual(IReadOnlyList<object?> a, IReadOnlyList<object?> b, bool sizeFirst = true)
    {
        PyRecursionGuard.Enter(" in comparison");
        try
        {
            return SequenceEqualCore(a, b, sizeFirst);
        }
        finally
        {
            PyRecursionGuard.Leave();
        }
    }

    private static bool SequenceEqualCore(IReadOnlyList<object?> a, IReadOnlyList<object?> b, bool sizeFirst)
    {
        if (sizeFirst && a.Count != b.Count)
        {
            return false;
        }
        for (int i = 0; i < a.Count && i < b.Count; i++)
        {
            if (!ReferenceEquals(a[i], b[i]) && !Equal(a[i], b[i]))
            {
                return false;
            }
        }
        return a.Count == b.Count;
    }

    private static bool DictEqual(PyDict a, PyDict b)
    {
        PyRecursionGuard.Enter(" in comparison");
        try
        {
            return DictEqualCore(a, b);
        }
        finally
        {
            PyRecursionGuard.Leave();
        }
    }

    private static bool DictEqualCore(PyDict a, PyDict b)
    {
        if (a.Count != b.Count)
        {
            return false;
        }
        foreach (var kv in a)
        {
            if (!b.TryGetValue(kv.Key, out var v) || !(ReferenceEquals(v, kv.Value) || Equal(kv.Value, v)))
            {
                return false;
            }
        }
        return true;
    }

    private static bool CompareSequences(PyCompareOp op, IReadOnlyList<object?> a, IReadOnlyList<object?> b)
    {
        PyRecursionGuard.Enter(" in comparison");
        try
        {
            return CompareSequencesCore(op, a, b);
        }
        finally
        {
            PyRecursionGuard.Leave();
        }
    }

    private static bool CompareSequencesCore(PyCompareOp op, IReadOnlyList<object?> a, IReadOnlyList<object?> b)
    {
        int n = Math.Min(a.Count, b.Count);
        for (int i = 0; i < n; i++)
        {
            if (!ReferenceEquals(a[i], b[i]) && !Equal(a[i], b[i]))
            {
                return Compare(op, a[i], b[i]);
            }
        }
        return Holds(op, a.Count.CompareTo(b.Count));
    }
}
