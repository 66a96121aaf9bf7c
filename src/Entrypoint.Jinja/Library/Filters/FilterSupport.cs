using Entrypoint.Jinja.Python;
using Entrypoint.Jinja.Runtime;

namespace Entrypoint.Jinja.Library.Filters;

/// <summary>Shared pieces of Jinja's filters: attribute getters, case folding, Python sorting.</summary>
internal static class FilterSupport
{
    public static List<object?> ToList(object? value) => [.. PyOps.Iterate(value)];

    /// <summary>Jinja's _prepare_attribute_parts + make_attrgetter: dotted paths, digit parts as ints.</summary>
    public static Func<object?, object?> AttrGetter(RenderContext rc, object? attribute, bool ignoreCase = false, object? defaultValue = null)
    {
        object?[] parts = attribute switch
        {
            null => [],
            string s => s.Split('.').Select(p => p.Length > 0 && p.All(char.IsAsciiDigit) ? (object?)long.Parse(p, System.Globalization.CultureInfo.InvariantCulture) : p).ToArray(),
            _ => [attribute],
        };
        return item =>
        {
            foreach (var part in parts)
            {
                item = rc.GetItem(item, part);
                if (defaultValue is not null && item is Undefined)
                    item = defaultValue;
            }
            return ignoreCase ? IgnoreCase(item) : item;
        };
    }

    public static object? IgnoreCase(object? value) => value is string s ? s.ToLowerInvariant() : value;

    /// <summary>Python's sorted(): timsort's comparisons, so a mixed-type TypeError names Python's pair.</summary>
    public static List<object?> Sorted(IEnumerable<object?> items, Func<object?, object?> key, bool reverse)
    {
        var list = items.ToList();
        PySort.Sort(list, key, reverse);
        return list;
    }

    /// <summary>Jinja's make_multi_attrgetter: 'age,name' gives each item the key [item.age, item.name].</summary>
    public static Func<object?, object?> MultiAttrGetter(RenderContext rc, object? attribute, bool ignoreCase)
    {
        var getters = (attribute is string s ? s.Split(',').Select(part => (object?)part) : [attribute])
            .Select(part => AttrGetter(rc, part, ignoreCase)).ToArray();
        return item => new PyList(getters.Select(get => get(item)));
    }

    public static int PythonCompare(object? a, object? b)
    {
        if (PyOps.Compare(PyCompareOp.Lt, a, b))
            return -1;
        return PyOps.Compare(PyCompareOp.Lt, b, a) ? 1 : 0;
    }

    public static string SoftStr(object? value) => value is string s ? s : PyRepr.Str(value);

    public static PyException ArgumentError(string message) => new("FilterArgumentError", message);

    /// <summary>The text of a value a filter calls a str method on (<c>s.splitlines()</c>): a str or Markup;
    /// an undefined fails as undefined, anything else has no such attribute, as in Python.</summary>
    public static string StrReceiver(object? value, string method) => value switch
    {
        string s => s,
        Markup m => m.Value,
        Undefined u => throw u.Fail(),
        _ => throw new PyException("AttributeError", $"'{PyOps.TypeName(value)}' object has no attribute '{method}'"),
    };

    /// <summary>Python's float(x): numbers, numeric strings; ValueError/TypeError otherwise, undefined fails.</summary>
    public static double ToFloat(object? value)
    {
        if (value is Undefined u)
            throw u.Fail();
        if (NumberFilters.TryParseFloat(value, out double d))
            return d;
        if (value is string or Markup)
            throw new PyException("ValueError", "could not convert string to float: " + PyRepr.Repr(PyRepr.Str(value)));
        throw PyException.TypeError($"float() argument must be a string or a real number, not '{PyOps.TypeName(value)}'");
    }

    /// <summary>A Python generator of the named Jinja function: nothing runs until the first item is asked for.</summary>
    public static PyGenerator Generator(string function, Func<IEnumerable<object?>> body) =>
        new("generator", function, Deferred(body));

    public static IEnumerable<object?> Deferred(Func<IEnumerable<object?>> body)
    {
        foreach (var item in body())
            yield return item;
    }
}
