namespace Entrypoint.Jinja.Python;

/// <summary>list methods with Python's semantics and CPython's error wording.</summary>
internal static class ListMethods
{
    private static readonly string[] SortNames = ["key", "reverse"];

    public static PyCallable? Bind(PyList l, string name) => name switch
    {
        "append" => (a, k) => { l.Add(PyArgs.One("list.append", a, k)); return null; },
        "extend" => (a, k) => { l.AddRange([.. PyOps.Iterate(PyArgs.One("list.extend", a, k))]); return null; },
        "pop" => (a, k) => Pop(l, a, k),
        "insert" => (a, k) => Insert(l, a, k),
        "remove" => (a, k) => Remove(l, PyArgs.One("list.remove", a, k)),
        "index" => (a, k) => Index(l, a, k),
        "count" => (a, k) => Count(l, PyArgs.One("list.count", a, k)),
        "copy" => (a, k) => { PyArgs.None("list.copy", a, k); return new PyList(l); },
        "sort" => (a, k) => Sort(l, a, k),
        "reverse" => (a, k) => { PyArgs.None("list.reverse", a, k); l.Items.Reverse(); return null; },
        "clear" => (a, k) => { PyArgs.None("list.clear", a, k); l.Clear(); return null; },
        _ => null,
    };

    /// <summary>The two methods a tuple has.</summary>
    public static PyCallable? Bind(PyTuple t, string name) => name switch
    {
        "index" => (a, k) => Index(t, a, k, "tuple"),
        "count" => (a, k) => Count(t, PyArgs.One("tuple.count", a, k)),
        _ => null,
    };

    private static object? Pop(PyList l, IReadOnlyList<object?> args, IReadOnlyList<KeyValuePair<string, object?>> kwargs)
    {
        PyArgs.Positional("list.pop", args, kwargs, 0, 1);
        long i = args.Count > 0 ? PyArgs.Index(args[0]) : -1;
        if (l.Count == 0)
        {
            throw PyException.IndexError("pop from empty list");
        }
        if (i < 0)
        {
            i += l.Count;
        }
        if (i < 0 || i >= l.Count)
        {
            throw PyException.IndexError("pop index out of range");
        }
        var v = l[(int)i];
        l.RemoveAt((int)i);
        return v;
    }

    private static object? Insert(PyList l, IReadOnlyList<object?> args, IReadOnlyList<KeyValuePair<string, object?>> kwargs)
    {
        PyArgs.Positional("list.insert", args, kwargs, 2, 2);
        long i = PyArgs.Index(args[0]);
        if (i < 0)
        {
            i = Math.Max(0, i + l.Count);
        }
        l.Insert((int)Math.Min(i, l.Count), args[1]);
        return null;
    }

    private static object? Remove(PyList l, object? x)
    {
        if (!l.Remove(x))
        {
            throw PyException.ValueError("list.remove(x): x not in list");
        }
        return null;
    }

    private static long Index(IReadOnlyList<object?> l, IReadOnlyList<object?> args, IReadOnlyList<KeyValuePair<string, object?>> kwargs, string type = "list")
    {
        PyArgs.Positional(type + ".index", args, kwargs, 1, 3);
        long start = args.Count > 1 ? Bound(args[1], l.Count) : 0;
        long stop = args.Count > 2 ? Bound(args[2], l.Count) : l.Count;
        for (long i = start; i < Math.Min(stop, l.Count); i++)
        {
            if (PyOps.Equal(l[(int)i], args[0]))
            {
                return i;
            }
        }
        throw PyException.ValueError(type == "list" ? PyRepr.Repr(args[0]) + " is not in list" : "tuple.index(x): x not in tuple");
    }

    private static long Bound(object? v, int count)
    {
        long? b = v is null
            ? throw PyException.TypeError("slice indices must be integers or have an __index__ method")
            : PyArgs.SliceIndex(v);
        long i = b!.Value;
        return i < 0 ? Math.Max(0, i + count) : i;
    }

    private static long Count(IReadOnlyList<object?> l, object? x)
    {
        long n = 0;
        foreach (var item in l)
        {
            if (PyOps.Equal(item, x))
            {
                n++;
            }
        }
        return n;
    }

    private static object? Sort(PyList l, IReadOnlyList<object?> args, IReadOnlyList<KeyValuePair<string, object?>> kwargs)
    {
        var v = PyArgs.Bind("sort", args, kwargs, SortNames, 0);
        object? key = ReferenceEquals(v[0], PyArgs.Missing) ? null : v[0];
        bool reverse = !ReferenceEquals(v[1], PyArgs.Missing) && PyOps.IsTruthy(v[1]);
        PySort.Sort(l.Items, key, reverse);
        return null;
    }
}
