using System.Globalization;
using System.Numerics;
using System.Text;

namespace Entrypoint.Jinja.Python;

/// <summary>The format-spec mini-language: [[fill]align][sign][z][#][0][width][grouping][.precision][type].</summary>
internal sealed class FormatSpec
{
    public string Fill = " ";
    public char Align;          // '\0' when not given
    public char Sign;           // '\0', '+', '-', ' '
    public bool NoNegZero;
    public bool Alternate;
    public int Width = -1;
    public char Grouping;       // '\0', ',', '_'
    public int GroupSize = 3;
    public int Precision = -1;
    public char Type;

    /// <summary>format(value, spec).</summary>
    public static string Apply(object? value, string spec)
    {
        switch (value)
        {
            case string s:
                return spec.Length == 0 ? s : StrFormat.Format(s, Parse(spec, value, 's', '<'));
            case bool b when spec.Length == 0:
                return b ? "True" : "False";
            case long or bool or BigInteger or int:
                return spec.Length == 0 ? PyRepr.Str(value) : IntFormat.Format(value, Parse(spec, value, 'd', '>'));
            case double d:
                return spec.Length == 0 ? PyFloatRepr.Format(d) : FloatFormat.Format(d, Parse(spec, value, '\0', '>'));
            case IPyObject o when spec.Length == 0:
                return o.Str();
            default:
                if (spec.Length == 0)
                {
                    return PyRepr.Str(value);
                }
                throw PyException.TypeError("unsupported format string passed to " + PyOps.TypeName(value) + ".__format__");
        }
    }

    /// <summary>Parses a spec as CPython does, with its validation order and messages.</summary>
    public static FormatSpec Parse(string spec, object? value, char defaultType, char defaultAlign)
    {
        var f = new FormatSpec { Type = defaultType };
        int pos = 0, end = spec.Length;
        // The fill may be any code point, including one outside the BMP.
        int fillLen = end >= 2 && char.IsSurrogatePair(spec[0], spec[1]) ? 2 : 1;
        bool fillSpecified = false, alignSpecified = false;
        if (end - pos > fillLen && IsAlign(spec[fillLen]))
        {
            f.Fill = spec[..fillLen];
            f.Align = spec[fillLen];
            fillSpecified = alignSpecified = true;
            pos = fillLen + 1;
        }
        else if (end - pos >= 1 && IsAlign(spec[pos]))
        {
            f.Align = spec[pos++];
            alignSpecified = true;
        }
        if (pos < end && spec[pos] is '+' or '-' or ' ')
        {
            f.Sign = spec[pos++];
        }
        if (pos < end && spec[pos] == 'z')
        {
            f.NoNegZero = true;
            pos++;
        }
        if (pos < end && spec[pos] == '#')
        {
            f.Alternate = true;
            pos++;
        }
        if (!fillSpecified && pos < end && spec[pos] == '0')
        {
            f.Fill = "0";
            if (!alignSpecified && defaultAlign == '>')
            {
                f.Align = '=';
            }
            pos++;
        }
        f.Width = ReadInt(spec, ref pos);
        if (pos < end && spec[pos] == ',')
        {
            f.Grouping = ',';
            pos++;
        }
        if (pos < end && spec[pos] == '_')
        {
            if (f.Grouping != '\0')
            {
                throw PyException.ValueError("Cannot specify both ',' and '_'.");
            }
            f.Grouping = '_';
            pos++;
        }
        if (pos < end && spec[pos] == ',' && f.Grouping == '_')
        {
            throw PyException.ValueError("Cannot specify both ',' and '_'.");
        }
        if (pos < end && spec[pos] == '.')
        {
            pos++;
            f.Precision = ReadInt(spec, ref pos);
            if (f.Precision < 0)
            {
                throw PyException.ValueError("Format specifier missing precision");
            }
        }
        if (end - pos > 1)
        {
            throw PyException.ValueError("Invalid format specifier '" + spec + "' for object of type '" + PyOps.TypeName(value) + "'");
        }
        if (end - pos == 1)
        {
            f.Type = spec[pos];
        }
        if (f.Grouping != '\0')
        {
            switch (f.Type)
            {
                case 'd' or 'e' or 'f' or 'g' or 'E' or 'G' or '%' or 'F' or '\0':
                    break;
                case 'b' or 'o' or 'x' or 'X' when f.Grouping == '_':
                    f.GroupSize = 4;
                    break;
                default:
                    throw PyException.ValueError("Cannot specify '" + f.Grouping + "' with " + TypeForMessage(f.Type) + ".");
            }
        }
        if (f.Align == '\0')
        {
            f.Align = defaultAlign;
        }
        return f;
    }

