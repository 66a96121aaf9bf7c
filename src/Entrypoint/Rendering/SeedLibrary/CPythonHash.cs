using System.Numerics;
using Entrypoint.Jinja.Python;

namespace Entrypoint.Rendering.SeedLibrary;

/// <summary>
/// CPython 3.11's hash() for the values whose hash does not change from one process to the next
/// (int, bool, finite and infinite floats, the empty str, tuples of these). A set of such values iterates
/// in the same order in every CPython run, and <see cref="CPythonSetTable"/> reproduces that order.
/// str, bytes, dates and None hash with a per-process seed or address, so their order is not reproducible.
/// </summary>
internal static class CPythonHash
{
    const int HashBits = 61;
    const ulong Modulus = (1UL << HashBits) - 1;
    const long InfinityHash = 314159;

    public static bool TryGet(object? value, out long hash)
    {
        switch (value)
        {
            case bool b:
                hash = b ? 1 : 0;
                return true;
            case long l:
                hash = OfInt(l);
                return true;
            case BigInteger big:
                hash = OfBig(big);
                return true;
            case double d when !double.IsNaN(d):
                hash = OfDouble(d);
                return true;
            case string { Length: 0 }:
                hash = 0;
                return true;
            case PyTuple t:
                return TryOfTuple(t, out hash);
            default:
                hash = 0;
                return false;
        }
    }

    static long OfInt(long l)
    {
        if (l == long.MinValue) return OfBig(l);
        ulong magnitude = (ulong)Math.Abs(l) % Modulus;
        long h = l < 0 ? -(long)magnitude : (long)magnitude;
        return h == -1 ? -2 : h;
    }

    static long OfBig(BigInteger big)
    {
        long magnitude = (long)(BigInteger.Abs(big) % Modulus);
        long h = big.Sign < 0 ? -magnitude : magnitude;
        return h == -1 ? -2 : h;
    }

    // _Py_HashDouble: the value reduced modulo 2**61 - 1, 28 bits of mantissa at a time.
    static long OfDouble(double v)
    {
        if (double.IsInfinity(v)) return v > 0 ? InfinityHash : -InfinityHash;
        var (m, e) = Frexp(v);
        int sign = 1;
        if (m < 0)
        {
            sign = -1;
            m = -m;
        }
        ulong x = 0;
        while (m != 0)
        {
            x = ((x << 28) & Modulus) | x >> (HashBits - 28);
            m *= 268435456.0;
            e -= 28;
            ulong y = (ulong)m;
            m -= y;
            x += y;
            if (x >= Modulus) x -= Modulus;
        }
        e = e >= 0 ? e % HashBits : HashBits - 1 - ((-1 - e) % HashBits);
        x = ((x << e) & Modulus) | x >> (HashBits - e);
        long h = (long)x * sign;
        return h == -1 ? -2 : h;
    }

    // C's frexp: v = m * 2**e with 0.5 <= |m| < 1.
    static (double Mantissa, int Exponent) Frexp(double v)
    {
        if (v == 0) return (v, 0);
        long bits = BitConverter.DoubleToInt64Bits(v);
        int exponent = (int)((bits >> 52) & 0x7FF);
        if (exponent == 0)
        {
            // Subnormal: scale into the normal range first.
            var (m, e) = Frexp(v * 18014398509481984.0); // 2**54
            return (m, e - 54);
        }
        long mantissaBits = (bits & ~(0x7FFL << 52)) | (1022L << 52);
        return (BitConverter.Int64BitsToDouble(mantissaBits), exponent - 1022);
    }

    // tuplehash: xxHash-style lanes (Objects/tupleobject.c).
    static bool TryOfTuple(PyTuple t, out long hash)
    {
        const ulong Prime1 = 11400714785074694791UL;
        const ulong Prime2 = 14029467366897019727UL;
        const ulong Prime5 = 2870177450012600261UL;
        ulong acc = Prime5;
        foreach (var item in t)
        {
            if (!TryGet(item, out long lane))
            {
                hash = 0;
                return false;
            }
            acc += (ulong)lane * Prime2;
            acc = BitOperations.RotateLeft(acc, 31);
            acc *= Prime1;
        }
        acc += (ulong)t.Count ^ (Prime5 ^ 3527539UL);
        hash = acc == ulong.MaxValue ? 1546275796 : (long)acc;
        return true;
    }
}
