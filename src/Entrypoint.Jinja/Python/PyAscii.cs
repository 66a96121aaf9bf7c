using System.Globalization;
using System.Text;

namespace Entrypoint.Jinja.Python;

/// <summary>ascii(x): repr(x) with every non-ASCII character escaped.</summary>
public static class PyAscii
{
    public static string Ascii(object? value)
    {
        string r = PyRepr.Repr(value);
        if (!r.AsSpan().ContainsAnyExceptInRange('\0', '\x7f'))
        {
            return r;
        }
        var sb = new StringBuilder(r.Length + 16);
        for (int i = 0; i < r.Length; i++)
        {
            char c = r[i];
            if (c < 0x80)
            {
                sb.Append(c);
            }
            else if (char.IsHighSurrogate(c) && i + 1 < r.Length && char.IsLowSurrogate(r[i + 1]))
            {
                sb.Append("\\U").Append(char.ConvertToUtf32(c, r[++i]).ToString("x8", CultureInfo.InvariantCulture));
            }
            else if (c < 0x100)
            {
                sb.Append("\\x").Append(((int)c).ToString("x2", CultureInfo.InvariantCulture));
            }
            else
            {
                sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
        }
        return sb.ToString();
    }
}
