using System.Text;
using Entrypoint.Jinja.Python;
using Entrypoint.Jinja.Runtime;
using static Entrypoint.Jinja.Library.Filters.FilterSupport;

namespace Entrypoint.Jinja.Library.Filters;

/// <summary>Filters over text: case, trimming, replacing, centering, indenting, truncating, counting words.</summary>
internal static class StringFilters
{
    // Filters on Markup keep it Markup, as markupsafe's str methods do.
    static object Same(object? input, string result) => input is Markup ? new Markup(result) : result;

    public static object? Upper(RenderContext rc, object? value, CallArguments args)
    {
        Params.None(args, "do_upper");
        return Same(value, SoftStr(value).ToUpperInvariant());
    }

    public static object? Lower(RenderContext rc, object? value, CallArguments args)
    {
        Params.None(args, "do_lower");
        return Same(value, SoftStr(value).ToLowerInvariant());
    }

    public static object? Capitalize(RenderContext rc, object? value, CallArguments args)
    {
        Params.None(args, "do_capitalize");
        string s = SoftStr(value);
        return Same(value, s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..].ToLowerInvariant());
    }

    // Words start after whitespace or any of - ( { [ <.
    public static object? Title(RenderContext rc, object? value, CallArguments args)
    {
        Params.None(args, "do_title");
        string s = SoftStr(value);
        var sb = new StringBuilder(s.Length);
        bool start = true;
        foreach (char c in s)
        {
            bool separator = char.IsWhiteSpace(c) || c is '-' or '(' or '{' or '[' or '<';
            if (separator)
            {
                sb.Append(c);
                start = true;
            }
            else
            {
                sb.Append(start ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c));
                start = false;
            }
        }
        return sb.ToString(); // Jinja joins the words into a plain str, even for Markup
    }

    public static object? Trim(RenderContext rc, object? value, CallArguments args)
    {
        var p = Params.Bind(args, "do_trim", ["chars"], [null]);
        string s = SoftStr(value);
        string result = p[0] is string chars ? s.Trim(chars.ToCharArray()) : s.Trim(Lexing.Lexer.IsSpaceChars);
        return Same(value, result);
    }

    public static object? Replace(RenderContext rc, object? value, CallArguments args)
    {
        var p = Params.Bind(args, "do_replace", ["old", "new", "count"], [Params.Required, Params.Required, null]);
        long count = p[2] is null ? -1 : Params.ToInt(p[2]);
        if (!rc.Autoescape)
            return ReplaceText(SoftStr(value), SoftStr(p[0]), SoftStr(p[1]), count);
        // With autoescape the result is Markup and unsafe pieces are escaped.
        string s = value is Markup m ? m.Value : Markup.EscapeText(SoftStr(value));
        return new Markup(ReplaceText(s, Markup.Escape(p[0]).Value, Markup.Escape(p[1]).Value, count));
    }

    /// <summary>str.replace with Python's count and empty-pattern semantics.</summary>
    public static string ReplaceText(string s, string old, string replacement, long count)
    {
        if (count < 0)
            count = long.MaxValue;
        var sb = new StringBuilder();
        if (old.Length == 0)
        {
            long done = 0;
            for (int i = 0; i <= s.Length; i++)
            {
                if (done < count)
                {
                    sb.Append(replacement);
                    done++;
                }
                if (i < s.Length)
                    sb.Append(s[i]);
            }
            return sb.ToString();
        }
        int pos = 0;
        long n = 0;
        while (n < count)
        {
            int idx = s.IndexOf(old, pos, StringComparison.Ordinal);
            if (idx < 0)
                break;
            sb.Append(s, pos, idx - pos).Append(replacement);
            pos = idx + old.Length;
            n++;
        }
        sb.Append(s, pos, s.Length - pos);
        return sb.ToString();
    }

    public static object? Center(RenderContext rc, object? value, CallArguments args)
    {
        var p = Params.Bind(args, "do_center", ["width"], [80L]);
        string s = SoftStr(value);
        int width = (int)Params.ToInt(p[0]);
        int total = width - s.Length;
        if (total <= 0)
            return Same(value, s);
        // CPython: left = pad/2 + (pad & width & 1)
        int left = total / 2 + (total & width & 1);
        return Same(value, new string(' ', left) + s + new string(' ', total - left));
    }

    public static object? Indent(RenderContext rc, object? value, CallArguments args)
    {
        var p = Params.Bind(args, "do_indent", ["width", "first", "blank"], [4L, false, false]);
        string indention = p[0] is string w ? w : new string(' ', (int)Math.Max(0, Params.ToInt(p[0])));
        bool first = PyOps.IsTruthy(p[1]);
        bool blank = PyOps.IsTruthy(p[2]);
        string s = IndentReceiver(value) + "\n";
        var lines = SplitLines(s);
        string rv;
        if (blank)
            rv = string.Join("\n" + indention, lines);
        else
        {
            var sb = new StringBuilder(lines.Count > 0 ? lines[0] : "");
            if (lines.Count > 1)
            {
                sb.Append('\n');
                for (int i = 1; i < lines.Count; i++)
                {
                    if (i > 1)
                        sb.Append('\n');
                    if (lines[i].Length > 0)
                        sb.Append(indention);
                    sb.Append(lines[i]);
                }
            }
            rv = sb.ToString();
        }
        if (first)
            rv = indention + rv;
        return Same(value, rv);
    }

    /// <summary>str.splitlines(): every Unicode line boundary, \r\n as one.</summary>
    // Jinja's `s += "\n"`: str and Markup concatenate, a list grows and then has no splitlines().
    static string IndentReceiver(object? value) => value switch
    {
        string or Markup or Undefined => StrReceiver(value, "splitlines"),
        PyList => StrReceiver(value, "splitlines"),
        PyTuple => throw PyException.TypeError("can only concatenate tuple (not \"str\") to tuple"),
        _ => throw PyException.TypeError($"unsupported operand type(s) for +=: '{PyOps.TypeName(value)}' and 'str'"),
    };

    public static List<string> SplitLines(string s)
    {
        var lines = new List<string>();
        int start = 0;
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c is '\n' or '\r' or '\v' or '\f' or '\x1c' or '\x1d' or '\x1e' or '\x85' or '\u2028' or '\u2029')
            {
                lines.Add(s[start..i]);
                if (c == '\r' && i + 1 < s.Length && s[i + 1] == '\n')
                    i++;
                start = i + 1;
            }
        }
        if (start < s.Length)
            lines.Add(s[start..]);
        return lines;
    }

    public static object? Truncate(RenderContext rc, object? value, CallArguments args)
    {
        var p = Params.Bind(args, "do_truncate", ["length", "killwords", "end", "leeway"], [255L, false, "...", null]);
        long length = Params.ToInt(p[0]);
        string end = SoftStr(p[2]);
        long leeway = p[3] is null ? 5 : Params.ToInt(p[3]);
        if (length < end.Length)
            throw new PyException("AssertionError", $"expected length >= {end.Length}, got {length}");
        if (leeway < 0)
            throw new PyException("AssertionError", $"expected leeway >= 0, got {leeway}");
        // Jinja works on the value as given: len(s), s[:n], s.rsplit(" ", 1); a short list comes back unchanged.
        if (PyOps.Length(value) <= length + leeway)
            return value;
        var head = PyOps.GetItem(value, new PySlice(null, length - end.Length, null));
        if (PyOps.IsTruthy(p[1]))
            return PyOps.Add(head, end);
        string text = StrReceiver(head, "rsplit");
        int space = text.LastIndexOf(' ');
        return PyOps.Add(Same(value, space >= 0 ? text[..space] : text), end);
    }

    public static object? WordCount(RenderContext rc, object? value, CallArguments args)
    {
        Params.None(args, "do_wordcount");
        long count = 0;
        bool inWord = false;
        foreach (char c in SoftStr(value))
        {
            bool word = char.IsLetterOrDigit(c) || c == '_';
            if (word && !inWord)
                count++;
            inWord = word;
        }
        return count;
    }

    public static object? String(RenderContext rc, object? value, CallArguments args)
    {
        Params.None(args, "do_string");
        return value is Markup ? value : PyRepr.Str(value);
    }

    public static object? Format(RenderContext rc, object? value, CallArguments args)
    {
        if (args.Positional.Count > 0 && args.Named.Count > 0)
            throw ArgumentError("can't handle positional and keyword arguments at the same time");
        object? operand;
        if (args.Named.Count > 0)
        {
            var d = new PyDict();
            foreach (var kv in args.Named)
                d.Set(kv.Key, kv.Value);
            operand = d;
        }
        else
            operand = new PyTuple([.. args.Positional]);
        if (value is Markup m)
            return PyOps.Mod(m, operand);
        return PyFormat.Percent(SoftStr(value), operand);
    }

    public static object? Escape(RenderContext rc, object? value, CallArguments args)
    {
        Params.None(args, "escape");
        return Markup.Escape(value);
    }

    public static object? ForceEscape(RenderContext rc, object? value, CallArguments args)
    {
        Params.None(args, "do_forceescape");
        return Markup.Escape(value is Markup m ? m.Value : PyRepr.Str(value));
    }

    public static object? Safe(RenderContext rc, object? value, CallArguments args)
    {
        Params.None(args, "do_mark_safe");
        return value is Markup ? value : new Markup(PyRepr.Str(value));
    }

    public static object? StripTags(RenderContext rc, object? value, CallArguments args)
    {
        Params.None(args, "do_striptags");
        string s = SoftStr(value is Markup m ? m.Value : value);
        var sb = new StringBuilder();
        int i = 0;
        while (i < s.Length)
        {
            if (s.AsSpan(i).StartsWith("<!--"))
            {
                int end = s.IndexOf("-->", i + 4, StringComparison.Ordinal);
                if (end >= 0)
                {
                    i = end + 3;
                    continue;
                }
            }
            if (s[i] == '<')
            {
                int end = s.IndexOf('>', i + 1);
                if (end >= 0)
                {
                    i = end + 1;
                    continue;
                }
            }
            sb.Append(s[i++]);
        }
        var words = sb.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return HtmlEntities.Unescape(string.Join(' ', words));
    }
}
