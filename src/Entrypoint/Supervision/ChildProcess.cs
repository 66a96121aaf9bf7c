using Entrypoint.Interop;

namespace Entrypoint.Supervision;

/// <summary>
/// Starts the command with posix_spawnp (fork from managed code can deadlock under allocation load): in a new session
/// when asked, with an empty signal mask and default dispositions, whatever entrypoint itself inherited.
/// </summary>
internal static unsafe class ChildProcess
{
    /// <summary>
    /// Returns 0 and the pid, or the errno that prevented the exec (ENOENT, EACCES, ...). The environment is ours,
    /// untouched, unless <paramref name="environment"/> (NAME=value entries) replaces it.
    /// </summary>
    public static int Spawn(IReadOnlyList<string> command, IReadOnlyList<string>? environment, bool newSession, string? terminalPath, out int pid)
    {
        using var spawn = new SpawnAttributes(newSession);
        using var strings = new NativeStrings();
        // Opened after setsid, without O_NOCTTY: the terminal becomes the new session's controlling terminal.
        if (terminalPath is not null)
            Libc.posix_spawn_file_actions_addopen(spawn.FileActions, 0, strings.String(terminalPath), Libc.O_RDWR, 0);

        byte** argv = strings.Array(command);
        byte** envp = environment is null ? Libc.environ() : strings.Array(environment);
        int child;
        int error = Libc.posix_spawnp(&child, argv[0], spawn.FileActions, spawn.Attributes, argv, envp);
        pid = child;
        return error;
    }

    /// <summary>The shell convention: 127 when the command is not found, 126 when it cannot be executed.</summary>
    public static int ExitCodeFor(int errno) => errno == Libc.ENOENT ? ExitCodes.NotFound : ExitCodes.CannotExecute;
}
