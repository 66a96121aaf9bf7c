using System.Globalization;
using System.Text;

namespace Entrypoint.Jinja.Python;

/// <summary>
/// repr(float): the shortest digits that round-trip (which .NET's "R" also produces), laid out as Python does:
/// fixed notation when the decimal exponent is in [-4, 16), scientific with a signed two-digit exponent otherwise.
/// </summary>
public static class PyFloatRepr
{
    public static string Format(double value)
    {
        if (double.IsNaN(value))
        {
            return "nan";
        }
        if (double.IsInfinity(value))
        {
            return value > 0 ? "inf" : "-inf";
        }
        if (value == 0.0)
        {
            return double.IsNegative(value) ? "-0.0" : "0.0";
        }
        var (digits, decpt) = ShortestDigits(Math.Abs(value));
        var sb = new StringBuilder(digits.Length + 8);
        if (value < 0)
        {
            sb.Append('-');
        }
        if (decpt > -4 && decpt <= 16)
        {
            AppendFixed(sb, digits, decpt);
        }
        else
        {
            AppendScientific(sb, digits, decpt);
        }
        return sb.ToString();
    }

    /// <summary>Shortest round-trip digits of a positive finite value, with the value = 0.DIGITS × 10^decpt.</summary>
    public static (string Digits, int DecimalPoint) ShortestDigits(double positive)
    {
        string r = positive.ToString("R", CultureInfo.InvariantCulture);
        int e = r.IndexOf('E');
        int exp = 0;
        string mantissa = r;
        if (e >= 0)
        {
            exp = int.Parse(r.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            mantissa = r[..e];
        }
        int dot = mantissa.IndexOf('.');
        int intLen = dot < 0 ? mantissa.Length : dot;
        string all = dot < 0 ? mantissa : string.Concat(mantissa.AsSpan(0, dot), mantissa.AsSpan(dot + 1));
        int lead = 0;
        while (lead < all.Length - 1 && all[lead] == '0')
        {
            lead++;
        }
        string digits = all[lead..].TrimEnd('0');
        if (digits.Length == 0)
        {
            digits = "0";
        }
        return (digits, intLen - lead + exp);
    }

    private static void AppendFixed(StringBuilder sb, string digits, int decpt)
    {
        if (decpt <= 0)
        {
            sb.Append("0.").Append('0', -decpt).Append(digits);
        }
        else if (decpt >= digits.Length)
        {
            sb.Append(digits).Append('0', decpt - digits.Length).Append(".0");
        }
        else
        {
            sb.Append(digits, 0, decpt).Append('.').Append(digits, decpt, digits.Length - decpt);
        }
    }

    private static void AppendScientific(StringBuilder sb, string digits, int decpt)
    {
        sb.Append(digits[0]);
        if (digits.Length > 1)
        {
            sb.Append('.').Append(digits, 1, digits.Length - 1);
        }
        int exp = decpt - 1;
        sb.Append(exp < 0 ? "e-" : "e+");
        int abs = Math.Abs(exp);
        if (abs < 10)
        {
            sb.Append('0');
        }
        sb.Append(abs.ToString(CultureInfo.InvariantCulture));
    }
}
