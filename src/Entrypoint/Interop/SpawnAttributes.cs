using System.Runtime.InteropServices;

namespace Entrypoint.Interop;

/// <summary>
/// posix_spawn's attributes and file actions, set up the way every process we start needs them: an empty signal
/// mask and default dispositions for all 64 signals, whatever entrypoint itself inherited or blocked (glibc's spawn
/// would otherwise leave its internal 32 and 33 ignored, and an ignored real-time signal would be inherited).
/// </summary>
internal sealed unsafe class SpawnAttributes : IDisposable
{
    // posix_spawnattr_t is 336 bytes and posix_spawn_file_actions_t 80 on x86-64 glibc; leave room.
    private const int OpaqueSize = 1024;

    public SpawnAttributes(bool newSession)
    {
        Attributes = NativeMemory.AllocZeroed(OpaqueSize);
        FileActions = NativeMemory.AllocZeroed(OpaqueSize);
        Libc.posix_spawnattr_init(Attributes);
        Libc.posix_spawn_file_actions_init(FileActions);

        Libc.SigSet empty = default, defaults = default;
        for (int s = 1; s <= 64; s++)
            if (s is not (9 or 19)) defaults.Add(s); // all but KILL and STOP, which cannot be changed
        Libc.posix_spawnattr_setsigmask(Attributes, &empty);
        Libc.posix_spawnattr_setsigdefault(Attributes, &defaults);
        short flags = Libc.POSIX_SPAWN_SETSIGMASK | Libc.POSIX_SPAWN_SETSIGDEF;
        if (newSession) flags |= Libc.POSIX_SPAWN_SETSID;
        Libc.posix_spawnattr_setflags(Attributes, flags);
    }

    public void* Attributes { get; }
    public void* FileActions { get; }

    public void Dispose()
    {
        Libc.posix_spawn_file_actions_destroy(FileActions);
        Libc.posix_spawnattr_destroy(Attributes);
        NativeMemory.Free(FileActions);
        NativeMemory.Free(Attributes);
    }
}
