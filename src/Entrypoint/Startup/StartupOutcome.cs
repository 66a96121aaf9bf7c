using Entrypoint.Supervision;

namespace Entrypoint.Startup;

/// <summary>Either the command to run, or an exit status when there is nothing to run (a dry run, a report, a failure).</summary>
public sealed record StartupOutcome(PreparedCommand? Command, int ExitCode)
{
    public static StartupOutcome Run(PreparedCommand command) => new(command, 0);
    public static StartupOutcome Exit(int code) => new(null, code);
}
