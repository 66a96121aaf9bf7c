using Entrypoint.Jinja.Library.Globals;
using Entrypoint.Jinja.Python;
using Entrypoint.Jinja.Runtime;

namespace Entrypoint.Jinja.Library;

/// <summary>The built-in globals: range, dict, lipsum, cycler, joiner, namespace.</summary>
internal static class GlobalTable
{
    public static Dictionary<string, object?> CreateDefault() => new(StringComparer.Ordinal)
    {
        ["range"] = new PyCallable(PyRange.Create),
        ["dict"] = new PyCallable(Dict),
        ["lipsum"] = new PyCallable(Lipsum.Generate),
        ["cycler"] = new PyCallable(Cycler.Create),
        ["joiner"] = new PyCallable(Joiner.Create),
        ["namespace"] = new PyCallable(MakeNamespace),
    };

    static object? Dict(IReadOnlyList<object?> args, IReadOnlyList<KeyValuePair<string, object?>> kwargs)
    {
        if (args.Count > 1)
            throw PyException.TypeError($"dict expected at most 1 argument, got {args.Count}");
        var d = new PyDict();
        if (args.Count == 1)
            Update(d, args[0], "dict");
        foreach (var kv in kwargs)
            d.Set(kv.Key, kv.Value);
        return d;
    }

    static void Update(PyDict d, object? source, string what)
    {
        if (source is PyDict other)
        {
            foreach (var kv in other)
                d.Set(kv.Key, kv.Value);
            return;
        }
        int index = 0;
        foreach (var item in PyOps.Iterate(source))
        {
            var pair = PyOps.Iterate(item).ToList();
            if (pair.Count != 2)
                throw PyException.ValueError($"{what} update sequence element #{index} has length {pair.Count}; 2 is required");
            d.Set(pair[0], pair[1]);
            index++;
        }
    }

    static object? MakeNamespace(IReadOnlyList<object?> args, IReadOnlyList<KeyValuePair<string, object?>> kwargs)
    {
        var ns = new Namespace();
        var d = new PyDict();
        foreach (var a in args)
            Update(d, a, "dictionary");
        foreach (var kv in kwargs)
            d.Set(kv.Key, kv.Value);
        foreach (var kv in d)
            ns.Set(PyRepr.Str(kv.Key), kv.Value);
        return ns;
    }
}
