using System.Numerics;

namespace Entrypoint.Jinja.Python;

/// <summary>Arithmetic on int and float with Python's rounding, sign rules and ZeroDivisionError wording.</summary>
public static partial class PyOps
{
    private static bool TryNumeric(PyOperator op, object? a, object? b, out object? result)
    {
        if (a is double x)
        {
            if (b is double y)
            {
                result = FloatOp(op, x, y);
                return true;
            }
            if (PyInt.IsInt(b))
            {
                result = FloatOp(op, x, ToDouble(b));
                return true;
            }
        }
        else if (PyInt.IsInt(a))
        {
            if (b is double y)
            {
                result = FloatOp(op, ToDouble(a), y);
                return true;
            }
            if (PyInt.TryGetLong(a, out long la) && PyInt.TryGetLong(b, out long lb))
            {
                result = LongOp(op, la, lb);
                return true;
            }
            if (PyInt.TryGetBig(a, out var ba) && PyInt.TryGetBig(b, out var bb))
            {
                result = BigOp(op, ba, bb);
                return true;
            }
        }
        result = null;
        return false;
    }

    /// <summary>float(x) for an int, bool or float (OverflowError for huge ints).</summary>
    public static double ToDouble(object? value) => value switch
    {
        double d => d,
        long l => l,
        bool b => b ? 1.0 : 0.0,
        BigInteger bi => PyInt.ToDouble(bi),
        int i => i,
        _ => throw PyException.TypeError("must be real number, not " + TypeName(value)),
    };

    private static object LongOp(PyOperator op, long a, long b)
    {
        switch (op)
        {
            case PyOperator.Add: return PyInt.Add(a, b);
            case PyOperator.Sub: return PyInt.Sub(a, b);
            case PyOperator.Mul: return PyInt.Mul(a, b);
            case PyOperator.TrueDiv:
                if (b == 0)
                {
                    throw PyException.ZeroDivision("division by zero");
                }
                const long Exact = 1L << 53;
                if (a > -Exact && a < Exact && b > -Exact && b < Exact)
                {
                    return (double)a / b;
                }
                return IntTrueDivide(a, b);
            case PyOperator.FloorDiv:
                if (b == 0)
                {
                    throw PyException.ZeroDivision("integer division or modulo by zero");
                }
                return PyInt.FloorDiv(a, b);
            case PyOperator.Mod:
                if (b == 0)
                {
                    throw PyException.ZeroDivision("integer modulo by zero");
                }
                return PyInt.Mod(a, b);
            default:
                return BigOp(op, a, b);
        }
    }

    private static object BigOp(PyOperator op, BigInteger a, BigInteger b)
    {
        switch (op)
        {
            case PyOperator.Add: return PyInt.Normalize(a + b);
            case PyOperator.Sub: return PyInt.Normalize(a - b);
            case PyOperator.Mul: return PyInt.Normalize(a * b);
            case PyOperator.TrueDiv:
                if (b.IsZero)
                {
                    throw PyException.ZeroDivision("division by zero");
                }
                return IntTrueDivide(a, b);
            case PyOperator.FloorDiv:
                if (b.IsZero)
                {
                    throw PyException.ZeroDivision("integer division or modulo by zero");
                }
                return PyInt.Normalize(PyInt.FloorDiv(a, b));
            case PyOperator.Mod:
                if (b.IsZero)
                {
                    throw PyException.ZeroDivision("integer modulo by zero");
                }
                return PyInt.Normalize(PyInt.Mod(a, b));
            case PyOperator.Pow:
                return IntPow(a, b);
            default:
                throw new ArgumentOutOfRangeException(nameof(op));
        }
    }

    private static object IntPow(BigInteger a, BigInteger b)
    {
        if (b.Sign < 0)
        {
            // Python computes a negative int power in float.
            return FloatOp(PyOperator.Pow, PyInt.ToDouble(a), PyInt.ToDouble(b));
        }
        if (a.IsZero || a.IsOne)
        {
            return b.IsZero ? 1L : PyInt.Normalize(a);
        }
        if (a == BigInteger.MinusOne)
        {
            return b.IsEven ? 1L : -1L;
        }
        if (b > 100_000_000)
        {
            throw new PyException("MemoryError", "");
        }
        return PyInt.Normalize(BigInteger.Pow(a, (int)b));
    }

