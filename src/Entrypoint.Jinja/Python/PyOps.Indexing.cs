using System.Numerics;

namespace Entrypoint.Jinja.Python;

/// <summary>x[key]: negative indices, slices with steps, and Python's IndexError/KeyError/TypeError wording.</summary>
public static partial class PyOps
{
    /// <summary>obj[key]; a <see cref="PySlice"/> key slices.</summary>
    public static object? GetItem(object? obj, object? key)
    {
        switch (obj)
        {
            case PyDict d:
                if (key is PySlice)
                {
                    throw PyException.TypeError("unhashable type: 'slice'");
                }
                return d.TryGetValue(key, out var v) ? v : throw PyException.KeyError(key);
            case PyList l:
                if (key is PySlice ls)
                {
                    return GetSlice(l, ls.Start, ls.Stop, ls.Step);
                }
                return l[ResolveIndex(key, l.Count, "list")];
            case PyTuple t:
                if (key is PySlice ts)
                {
                    return GetSlice(t, ts.Start, ts.Stop, ts.Step);
                }
                return t[ResolveIndex(key, t.Count, "tuple")];
            case string s:
                if (key is PySlice ss)
                {
                    return GetSlice(s, ss.Start, ss.Stop, ss.Step);
                }
                if (!PyInt.IsInt(key))
                {
                    throw PyException.TypeError("string indices must be integers, not '" + TypeName(key) + "'");
                }
                return PyStr.At(s, ResolveIndex(key, PyStr.Length(s), "string"));
            case IPyObject o:
                return o.GetItem(key);
            default:
                throw PyException.TypeError("'" + TypeName(obj) + "' object is not subscriptable");
        }
    }

    /// <summary>obj[start:stop:step]; each bound is None (null) or an int.</summary>
    public static object? GetSlice(object? obj, object? start, object? stop, object? step)
    {
        switch (obj)
        {
            case string s:
                {
                    var (first, st, count) = SliceIndices(PyStr.Length(s), start, stop, step);
                    return PyStr.Slice(s, first, st, count);
                }
            case PyList l:
                {
                    var (first, st, count) = SliceIndices(l.Count, start, stop, step);
                    var r = new PyList(Math.Max(count, 0));
                    for (int i = 0, j = first; i < count; i++, j += st)
                    {
                        r.Add(l[j]);
                    }
                    return r;
                }
            case PyTuple t:
                {
                    var (first, st, count) = SliceIndices(t.Count, start, stop, step);
                    if (count <= 0)
                    {
                        return PyTuple.Empty;
                    }
                    var items = new object?[count];
                    for (int i = 0, j = first; i < count; i++, j += st)
                    {
                        items[i] = t[j];
                    }
                    return new PyTuple(items);
                }
            case PyDict:
                throw PyException.TypeError("unhashable type: 'slice'");
            case IPyObject o:
                return o.GetItem(new PySlice(start, stop, step));
            default:
                throw PyException.TypeError("'" + TypeName(obj) + "' object is not subscriptable");
        }
    }

    /// <summary>slice.indices(length): the first index, the step and how many items the slice selects.</summary>
    public static (int Start, int Step, int Count) SliceIndices(int length, object? start, object? stop, object? step)
    {
        long st = step is null ? 1 : SliceBound(step);
        if (st == 0)
        {
            throw PyException.ValueError("slice step cannot be zero");
        }
        long lower = st < 0 ? -1 : 0;
        long upper = st < 0 ? length - 1 : length;
        long first = start is null ? (st < 0 ? upper : lower) : Clamp(SliceBound(start), length, lower, upper);
        long last = stop is null ? (st < 0 ? lower : upper) : Clamp(SliceBound(stop), length, lower, upper);
        long count;
        if (st > 0)
        {
            count = first < last ? (last - first - 1) / st + 1 : 0;
        }
        else
        {
            count = last < first ? (first - last - 1) / -st + 1 : 0;
        }
        // A step beyond int range selects at most one item, so clamping it is harmless.
        return ((int)first, (int)Math.Clamp(st, int.MinValue + 1, int.MaxValue), (int)count);
    }

    private static long Clamp(long index, int length, long lower, long upper)
    {
        if (index < 0)
        {
            index += length;
            return index < lower ? lower : index;
        }
        return index > upper ? upper : index;
    }

    /// <summary>A slice bound as a long; huge ints are clamped as CPython clamps them.</summary>
    private static long SliceBound(object? value)
    {
        if (PyInt.TryGetLong(value, out long l))
        {
            return Math.Clamp(l, long.MinValue / 2, long.MaxValue / 2);
        }
        if (value is BigInteger b)
        {
            return b.Sign < 0 ? long.MinValue / 2 : long.MaxValue / 2;
        }
        throw PyException.TypeError("slice indices must be integers or None or have an __index__ method");
    }

    /// <summary>A non-negative index into a sequence of the given length, raising as Python does.</summary>
    private static int ResolveIndex(object? key, int length, string kind)
    {
        if (!PyInt.IsInt(key))
        {
            throw PyException.TypeError(kind + " indices must be integers or slices, not " + TypeName(key));
        }
        long i = PyInt.ToIndex(key);
        if (i < 0)
        {
            i += length;
        }
        if (i < 0 || i >= length)
        {
            throw PyException.IndexError(kind + " index out of range");
        }
        return (int)i;
    }
}
