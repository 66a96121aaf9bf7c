using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Entrypoint.Rendering.SeedLibrary;

/// <summary>
/// fnmatch.fnmatch on POSIX (case-sensitive): <c>*</c>, <c>?</c>, <c>[seq]</c>, <c>[!seq]</c> with ranges;
/// an unclosed <c>[</c> is literal and reversed ranges match nothing, as in Python 3.11's fnmatch.translate.
/// </summary>
internal static class FnMatch
{
    public static Regex Compile(string pattern) =>
        new(Translate(pattern), RegexOptions.Singleline | RegexOptions.CultureInvariant);

    static string Translate(string pat)
    {
        var sb = new StringBuilder("^");
        int i = 0, n = pat.Length;
        while (i < n)
        {
            char c = pat[i++];
            if (c == '*')
            {
                while (i < n && pat[i] == '*') i++;
                sb.Append(".*");
            }
            else if (c == '?')
            {
                sb.Append('.');
            }
            else if (c == '[')
            {
                int j = i;
                if (j < n && pat[j] == '!') j++;
                if (j < n && pat[j] == ']') j++;
                while (j < n && pat[j] != ']') j++;
                if (j >= n)
                {
                    sb.Append("\\[");
                }
                else
                {
                    sb.Append(CharacterClass(pat, i, j));
                    i = j + 1;
                }
            }
            else
            {
                sb.Append(Escape(c));
            }
        }
        return sb.Append("\\z").ToString();
    }

    // pat[start..end) is the inside of a [...] set. Python splits it into chunks at range hyphens and
    // drops reversed ranges; the chunks' boundaries are the ranges.
    static string CharacterClass(string pat, int start, int end)
    {
        var chunks = new List<string>();
        if (pat.AsSpan(start, end - start).IndexOf('-') < 0)
        {
            chunks.Add(pat[start..end]);
        }
        else
        {
            int i = start;
            int k = pat[i] == '!' ? i + 2 : i + 1;
            while (true)
            {
                k = k < end ? pat.IndexOf('-', k, end - k) : -1;
                if (k < 0) break;
                chunks.Add(pat[i..k]);
                i = k + 1;
                k += 3;
            }
            string last = pat[i..end];
            if (last.Length > 0) chunks.Add(last);
            else chunks[^1] += "-";
            for (int m = chunks.Count - 1; m > 0; m--)
            {
                if (chunks[m - 1][^1] > chunks[m][0])
                {
                    chunks[m - 1] = chunks[m - 1][..^1] + chunks[m][1..];
                    chunks.RemoveAt(m);
                }
            }
        }
        bool negated = chunks[0].StartsWith('!');
        if (negated) chunks[0] = chunks[0][1..];
        var items = new StringBuilder();
        for (int m = 0; m < chunks.Count; m++)
        {
            string chunk = chunks[m];
            int from = m > 0 ? 1 : 0;
            int to = m < chunks.Count - 1 ? chunk.Length - 1 : chunk.Length;
            for (int x = from; x < to; x++) items.Append(Escape(chunk[x]));
            if (m < chunks.Count - 1) items.Append(Escape(chunk[^1])).Append('-').Append(Escape(chunks[m + 1][0]));
        }
        if (items.Length == 0) return negated ? "." : "(?!)";
        return (negated ? "[^" : "[") + items + "]";
    }

    static string Escape(char c) => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture);
}
