using System.Runtime.InteropServices;
using Entrypoint.Interop;

namespace Entrypoint.Supervision;

/// <summary>
/// Starts the command with posix_spawnp (fork from managed code can deadlock under allocation load): in a new session
/// when asked, with an empty signal mask and default dispositions, whatever entrypoint itself inherited.
/// </summary>
internal static unsafe class ChildProcess
{
    // posix_spawnattr_t is 336 bytes and posix_spawn_file_actions_t 80 on x86-64 glibc; leave room.
    private const int OpaqueSize = 1024;

    /// <summary>
    /// Returns 0 and the pid, or the errno that prevented the exec (ENOENT, EACCES, ...). The environment is ours,
    /// untouched, unless <paramref name="environment"/> (NAME=value entries) replaces it.
    /// </summary>
    public static int Spawn(IReadOnlyList<string> command, IReadOnlyList<string>? environment, bool newSession, string? terminalPath, out int pid)
    {
        pid = 0;
        void* attr = NativeMemory.AllocZeroed(OpaqueSize);
        void* actions = NativeMemory.AllocZeroed(OpaqueSize);
        using var strings = new NativeStrings();
        try
        {
            Libc.posix_spawnattr_init(attr);
            Libc.posix_spawn_file_actions_init(actions);

            Libc.SigSet empty = default, defaults = default;
            // All 64: glibc's spawn would otherwise leave its internal 32 and 33 ignored in the child, and an ignored
            // real-time signal would be inherited as it is.
            for (int s = 1; s <= 64; s++)
                if (s is not (Signals.KILL or Signals.STOP)) defaults.Add(s);
            Libc.posix_spawnattr_setsigmask(attr, &empty);
            Libc.posix_spawnattr_setsigdefault(attr, &defaults);
            short flags = Libc.POSIX_SPAWN_SETSIGMASK | Libc.POSIX_SPAWN_SETSIGDEF;
            if (newSession) flags |= Libc.POSIX_SPAWN_SETSID;
            Libc.posix_spawnattr_setflags(attr, flags);

            // Opened after setsid, without O_NOCTTY: the terminal becomes the new session's controlling terminal.
            if (terminalPath is not null)
                Libc.posix_spawn_file_actions_addopen(actions, 0, strings.String(terminalPath), Libc.O_RDWR, 0);

            byte** argv = strings.Array(command);
            int child;
            byte** envp = environment is null ? Libc.environ() : strings.Array(environment);
            int error = Libc.posix_spawnp(&child, argv[0], actions, attr, argv, envp);
            pid = child;
            return error;
        }
        finally
        {
            Libc.posix_spawn_file_actions_destroy(actions);
            Libc.posix_spawnattr_destroy(attr);
            NativeMemory.Free(actions);
            NativeMemory.Free(attr);
        }
    }

    /// <summary>The shell convention: 127 when the command is not found, 126 when it cannot be executed.</summary>
    public static int ExitCodeFor(int errno) => errno == Libc.ENOENT ? ExitCodes.NotFound : ExitCodes.CannotExecute;
}
