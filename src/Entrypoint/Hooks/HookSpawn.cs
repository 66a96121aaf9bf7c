using System.Runtime.InteropServices;
using System.Text;
using Entrypoint.Interop;
using Entrypoint.Supervision;

namespace Entrypoint.Hooks;

/// <summary>
/// Starts a hook process with posix_spawn (fork from managed code can deadlock) and waits for that pid alone.
/// Unlike the command, a hook stays in our session and process group (a terminal's Ctrl-C reaches it), may get
/// descriptors moved into place with dup2 (the Python host's protocol channel), and may get extra environment entries.
/// Signals are blocked in entrypoint while hooks run, so the child gets an empty mask and default dispositions.
/// </summary>
internal static unsafe class HookSpawn
{
    /// <summary>Returns 0 and the pid, or the errno that prevented the exec.</summary>
    public static int Start(
        string path,
        IReadOnlyList<string> argv,
        IReadOnlyList<KeyValuePair<string, string>> extraEnvironment,
        IReadOnlyList<(int From, int To)> redirections,
        out int pid)
    {
        pid = 0;
        byte** envp = null;
        using var spawn = new SpawnAttributes(newSession: false);
        using var strings = new NativeStrings();
        try
        {
            // dup2 clears close-on-exec on the target; callers guarantee From never equals a To.
            foreach ((int from, int to) in redirections) Libc.posix_spawn_file_actions_adddup2(spawn.FileActions, from, to);

            envp = Environment(extraEnvironment, strings);
            int child;
            int error = Libc.posix_spawn(&child, strings.String(path), spawn.FileActions, spawn.Attributes, strings.Array(argv), envp != null ? envp : BaseEnvironment(strings));
            pid = child;
            return error;
        }
        finally
        {
            if (envp != null) NativeMemory.Free(envp);
        }
    }

    /// <summary>Blocks until that child ends; nothing else reaps while hooks run (the supervisor has not started).</summary>
    public static ExitStatus Wait(int pid)
    {
        int status;
        while (Libc.waitpid(pid, &status, 0) < 0)
        {
            int errno = Libc.LastError;
            if (errno != Libc.EINTR) throw new InvalidOperationException($"waitpid({pid}): {Libc.ErrorText(errno)}");
        }
        return new ExitStatus(status);
    }

    /// <summary>
    /// The C environ as it is (raw bytes, so nothing is re-encoded), minus the names we set, plus our entries.
    /// Null when there is nothing to add: the base environment is passed then.
    /// </summary>
    private static byte** Environment(IReadOnlyList<KeyValuePair<string, string>> extra, NativeStrings strings)
    {
        if (extra.Count == 0) return null;
        byte** environ = BaseEnvironment(strings);
        int count = 0;
        while (environ[count] != null) count++;
        byte** envp = (byte**)NativeMemory.Alloc((nuint)(count + extra.Count + 1), (nuint)sizeof(byte*));
        int n = 0;
        for (int i = 0; i < count; i++)
            if (!extra.Any(e => Names(environ[i], e.Key))) envp[n++] = environ[i];
        foreach (var (name, value) in extra) envp[n++] = strings.String(name + "=" + value);
        envp[n] = null;
        return envp;
    }

    private static bool s_noShim;

    /// <summary>
    /// environ from the C shim, which is linked only into the native binary; under the JIT (the in-process tests)
    /// the runtime's copy of the environment stands in for it.
    /// </summary>
    private static byte** BaseEnvironment(NativeStrings strings)
    {
        if (!s_noShim)
        {
            try
            {
                return Libc.environ();
            }
            catch (DllNotFoundException)
            {
                s_noShim = true;
            }
        }
        var entries = new List<string>();
        foreach (System.Collections.DictionaryEntry e in System.Environment.GetEnvironmentVariables())
            entries.Add($"{e.Key}={e.Value}");
        return strings.Array(entries);
    }

    private static bool Names(byte* entry, string name)
    {
        byte[] prefix = Encoding.UTF8.GetBytes(name + "=");
        for (int i = 0; i < prefix.Length; i++)
            if (entry[i] != prefix[i]) return false;
        return true;
    }
}
