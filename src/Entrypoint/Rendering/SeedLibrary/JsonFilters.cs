using Entrypoint.Jinja;
using Entrypoint.Jinja.Python;
using Entrypoint.Jinja.Runtime;

namespace Entrypoint.Rendering.SeedLibrary;

/// <summary>
/// The seed's to_json (json.dumps(value, *args, **kwargs)) and to_pretty_json (the same with indent=4 and
/// sort_keys=True fixed): the keyword arguments json.dumps accepts, with its argument errors.
/// </summary>
internal static class JsonFilters
{
    static readonly string[] Keywords =
        ["skipkeys", "ensure_ascii", "check_circular", "allow_nan", "cls", "indent", "separators", "default", "sort_keys"];

    public static object? ToJson(RenderContext rc, object? value, CallArguments args) =>
        JsonEncoder.Encode(value, Options(args, pretty: false));

    public static object? ToPrettyJson(RenderContext rc, object? value, CallArguments args) =>
        JsonEncoder.Encode(value, Options(args, pretty: true));

    static JsonOptions Options(CallArguments args, bool pretty)
    {
        var given = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (pretty)
        {
            given["indent"] = 4L;
            given["sort_keys"] = true;
        }
        foreach (var (key, value) in args.Named)
        {
            // The call json.dumps(value, indent=4, sort_keys=True, **kwargs) fails before dumps runs.
            if (!given.TryAdd(key, value)) throw PyException.TypeError($"json.dumps() got multiple values for keyword argument '{key}'");
        }
        if (args.Positional.Count > 0)
        {
            throw PyException.TypeError($"dumps() takes 1 positional argument but {args.Positional.Count + 1} were given");
        }
        foreach (var key in given.Keys)
        {
            if (Array.IndexOf(Keywords, key) < 0) throw PyException.TypeError($"JSONEncoder.__init__() got an unexpected keyword argument '{key}'");
        }
        if (given.TryGetValue("cls", out var cls) && cls is not null)
        {
            throw PyException.TypeError("json.dumps(cls=...) is not supported in templates");
        }
        string? indent = Indent(given.GetValueOrDefault("indent"));
        var (itemSeparator, keySeparator) = Separators(given.GetValueOrDefault("separators"), indent);
        return new JsonOptions
        {
            SkipKeys = Flag(given, "skipkeys", false),
            EnsureAscii = Flag(given, "ensure_ascii", true),
            CheckCircular = Flag(given, "check_circular", true),
            AllowNan = Flag(given, "allow_nan", true),
            SortKeys = Flag(given, "sort_keys", false),
            Indent = indent,
            ItemSeparator = itemSeparator,
            KeySeparator = keySeparator,
            Default = given.GetValueOrDefault("default"),
        };
    }

    static bool Flag(Dictionary<string, object?> given, string name, bool fallback) =>
        given.TryGetValue(name, out var value) ? PyOps.IsTruthy(value) : fallback;

    // json turns a non-str indent into ' ' * indent.
    static string? Indent(object? indent) => indent switch
    {
        null => null,
        string s => s,
        IPyObject { TypeName: "Markup" } markup => markup.Str(),
        bool or long or int => new string(' ', (int)Math.Clamp(PyInt.ToIndex(indent), 0, 1 << 20)),
        _ => throw PyException.TypeError($"can't multiply sequence by non-int of type '{PyOps.TypeName(indent)}'"),
    };

    static (string Item, string Key) Separators(object? separators, string? indent)
    {
        if (separators is null) return (indent is null ? ", " : ",", ": ");
        var parts = PyOps.Iterate(separators).Take(3).ToList();
        if (parts.Count < 2) throw PyException.ValueError($"not enough values to unpack (expected 2, got {parts.Count})");
        if (parts.Count > 2) throw PyException.ValueError("too many values to unpack (expected 2)");
        return (PyRepr.Str(parts[0]), PyRepr.Str(parts[1]));
    }
}
