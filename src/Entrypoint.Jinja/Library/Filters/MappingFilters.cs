using Entrypoint.Jinja.Python;
using Entrypoint.Jinja.Runtime;
using static Entrypoint.Jinja.Library.Filters.FilterSupport;

namespace Entrypoint.Jinja.Library.Filters;

/// <summary>items, dictsort, groupby, xmlattr.</summary>
internal static class MappingFilters
{
    public static object? Items(RenderContext rc, object? value, CallArguments args)
    {
        Params.None(args, "do_items");
        // A generator in Jinja: a non-mapping fails only when iterated.
        return Generator("do_items", () => value switch
        {
            Undefined => [],
            PyDict d => Pairs(d),
            _ => throw PyException.TypeError("Can only get item pairs from a mapping."),
        });
    }

    static IEnumerable<object?> Pairs(PyDict d)
    {
        foreach (var kv in d)
            yield return new PyTuple(kv.Key, kv.Value);
    }

    public static object? DictSort(RenderContext rc, object? value, CallArguments args)
    {
        var p = Params.Bind(args, "do_dictsort", ["case_sensitive", "by", "reverse"], [false, "key", false]);
        int pos = (p[1] as string) switch
        {
            "key" => 0,
            "value" => 1,
            _ => throw ArgumentError("You can only sort by either \"key\" or \"value\""),
        };
        if (value is not PyDict d)
            throw value is Undefined u ? u.Fail() : PyException.AttributeError($"'{PyOps.TypeName(value)}' object has no attribute 'items'");
        bool ignoreCase = !PyOps.IsTruthy(p[0]);
        var pairs = d.Select(kv => (object?)new PyTuple(kv.Key, kv.Value));
        return new PyList(Sorted(pairs, item =>
        {
            var v = ((PyTuple)item!)[pos];
            return ignoreCase ? IgnoreCase(v) : v;
        }, PyOps.IsTruthy(p[2])));
    }

    public static object? GroupBy(RenderContext rc, object? value, CallArguments args)
    {
        var p = Params.Bind(args, "sync_do_groupby", ["attribute", "default", "case_sensitive"], [Params.Required, null, false]);
        bool caseSensitive = PyOps.IsTruthy(p[2]);
        var key = AttrGetter(rc, p[0], ignoreCase: !caseSensitive, defaultValue: p[1]);
        var output = AttrGetter(rc, p[0], defaultValue: p[1]);
        var sorted = Sorted(PyOps.Iterate(value), key, false);
        var result = new PyList();
        List<object?>? group = null;
        object? groupKey = null;
        foreach (var item in sorted)
        {
            var k = key(item);
            if (group is null || !PyOps.Equal(k, groupKey))
            {
                if (group is not null)
                    result.Add(new GroupTuple(caseSensitive ? groupKey : output(group[0]), new PyList(group)));
                group = [];
                groupKey = k;
            }
            group.Add(item);
        }
        if (group is not null)
            result.Add(new GroupTuple(caseSensitive ? groupKey : output(group[0]), new PyList(group)));
        return result;
    }

    public static object? XmlAttr(RenderContext rc, object? value, CallArguments args)
    {
        var p = Params.Bind(args, "do_xmlattr", ["autospace"], [true]);
        if (value is not PyDict d)
            throw value is Undefined u ? u.Fail() : PyException.AttributeError($"'{PyOps.TypeName(value)}' object has no attribute 'items'");
        var items = new List<string>();
        foreach (var kv in d)
        {
            if (kv.Value is null or Undefined)
                continue;
            string key = PyRepr.Str(kv.Key);
            if (key.Any(c => c is ' ' or '\t' or '\n' or '\r' or '\f' or '\v' or '/' or '>' or '='))
                throw PyException.ValueError($"Invalid character in attribute name: {PyRepr.Repr(kv.Key)}");
            items.Add($"{Markup.Escape(kv.Key).Value}=\"{Markup.Escape(kv.Value).Value}\"");
        }
        string rv = string.Join(' ', items);
        if (PyOps.IsTruthy(p[0]) && rv.Length > 0)
            rv = " " + rv;
        return rc.Autoescape ? new Markup(rv) : rv;
    }
}

/// <summary>groupby's (grouper, list) pair: a tuple that also has the two named attributes.</summary>
internal sealed class GroupTuple(object? grouper, PyList list) : IPyObject
{
    readonly PyTuple _tuple = new(grouper, list);

    public string TypeName => "tuple";
    public string Repr() => PyRepr.Repr(_tuple);
    public int Length() => 2;
    public IEnumerable<object?> Iterate() => _tuple;
    public bool Contains(object? item) => PyOps.Contains(_tuple, item);
    public object? GetItem(object? key) => PyOps.GetItem(_tuple, key);
    public bool PyEquals(object? other) => PyOps.Equal(_tuple, other is GroupTuple g ? g._tuple : other);
    public int PyHash() => PyOps.Hash(_tuple);

    // Ordered as the tuple it is (sort, min, max of groupby results).
    public int? CompareTo(object? other)
    {
        var o = other is GroupTuple g ? g._tuple : other;
        if (o is not PyTuple)
            return null;
        return PyOps.Compare(PyCompareOp.Lt, _tuple, o) ? -1 : PyOps.Compare(PyCompareOp.Lt, o, _tuple) ? 1 : 0;
    }

    public bool TryGetAttr(string name, out object? value)
    {
        value = name switch { "grouper" => grouper, "list" => list, _ => null };
        return name is "grouper" or "list";
    }
}
