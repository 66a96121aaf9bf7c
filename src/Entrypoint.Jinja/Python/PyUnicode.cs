using System.Globalization;

namespace Entrypoint.Jinja.Python;

/// <summary>Python's character classes (str.isprintable, isspace, ...) on code points.</summary>
public static class PyUnicode
{
    /// <summary>Python's printable: not Cc, Cf, Cs, Co, Cn, Zl, Zp, and no Zs other than the space.</summary>
    public static bool IsPrintable(int cp)
    {
        if (cp == ' ')
        {
            return true;
        }
        if (cp < 0x7f)
        {
            return cp > ' ';
        }
        if (cp is >= 0xD800 and <= 0xDFFF)
        {
            return false;
        }
        // Python 3.11 knows an older Unicode than .NET: the table flips code points whose status differs.
        return PyCase.InRanges(PyUnicodeTables.PrintableDiff, cp) != CharUnicodeInfo.GetUnicodeCategory(cp) switch
        {
            UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate
                or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned
                or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
                or UnicodeCategory.SpaceSeparator => false,
            _ => true,
        };
    }

    /// <summary>Python's str.isspace for one code point (whitespace per Python's table, incl. \x1c-\x1f).</summary>
    public static bool IsSpace(int cp) => cp switch
    {
        >= 0x09 and <= 0x0D => true,
        >= 0x1C and <= 0x20 => true,
        0x85 or 0xA0 or 0x1680 or 0x2028 or 0x2029 or 0x202F or 0x205F or 0x3000 => true,
        >= 0x2000 and <= 0x200A => true,
        _ => false,
    };
}
