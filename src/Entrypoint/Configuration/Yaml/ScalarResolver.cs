namespace Entrypoint.Configuration.Yaml;

/// <summary>
/// The implicit typing of untagged plain scalars, as PyYAML 6's Resolver does it (YAML 1.1 rules, not 1.2):
/// yes/no/on/off are booleans, 0755 is octal, 12:30 is base 60, '1e3' and '1.5e3' stay strings because a float
/// exponent needs a sign. Each recognizer below matches exactly the strings PyYAML's pattern for that tag
/// matches; see the corpus in tests/Entrypoint.Configuration.Tests/Yaml for the evidence.
/// </summary>
internal static class ScalarResolver
{
    /// <summary>The tag of a scalar that is plain (or tagged with the non-specific "!").</summary>
    public static string Resolve(string value)
    {
        if (value.Length == 0 || IsNull(value)) return YamlTags.Null;
        if (IsBool(value)) return YamlTags.Bool;
        if (IsInt(value)) return YamlTags.Int;
        if (IsFloat(value)) return YamlTags.Float;
        if (YamlTimestamp.Parse(value) is { IsImplicit: true }) return YamlTags.Timestamp;
        if (value == "<<") return YamlTags.Merge;
        if (value == "=") return YamlTags.Value;
        return YamlTags.Str;
    }

    // Only three spellings of each word: lower, Title and UPPER case.
    public static bool IsNull(string s) => s is "~" or "null" or "Null" or "NULL";

    public static bool IsBool(string s) => s is
        "yes" or "Yes" or "YES" or "no" or "No" or "NO" or
        "true" or "True" or "TRUE" or "false" or "False" or "FALSE" or
        "on" or "On" or "ON" or "off" or "Off" or "OFF";

    public static bool IsInt(string value)
    {
        var s = WithoutSign(value);
        if (s.Length == 0) return false;
        if (s.StartsWith("0b", StringComparison.Ordinal)) return s.Length > 2 && AllOf(s[2..], "01_");
        if (s.StartsWith("0x", StringComparison.Ordinal)) return s.Length > 2 && AllOf(s[2..], "0123456789abcdefABCDEF_");
        if (s is "0") return true;
        if (s[0] == '0') return AllOf(s[1..], "01234567_");
        if (s[0] is < '1' or > '9') return false;
        int colon = s.IndexOf(':');
        if (colon < 0) return AllOf(s, "0123456789_");
        // Base 60: a decimal head, then ":" and one or two digits (the two-digit form below 60), repeated.
        return AllOf(s[..colon], "0123456789_") && AreSexagesimalDigits(s[colon..]);
    }

    public static bool IsFloat(string value)
    {
        if (value is ".nan" or ".NaN" or ".NAN") return true;
        var s = WithoutSign(value);
        if (s is ".inf" or ".Inf" or ".INF") return true;
        if (s.Length == 0) return false;
        if (s[0] == '.')
        {
            // ".5" and ".5e-3", but only without a sign.
            return s.Length == value.Length && s.Length > 1 && char.IsAsciiDigit(s[1]) && IsFractionAndExponent(s[1..]);
        }
        if (!char.IsAsciiDigit(s[0])) return false;
        int i = 1;
        while (i < s.Length && (char.IsAsciiDigit(s[i]) || s[i] == '_')) i++;
        if (i < s.Length && s[i] == ':')
        {
            // Base 60 with a fraction: 190:20:30.15 (no exponent).
            int dot = s[i..].IndexOf('.') + i;
            return dot > i && AreSexagesimalDigits(s[i..dot]) && AllOf(s[(dot + 1)..], "0123456789_");
        }
        return i < s.Length && s[i] == '.' && IsFractionAndExponent(s[(i + 1)..]);
    }

    /// <summary>[0-9_]* then optionally an exponent that must have a sign: e+3, E-10.</summary>
    private static bool IsFractionAndExponent(ReadOnlySpan<char> s)
    {
        int i = 0;
        while (i < s.Length && (char.IsAsciiDigit(s[i]) || s[i] == '_')) i++;
        if (i == s.Length) return true;
        if (s[i] is not ('e' or 'E') || i + 2 >= s.Length || s[i + 1] is not ('+' or '-')) return false;
        return AllOf(s[(i + 2)..], "0123456789");
    }

    /// <summary>One or more ":d" or ":dd" groups (dd from 00 to 59), covering the whole span.</summary>
    private static bool AreSexagesimalDigits(ReadOnlySpan<char> s)
    {
        int i = 0;
        do
        {
            if (i >= s.Length || s[i] != ':') return false;
            i++;
            if (i + 1 < s.Length && s[i] is >= '0' and <= '5' && char.IsAsciiDigit(s[i + 1])) i += 2;
            else if (i < s.Length && char.IsAsciiDigit(s[i])) i++;
            else return false;
        }
        while (i < s.Length);
        return true;
    }

    private static ReadOnlySpan<char> WithoutSign(string s) =>
        s.Length > 0 && s[0] is '+' or '-' ? s.AsSpan(1) : s.AsSpan();

    private static bool AllOf(ReadOnlySpan<char> s, string allowed)
    {
        foreach (char c in s)
        {
            if (!allowed.Contains(c)) return false;
        }
        return true;
    }
}
