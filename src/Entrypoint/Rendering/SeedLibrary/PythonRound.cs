using System.Globalization;
using System.Numerics;
using Entrypoint.Jinja.Python;

namespace Entrypoint.Rendering.SeedLibrary;

/// <summary>
/// Python's builtin round(number, ndigits=None): half to even on the exact binary value; an int without
/// ndigits; int.__round__ for ints (negative ndigits round to tens, hundreds...); float.__round__ for floats.
/// Unlike Jinja's round filter, which always rounds half away from zero and returns a float.
/// </summary>
internal static class PythonRound
{
    // float.__round__ leaves x alone beyond these (Objects/floatobject.c, NDIGITS_MAX / NDIGITS_MIN).
    const int MaxDigits = 323;
    const int MinDigits = -308;

    public static object? Round(IReadOnlyList<object?> args, IReadOnlyList<KeyValuePair<string, object?>> kwargs)
    {
        var (number, ndigits) = Bind(args, kwargs);
        return number switch
        {
            bool or long or int or BigInteger => RoundInt(ToBig(number), ndigits),
            double d => ndigits is null ? RoundToInt(d) : RoundFloat(d, PyInt.ToIndex(ndigits)),
            _ => throw PyException.TypeError($"type {PyOps.TypeName(number)} doesn't define __round__ method"),
        };
    }

    // Argument Clinic's round(number, ndigits=None).
    static (object? Number, object? Ndigits) Bind(IReadOnlyList<object?> args, IReadOnlyList<KeyValuePair<string, object?>> kwargs)
    {
        if (args.Count + kwargs.Count > 2) throw PyException.TypeError($"round() takes at most 2 arguments ({args.Count + kwargs.Count} given)");
        object? number = args.Count > 0 ? args[0] : null, ndigits = args.Count > 1 ? args[1] : null;
        bool hasNumber = args.Count > 0;
        foreach (var (key, value) in kwargs)
        {
            int position = key switch { "number" => 0, "ndigits" => 1, _ => -1 };
            if (position < 0) throw PyException.TypeError($"'{key}' is an invalid keyword argument for round()");
            if (position < args.Count) throw PyException.TypeError($"argument for round() given by name ('{key}') and position ({position + 1})");
            if (position == 0)
            {
                number = value;
                hasNumber = true;
            }
            else
            {
                ndigits = value;
            }
        }
        if (!hasNumber) throw PyException.TypeError("round() missing required argument 'number' (pos 1)");
        return (number, ndigits);
    }

    static BigInteger ToBig(object? number) => number switch
    {
        bool b => b ? BigInteger.One : BigInteger.Zero,
        long l => l,
        int i => i,
        _ => (BigInteger)number!,
    };

    static object RoundInt(BigInteger value, object? ndigits)
    {
        if (ndigits is null) return PyInt.Normalize(value);
        long n = PyInt.ToIndex(ndigits);
        if (n >= 0) return PyInt.Normalize(value);
        if (n < -10000) return 0L; // 10**10000 exceeds any int a template can build; the result is 0 as in Python.
        var unit = BigInteger.Pow(10, (int)-n);
        return PyInt.Normalize(value - NearestRemainder(value, unit));
    }

    // divmod_near(a, b)[1]: the remainder after rounding a / b to the nearest integer, ties to even.
    static BigInteger NearestRemainder(BigInteger a, BigInteger b)
    {
        var q = BigInteger.DivRem(a, b, out var r);
        if (r.Sign < 0)
        {
            q -= 1;
            r += b;
        }
        var twice = r * 2;
        if (twice > b || (twice == b && !q.IsEven)) r -= b;
        return r;
    }

    static object RoundToInt(double d)
    {
        if (double.IsNaN(d)) throw PyException.ValueError("cannot convert float NaN to integer");
        if (double.IsInfinity(d)) throw PyException.Overflow("cannot convert float infinity to integer");
        return PyInt.Normalize(new BigInteger(Math.Round(d, MidpointRounding.ToEven)));
    }

    static double RoundFloat(double x, long ndigits)
    {
        if (!double.IsFinite(x)) return x;
        if (ndigits > MaxDigits) return x;
        if (ndigits < MinDigits) return 0.0 * x;
        int n = (int)ndigits;
        // x = mantissa * 2**exponent exactly; scale by 10**n and round half to even, as dtoa's mode 3 does.
        long bits = BitConverter.DoubleToInt64Bits(Math.Abs(x));
        int biased = (int)(bits >> 52);
        BigInteger mantissa = bits & ((1L << 52) - 1);
        int exponent;
        if (biased == 0)
        {
            exponent = -1074;
        }
        else
        {
            mantissa += 1L << 52;
            exponent = biased - 1075;
        }
        var numerator = mantissa * BigInteger.Pow(10, Math.Max(n, 0)) * BigInteger.Pow(2, Math.Max(exponent, 0));
        var denominator = BigInteger.Pow(10, Math.Max(-n, 0)) * BigInteger.Pow(2, Math.Max(-exponent, 0));
        var q = BigInteger.DivRem(numerator, denominator, out var r);
        var twice = r * 2;
        if (twice > denominator || (twice == denominator && !q.IsEven)) q += 1;
        string text = (x < 0 || (x == 0 && double.IsNegative(x)) ? "-" : "") + q.ToString(CultureInfo.InvariantCulture) + "e" + (-n).ToString(CultureInfo.InvariantCulture);
        double rounded = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        if (double.IsInfinity(rounded)) throw PyException.Overflow("rounded value too large to represent");
        return rounded;
    }
}
