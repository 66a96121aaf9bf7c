using Entrypoint.Diagnostics;
using Entrypoint.Interop;

namespace Entrypoint.Supervision;

/// <summary>--no-init: replace entrypoint with the command (same PID), with default signal dispositions and mask.</summary>
internal static unsafe class CommandExec
{
    private const nint SIG_DFL = 0;

    public static int Replace(IReadOnlyList<string> command)
    {
        // The faults stay with the runtime until exec resets its handlers; everything else goes back to default
        // (the runtime ignores SIGPIPE, and an inherited SIG_IGN must not reach the command).
        for (int s = 1; s < 32; s++)
            if (Signals.IsForwardable(s) || s == Signals.CHLD) Libc.signal(s, SIG_DFL);
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
