namespace Entrypoint;

/// <summary>entrypoint's own exit codes; otherwise it exits with the command's status (128+N for signal N).</summary>
public static class ExitCodes
{
    public const int Usage = 2;
    public const int CannotExecute = 126;
    public const int NotFound = 127;
}
