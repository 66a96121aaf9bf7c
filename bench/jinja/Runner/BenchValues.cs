using System.Globalization;
using System.Numerics;
using System.Text.Json;
using Entrypoint.Jinja.Python;

namespace Entrypoint.Jinja.Bench;

/// <summary>The bench variables (JSON) as a host passes them to Render.</summary>
public static class BenchValues
{
    /// <summary>Plain .NET values (dictionaries, lists): Render converts the whole tree on every call.</summary>
    public static IReadOnlyDictionary<string, object?> Variables(JsonElement variables) =>
        (OrderedDictionary<string, object?>)Convert(variables, engine: false)!;

    /// <summary>
    /// The engine's own values (PyDict, PyList) under a plain top level, as a host that renders many templates
    /// with one set of variables prepares them once. Render then does what Jinja2's does: it copies the top level
    /// and nothing below it. This is the like-for-like comparison with jinja_bench.py, which hands over Python dicts.
    /// </summary>
    public static IReadOnlyDictionary<string, object?> EngineValues(JsonElement variables)
    {
        var top = new OrderedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in variables.EnumerateObject())
            top[property.Name] = Convert(property.Value, engine: true);
        return top;
    }

    static object? Convert(JsonElement value, bool engine) => value.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => Number(value.GetRawText()),
        JsonValueKind.Array => engine ? new PyList(value.EnumerateArray().Select(item => Convert(item, engine))) : value.EnumerateArray().Select(item => Convert(item, engine)).ToList(),
        JsonValueKind.Object => engine ? PyObject(value) : Object(value),
        _ => throw new InvalidDataException($"unexpected JSON value {value.ValueKind}"),
    };

    // Python's json decides int vs float by spelling: "1.0" is a float, "1" an int of any size.
    static object Number(string raw)
    {
        if (raw.IndexOfAny(['.', 'e', 'E']) >= 0)
            return double.Parse(raw, NumberStyles.Float, CultureInfo.InvariantCulture);
        if (long.TryParse(raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var small))
            return small;
        return BigInteger.Parse(raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
    }

    static OrderedDictionary<string, object?> Object(JsonElement value)
    {
        var dict = new OrderedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in value.EnumerateObject())
            dict[property.Name] = Convert(property.Value, engine: false);
        return dict;
    }

    static PyDict PyObject(JsonElement value)
    {
        var dict = new PyDict();
        foreach (var property in value.EnumerateObject())
            dict.Set(property.Name, Convert(property.Value, engine: true));
        return dict;
    }
}
