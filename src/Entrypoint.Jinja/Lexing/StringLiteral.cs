using System.Globalization;
using System.Text;

namespace Entrypoint.Jinja.Lexing;

/// <summary>Python string-literal escapes (what Jinja gets from the unicode-escape codec).</summary>
internal static class StringLiteral
{
    public static string Unescape(string src, int start, int end, out string? error)
    {
        error = null;
        int bs = src.IndexOf('\\', start, end - start);
        if (bs < 0)
            return src[start..end];
        var sb = new StringBuilder(end - start);
        sb.Append(src, start, bs - start);
        for (int i = bs; i < end; i++)
        {
            char c = src[i];
            if (c != '\\' || i + 1 >= end)
            {
                sb.Append(c);
                continue;
            }
            char e = src[++i];
            switch (e)
            {
                case '\n': break;
                case '\\': sb.Append('\\'); break;
                case '\'': sb.Append('\''); break;
                case '"': sb.Append('"'); break;
                case 'a': sb.Append('\a'); break;
                case 'b': sb.Append('\b'); break;
                case 'f': sb.Append('\f'); break;
                case 'n': sb.Append('\n'); break;
                case 'r': sb.Append('\r'); break;
                case 't': sb.Append('\t'); break;
                case 'v': sb.Append('\v'); break;
                case >= '0' and <= '7':
                    int v = 0, n = 0;
                    for (; n < 3 && i < end && src[i] is >= '0' and <= '7'; n++, i++)
                        v = v * 8 + (src[i] - '0');
                    i--;
                    sb.Append((char)v);
                    break;
                case 'x' or 'u' or 'U':
                    int digits = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                    if (i + digits >= end || !int.TryParse(src.AsSpan(i + 1, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out int code))
                    {
                        error = e == 'x' ? "truncated \\xXX escape" : e == 'u' ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape";
                        return "";
                    }
                    if (code > 0x10FFFF)
                    {
                        error = "illegal Unicode character";
                        return "";
                    }
                    if (code < 0x10000) sb.Append((char)code); else sb.Append(char.ConvertFromUtf32(code));
                    i += digits;
                    break;
                default:
                    sb.Append('\\').Append(e);
                    break;
            }
        }
        return sb.ToString();
    }

    /// <summary>Python's repr of a str, for error messages produced before the Python model is involved.</summary>
    public static string Repr(string s)
    {
        char q = s.Contains('\'') && !s.Contains('"') ? '"' : '\'';
        var sb = new StringBuilder(s.Length + 2).Append(q);
        foreach (char c in s)
        {
            switch (c)
            {
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (c == q) sb.Append('\\').Append(c);
                    else if (c < ' ' || c == '\x7f') sb.Append("\\x").Append(((int)c).ToString("x2", CultureInfo.InvariantCulture));
                    else sb.Append(c);
                    break;
            }
        }
        return sb.Append(q).ToString();
    }
}
