using System.Text;
using Entrypoint.Jinja.Python;
using Entrypoint.Jinja.Runtime;
using static Entrypoint.Jinja.Library.Filters.FilterSupport;

namespace Entrypoint.Jinja.Library.Filters;

/// <summary>wordwrap and urlize: reflowing text and linking URLs.</summary>
internal static class LayoutFilters
{
    public static object? WordWrap(RenderContext rc, object? value, CallArguments args)
    {
        var p = Params.Bind(args, "do_wordwrap", ["width", "break_long_words", "wrapstring", "break_on_hyphens"], [79L, true, null, true]);
        long width = Params.ToInt(p[0]);
        bool breakLong = PyOps.IsTruthy(p[1]);
        bool breakOnHyphens = PyOps.IsTruthy(p[3]);
        string wrap = p[2] is null ? "\n" : PyRepr.Str(p[2]);
        var lines = StringFilters.SplitLines(StrReceiver(value, "splitlines"));
        return string.Join(wrap, lines.Select(line => string.Join(wrap, TextWrap.Wrap(line, width, breakLong, breakOnHyphens))));
    }

    public static object? Urlize(RenderContext rc, object? value, CallArguments args)
    {
        var p = Params.Bind(args, "do_urlize", ["trim_url_limit", "nofollow", "target", "rel", "extra_schemes"], [null, false, null, null, null]);
        string text = SoftStr(value);
        var rel = new List<string>();
        if (PyOps.IsTruthy(p[1]))
            rel.Add("nofollow");
        rel.Add("noopener");
        string relAttr = " rel=\"" + string.Join(' ', rel.Order(StringComparer.Ordinal)) + "\"";
        string targetAttr = p[2] is string t ? $" target=\"{Markup.EscapeText(t)}\"" : "";
        var sb = new StringBuilder();
        foreach (var word in SplitKeepingSpace(text))
        {
            string w = word;
            if (w.StartsWith("http://", StringComparison.Ordinal) || w.StartsWith("https://", StringComparison.Ordinal) || w.StartsWith("www.", StringComparison.Ordinal))
            {
                string href = w.StartsWith("www.", StringComparison.Ordinal) ? "https://" + w : w;
                sb.Append($"<a href=\"{Markup.EscapeText(href)}\"{relAttr}{targetAttr}>{Markup.EscapeText(w)}</a>");
            }
            else
                sb.Append(Markup.EscapeText(w));
        }
        return rc.Autoescape ? new Markup(sb.ToString()) : sb.ToString();
    }

    static IEnumerable<string> SplitKeepingSpace(string s)
    {
        int i = 0;
        while (i < s.Length)
        {
            int start = i;
            bool space = char.IsWhiteSpace(s[i]);
            while (i < s.Length && char.IsWhiteSpace(s[i]) == space)
                i++;
            yield return s[start..i];
        }
    }
}
