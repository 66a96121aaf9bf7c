using Entrypoint.Jinja.Python;

namespace Entrypoint.Jinja.Runtime;

/// <summary>
/// markupsafe's Markup methods: the str method with plain-str arguments escaped, and the result wrapped back
/// into Markup (each part of split/rsplit/splitlines/partition too). Other methods return what str's do.
/// </summary>
internal static class MarkupMethods
{
    public static PyCallable Wrap(string name, PyCallable method) => name switch
    {
        "capitalize" or "title" or "lower" or "upper" or "replace" or "ljust" or "rjust" or "lstrip" or "rstrip"
            or "center" or "strip" or "expandtabs" or "swapcase" or "zfill" or "casefold" or "removeprefix"
            or "removesuffix" or "format" or "format_map" or "join" =>
            (args, kwargs) => ToMarkup(method(EscapeArgs(args, name == "join"), EscapeKwargs(kwargs))),
        "split" or "rsplit" or "splitlines" =>
            (args, kwargs) => new PyList(((PyList)method(EscapeArgs(args), EscapeKwargs(kwargs))!).Select(ToMarkup)),
        "partition" or "rpartition" =>
            (args, kwargs) => new PyTuple(((PyTuple)method(EscapeArgs(args), EscapeKwargs(kwargs))!).Select(ToMarkup).ToArray()),
        _ => method,
    };

    static object? ToMarkup(object? value) => value is string s ? new Markup(s) : value;

    // join escapes every item of its one argument; the others escape their str arguments.
    static object?[] EscapeArgs(IReadOnlyList<object?> args, bool items = false) =>
        items && args.Count == 1
            ? [new PyList(PyOps.Iterate(args[0]).Select(x => (object?)Markup.Escape(x).Value))]
            : args.Select(Escape).ToArray();

    static KeyValuePair<string, object?>[] EscapeKwargs(IReadOnlyList<KeyValuePair<string, object?>> kwargs) =>
        kwargs.Select(kv => new KeyValuePair<string, object?>(kv.Key, Escape(kv.Value))).ToArray();

    static object? Escape(object? value) => value is string s ? Markup.EscapeText(s) : value is Markup m ? m.Value : value;
}
