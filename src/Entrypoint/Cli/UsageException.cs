namespace Entrypoint.Cli;

/// <summary>A mistake on the command line or in an ENTRYPOINT_* variable: exit 2 with a hint to see --help.</summary>
public sealed class UsageException(string message) : Exception(message);
