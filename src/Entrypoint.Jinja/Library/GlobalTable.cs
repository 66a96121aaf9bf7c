namespace Entrypoint.Jinja.Library;

/// <summary>The built-in globals: range, dict, lipsum, cycler, joiner, namespace.</summary>
internal static class GlobalTable
{
    public static Dictionary<string, object?> CreateDefault() => new(StringComparer.Ordinal)
    {
    };
}
