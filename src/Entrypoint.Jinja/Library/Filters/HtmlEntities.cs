using System.Globalization;
using System.Text;

namespace Entrypoint.Jinja.Library.Filters;

/// <summary>html.unescape for the entities markupsafe produces and numeric references.</summary>
internal static class HtmlEntities
{
    static readonly Dictionary<string, string> Named = new(StringComparer.Ordinal)
    {
        ["amp"] = "&", ["lt"] = "<", ["gt"] = ">", ["quot"] = "\"", ["apos"] = "'", ["nbsp"] = "\u00a0",
    };

    public static string Unescape(string s)
    {
        if (!s.Contains('&'))
            return s;
        var sb = new StringBuilder(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            if (s[i] == '&')
            {
                int semi = s.IndexOf(';', i + 1);
                if (semi > i + 1 && semi - i <= 10)
                {
                    string entity = s[(i + 1)..semi];
                    if (Named.TryGetValue(entity, out var text))
                    {
                        sb.Append(text);
                        i = semi;
                        continue;
                    }
                    if (entity.StartsWith('#'))
                    {
                        bool hex = entity.Length > 1 && entity[1] is 'x' or 'X';
                        var digits = entity.AsSpan(hex ? 2 : 1);
                        if (int.TryParse(digits, hex ? NumberStyles.AllowHexSpecifier : NumberStyles.None, CultureInfo.InvariantCulture, out int code) && code is > 0 and <= 0x10FFFF)
                        {
                            sb.Append(char.ConvertFromUtf32(code is >= 0xD800 and <= 0xDFFF ? 0xFFFD : code));
                            i = semi;
                            continue;
                        }
                    }
                }
            }
            sb.Append(s[i]);
        }
        return sb.ToString();
    }
}
