namespace Entrypoint.Hooks;

/// <summary>
/// A hook stopped startup. The message names the hook file and says what happened; a Python traceback or other
/// multi-line detail follows on indented lines, so it reads well after the "entrypoint: " prefix of the log.
/// </summary>
public sealed class HookException(string hookPath, string summary, string? detail = null)
    : Exception(Format(hookPath, summary, detail))
{
    public string HookPath { get; } = hookPath;

    /// <summary>The Python traceback (or similar detail) as the hook produced it, without indentation; null if none.</summary>
    public string? Detail { get; } = detail;

    private static string Format(string hookPath, string summary, string? detail)
    {
        string head = $"hook {hookPath}: {summary}";
        if (string.IsNullOrEmpty(detail)) return head;
        var lines = detail.TrimEnd('\n').Split('\n');
        return head + "\n" + string.Join("\n", lines.Select(l => "  " + l));
    }
}
