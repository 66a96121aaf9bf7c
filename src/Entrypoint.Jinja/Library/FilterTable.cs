namespace Entrypoint.Jinja.Library;

/// <summary>Every built-in filter, by name. Implementations live in Library/Filters/*.cs, grouped by domain.</summary>
internal static class FilterTable
{
    public static Dictionary<string, FilterFunction> CreateDefault() => new(StringComparer.Ordinal)
    {
    };
}
