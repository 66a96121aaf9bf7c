using System.Globalization;
using System.Text;

namespace Entrypoint.Jinja.Python;

/// <summary>CPython's PyOS_double_to_string: a float as text for the e, f, g and r (repr) styles.</summary>
internal static class PyFloatFormat
{
    /// <param name="type">'e', 'f', 'g' or 'r' (lower case; <paramref name="upper"/> selects E/F/G).</param>
    /// <param name="addDot0">Keep a ".0" on integral results in fixed notation (format type '' and repr).</param>
    public static string Format(double value, char type, int precision, bool alternate, bool addDot0, bool upper)
    {
        var sb = new StringBuilder(24);
        if (double.IsNegative(value) && !double.IsNaN(value))
        {
            sb.Append('-');
        }
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            sb.Append(double.IsNaN(value) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf"));
            return sb.ToString();
        }
        double abs = Math.Abs(value);
        string digits;
        int decpt;
        switch (type)
        {
            case 'e':
                precision++;
                (digits, decpt) = PyDtoa.Significant(abs, precision);
                break;
            case 'f':
                (digits, decpt) = PyDtoa.Fixed(abs, precision);
                break;
            case 'g':
                if (precision == 0)
                {
                    precision = 1;
                }
                (digits, decpt) = PyDtoa.Significant(abs, precision);
                break;
            default:
                (digits, decpt) = PyDtoa.Shortest(abs);
                break;
        }
        int digitsLen = digits.Length;
        int vEnd = digitsLen;
        bool useExp = false;
        switch (type)
        {
            case 'e':
                useExp = true;
                vEnd = precision;
                break;
            case 'f':
                vEnd = decpt + precision;
                break;
            case 'g':
                if (decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision))
                {
                    useExp = true;
                }
                if (alternate)
                {
                    vEnd = precision;
                }
                break;
            default:
                useExp = decpt <= -4 || decpt > 16;
                break;
        }
        int exp = 0;
        if (useExp)
        {
            exp = decpt - 1;
            decpt = 1;
        }
        int vStart = decpt <= 0 ? decpt - 1 : 0;
        vEnd = !useExp && addDot0 ? Math.Max(vEnd, decpt + 1) : Math.Max(vEnd, decpt);

        if (decpt <= 0)
        {
            sb.Append('0', decpt - vStart).Append('.').Append('0', -decpt);
        }
        else
        {
            sb.Append('0', -vStart);
        }
        if (decpt > 0 && decpt <= digitsLen)
        {
            sb.Append(digits, 0, decpt).Append('.').Append(digits, decpt, digitsLen - decpt);
        }
        else
        {
            sb.Append(digits);
        }
        if (digitsLen < decpt)
        {
            sb.Append('0', decpt - digitsLen).Append('.').Append('0', vEnd - decpt);
        }
        else
        {
            sb.Append('0', vEnd - digitsLen);
        }
        if (sb[^1] == '.' && !alternate)
        {
            sb.Length--;
        }
        if (useExp)
        {
            sb.Append(upper ? 'E' : 'e').Append(exp < 0 ? '-' : '+');
            int a = Math.Abs(exp);
            if (a < 10)
            {
                sb.Append('0');
            }
            sb.Append(a.ToString(CultureInfo.InvariantCulture));
        }
        return sb.ToString();
    }
}
