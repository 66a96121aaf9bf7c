namespace Entrypoint.Jinja.Python;

/// <summary>dict methods with Python's semantics and CPython's error wording.</summary>
internal static class DictMethods
{
    public static PyCallable? Bind(PyDict d, string name) => name switch
    {
        "items" => (a, k) => { PyArgs.None("dict.items", a, k); return new PyDictView(d, PyDictView.ViewKind.Items); },
        "keys" => (a, k) => { PyArgs.None("dict.keys", a, k); return new PyDictView(d, PyDictView.ViewKind.Keys); },
        "values" => (a, k) => { PyArgs.None("dict.values", a, k); return new PyDictView(d, PyDictView.ViewKind.Values); },
        "get" => (a, k) =>
        {
            PyArgs.Positional("dict.get", a, k, 1, 2);
            return d.TryGetValue(a[0], out var v) ? v : a.Count > 1 ? a[1] : null;
        },
        "update" => (a, k) => Update(d, a, k),
        "pop" => (a, k) =>
        {
            PyArgs.Positional("dict.pop", a, k, 1, 2);
            if (d.Remove(a[0], out var v))
            {
                return v;
            }
            return a.Count > 1 ? a[1] : throw PyException.KeyError(a[0]);
        },
        "popitem" => (a, k) =>
        {
            PyArgs.None("dict.popitem", a, k);
            return d.TryPopLast(out var kv) ? new PyTuple(kv.Key, kv.Value) : throw PyException.KeyError("popitem(): dictionary is empty");
        },
        "setdefault" => (a, k) =>
        {
            PyArgs.Positional("dict.setdefault", a, k, 1, 2);
            if (d.TryGetValue(a[0], out var v))
            {
                return v;
            }
            var dflt = a.Count > 1 ? a[1] : null;
            d[a[0]] = dflt;
            return dflt;
        },
        "copy" => (a, k) => { PyArgs.None("dict.copy", a, k); return d.Copy(); },
        "clear" => (a, k) => { PyArgs.None("dict.clear", a, k); d.Clear(); return null; },
        _ => null,
    };

    /// <summary>dict.update(other, **kwargs): a dict, or an iterable of key/value pairs, then the keywords.</summary>
    public static object? Update(PyDict d, IReadOnlyList<object?> args, IReadOnlyList<KeyValuePair<string, object?>> kwargs)
    {
        if (args.Count > 1)
        {
            throw PyException.TypeError("update expected at most 1 argument, got " + args.Count);
        }
        if (args.Count == 1)
        {
            if (args[0] is PyDict other)
            {
                foreach (var kv in other.Copy())
                {
                    d[kv.Key] = kv.Value;
                }
            }
            else
            {
                int i = 0;
                foreach (var element in PyOps.Iterate(args[0]))
                {
                    if (element is not (string or PyList or PyTuple or PyDict or IPyObject))
                    {
                        throw PyException.TypeError("cannot convert dictionary update sequence element #" + i + " to a sequence");
                    }
                    var pair = new List<object?>(PyOps.Iterate(element));
                    if (pair.Count != 2)
                    {
                        throw PyException.ValueError("dictionary update sequence element #" + i + " has length " + pair.Count + "; 2 is required");
                    }
                    d[pair[0]] = pair[1];
                    i++;
                }
            }
        }
        foreach (var kv in kwargs)
        {
            d[kv.Key] = kv.Value;
        }
        return null;
    }
}
