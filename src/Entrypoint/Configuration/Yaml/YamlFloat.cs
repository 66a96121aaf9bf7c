using System.Globalization;
using Entrypoint.Jinja.Python;

namespace Entrypoint.Configuration.Yaml;

/// <summary>
/// PyYAML's float constructor: underscores dropped, lower-cased, a sign, then .inf, .nan, base 60 (summed from
/// the last group as PyYAML does, so rounding matches) or Python's float() of the rest.
/// </summary>
internal static class YamlFloat
{
    public static double Construct(string text)
    {
        var value = text.Replace("_", "", StringComparison.Ordinal).ToLowerInvariant();
        if (value.Length == 0) throw PyException.IndexError("string index out of range");
        double sign = value[0] == '-' ? -1.0 : 1.0;
        if (value[0] is '+' or '-') value = value[1..];
        if (value == ".inf") return sign * double.PositiveInfinity;
        if (value == ".nan") return double.NaN;
        if (value.Contains(':', StringComparison.Ordinal))
        {
            var parts = value.Split(':');
            double total = 0.0, scale = 1.0;
            for (int i = parts.Length - 1; i >= 0; i--)
            {
                total += PythonFloat(parts[i]) * scale;
                scale *= 60;
            }
            return sign * total;
        }
        return sign * PythonFloat(value);
    }

    /// <summary>Python's float(text) for ASCII input: digits with an optional point and exponent, inf, nan.</summary>
    public static double PythonFloat(string text)
    {
        var s = text.AsSpan().Trim(" \t\n\r\f\v");
        var body = s.Length > 0 && s[0] is '+' or '-' ? s[1..] : s;
        bool negative = s.Length > 0 && s[0] == '-';
        if (body.Equals("inf", StringComparison.OrdinalIgnoreCase) || body.Equals("infinity", StringComparison.OrdinalIgnoreCase))
        {
            return negative ? double.NegativeInfinity : double.PositiveInfinity;
        }
        if (body.Equals("nan", StringComparison.OrdinalIgnoreCase)) return double.NaN;
        if (!IsDecimalLiteral(body)) throw PyException.ValueError("could not convert string to float: " + PyRepr.Repr(text));
        // .NET's parser is correctly rounded, like CPython's; out-of-range exponents give inf or 0 as in Python.
        return double.Parse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent,
            CultureInfo.InvariantCulture);
    }

    /// <summary>digits [. digits] [e [sign] digits], with at least one digit before the exponent.</summary>
    private static bool IsDecimalLiteral(ReadOnlySpan<char> s)
    {
        int i = 0, mantissaDigits = 0;
        while (i < s.Length && char.IsAsciiDigit(s[i])) { i++; mantissaDigits++; }
        if (i < s.Length && s[i] == '.')
        {
            i++;
            while (i < s.Length && char.IsAsciiDigit(s[i])) { i++; mantissaDigits++; }
        }
        if (mantissaDigits == 0) return false;
        if (i == s.Length) return true;
        if (s[i] is not ('e' or 'E')) return false;
        i++;
        if (i < s.Length && s[i] is '+' or '-') i++;
        int exponentDigits = 0;
        while (i < s.Length && char.IsAsciiDigit(s[i])) { i++; exponentDigits++; }
        return exponentDigits > 0 && i == s.Length;
    }
}
