using System.Globalization;

namespace Entrypoint.Jinja.Python;

/// <summary>str.isdigit, isalpha, islower, istitle, ... with Python's Unicode properties.</summary>
internal static class StringPredicates
{
    public static bool Test(string s, string name)
    {
        switch (name)
        {
            case "islower": return CaseTest(s, lower: true);
            case "isupper": return CaseTest(s, lower: false);
            case "istitle": return IsTitle(s);
            case "isascii": return !s.AsSpan().ContainsAnyExceptInRange('\0', '\x7f');
        }
        if (s.Length == 0)
        {
            return name == "isprintable";
        }
        for (int i = 0; i < s.Length; i++)
        {
            int cp = s[i];
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                cp = char.ConvertToUtf32(s[i], s[++i]);
            }
            bool ok = name switch
            {
                "isdigit" => IsDigit(cp),
                "isdecimal" => IsDecimal(cp),
                "isnumeric" => IsNumeric(cp),
                "isalpha" => IsAlpha(cp),
                "isalnum" => IsAlpha(cp) || IsNumeric(cp) || IsDigit(cp) || IsDecimal(cp),
                "isspace" => PyUnicode.IsSpace(cp),
                "isprintable" => PyUnicode.IsPrintable(cp),
                "isidentifier" => i == 0 || (i == 1 && cp > 0xFFFF) ? IsIdStart(cp) : IsIdContinue(cp),
                _ => false,
            };
            if (!ok)
            {
                return false;
            }
        }
        return true;
    }

    private static UnicodeCategory Cat(int cp) => CharUnicodeInfo.GetUnicodeCategory(cp);

    private static bool IsDigit(int cp) => (Cat(cp) == UnicodeCategory.DecimalDigitNumber) != PyCase.InRanges(PyUnicodeTables.DigitDiff, cp);
    private static bool IsDecimal(int cp) => (Cat(cp) == UnicodeCategory.DecimalDigitNumber) != PyCase.InRanges(PyUnicodeTables.DecimalDiff, cp);

    private static bool IsNumeric(int cp) =>
        (Cat(cp) is UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber)
        != PyCase.InRanges(PyUnicodeTables.NumericDiff, cp);

    private static bool IsAlpha(int cp) =>
        (Cat(cp) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter) != PyCase.InRanges(PyUnicodeTables.AlphaDiff, cp);

    // XID_Start / XID_Continue approximated by their defining categories.
    private static bool IsIdStart(int cp) => cp == '_' || IsAlpha(cp) || Cat(cp) == UnicodeCategory.LetterNumber;

    private static bool IsIdContinue(int cp) => IsIdStart(cp) || Cat(cp) is UnicodeCategory.NonSpacingMark
        or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.ConnectorPunctuation;

    private static bool CaseTest(string s, bool lower)
    {
        bool cased = false;
        foreach (int cp in CodePoints(s))
        {
            if (PyCase.IsTitle(cp) || (lower ? PyCase.IsUpper(cp) : PyCase.IsLower(cp)))
            {
                return false;
            }
            if (lower ? PyCase.IsLower(cp) : PyCase.IsUpper(cp))
            {
                cased = true;
            }
        }
        return cased;
    }

    private static bool IsTitle(string s)
    {
        bool cased = false, previousCased = false;
        foreach (int cp in CodePoints(s))
        {
            if (PyCase.IsUpper(cp) || PyCase.IsTitle(cp))
            {
                if (previousCased)
                {
                    return false;
                }
                previousCased = cased = true;
            }
            else if (PyCase.IsLower(cp))
            {
                if (!previousCased)
                {
                    return false;
                }
                previousCased = cased = true;
            }
            else
            {
                previousCased = false;
            }
        }
        return cased;
    }

    private static IEnumerable<int> CodePoints(string s)
    {
        for (int i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                yield return char.ConvertToUtf32(s[i], s[++i]);
            }
            else
            {
                yield return s[i];
            }
        }
    }
}
