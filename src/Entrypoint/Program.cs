using Entrypoint.Cli;
using Entrypoint.Diagnostics;
using Entrypoint.Startup;
using Entrypoint.Supervision;

namespace Entrypoint;

public static class Program
{
    public static int Main(string[] args)
    {
        Options options;
        try
        {
            options = CommandLine.Parse(args, Environment.GetEnvironmentVariable);
        }
        catch (UsageException e)
        {
            Log.WriteLine(2, $"entrypoint: {e.Message}\nTry 'entrypoint --help' for more information.");
            return ExitCodes.Usage;
        }

        switch (options.Action)
        {
            case CliAction.Help:
                Log.WriteLine(1, Usage.Text);
                return 0;
            case CliAction.Version:
                Log.WriteLine(1, Usage.Version);
                return 0;
        }
        if (options.Command.Count == 0)
        {
            Log.WriteLine(2, Usage.Text);
            return ExitCodes.Usage;
        }

        Log.Level = options.LogLevel;
        StartupOutcome outcome = StartupSequence.Prepare(options);
        if (outcome.Command is not PreparedCommand command) return outcome.ExitCode;
        return options.NoInit ? CommandExec.Replace(command.Arguments, command.Environment) : new Supervisor(options, command).Run();
    }
}
