using System.Text;

namespace Entrypoint.Jinja.Python;

/// <summary>
/// Python str is a sequence of code points while .NET strings are UTF-16, so len, indexing and slicing
/// go through here. Strings without surrogates (nearly all) take the direct path.
/// </summary>
public static class PyStr
{
    public static bool HasSurrogates(string s) => s.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') >= 0;

    /// <summary>len(s) in code points.</summary>
    public static int Length(string s)
    {
        if (!HasSurrogates(s))
        {
            return s.Length;
        }
        int n = 0;
        for (int i = 0; i < s.Length; i++, n++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                i++;
            }
        }
        return n;
    }

    /// <summary>The code points of s, each as a string.</summary>
    public static string[] ToCodePoints(string s)
    {
        if (!HasSurrogates(s))
        {
            var simple = new string[s.Length];
            for (int i = 0; i < s.Length; i++)
            {
                simple[i] = CharString(s[i]);
            }
            return simple;
        }
        var list = new List<string>(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                list.Add(s.Substring(i, 2));
                i++;
            }
            else
            {
                list.Add(CharString(s[i]));
            }
        }
        return [.. list];
    }

    /// <summary>iter(s).</summary>
    public static IEnumerable<object?> Chars(string s)
    {
        if (!HasSurrogates(s))
        {
            for (int i = 0; i < s.Length; i++)
            {
                yield return CharString(s[i]);
            }
            yield break;
        }
        foreach (var c in ToCodePoints(s))
        {
            yield return c;
        }
    }

    /// <summary>The code point at a non-negative index known to be in range.</summary>
    public static string At(string s, int index) =>
        HasSurrogates(s) ? ToCodePoints(s)[index] : CharString(s[index]);

    /// <summary>s[start:stop:step] with indices already resolved by <see cref="PySliceIndices"/>.</summary>
    public static string Slice(string s, int start, int step, int count)
    {
        if (count <= 0)
        {
            return "";
        }
        if (!HasSurrogates(s))
        {
            if (step == 1)
            {
                return s.Substring(start, count);
            }
            var sb = new StringBuilder(count);
            for (int i = 0, j = start; i < count; i++, j += step)
            {
                sb.Append(s[j]);
            }
            return sb.ToString();
        }
        var cps = ToCodePoints(s);
        var b = new StringBuilder(count);
        for (int i = 0, j = start; i < count; i++, j += step)
        {
            b.Append(cps[j]);
        }
        return b.ToString();
    }

    /// <summary>Cached one-character strings for ASCII, so iterating text does not allocate per char.</summary>
    public static string CharString(char c) => c < 128 ? Ascii[c] : c.ToString();

    private static readonly string[] Ascii = MakeAscii();

    private static string[] MakeAscii()
    {
        var a = new string[128];
        for (int i = 0; i < 128; i++)
        {
            a[i] = ((char)i).ToString();
        }
        return a;
    }

    /// <summary>Code point of a one-code-point string, or -1.</summary>
    public static int SingleCodePoint(string s)
    {
        if (s.Length == 1 && !char.IsSurrogate(s[0]))
        {
            return s[0];
        }
        if (s.Length == 2 && char.IsSurrogatePair(s[0], s[1]))
        {
            return char.ConvertToUtf32(s[0], s[1]);
        }
        if (s.Length == 1)
        {
            return s[0];
        }
        return -1;
    }

    /// <summary>Compares by code point (UTF-16 ordinal order differs for surrogates vs U+E000..U+FFFF).</summary>
    public static int Compare(string a, string b)
    {
        int n = Math.Min(a.Length, b.Length);
        int i = a.AsSpan(0, n).CommonPrefixLength(b.AsSpan(0, n));
        if (i == n)
        {
            return a.Length.CompareTo(b.Length);
        }
        char x = a[i], y = b[i];
        bool sx = char.IsSurrogate(x), sy = char.IsSurrogate(y);
        if (sx != sy)
        {
            // A surrogate encodes a code point >= U+10000, above every BMP char.
            return sx ? 1 : -1;
        }
        return x.CompareTo(y);
    }

    /// <summary>The UTF-16 offset of a code-point index in [0, len].</summary>
    public static int Offset(string s, int codePointIndex)
    {
        if (!HasSurrogates(s))
        {
            return codePointIndex;
        }
        int i = 0;
        for (int n = 0; n < codePointIndex && i < s.Length; n++)
        {
            i += char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]) ? 2 : 1;
        }
        return i;
    }

    /// <summary>The code-point index of a UTF-16 offset.</summary>
    public static int CodePointIndex(string s, int offset) => HasSurrogates(s) ? Length(s[..offset]) : offset;
}
