using System.Globalization;
using System.Numerics;
using System.Text.Json;

namespace Entrypoint.Jinja.Testing;

/// <summary>
/// Converts JSON variables into the plain .NET values a host passes to Render:
/// null, bool, long (BigInteger beyond long), double, string, List, insertion-ordered dictionary.
/// One source file, compiled into the corpus tests and the engine's batch CLI (tools/Entrypoint.Jinja.Cli).
/// </summary>
public static class JsonHostValues
{
    public static IReadOnlyDictionary<string, object?> Variables(JsonElement variables) =>
        (OrderedDictionary<string, object?>)Convert(variables)!;

    public static object? Convert(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => Number(value.GetRawText()),
        JsonValueKind.Array => value.EnumerateArray().Select(Convert).ToList(),
        JsonValueKind.Object => Object(value),
        _ => throw new InvalidDataException($"unexpected JSON value {value.ValueKind}"),
    };

    // Python's json module decides int vs float by the spelling, so we do too: 1.0 is a float, 1 an int.
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
            dict[property.Name] = Convert(property.Value);
        return dict;
    }
}
