namespace Entrypoint.Jinja.Python;

/// <summary>
/// Argument checks for built-in methods, with the wording of each CPython calling convention
/// (METH_NOARGS, METH_O, Argument Clinic positional-only, old-style varargs, keyword parsing).
/// </summary>
internal static class PyArgs
{
    public static readonly object Missing = new();

    /// <summary>METH_NOARGS: "str.upper() takes no arguments (1 given)".</summary>
    public static void None(string qualName, IReadOnlyList<object?> args, IReadOnlyList<KeyValuePair<string, object?>> kwargs)
    {
        NoKeywords(qualName, kwargs);
        if (args.Count != 0)
        {
            throw PyException.TypeError(qualName + "() takes no arguments (" + args.Count + " given)");
        }
    }

    /// <summary>METH_O: "list.append() takes exactly one argument (0 given)".</summary>
    public static object? One(string qualName, IReadOnlyList<object?> args, IReadOnlyList<KeyValuePair<string, object?>> kwargs)
    {
        NoKeywords(qualName, kwargs);
        if (args.Count != 1)
        {
            throw PyException.TypeError(qualName + "() takes exactly one argument (" + args.Count + " given)");
        }
        return args[0];
    }

    public static void NoKeywords(string qualName, IReadOnlyList<KeyValuePair<string, object?>> kwargs)
    {
        if (kwargs.Count != 0)
        {
            throw PyException.TypeError(qualName + "() takes no keyword arguments");
        }
    }

    /// <summary>Argument Clinic positional-only: "center expected at least 1 argument, got 0".</summary>
    public static void Positional(string qualName, IReadOnlyList<object?> args, IReadOnlyList<KeyValuePair<string, object?>> kwargs, int min, int max)
    {
        NoKeywords(qualName, kwargs);
        string name = qualName[(qualName.IndexOf('.') + 1)..];
        int n = args.Count;
        if (n < min)
        {
            throw PyException.TypeError(name + " expected " + (min == max ? "" : "at least ") + min + " argument" + (min == 1 ? "" : "s") + ", got " + n);
        }
        if (n > max)
        {
            throw PyException.TypeError(name + " expected " + (min == max ? "" : "at most ") + max + " argument" + (max == 1 ? "" : "s") + ", got " + n);
        }
    }

    /// <summary>Old-style PyArg_ParseTuple: "find() takes at least 1 argument (0 given)".</summary>
    public static void VarArgs(string name, IReadOnlyList<object?> args, IReadOnlyList<KeyValuePair<string, object?>> kwargs, int min, int max)
    {
        NoKeywords(name, kwargs);
        int n = args.Count;
        if (n < min)
        {
            throw PyException.TypeError(name + "() takes at least " + min + " argument" + (min == 1 ? "" : "s") + " (" + n + " given)");
        }
        if (n > max)
        {
            throw PyException.TypeError(name + "() takes at most " + max + " argument" + (max == 1 ? "" : "s") + " (" + n + " given)");
        }
    }

    /// <summary>
    /// Keyword-capable parameters (all optional), as _PyArg_UnpackKeywords binds them;
    /// unset parameters are <see cref="Missing"/>. positionalCount limits how many may be passed by position.
    /// </summary>
    public static object?[] Bind(string name, IReadOnlyList<object?> args, IReadOnlyList<KeyValuePair<string, object?>> kwargs,
        string[] names, int positionalCount)
    {
        var values = new object?[names.Length];
        Array.Fill(values, Missing);
        if (args.Count > positionalCount)
        {
            if (positionalCount == 0)
            {
                throw PyException.TypeError(name + "() takes no positional arguments");
            }
            throw PyException.TypeError(name + "() takes at most " + positionalCount + " argument" + (positionalCount == 1 ? "" : "s") + " (" + args.Count + " given)");
        }
        for (int i = 0; i < args.Count; i++)
        {
            values[i] = args[i];
        }
        foreach (var kv in kwargs)
        {
            int i = Array.IndexOf(names, kv.Key);
            if (i < 0)
            {
                throw PyException.TypeError("'" + kv.Key + "' is an invalid keyword argument for " + name + "()");
            }
            if (i < args.Count)
            {
                throw PyException.TypeError("argument for " + name + "() given by name ('" + kv.Key + "') and position (" + (i + 1) + ")");
            }
            values[i] = kv.Value;
        }
        return values;
    }

    /// <summary>An int argument accepted through __index__ (bool counts).</summary>
    public static long Index(object? value) => PyInt.ToIndex(value);

    /// <summary>A start/end argument of find/count/startswith: None, or an int clamped like a slice index.</summary>
    public static long? SliceIndex(object? value)
    {
        if (value is null || ReferenceEquals(value, Missing))
        {
            return null;
        }
        if (PyInt.TryGetLong(value, out long l))
        {
            return l;
        }
        if (value is System.Numerics.BigInteger b)
        {
            return b.Sign < 0 ? long.MinValue / 2 : long.MaxValue / 2;
        }
        throw PyException.TypeError("slice indices must be integers or None or have an __index__ method");
    }

    public static object? Arg(IReadOnlyList<object?> args, int i) => i < args.Count ? args[i] : Missing;
}
