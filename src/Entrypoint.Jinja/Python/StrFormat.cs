namespace Entrypoint.Jinja.Python;

/// <summary>format(str, spec): precision truncates, default alignment is left, numeric options are errors.</summary>
internal static class StrFormat
{
    public static string Format(string s, FormatSpec f)
    {
        if (f.Type != 's')
        {
            throw f.UnknownType(s);
        }
        if (f.Sign != '\0')
        {
            throw PyException.ValueError(f.Sign == ' ' ? "Space not allowed in string format specifier" : "Sign not allowed in string format specifier");
        }
        if (f.NoNegZero)
        {
            throw PyException.ValueError("Negative zero coercion (z) not allowed in string format specifier");
        }
        if (f.Alternate)
        {
            throw PyException.ValueError("Alternate form (#) not allowed in string format specifier");
        }
        if (f.Align == '=')
        {
            throw PyException.ValueError("'=' alignment not allowed in string format specifier");
        }
        if (f.Precision >= 0 && PyStr.Length(s) > f.Precision)
        {
            var (first, step, count) = PyOps.SliceIndices(PyStr.Length(s), 0L, (long)f.Precision, null);
            s = PyStr.Slice(s, first, step, count);
        }
        return f.Pad(s);
    }
}
