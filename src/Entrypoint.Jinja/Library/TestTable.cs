namespace Entrypoint.Jinja.Library;

/// <summary>Every built-in test, by name. Implementations live in Library/Tests/*.cs.</summary>
internal static class TestTable
{
    public static Dictionary<string, TestFunction> CreateDefault() => new(StringComparer.Ordinal)
    {
    };
}
