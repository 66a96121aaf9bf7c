using System.Numerics;

namespace Entrypoint.Jinja.Python;

/// <summary>
/// Python's int is a long, or a BigInteger only when the value does not fit in a long.
/// bool counts as an int in arithmetic (True + 1 == 2).
/// </summary>
public static class PyInt
{
    private static readonly BigInteger LongMin = long.MinValue;
    private static readonly BigInteger LongMax = long.MaxValue;

    /// <summary>The canonical int: a long when it fits, otherwise the BigInteger.</summary>
    public static object Normalize(BigInteger value) =>
        value >= LongMin && value <= LongMax ? (object)(long)value : value;

    /// <summary>Brings a host integer (int, long, short, byte, ulong, BigInteger...) to the canonical form; other values are returned unchanged.</summary>
    public static object? Normalize(object? value) => value switch
    {
        int i => (long)i,
        BigInteger b => Normalize(b),
        short s => (long)s,
        byte b => (long)b,
        sbyte b => (long)b,
        ushort s => (long)s,
        uint u => (long)u,
        ulong u => u <= long.MaxValue ? (object)(long)u : new BigInteger(u),
        _ => value,
    };

    /// <summary>True for an int in the Python sense, including bool.</summary>
    public static bool IsInt(object? value) => value is long or bool or BigInteger or int;

    /// <summary>The int value of an int or bool as a BigInteger.</summary>
    public static bool TryGetBig(object? value, out BigInteger big)
    {
        switch (value)
        {
            case long l: big = l; return true;
            case bool b: big = b ? BigInteger.One : BigInteger.Zero; return true;
            case BigInteger bi: big = bi; return true;
            case int i: big = i; return true;
            default: big = default; return false;
        }
    }

    /// <summary>The int value of an int or bool as a long; false for big ints and non-ints.</summary>
    public static bool TryGetLong(object? value, out long result)
    {
        switch (value)
        {
            case long l: result = l; return true;
            case bool b: result = b ? 1 : 0; return true;
            case int i: result = i; return true;
            default: result = 0; return false;
        }
    }

    /// <summary>An index-sized int (like Python's __index__ into Py_ssize_t), with Python's errors.</summary>
    public static long ToIndex(object? value, string? typeErrorMessage = null)
    {
        if (TryGetLong(value, out long l))
        {
            return l;
        }
        if (value is BigInteger)
        {
            throw PyException.IndexError("cannot fit 'int' into an index-sized integer");
        }
        throw PyException.TypeError(typeErrorMessage ?? "'" + PyOps.TypeName(value) + "' object cannot be interpreted as an integer");
    }

    public static object Add(long a, long b)
    {
        long r = a + b;
        // Overflow iff both operands have the same sign and the result's sign differs.
        return ((a ^ r) & (b ^ r)) < 0 ? (BigInteger)a + b : (object)r;
    }

    public static object Sub(long a, long b)
    {
        long r = a - b;
        return ((a ^ b) & (a ^ r)) < 0 ? (BigInteger)a - b : (object)r;
    }

    public static object Mul(long a, long b)
    {
        long high = Math.BigMul(a, b, out long low);
        return (high == 0 && low >= 0) || (high == -1 && low < 0) ? (object)low : (BigInteger)a * b;
    }

    /// <summary>Floor division rounding toward negative infinity; the divisor is non-zero.</summary>
    public static object FloorDiv(long a, long b)
    {
        if (a == long.MinValue && b == -1)
        {
            return -(BigInteger)a;
        }
        long q = a / b;
        if ((a % b != 0) && ((a < 0) != (b < 0)))
        {
            q--;
        }
        return q;
    }

    /// <summary>Modulo with the sign of the divisor; the divisor is non-zero.</summary>
    public static long Mod(long a, long b)
    {
        if (b == -1)
        {
            return 0;
        }
        long r = a % b;
        return r != 0 && ((r < 0) != (b < 0)) ? r + b : r;
    }

    public static BigInteger FloorDiv(BigInteger a, BigInteger b)
    {
        var q = BigInteger.DivRem(a, b, out var r);
        return !r.IsZero && (r.Sign < 0) != (b.Sign < 0) ? q - 1 : q;
    }

    public static BigInteger Mod(BigInteger a, BigInteger b)
    {
        var r = BigInteger.Remainder(a, b);
        return !r.IsZero && (r.Sign < 0) != (b.Sign < 0) ? r + b : r;
    }

    /// <summary>int to float as Python does it (OverflowError when too large).</summary>
    public static double ToDouble(BigInteger value)
    {
        double d = value.Sign < 0 ? -ScaleToDouble(-value, 0) : ScaleToDouble(value, 0);
        if (double.IsInfinity(d))
        {
            throw PyException.Overflow("int too large to convert to float");
        }
        return d;
    }

    /// <summary>
    /// magnitude × 2^exponent rounded half-to-even to a double. BigInteger's own conversion truncates,
    /// which differs from Python in the last bit.
    /// </summary>
    internal static double ScaleToDouble(BigInteger magnitude, long exponent)
    {
        long bits = (long)magnitude.GetBitLength();
        if (bits <= 53)
        {
            return Math.ScaleB((double)(long)magnitude, (int)Math.Clamp(exponent, -10000, 10000));
        }
        int extra = (int)(bits - 53);
        var top = magnitude >> extra;
        var rest = magnitude - (top << extra);
        var half = BigInteger.One << (extra - 1);
        int c = rest.CompareTo(half);
        if (c > 0 || (c == 0 && !top.IsEven))
        {
            top += 1;
        }
        return Math.ScaleB((double)(long)top, (int)Math.Clamp(extra + exponent, -10000, 10000));
    }
}
