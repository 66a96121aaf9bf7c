using Entrypoint.Diagnostics;

namespace Entrypoint.Cli;

public enum CliAction { Run, Help, Version }

/// <summary>Everything the command line and the ENTRYPOINT_* environment decided, immutable.</summary>
public sealed record Options
{
    public CliAction Action { get; init; } = CliAction.Run;
    public LogLevel LogLevel { get; init; } = LogLevel.Warning;
    public bool NoInit { get; init; }
    public bool Setsid { get; init; } = true;

    /// <summary>Rewrites the user asked for, source to target (0 drops). Defaults for job control are the policy's.</summary>
    public IReadOnlyDictionary<int, int> Rewrites { get; init; } = new Dictionary<int, int>();

    /// <summary>The seed's single default; the first -V replaces it rather than adding to it.</summary>
    public static readonly IReadOnlyList<string> DefaultVariablesFiles = ["/variables.yml"];

    public IReadOnlyList<string> VariablesFiles { get; init; } = DefaultVariablesFiles;
    public string TemplatesPath { get; init; } = "/templates";
    public string JinjaPath { get; init; } = "/jinja";
    public string OutputPath { get; init; } = "/";
    public string HooksPath { get; init; } = "/entrypoint_hooks";

    /// <summary>Render templates over existing destinations instead of skipping them.</summary>
    public bool Overwrite { get; init; }

    /// <summary>The official images' NAME_FILE convention for secrets.</summary>
    public bool FileEnv { get; init; }

    /// <summary>Render everything in memory and report, without hooks, writing or running.</summary>
    public bool DryRun { get; init; }

    /// <summary>Print the final variables as YAML and exit.</summary>
    public bool PrintVariables { get; init; }

    /// <summary>How long leftover processes get between TERM and KILL once the main child has exited.</summary>
    public TimeSpan GracePeriod { get; init; } = TimeSpan.FromSeconds(3);

    public IReadOnlyList<string> Command { get; init; } = [];
}
