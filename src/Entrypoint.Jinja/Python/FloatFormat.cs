namespace Entrypoint.Jinja.Python;

/// <summary>format(float, spec): e/f/g/%/n and the empty type (repr-like), with sign, z, # and grouping.</summary>
internal static class FloatFormat
{
    public static string Format(double value, FormatSpec f)
    {
        char type = f.Type;
        switch (type)
        {
            case '\0' or 'e' or 'E' or 'f' or 'F' or 'g' or 'G' or 'n' or '%':
                break;
            default:
                throw f.UnknownType(value);
        }
        int precision = f.Precision;
        bool addDot0 = false;
        int defaultPrecision = 6;
        if (type == '\0')
        {
            addDot0 = true;
            type = 'r';
            defaultPrecision = 0;
        }
        if (type == 'n')
        {
            type = 'g';
        }
        string suffix = "";
        if (type == '%')
        {
            type = 'f';
            value *= 100;
            suffix = "%";
        }
        if (precision < 0)
        {
            precision = defaultPrecision;
        }
        else if (type == 'r')
        {
            type = 'g';
        }
        bool upper = type is 'E' or 'F' or 'G';
        string text = PyFloatFormat.Format(value, char.ToLowerInvariant(type), precision, f.Alternate, addDot0, upper);
        bool negative = text.StartsWith('-');
        if (negative)
        {
            text = text[1..];
            if (f.NoNegZero && double.IsFinite(value) && IsZero(text))
            {
                negative = false;
            }
        }
        string sign = negative ? "-" : f.Sign is '+' or ' ' ? f.Sign.ToString() : "";
        int intEnd = 0;
        while (intEnd < text.Length && char.IsAsciiDigit(text[intEnd]))
        {
            intEnd++;
        }
        return f.LayoutNumber(sign, "", text[..intEnd], text[intEnd..] + suffix);
    }

    // After rounding, "-0.00" and "-0e+00" are negative zero for the 'z' option.
    private static bool IsZero(string text)
    {
        foreach (char c in text)
        {
            if (c is 'e' or 'E')
            {
                return true;
            }
            if (c is >= '1' and <= '9')
            {
                return false;
            }
        }
        return true;
    }
}
