using Entrypoint.Diagnostics;
using Entrypoint.Interop;

namespace Entrypoint.Supervision;

/// <summary>--no-init: replace entrypoint with the command (same PID), with default signal dispositions and mask.</summary>
internal static unsafe class CommandExec
{
    private const nint SIG_DFL = 0;

    public static int Replace(IReadOnlyList<string> command)
    {
        // Everything back to default: the runtime ignores SIGPIPE, and an inherited SIG_IGN (even of a fault signal,
        // which the runtime leaves alone) must not reach the command. exec itself resets only caught signals.
        for (int s = 1; s < 32; s++)
            if (s is not (Signals.KILL or Signals.STOP)) Libc.signal(s, SIG_DFL);
        Libc.SigSet empty = default;
        Libc.pthread_sigmask(Libc.SIG_SETMASK, &empty, null);

        using var strings = new NativeStrings();
        byte** argv = strings.Array(command);
        Log.Debug($"exec {command[0]}");
        Libc.execvp(argv[0], argv);
        int error = Libc.LastError;
        Log.Error($"{command[0]}: {Libc.ErrorText(error)}");
        return ChildProcess.ExitCodeFor(error);
    }
}
