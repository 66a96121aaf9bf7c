using System.Text;
using Entrypoint.Jinja.Python;
using Entrypoint.Jinja.Runtime;
using static Entrypoint.Jinja.Library.Filters.FilterSupport;

namespace Entrypoint.Jinja.Library.Filters;

/// <summary>Filters over sequences: first, last, length, join, sort, unique, min/max, sum, reverse, batch, slice, list.</summary>
internal static class SequenceFilters
{
    public static object? Length(RenderContext rc, object? value, CallArguments args)
    {
        Params.None(args, "sync_do_length");
        return (long)PyOps.Length(value);
    }

    public static object? First(RenderContext rc, object? value, CallArguments args)
    {
        Params.None(args, "sync_do_first");
        foreach (var item in PyOps.Iterate(value))
            return item;
        return rc.MakeUndefined("No first item, sequence was empty.");
    }

    public static object? Last(RenderContext rc, object? value, CallArguments args)
    {
        Params.None(args, "do_last");
        var items = Reversed(value);
        return items.Count > 0 ? items[0] : rc.MakeUndefined("No last item, sequence was empty.");
    }

    static bool IsReversible(object? value) => value is PyList or PyTuple or PyDict or string or Markup or Undefined;

    // reversed(): sequences and dicts, like Python.
    static List<object?> Reversed(object? value)
    {
        if (!IsReversible(value))
            throw PyException.TypeError($"'{PyOps.TypeName(value)}' object is not reversible");
        var items = ToList(value);
        items.Reverse();
        return items;
    }

    public static object? List(RenderContext rc, object? value, CallArguments args)
    {
        Params.None(args, "sync_do_list");
        return new PyList(PyOps.Iterate(value));
    }

    public static object? Reverse(RenderContext rc, object? value, CallArguments args)
    {
        Params.None(args, "do_reverse");
        if (value is string or Markup)
            return PyOps.GetItem(value, new PySlice(null, null, -1L));
        // reversed(value) when Python can (an iterator), else list(value) reversed.
        if (IsReversible(value))
        {
            if (value is Undefined)
                PyOps.Length(value); // reversed() asks len() at once: a strict undefined fails here
            string type = value switch { PyList => "list_reverseiterator", PyDict => "dict_reversekeyiterator", _ => "reversed" };
            return new PyGenerator(type, null, Deferred(() => Reversed(value)));
        }
        try
        {
            var items = ToList(value);
            items.Reverse();
            return new PyList(items);
        }
        catch (PyException e) when (e.PythonType == "TypeError")
        {
            throw ArgumentError("argument must be iterable");
        }
    }

    public static object? Join(RenderContext rc, object? value, CallArguments args)
    {
        var p = Params.Bind(args, "sync_do_join", ["d", "attribute"], ["", null]);
        IEnumerable<object?> items = PyOps.Iterate(value);
        if (p[1] is not null)
        {
            var getter = AttrGetter(rc, p[1]);
            items = items.Select(getter);
        }
        var list = items.ToList();
        if (!rc.Autoescape)
        {
            var sb = new StringBuilder();
            string sep = PyRepr.Str(p[0]);
            for (int i = 0; i < list.Count; i++)
            {
                if (i > 0)
                    sb.Append(sep);
                sb.Append(PyRepr.Str(list[i]));
            }
            return sb.ToString();
        }
        var parts = list.Select(x => Markup.Escape(x).Value);
        return new Markup(string.Join(Markup.Escape(p[0]).Value, parts));
    }

    public static object? Sort(RenderContext rc, object? value, CallArguments args)
    {
        var p = Params.Bind(args, "sync_do_sort", ["reverse", "case_sensitive", "attribute"], [false, false, null]);
        var key = MultiAttrGetter(rc, p[2], ignoreCase: !PyOps.IsTruthy(p[1]));
        return new PyList(Sorted(PyOps.Iterate(value), key, PyOps.IsTruthy(p[0])));
    }

    public static object? Unique(RenderContext rc, object? value, CallArguments args)
    {
        var p = Params.Bind(args, "do_unique", ["case_sensitive", "attribute"], [false, null]);
        var key = AttrGetter(rc, p[1], ignoreCase: !PyOps.IsTruthy(p[0]));
        return Generator("sync_do_unique", () => UniqueItems(PyOps.Iterate(value), key));
    }

