using System.Reflection;
using System.Text;

namespace Entrypoint.Cli;

public static class Usage
{
    public static string Synopsis => "usage: entrypoint [OPTIONS] [--] COMMAND [ARGS...]";

    public static string Text
    {
        get
        {
            var text = new StringBuilder();
            text.Append(Synopsis).Append("\n\n");
            text.Append("Renders the configuration, then runs COMMAND as a well-behaved PID 1: signals forwarded,\n");
            text.Append("zombies reaped, the command's exit status passed on.\n\nOptions:\n");
            foreach (OptionSpec spec in OptionTable.All)
            {
                string names = (spec.Short != '\0' ? $"-{spec.Short}, " : "    ") + "--" + spec.Long + (spec.ValueName is null ? "" : " " + spec.ValueName);
                text.Append("  ").Append(names.PadRight(30)).Append(' ').Append(spec.Help).Append('\n');
            }
            text.Append("\nEvery option can also be set as ENTRYPOINT_<NAME> (ENTRYPOINT_NO_SETSID=1,\n");
            text.Append("ENTRYPOINT_REWRITE=term:quit,int:none); the command line wins.\n");
            text.Append("Signals: names in any case, with or without SIG (term, SIGTERM), or numbers.\n");
            text.Append("Durations: seconds (3), or 500ms, 10s, 2m.\n");
            text.Append("\nExit status: the command's, or 128+N when it was killed by signal N; 1 when configuration\n");
            text.Append("failed (nothing written, command not started); 2 for a usage error;\n");
            text.Append("126 when the command cannot be executed, 127 when it is not found.\n");
            return text.ToString();
        }
    }

    public static string Version
    {
        get
        {
            string version = typeof(Usage).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
            int plus = version.IndexOf('+');
            return plus < 0 ? $"entrypoint {version}" : $"entrypoint {version[..plus]} (commit {version[(plus + 1)..Math.Min(version.Length, plus + 13)]})";
        }
    }
}
