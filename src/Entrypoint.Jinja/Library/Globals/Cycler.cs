using Entrypoint.Jinja.Python;

namespace Entrypoint.Jinja.Library.Globals;

/// <summary>cycler(*items): next() walks the items round-robin; current and reset() as in Jinja.</summary>
internal sealed class Cycler(object?[] items) : IPyObject
{
    int _pos;

    public static object? Create(IReadOnlyList<object?> args, IReadOnlyList<KeyValuePair<string, object?>> kwargs)
    {
        if (args.Count == 0)
            throw new PyException("RuntimeError", "at least one item has to be provided");
        return new Cycler([.. args]);
    }

    public string TypeName => "Cycler";

    public bool TryGetAttr(string name, out object? value)
    {
        value = name switch
        {
            "current" => items[_pos],
            "next" => new PyCallable((_, _) => Next()),
            "reset" => new PyCallable((_, _) =>
            {
                _pos = 0;
                return null;
            }),
            "items" => new PyTuple([.. items]),
            _ => null,
        };
        return name is "current" or "next" or "reset" or "items";
    }

    object? Next()
    {
        var rv = items[_pos];
        _pos = (_pos + 1) % items.Length;
        return rv;
    }
}

/// <summary>joiner(sep): returns '' the first time it is called, then sep.</summary>
internal sealed class Joiner(string separator) : IPyObject
{
    bool _used;

    public static object? Create(IReadOnlyList<object?> args, IReadOnlyList<KeyValuePair<string, object?>> kwargs)
    {
        var p = Params.Bind(new CallArguments(args, kwargs), "Joiner.__init__", ["sep"], [", "]);
        return new Joiner(PyRepr.Str(p[0]));
    }

    public string TypeName => "Joiner";

    public object? Call(IReadOnlyList<object?> args, IReadOnlyList<KeyValuePair<string, object?>> kwargs)
    {
        if (!_used)
        {
            _used = true;
            return "";
        }
        return separator;
    }
}
