using System.Globalization;
using System.Text;

namespace Entrypoint.Jinja.Python;

/// <summary>
/// Python's case operations: full case mappings (ß → SS), titlecase digraphs, final sigma and casefold.
/// .NET's invariant simple mappings do most of the work; <see cref="PyUnicodeTables"/> holds where Python differs.
/// </summary>
internal static class PyCase
{
    public static string Upper(string s) => Map(s, Kind.Upper);
    public static string Lower(string s) => Map(s, Kind.Lower);
    public static string SwapCase(string s) => Map(s, Kind.Swap);
    public static string CaseFold(string s) => Map(s, Kind.Fold);

    public static string Title(string s)
    {
        var cps = CodePoints(s);
        var sb = new StringBuilder(s.Length);
        bool previousCased = false;
        for (int i = 0; i < cps.Length; i++)
        {
            int c = cps[i];
            sb.Append(previousCased ? LowerAt(cps, i) : TitleOf(c));
            previousCased = IsCased(c);
        }
        return sb.ToString();
    }

    public static string Capitalize(string s)
    {
        var cps = CodePoints(s);
        var sb = new StringBuilder(s.Length);
        for (int i = 0; i < cps.Length; i++)
        {
            sb.Append(i == 0 ? TitleOf(cps[0]) : LowerAt(cps, i));
        }
        return sb.ToString();
    }

    private enum Kind { Upper, Lower, Swap, Fold }

    private static string Map(string s, Kind kind)
    {
        var cps = CodePoints(s);
        var sb = new StringBuilder(s.Length);
        for (int i = 0; i < cps.Length; i++)
        {
            int c = cps[i];
            switch (kind)
            {
                case Kind.Upper:
                    sb.Append(UpperOf(c));
                    break;
                case Kind.Lower:
                    sb.Append(LowerAt(cps, i));
                    break;
                case Kind.Fold:
                    sb.Append(Lookup(PyUnicodeTables.FoldKeys, PyUnicodeTables.FoldValues, c) ?? LowerOf(c));
                    break;
                default:
                    sb.Append(IsUpper(c) ? LowerAt(cps, i) : IsLower(c) ? UpperOf(c) : char.ConvertFromUtf32(c));
                    break;
            }
        }
        return sb.ToString();
    }

    private static int[] CodePoints(string s)
    {
        var list = new int[s.Length];
        int n = 0;
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                list[n++] = char.ConvertToUtf32(c, s[++i]);
            }
            else
            {
                list[n++] = c;
            }
        }
        return n == list.Length ? list : list[..n];
    }

    private static string? Lookup(int[] keys, string[] values, int cp)
    {
        int i = Array.BinarySearch(keys, cp);
        return i >= 0 ? values[i] : null;
    }

    private static string Simple(int cp, bool upper)
    {
        if (cp < 0x10000)
        {
            if (cp is >= 0xD800 and <= 0xDFFF)
            {
                return ((char)cp).ToString();
            }
            char c = (char)cp;
            return (upper ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c)).ToString();
        }
        string s = char.ConvertFromUtf32(cp);
        return upper ? s.ToUpperInvariant() : s.ToLowerInvariant();
    }

    private static string UpperOf(int cp) => Lookup(PyUnicodeTables.UpperKeys, PyUnicodeTables.UpperValues, cp) ?? Simple(cp, true);
    private static string LowerOf(int cp) => Lookup(PyUnicodeTables.LowerKeys, PyUnicodeTables.LowerValues, cp) ?? Simple(cp, false);
    private static string TitleOf(int cp) => Lookup(PyUnicodeTables.TitleKeys, PyUnicodeTables.TitleValues, cp) ?? UpperOf(cp);

    /// <summary>lower() of cps[i], applying the final-sigma rule to Σ as CPython does.</summary>
    private static string LowerAt(int[] cps, int i)
    {
        if (cps[i] != 0x3A3)
        {
            return LowerOf(cps[i]);
        }
        int j = i - 1;
        while (j >= 0 && IsCaseIgnorable(cps[j]))
        {
            j--;
        }
        bool final = j >= 0 && IsCased(cps[j]);
        if (final)
        {
            j = i + 1;
            while (j < cps.Length && IsCaseIgnorable(cps[j]))
            {
                j++;
            }
            final = j == cps.Length || !IsCased(cps[j]);
        }
        return final ? "\u03C2" : "\u03C3";
    }

    private static UnicodeCategory Category(int cp) => CharUnicodeInfo.GetUnicodeCategory(cp);

    public static bool IsLower(int cp) =>
        (Category(cp) == UnicodeCategory.LowercaseLetter && !InRanges(PyUnicodeTables.NotLower, cp)) || InRanges(PyUnicodeTables.ExtraLower, cp);

    public static bool IsUpper(int cp) =>
        (Category(cp) == UnicodeCategory.UppercaseLetter && !InRanges(PyUnicodeTables.NotUpper, cp)) || InRanges(PyUnicodeTables.ExtraUpper, cp);

    public static bool IsTitle(int cp) => Category(cp) == UnicodeCategory.TitlecaseLetter;

    public static bool IsCased(int cp) => IsLower(cp) || IsUpper(cp) || IsTitle(cp);

    // Unicode's Case_Ignorable, approximated by its categories plus the word-internal punctuation it lists.
    private static bool IsCaseIgnorable(int cp) =>
        cp is 0x27 or 0x2E or 0x3A or 0x5E or 0x60 or 0xA8 or 0xAD or 0xAF or 0xB4 or 0xB7 or 0xB8 or 0x387 or 0x55F
            or 0x2018 or 0x2019 or 0x2024 or 0x2027 or 0xFE13 or 0xFE52 or 0xFE55 or 0xFF07 or 0xFF0E or 0xFF1A
        || Category(cp) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format
            or UnicodeCategory.ModifierLetter or UnicodeCategory.ModifierSymbol;

    /// <summary>Membership in a flat [start, end, start, end, ...] sorted range list.</summary>
    public static bool InRanges(int[] ranges, int cp)
    {
        int lo = 0, hi = ranges.Length / 2 - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >> 1;
            if (cp < ranges[2 * mid])
            {
                hi = mid - 1;
            }
            else if (cp > ranges[2 * mid + 1])
            {
                lo = mid + 1;
            }
            else
            {
                return true;
            }
        }
        return false;
    }
}
