namespace Entrypoint.Jinja.Python;

/// <summary>str.split/rsplit/strip/splitlines as CPython's stringlib does them (Python's whitespace and line-break sets).</summary>
internal static class PySplit
{
    // Every Python whitespace and line-break code point is in the BMP, so testing UTF-16 units is exact.
    private static bool IsSpace(char c) => PyUnicode.IsSpace(c);

    public static PyList SplitWhitespace(string s, long max)
    {
        var list = new PyList();
        int i = 0, n = s.Length;
        while (max-- > 0)
        {
            while (i < n && IsSpace(s[i]))
            {
                i++;
            }
            if (i == n)
            {
                break;
            }
            int j = i++;
            while (i < n && !IsSpace(s[i]))
            {
                i++;
            }
            list.Add(s[j..i]);
        }
        if (i < n)
        {
            while (i < n && IsSpace(s[i]))
            {
                i++;
            }
            if (i != n)
            {
                list.Add(s[i..]);
            }
        }
        return list;
    }

    public static PyList RSplitWhitespace(string s, long max)
    {
        var list = new PyList();
        int i = s.Length - 1;
        while (max-- > 0)
        {
            while (i >= 0 && IsSpace(s[i]))
            {
                i--;
            }
            if (i < 0)
            {
                break;
            }
            int j = i--;
            while (i >= 0 && !IsSpace(s[i]))
            {
                i--;
            }
            list.Add(s[(i + 1)..(j + 1)]);
        }
        if (i >= 0)
        {
            while (i >= 0 && IsSpace(s[i]))
            {
                i--;
            }
            if (i >= 0)
            {
                list.Add(s[..(i + 1)]);
            }
        }
        list.Items.Reverse();
        return list;
    }

    public static PyList Split(string s, string sep, long max)
    {
        var list = new PyList();
        int pos = 0;
        while (max-- > 0)
        {
            int at = s.IndexOf(sep, pos, StringComparison.Ordinal);
            if (at < 0)
            {
                break;
            }
            list.Add(s[pos..at]);
            pos = at + sep.Length;
        }
        list.Add(s[pos..]);
        return list;
    }

    public static PyList RSplit(string s, string sep, long max)
    {
        var list = new PyList();
        int end = s.Length;
        while (max-- > 0 && end >= sep.Length)
        {
            int at = s.LastIndexOf(sep, end - 1, end, StringComparison.Ordinal);
            if (at < 0)
            {
                break;
            }
            list.Add(s[(at + sep.Length)..end]);
            end = at;
        }
        list.Add(s[..end]);
        list.Items.Reverse();
        return list;
    }

    /// <summary>strip/lstrip/rstrip: whitespace when chars is null, else any code point in chars.</summary>
    public static string Trim(string s, string? chars, bool left, bool right)
    {
        if (chars is not null && (PyStr.HasSurrogates(chars) || PyStr.HasSurrogates(s)))
        {
            var cps = PyStr.ToCodePoints(s);
            var set = new HashSet<string>(PyStr.ToCodePoints(chars), StringComparer.Ordinal);
            int a = 0, b = cps.Length;
            while (left && a < b && set.Contains(cps[a]))
            {
                a++;
            }
            while (right && b > a && set.Contains(cps[b - 1]))
            {
                b--;
            }
            return string.Concat(cps[a..b]);
        }
        int i = 0, j = s.Length;
        if (chars is null)
        {
            while (left && i < j && IsSpace(s[i]))
            {
                i++;
            }
            while (right && j > i && IsSpace(s[j - 1]))
            {
                j--;
            }
        }
        else
        {
            while (left && i < j && chars.Contains(s[i]))
            {
                i++;
            }
            while (right && j > i && chars.Contains(s[j - 1]))
            {
                j--;
            }
        }
        return i == 0 && j == s.Length ? s : s[i..j];
    }

    private static bool IsLineBreak(char c) => c is '\n' or '\r' or '\x0b' or '\x0c' or '\x1c' or '\x1d' or '\x1e' or '\x85' or '\u2028' or '\u2029';

    public static PyList Lines(string s, bool keepEnds)
    {
        var list = new PyList();
        int i = 0, n = s.Length;
        while (i < n)
        {
            int j = i;
            while (i < n && !IsLineBreak(s[i]))
            {
                i++;
            }
            int eol = i;
            if (i < n)
            {
                i += s[i] == '\r' && i + 1 < n && s[i + 1] == '\n' ? 2 : 1;
                if (keepEnds)
                {
                    eol = i;
                }
            }
            list.Add(s[j..eol]);
        }
        return list;
    }
}
