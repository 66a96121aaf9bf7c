using System.Numerics;
using Entrypoint.Jinja.Python;

namespace Entrypoint.Configuration.Yaml;

/// <summary>
/// PyYAML's int constructor: underscores dropped, a sign, then 0b binary, 0x hex, a leading 0 for octal,
/// colons for base 60, else decimal. An explicitly tagged !!int reaches here with any text, so anything
/// Python's int() would refuse raises its ValueError.
/// </summary>
internal static class YamlInteger
{
    public static object Construct(string text)
    {
        var value = text.Replace("_", "", StringComparison.Ordinal);
        if (value.Length == 0) throw PyException.IndexError("string index out of range");
        int sign = value[0] == '-' ? -1 : 1;
        if (value[0] is '+' or '-') value = value[1..];
        BigInteger result;
        if (value == "0") return 0L;
        if (value.StartsWith("0b", StringComparison.Ordinal)) result = PythonInt(value[2..], 2);
        else if (value.StartsWith("0x", StringComparison.Ordinal)) result = PythonInt(value[2..], 16);
        else if (value.Length > 0 && value[0] == '0') result = PythonInt(value, 8);
        else if (value.Contains(':', StringComparison.Ordinal))
        {
            result = BigInteger.Zero;
            foreach (var part in value.Split(':'))
            {
                result = result * 60 + PythonInt(part, 10);
            }
        }
        else result = PythonInt(value, 10);
        return PyInt.Normalize(sign * result);
    }

    /// <summary>Python's int(text, base) for ASCII input: surrounding whitespace and one sign allowed.</summary>
    public static BigInteger PythonInt(string text, int radix)
    {
        var s = text.AsSpan().Trim(" \t\n\r\f\v");
        bool negative = false;
        if (s.Length > 0 && s[0] is '+' or '-')
        {
            negative = s[0] == '-';
            s = s[1..];
        }
        // int('0o17', 8) and friends: the prefix of the base itself is allowed (PyYAML relies on it for !!int 0o17).
        if (s.Length > 2 && s[0] == '0' && char.ToLowerInvariant(s[1]) == radix switch { 2 => 'b', 8 => 'o', 16 => 'x', _ => '\0' })
        {
            s = s[2..];
        }
        if (s.Length == 0) throw Invalid(text, radix);
        BigInteger result = BigInteger.Zero;
        foreach (char c in s)
        {
            int digit = c switch
            {
                >= '0' and <= '9' => c - '0',
                >= 'a' and <= 'z' => c - 'a' + 10,
                >= 'A' and <= 'Z' => c - 'A' + 10,
                _ => int.MaxValue,
            };
            if (digit >= radix) throw Invalid(text, radix);
            result = result * radix + digit;
        }
        return negative ? -result : result;
    }

    private static PyException Invalid(string text, int radix) =>
        PyException.ValueError("invalid literal for int() with base " + radix + ": " + PyRepr.Repr(text));
}
