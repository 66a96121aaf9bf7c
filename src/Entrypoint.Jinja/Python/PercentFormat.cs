namespace Entrypoint.Jinja.Python;

/// <summary>printf-style formatting: str % args.</summary>
internal static class PercentFormat
{
    public static string Format(string template, object? args) => throw new NotImplementedException();
}