    /// <summary>Correctly rounded int / int, as CPython's long_true_divide.</summary>
    private static double IntTrueDivide(BigInteger a, BigInteger b)
    {
        bool negative = (a.Sign < 0) != (b.Sign < 0);
        a = BigInteger.Abs(a);
        b = BigInteger.Abs(b);
        if (a.IsZero)
        {
            return negative ? -0.0 : 0.0;
        }
        // Scale so the quotient carries at least 55 significant bits, then fold the remainder
        // into a sticky bit so the single rounding to double is correct.
        long shift = 55 - ((long)a.GetBitLength() - (long)b.GetBitLength());
        var num = shift > 0 ? a << (int)shift : a;
        var den = shift < 0 ? b << (int)-shift : b;
        var q = BigInteger.DivRem(num, den, out var rem);
        if (!rem.IsZero)
        {
            q |= BigInteger.One;
        }
        double result = PyInt.ScaleToDouble(q, -shift);
        if (double.IsInfinity(result))
        {
            throw PyException.Overflow("integer division result too large for a float");
        }
        return negative ? -result : result;
    }

    private static object FloatOp(PyOperator op, double a, double b)
    {
        switch (op)
        {
            case PyOperator.Add: return a + b;
            case PyOperator.Sub: return a - b;
            case PyOperator.Mul: return a * b;
            case PyOperator.TrueDiv:
                if (b == 0.0)
                {
                    throw PyException.ZeroDivision("float division by zero");
                }
                return a / b;
            case PyOperator.FloorDiv:
                if (b == 0.0)
                {
                    throw PyException.ZeroDivision("float floor division by zero");
                }
                return FloatDivMod(a, b, out _);
            case PyOperator.Mod:
                if (b == 0.0)
                {
                    throw PyException.ZeroDivision("float modulo");
                }
                FloatDivMod(a, b, out double mod);
                return mod;
            case PyOperator.Pow:
                return FloatPow(a, b);
            default:
                throw new ArgumentOutOfRangeException(nameof(op));
        }
    }

    /// <summary>CPython's float_divmod: the floor quotient, and the remainder with the divisor's sign.</summary>
    private static double FloatDivMod(double vx, double wx, out double mod)
    {
        mod = vx % wx; // C fmod
        double div = (vx - mod) / wx;
        if (mod != 0.0)
        {
            if ((wx < 0) != (mod < 0))
            {
                mod += wx;
                div -= 1.0;
            }
        }
        else
        {
            mod = Math.CopySign(0.0, wx);
        }
        double floordiv;
        if (div != 0.0)
        {
            floordiv = Math.Floor(div);
            if (div - floordiv > 0.5)
            {
                floordiv += 1.0;
            }
        }
        else
        {
            floordiv = Math.CopySign(0.0, vx / wx);
        }
        return floordiv;
    }

    private static object FloatPow(double iv, double iw)
    {
        if (iw == 0.0)
        {
            return 1.0;
        }
        if (double.IsNaN(iv))
        {
            return iv;
        }
        if (double.IsNaN(iw))
        {
            return iv == 1.0 ? 1.0 : iw;
        }
        if (iv == 0.0 && iw < 0.0)
        {
            throw PyException.ZeroDivision("0.0 cannot be raised to a negative power");
        }
        if (iv < 0.0 && double.IsFinite(iv) && double.IsFinite(iw) && Math.Floor(iw) != iw)
        {
            return PyComplex.Pow(iv, iw);
        }
        double r = Math.Pow(iv, iw);
        if (double.IsInfinity(r) && double.IsFinite(iv) && double.IsFinite(iw))
        {
            throw new PyException("OverflowError", "(34, 'Numerical result out of range')");
        }
        return r;
    }
}
