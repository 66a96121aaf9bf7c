using Entrypoint.Diagnostics;
using Entrypoint.Interop;

namespace Entrypoint.Supervision;

/// <summary>--no-init: replace entrypoint with the command (same PID), with default signal dispositions and mask.</summary>
internal static unsafe class CommandExec
{
    public static int Replace(IReadOnlyList<string> command, IReadOnlyList<string>? environment)
    {
        // The runtime ignores SIGPIPE, and an inherited SIG_IGN (of any signal, up to 64) must not reach the command;
        // exec itself resets only caught signals.
        Libc.DefaultIgnoredSignals();
        Libc.SigSet empty = default;
        Libc.pthread_sigmask(Libc.SIG_SETMASK, &empty, null);

        using var strings = new NativeStrings();
        byte** argv = strings.Array(command);
        Log.Debug($"exec {command[0]}");
        if (environment is null) Libc.execvp(argv[0], argv);
        else Libc.execvpe(argv[0], argv, strings.Array(environment));
        int error = Libc.LastError;
        Log.Error($"{command[0]}: {Libc.ErrorText(error)}");
        return ChildProcess.ExitCodeFor(error);
    }
}
