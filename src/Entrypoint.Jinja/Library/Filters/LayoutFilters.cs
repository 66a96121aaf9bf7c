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
        var relParts = new SortedSet<string>(StringComparer.Ordinal) { "noopener" };
        if (p[3] is not null)
            relParts.UnionWith(PyRepr.Str(p[3]).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (PyOps.IsTruthy(p[1]))
            relParts.Add("nofollow");
        var schemes = p[4] is null ? [] : PyOps.Iterate(p[4]).Select(PyRepr.Str).ToList();
        foreach (string scheme in schemes)
        {
            if (!Filters.Urlize.IsScheme(scheme))
                throw ArgumentError($"{PyRepr.Repr(scheme)} is not a valid URI scheme prefix.");
        }
        long? limit = p[0] is null ? null : Params.ToInt(p[0]);
        string target = p[2] is null ? "" : PyRepr.Str(p[2]);
        string rv = Filters.Urlize.Link(Markup.Escape(value).Value, limit, string.Join(' ', relParts), target, schemes);
        return rc.Autoescape ? new Markup(rv) : rv;
    }
}
