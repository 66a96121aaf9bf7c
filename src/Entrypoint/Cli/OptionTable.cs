using Entrypoint.Diagnostics;
using Entrypoint.Supervision;

namespace Entrypoint.Cli;

/// <summary>One row per option: how it is spelled, how its ENTRYPOINT_* variable is named, and what it sets.</summary>
internal sealed record OptionSpec(string Long, char Short, string? ValueName, string Help, Func<Options, string, Options> Apply)
{
    public bool TakesValue => ValueName is not null;

    /// <summary>Options given more than once accumulate instead of replacing.</summary>
    public bool Repeatable { get; init; }

    /// <summary>Hidden aliases share their target's behaviour and are not listed in --help.</summary>
    public bool Hidden { get; init; }

    public string EnvironmentName => "ENTRYPOINT_" + Long.ToUpperInvariant().Replace('-', '_');
}

internal static class OptionTable
{
    public static readonly OptionSpec[] All =
    [
        new("verbose", 'v', null, "log each step, signal and reaped process", (o, _) => o with { LogLevel = LogLevel.Debug }),
        new("quiet", 'q', null, "log errors only", (o, _) => o with { LogLevel = LogLevel.Error }),
        new("no-init", '\0', null, "exec the command in place of entrypoint (no supervision)", (o, _) => o with { NoInit = true }),
        new("no-setsid", '\0', null, "signal the child only, not its whole session", (o, _) => o with { Setsid = false }),
        new("single-child", 'c', null, "alias of --no-setsid", (o, _) => o with { Setsid = false }),
        new("rewrite", 'r', "SRC:DST", "rewrite signal SRC to DST before forwarding (DST none drops it); repeatable", AddRewrite) { Repeatable = true },
        new("grace-period", '\0', "DURATION", "time leftover processes get between TERM and KILL after the command exits (default 3s)", SetGracePeriod),
        new("variables", 'V', "PATH", "YAML variables file; repeatable (default /variables.yml)", AddVariablesFile) { Repeatable = true },
        new("templates", 't', "PATH", "template tree rendered into --output (default /templates)", (o, v) => o with { TemplatesPath = NonEmpty("templates", v) }),
        new("jinja", 'j', "PATH", "extra templates for include/import/extends (default /jinja)", (o, v) => o with { JinjaPath = NonEmpty("jinja", v) }),
        new("output", 'o', "PATH", "where the template tree is rendered (default /)", (o, v) => o with { OutputPath = NonEmpty("output", v) }),
        new("hooks", 'H', "PATH", "directory of hook modules (default /entrypoint_hooks)", (o, v) => o with { HooksPath = NonEmpty("hooks", v) }),
        new("overwrite", '\0', null, "render templates over existing files instead of skipping them", (o, _) => o with { Overwrite = true }),
        new("file-env", '\0', null, "for each NAME_FILE variable, set NAME to that file's content", (o, _) => o with { FileEnv = true }),
        new("dry-run", '\0', null, "render and report what would be written; no hooks, no writing, no command", (o, _) => o with { DryRun = true }),
        new("print-variables", '\0', null, "print the final variables as YAML and exit", (o, _) => o with { PrintVariables = true }),
        new("version", '\0', null, "print the version and exit", (o, _) => o with { Action = CliAction.Version }),
        new("help", 'h', null, "print this help and exit", (o, _) => o with { Action = CliAction.Help }),
    ];

    private static string NonEmpty(string option, string value) =>
        value.Length > 0 ? value : throw new UsageException($"--{option} needs a non-empty path");

    private static Options AddVariablesFile(Options o, string value) =>
        o with
        {
            VariablesFiles = ReferenceEquals(o.VariablesFiles, Options.DefaultVariablesFiles)
                ? [NonEmpty("variables", value)]
                : [.. o.VariablesFiles, NonEmpty("variables", value)],
        };

    private static Options SetGracePeriod(Options o, string value) =>
        Duration.TryParse(value, out TimeSpan grace)
            ? o with { GracePeriod = grace }
            : throw new UsageException($"--grace-period '{value}' is not a duration (use seconds like 3, or 500ms, 10s, 2m)");

    private static Options AddRewrite(Options o, string value)
    {
        int colon = value.IndexOf(':');
        if (colon < 0)
            throw new UsageException($"--rewrite '{value}' needs the form SRC:DST, for example term:quit or int:none");
        string source = value[..colon], target = value[(colon + 1)..];
        if (!Signals.TryParse(source, allowNone: false, out int from))
            throw new UsageException($"--rewrite '{value}': unknown signal '{source}' (use a name like TERM or SIGTERM, or a number)");
        if (!Signals.IsForwardable(from))
            throw new UsageException($"--rewrite '{value}': {Signals.Name(from)} is never forwarded, so it cannot be rewritten");
        if (!Signals.TryParse(target, allowNone: true, out int to))
            throw new UsageException($"--rewrite '{value}': unknown signal '{target}' (use a name like QUIT or SIGQUIT, a number, or none)");
        var rewrites = new Dictionary<int, int>(o.Rewrites) { [from] = to };
        return o with { Rewrites = rewrites };
    }
}
