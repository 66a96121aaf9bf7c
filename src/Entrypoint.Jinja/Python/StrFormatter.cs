namespace Entrypoint.Jinja.Python;

/// <summary>str.format: replacement fields with auto/positional/keyword names, attribute/index access, !r/!s/!a and nested specs.</summary>
internal static class StrFormatter
{
    public static string Format(string template, IReadOnlyList<object?> args, IReadOnlyList<KeyValuePair<string, object?>> kwargs) =>
        throw new NotImplementedException();
}
