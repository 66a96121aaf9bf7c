using System.Globalization;
using System.Numerics;

namespace Entrypoint.Jinja.Python;

/// <summary>
/// Decimal digits of a double as CPython's _Py_dg_dtoa gives them: shortest round-trip (mode 0),
/// n significant digits (mode 2) or n digits after the point (mode 3), correctly rounded half-to-even
/// on the exact binary value, trailing zeros removed. The value is DIGITS × 10^(decpt - len).
/// </summary>
internal static class PyDtoa
{
    public static (string Digits, int DecimalPoint) Shortest(double positive) =>
        positive == 0.0 ? ("0", 1) : PyFloatRepr.ShortestDigits(positive);

    /// <summary>Mode 3: rounded to n digits after the decimal point; empty digits when that rounds to zero.</summary>
    public static (string Digits, int DecimalPoint) Fixed(double positive, int n)
    {
        if (positive == 0.0)
        {
            return ("0", 1);
        }
        var r = ScaleRound(positive, n);
        if (r.IsZero)
        {
            return ("", -n);
        }
        string s = r.ToString(CultureInfo.InvariantCulture);
        return Trim(s, s.Length - n);
    }

    /// <summary>Mode 2: rounded to n (≥ 1) significant digits.</summary>
    public static (string Digits, int DecimalPoint) Significant(double positive, int n)
    {
        if (positive == 0.0)
        {
            return ("0", 1);
        }
        int k = (int)Math.Floor(Math.Log10(positive));
        for (int attempt = 0; ; attempt++)
        {
            var r = ScaleRound(positive, n - 1 - k);
            string s = r.ToString(CultureInfo.InvariantCulture);
            if (s.Length == n || attempt == 3)
            {
                return Trim(s, k + 1);
            }
            if (s.Length > n)
            {
                // Either the estimate of k was low or rounding carried into a new digit (9.99 -> 10.0).
                if (s.Length == n + 1 && s[0] == '1' && s.AsSpan(1).IndexOfAnyExcept('0') < 0)
                {
                    return Trim(s[..n], k + 2);
                }
                k++;
            }
            else
            {
                k--;
            }
        }
    }

    private static (string, int) Trim(string digits, int decpt)
    {
        string t = digits.TrimEnd('0');
        return (t.Length == 0 ? "0" : t, decpt);
    }

    /// <summary>round_half_even(value × 10^power), computed exactly.</summary>
    private static BigInteger ScaleRound(double value, int power)
    {
        long bits = BitConverter.DoubleToInt64Bits(value);
        int exp = (int)((bits >> 52) & 0x7FF);
        long frac = bits & 0xFFFFFFFFFFFFFL;
        BigInteger m = exp == 0 ? frac : frac | (1L << 52);
        int e = exp == 0 ? -1074 : exp - 1075;
        BigInteger num = m, den = BigInteger.One;
        if (e >= 0)
        {
            num <<= e;
        }
        else
        {
            den <<= -e;
        }
        if (power >= 0)
        {
            num *= BigInteger.Pow(10, power);
        }
        else
        {
            den *= BigInteger.Pow(10, -power);
        }
        var q = BigInteger.DivRem(num, den, out var rem);
        int c = (rem << 1).CompareTo(den);
        if (c > 0 || (c == 0 && !q.IsEven))
        {
            q += 1;
        }
        return q;
    }
}
