using Entrypoint.Jinja.Python;

namespace Entrypoint.Jinja.Runtime;

/// <summary>
/// Jinja's lookup rules: <c>a.b</c> tries the Python attribute, then the item;
/// <c>a['b']</c> tries the item, then (for string keys) the attribute. A miss yields undefined.
/// Common misses are detected without exceptions so <c>| default</c> stays cheap.
/// </summary>
internal static class Lookup
{
    public static object? GetAttr(RenderContext rc, object? obj, string name)
    {
        switch (obj)
        {
            case PyDict d:
                if (PyMethods.TryGetMethod(d, name, out var dm))
                    return dm;
                return d.TryGetValue(name, out var v) ? v : rc.UndefinedMember(obj, name);
            case Undefined u:
                u.TryGetAttr(name, out var chained);
                return chained;
            case IPyObject o:
                if (o.TryGetAttr(name, out var attr))
                    return attr;
                return TryItem(o, name, out var item) ? item : rc.UndefinedMember(obj, name);
            default:
                return PyMethods.TryGetMethod(obj, name, out var m) ? m : rc.UndefinedMember(obj, name);
        }
    }

    public static object? GetItem(RenderContext rc, object? obj, object? key)
    {
        // Jinja compiles a slice to a plain Python subscript: no undefined fallback, errors propagate.
        if (key is PySlice && obj is not Undefined)
            return PyOps.GetItem(obj, key);
        switch (obj)
        {
            case PyDict d:
                if (key is not (PyList or PyDict or PySlice) && d.TryGetValue(key, out var v))
                    return v;
                break;
            case PyList l when key is long i:
                if (i < 0)
                    i += l.Count;
                if (i >= 0 && i < l.Count)
                    return l[(int)i];
                break;
            case PyTuple t when key is long j:
                if (j < 0)
                    j += t.Count;
                if (j >= 0 && j < t.Count)
                    return t[(int)j];
                break;
            case Undefined u:
                return u.GetItem(key);
            default:
                if (TryItem(obj, key, out var item))
                    return item;
                break;
        }
        if (key is string name && TryAttr(obj, name, out var attr))
            return attr;
        return rc.UndefinedMember(obj, key);
    }

    static bool TryAttr(object? obj, string name, out object? value) => PyOps.TryGetAttr(obj, name, out value);

    static bool TryItem(object? obj, object? key, out object? value)
    {
        try
        {
            value = obj is IPyObject o ? o.GetItem(key) : PyOps.GetItem(obj, key);
            return true;
        }
        catch (PyException e) when (e.PythonType is "KeyError" or "IndexError" or "TypeError" or "AttributeError")
        {
            value = null;
            return false;
        }
    }
}
