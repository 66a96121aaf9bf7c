using System.Text;
using System.Text.RegularExpressions;
using Entrypoint.Jinja.Python;
using Entrypoint.Jinja.Runtime;

namespace Entrypoint.Jinja.Library.Filters;

/// <summary>
/// Jinja 3.1's urlize: the text is escaped and split on whitespace; each word loses leading ( &lt; and
/// trailing ) &gt; . , punctuation (kept when it balances the URL), then becomes a link if it is an
/// http(s)/www URL, a mailto: address, a bare e-mail address, or starts with an extra scheme.
/// </summary>
internal static partial class Urlize
{
    [GeneratedRegex("""
        ^
        (
            (https?://|www\.)
            (([\w%-]+\.)+)?
            (
                [a-z]{2,63}
            |
                xn--[\w%]{2,59}
            )
        |
            ([\w%-]{2,63}\.)+
            (com|net|int|edu|gov|org|info|mil)
        |
            (https?://)
            (
                (([\d]{1,3})(\.[\d]{1,3}){3})
            |
                (\[([\da-f]{0,4}:){2}([\da-f]{0,4}:?){1,6}])
            )
        )
        (?::[\d]{1,5})?
        (?:[/?\#][^\s\x1c-\x1f]*)?
        $
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex HttpUrl();

    [GeneratedRegex(@"^[^\s\x1c-\x1f]+@\w[\w.-]*\.\w+$")]
    private static partial Regex Email();

    [GeneratedRegex(@"([\s\x1c-\x1f]+)")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^([(<]|&lt;)+")]
    private static partial Regex Lead();

    [GeneratedRegex(@"([)>.,\n]|&gt;)+$")]
    private static partial Regex Trail();

    [GeneratedRegex(@"^([\w.+-]{2,}:(/){0,2})$")]
    private static partial Regex UriScheme();

    public static bool IsScheme(string scheme) => UriScheme().IsMatch(scheme);

    public static string Link(string escapedText, long? trimUrlLimit, string? rel, string? target, IReadOnlyList<string> extraSchemes)
    {
        string relAttr = string.IsNullOrEmpty(rel) ? "" : $" rel=\"{Markup.EscapeText(rel)}\"";
        string targetAttr = string.IsNullOrEmpty(target) ? "" : $" target=\"{Markup.EscapeText(target)}\"";
        string Trim(string url) => trimUrlLimit is long limit && PyStr.Length(url) > limit
            ? (string)PyOps.GetItem(url, new PySlice(null, limit, null))! + "..."
            : url;

        var sb = new StringBuilder();
        foreach (string word in Spaces().Split(escapedText))
        {
            string head = "", middle = word, tail = "";
            var lead = Lead().Match(middle);
            if (lead.Success)
            {
                head = lead.Value;
                middle = middle[lead.Length..];
            }
            if (middle.EndsWith(')') || middle.EndsWith('>') || middle.EndsWith('.') || middle.EndsWith(',') || middle.EndsWith('\n') || middle.EndsWith("&gt;", StringComparison.Ordinal))
            {
                var trail = Trail().Match(middle);
                if (trail.Success)
                {
                    tail = trail.Value;
                    middle = middle[..trail.Index];
                }
            }
            foreach (var (open, close) in (ReadOnlySpan<(string, string)>)[("(", ")"), ("<", ">"), ("&lt;", "&gt;")])
            {
                int opens = Count(middle, open);
                if (opens <= Count(middle, close))
                    continue;
                int moves = Math.Min(opens, Count(tail, close));
                for (int i = 0; i < moves; i++)
                {
                    int end = tail.IndexOf(close, StringComparison.Ordinal) + close.Length;
                    middle += tail[..end];
                    tail = tail[end..];
                }
            }
            if (HttpUrl().IsMatch(middle))
            {
                string href = middle.StartsWith("https://", StringComparison.Ordinal) || middle.StartsWith("http://", StringComparison.Ordinal) ? middle : "https://" + middle;
                middle = $"<a href=\"{href}\"{relAttr}{targetAttr}>{Trim(middle)}</a>";
            }
            else if (middle.StartsWith("mailto:", StringComparison.Ordinal) && Email().IsMatch(middle[7..]))
                middle = $"<a href=\"{middle}\">{middle[7..]}</a>";
            else if (middle.Contains('@') && !middle.StartsWith("www.", StringComparison.Ordinal) && !middle.StartsWith('@') && !middle.Contains(':') && Email().IsMatch(middle))
                middle = $"<a href=\"mailto:{middle}\">{middle}</a>";
            else
            {
                foreach (string scheme in extraSchemes)
                {
                    if (middle != scheme && middle.StartsWith(scheme, StringComparison.Ordinal))
                        middle = $"<a href=\"{middle}\"{relAttr}{targetAttr}>{middle}</a>";
                }
            }
            sb.Append(head).Append(middle).Append(tail);
        }
        return sb.ToString();
    }

    static int Count(string s, string part)
    {
        int count = 0;
        for (int i = s.IndexOf(part, StringComparison.Ordinal); i >= 0; i = s.IndexOf(part, i + part.Length, StringComparison.Ordinal))
            count++;
        return count;
    }
}