    private static string TypeForMessage(char type) =>
        type > 32 && type < 128 ? "'" + type + "'" : "'\\x" + ((int)type).ToString("x", CultureInfo.InvariantCulture) + "'";

    /// <summary>The "Unknown format code" error for a type the value's kind does not support.</summary>
    public PyException UnknownType(object? value) =>
        PyException.ValueError("Unknown format code " + (Type > 32 && Type < 128 ? "'" + Type + "'" : "'\\x" + ((int)Type).ToString("x", CultureInfo.InvariantCulture) + "'")
            + " for object of type '" + PyOps.TypeName(value) + "'");

    private static bool IsAlign(char c) => c is '<' or '>' or '=' or '^';

    /// <summary>Reads decimal digits; -1 when there are none.</summary>
    private static int ReadInt(string spec, ref int pos)
    {
        int start = pos;
        long v = 0;
        while (pos < spec.Length && spec[pos] is >= '0' and <= '9')
        {
            v = v * 10 + (spec[pos] - '0');
            if (v > int.MaxValue)
            {
                throw PyException.ValueError("Too many decimal digits in format string");
            }
            pos++;
        }
        return pos == start ? -1 : (int)v;
    }

    /// <summary>Pads text to the width with the fill, per alignment ('=' is handled by number formatting).</summary>
    public string Pad(string text)
    {
        int len = PyStr.Length(text);
        if (Width <= len)
        {
            return text;
        }
        int total = Width - len;
        int left = Align switch
        {
            '>' => total,
            '^' => total / 2,
            _ => 0,
        };
        var sb = new StringBuilder(text.Length + total * Fill.Length);
        for (int i = 0; i < left; i++)
        {
            sb.Append(Fill);
        }
        sb.Append(text);
        for (int i = left; i < total; i++)
        {
            sb.Append(Fill);
        }
        return sb.ToString();
    }

    /// <summary>
    /// Lays out a number: sign, prefix, grouped integer digits, remainder (fraction, exponent, %), then fill.
    /// With '0' fill and '=' alignment the zeros are grouped too, as CPython does.
    /// </summary>
    public string LayoutNumber(string sign, string prefix, string intDigits, string remainder)
    {
        int minWidth = 0;
        bool zeroPad = Fill == "0" && Align == '=';
        if (zeroPad && Width > 0)
        {
            minWidth = Width - sign.Length - prefix.Length - remainder.Length;
        }
        // inf and nan have no integer digits: zero padding applies, grouping does not.
        string digits = Grouping == '\0' || intDigits.Length == 0 ? ZeroExtend(intDigits, minWidth) : Group(intDigits, Grouping, GroupSize, minWidth);
        string body = digits + remainder;
        if (Align == '=')
        {
            int len = sign.Length + prefix.Length + PyStr.Length(body);
            var sb = new StringBuilder(sign).Append(prefix);
            for (int i = len; i < Width; i++)
            {
                sb.Append(Fill);
            }
            return sb.Append(body).ToString();
        }
        return Pad(sign + prefix + body);
    }

    private static string ZeroExtend(string digits, int minWidth) =>
        digits.Length >= minWidth ? digits : new string('0', minWidth - digits.Length) + digits;

    /// <summary>CPython's _PyUnicode_InsertThousandsGrouping, including padding with grouped zeros up to minWidth.</summary>
    private static string Group(string digits, char sep, int size, int minWidth)
    {
        var parts = new List<string>();
        int remaining = digits.Length;
        while (true)
        {
            int l = Math.Min(Math.Max(Math.Max(remaining, minWidth), 1), size);
            int nChars = Math.Max(0, Math.Min(remaining, l));
            int nZeros = Math.Max(0, l - remaining);
            parts.Add(new string('0', nZeros) + digits.Substring(remaining - nChars, nChars));
            remaining -= nChars;
            minWidth -= l;
            if (remaining <= 0 && minWidth <= 0)
            {
                break;
            }
            minWidth--;
        }
        parts.Reverse();
        return string.Join(sep, parts);
    }
}
