using System.Numerics;

namespace Entrypoint.Jinja.Python;

/// <summary>Python's built-in protocol operations over the object model (type, bool, len, iter, in, hash, getattr, call).</summary>
public static partial class PyOps
{
    /// <summary>type(x).__name__.</summary>
    public static string TypeName(object? value) => value switch
    {
        null => "NoneType",
        string => "str",
        bool => "bool",
        long or int or BigInteger => "int",
        double => "float",
        PyList => "list",
        PyDict => "dict",
        PyTuple => "tuple",
        IPyObject o => o.TypeName,
        PySlice => "slice",
        PyCallable => "builtin_function_or_method",
        PyGenerator g => g.TypeName,
        IEnumerable<object?> => "generator",
        _ => value.GetType().Name,
    };

    /// <summary>bool(x).</summary>
    public static bool IsTruthy(object? value) => value switch
    {
        null => false,
        bool b => b,
        string s => s.Length != 0,
        long l => l != 0,
        double d => d != 0.0,
        PyList l => l.Count != 0,
        PyDict d => d.Count != 0,
        PyTuple t => t.Count != 0,
        IPyObject o => o.IsTruthy(),
        BigInteger b => !b.IsZero,
        int i => i != 0,
        _ => true,
    };

    /// <summary>len(x).</summary>
    public static int Length(object? value) => value switch
    {
        string s => PyStr.Length(s),
        PyList l => l.Count,
        PyDict d => d.Count,
        PyTuple t => t.Count,
        IPyObject o => o.Length(),
        _ => throw PyException.TypeError("object of type '" + TypeName(value) + "' has no len()"),
    };

    /// <summary>iter(x): str yields its characters, dict its keys; a list is read live, as Python does.</summary>
    public static IEnumerable<object?> Iterate(object? value) => value switch
    {
        string s => PyStr.Chars(s),
        PyList l => IterateList(l),
        PyTuple t => t,
        PyDict d => d.Keys,
        IPyObject o => o.Iterate(),
        IEnumerable<object?> e => e,
        _ => throw PyException.TypeError("'" + TypeName(value) + "' object is not iterable"),
    };

    private static IEnumerable<object?> IterateList(PyList list)
    {
        for (int i = 0; i < list.Count; i++)
        {
            yield return list[i];
        }
    }

    /// <summary>item in container.</summary>
    public static bool Contains(object? container, object? item)
    {
        switch (container)
        {
            case string s:
                if (item is string sub)
                {
                    return s.Contains(sub, StringComparison.Ordinal);
                }
                if (item is IPyObject { TypeName: "Markup" })
                {
                    // e.g. Markup is a str subclass in Python; let it decide via its Str().
                    return s.Contains(((IPyObject)item).Str(), StringComparison.Ordinal);
                }
                throw PyException.TypeError("'in <string>' requires string as left operand, not " + TypeName(item));
            case PyDict d:
                return d.ContainsKey(item);
            case PyList l:
                return l.IndexOf(item) >= 0;
            case PyTuple t:
                return ContainsByIteration(t, item);
            case IPyObject o:
                return o.Contains(item);
            case IEnumerable<object?> e:
                return ContainsByIteration(e, item);
            default:
                throw PyException.TypeError("argument of type '" + TypeName(container) + "' is not iterable");
        }
    }

    /// <summary>The fallback `in`: any item equal to the needle.</summary>
    public static bool ContainsByIteration(IEnumerable<object?> items, object? item)
    {
        foreach (var x in items)
        {
            if (ReferenceEquals(x, item) || Equal(x, item))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>hash(x), consistent with <see cref="Equal"/> across int, float and bool.</summary>
    public static int Hash(object? value)
    {
        switch (value)
        {
            case null: return 0x5F3759DF;
            case string s: return string.GetHashCode(s, StringComparison.Ordinal);
            case long l: return l.GetHashCode();
            case bool b: return (b ? 1L : 0L).GetHashCode();
            case double d:
                if (double.IsFinite(d) && Math.Floor(d) == d)
                {
                    if (d >= -9.2233720368547758E18 && d < 9.2233720368547758E18)
                    {
                        return ((long)d).GetHashCode();
                    }
                    return new BigInteger(d).GetHashCode();
                }
                return d.GetHashCode();
            case BigInteger bi: return bi.GetHashCode();
            case int i: return ((long)i).GetHashCode();
            case PyTuple t:
                {
                    PyRecursionGuard.Enter(" while calling a Python object");
                    try
                    {
                        var h = new HashCode();
                        foreach (var x in t)
                        {
                            h.Add(Hash(x));
                        }
                        return h.ToHashCode();
                    }
                    finally
                    {
                        PyRecursionGuard.Leave();
                    }
                }
            case PyList or PyDict or PySlice:
                throw PyException.TypeError("unhashable type: '" + TypeName(value) + "'");
            case IPyObject o: return o.PyHash();
            default: return value.GetHashCode();
        }
    }

    /// <summary>getattr(obj, name) for Python attributes: IPyObject attributes, then str/list/dict methods.</summary>
    public static bool TryGetAttr(object? obj, string name, out object? value)
    {
        if (obj is IPyObject o && o.TryGetAttr(name, out value))
        {
            return true;
        }
        if (PyMethods.TryGetMethod(obj, name, out var method))
        {
            value = method;
            return true;
        }
        return TryGetNumberAttr(obj, name, out value);
    }

    // The data attributes of int and float (x.real, x.imag, x.numerator, x.denominator).
    private static bool TryGetNumberAttr(object? obj, string name, out object? value)
    {
        value = null;
        if (obj is double d)
        {
            value = name switch { "real" => d, "imag" => 0.0, _ => null };
        }
        else if (PyInt.IsInt(obj))
        {
            value = name switch { "real" or "numerator" => Pos(obj), "imag" => 0L, "denominator" => 1L, _ => null };
        }
        return value is not null;
    }

    /// <summary>callee(*args, **kwargs).</summary>
    public static object? Call(object? callee, IReadOnlyList<object?> args, IReadOnlyList<KeyValuePair<string, object?>> kwargs) => callee switch
    {
        PyCallable f => f(args, kwargs),
        IPyObject o => o.Call(args, kwargs),
        _ => throw PyException.TypeError("'" + TypeName(callee) + "' object is not callable"),
    };
}