    // A generator, as in Jinja.
    static IEnumerable<object?> UniqueItems(IEnumerable<object?> items, Func<object?, object?> key)
    {
        var seen = new PyDict();
        foreach (var item in items)
        {
            var k = key(item);
            if (seen.ContainsKey(k))
                continue;
            seen.Set(k, null);
            yield return item;
        }
    }

    static object? MinMax(RenderContext rc, object? value, CallArguments args, bool max, string function)
    {
        var p = Params.Bind(args, function, ["case_sensitive", "attribute"], [false, null]);
        var key = AttrGetter(rc, p[1], ignoreCase: !PyOps.IsTruthy(p[0]));
        bool found = false;
        object? best = null, bestKey = null;
        foreach (var item in PyOps.Iterate(value))
        {
            var k = key(item);
            if (!found || (max ? PyOps.Compare(PyCompareOp.Gt, k, bestKey) : PyOps.Compare(PyCompareOp.Lt, k, bestKey)))
            {
                best = item;
                bestKey = k;
                found = true;
            }
        }
        return found ? best : rc.MakeUndefined("No aggregated item, sequence was empty.");
    }

    public static object? Min(RenderContext rc, object? value, CallArguments args) => MinMax(rc, value, args, false, "do_min");
    public static object? Max(RenderContext rc, object? value, CallArguments args) => MinMax(rc, value, args, true, "do_max");

    public static object? Sum(RenderContext rc, object? value, CallArguments args)
    {
        var p = Params.Bind(args, "sync_do_sum", ["attribute", "start"], [null, 0L]);
        IEnumerable<object?> items = PyOps.Iterate(value);
        if (p[0] is not null)
            items = items.Select(AttrGetter(rc, p[0]));
        object? total = p[1];
        foreach (var item in items)
            total = PyOps.Add(total, item);
        return total;
    }

    public static object? Batch(RenderContext rc, object? value, CallArguments args)
    {
        var p = Params.Bind(args, "sync_do_batch", ["linecount", "fill_with"], [Params.Required, null]);
        long size = Params.ToInt(p[0]);
        return Generator("do_batch", () => Batches(value, size, p[1]));
    }

    static IEnumerable<object?> Batches(object? value, long size, object? fillWith)
    {
        var tmp = new PyList();
        foreach (var item in PyOps.Iterate(value))
        {
            if (tmp.Count == size)
            {
                yield return tmp;
                tmp = new PyList();
            }
            tmp.Add(item);
        }
        if (tmp.Count > 0)
        {
            if (fillWith is not null)
                while (tmp.Count < size)
                    tmp.Add(fillWith);
            yield return tmp;
        }
    }

    public static object? Slice(RenderContext rc, object? value, CallArguments args)
    {
        var p = Params.Bind(args, "sync_do_slice", ["slices", "fill_with"], [Params.Required, null]);
        long slices = Params.ToInt(p[0]);
        return Generator("sync_do_slice", () => Slices(value, slices, p[1]));
    }

    static IEnumerable<object?> Slices(object? value, long slices, object? fillWith)
    {
        var seq = ToList(value);
        if (slices <= 0)
            throw PyException.ZeroDivision("integer division or modulo by zero");
        int length = seq.Count;
        int perSlice = (int)(length / slices);
        int withExtra = (int)(length % slices);
        int offset = 0;
        for (int i = 0; i < slices; i++)
        {
            int start = offset + i * perSlice;
            if (i < withExtra)
                offset++;
            int end = offset + (i + 1) * perSlice;
            var tmp = new PyList(seq.Skip(start).Take(Math.Max(0, end - start)));
            if (fillWith is not null && i >= withExtra)
                tmp.Add(fillWith);
            yield return tmp;
        }
    }

    public static object? Random(RenderContext rc, object? value, CallArguments args)
    {
        Params.None(args, "do_random");
        var items = ToList(value);
        if (items.Count == 0)
            return rc.MakeUndefined("No random item, sequence was empty.");
        return items[System.Random.Shared.Next(items.Count)];
    }
}
