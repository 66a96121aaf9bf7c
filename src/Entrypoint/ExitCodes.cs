namespace Entrypoint;

/// <summary>entrypoint's own exit codes; otherwise it exits with the command's status (128+N for signal N).</summary>
public static class ExitCodes
{
    /// <summary>Variables, templates or hooks failed: nothing was written and the command never started.</summary>
    public const int Configuration = 1;
    public const int Usage = 2;
    public const int CannotExecute = 126;
    public const int NotFound = 127;
}
