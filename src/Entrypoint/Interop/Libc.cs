using System.Runtime.InteropServices;

namespace Entrypoint.Interop;

/// <summary>Every call into libc, in one place. Signatures are blittable; strings travel as NUL-terminated UTF-8.</summary>
internal static unsafe partial class Libc
{
    private const string Lib = "libc";

    /// <summary>Our C shim (Interop/native), linked into the binary.</summary>
    private const string Native = "entrypoint_native";

    public const int EINTR = 4, ECHILD = 10, EAGAIN = 11, ENOENT = 2, EACCES = 13, ENOEXEC = 8, ESRCH = 3;
    public const int SIG_BLOCK = 0, SIG_UNBLOCK = 1, SIG_SETMASK = 2;
    public const int WNOHANG = 1;
    public const int SFD_CLOEXEC = 0x80000;
    public const int O_RDWR = 2, O_RDONLY = 0, O_CLOEXEC = 0x80000;
    public const int PR_SET_PDEATHSIG = 1, PR_SET_CHILD_SUBREAPER = 36;
    public const ulong TIOCNOTTY = 0x5422, TIOCGPGRP = 0x540F;
    public const short POLLIN = 1;
    public const short POSIX_SPAWN_SETSIGDEF = 0x04, POSIX_SPAWN_SETSIGMASK = 0x08, POSIX_SPAWN_SETSID = 0x80;

    /// <summary>glibc's sigset_t: 1024 bits. A default value is the empty set.</summary>
    [StructLayout(LayoutKind.Sequential)]
    public struct SigSet
    {
        private fixed ulong _bits[16];

        /// <summary>Sets the bit directly: glibc's sigaddset refuses its internal signals 32 and 33, which spawn must reset too.</summary>
        public void Add(int signo) => _bits[(signo - 1) / 64] |= 1UL << ((signo - 1) % 64);
    }

    /// <summary>struct signalfd_siginfo, 128 bytes; only the fields we read are named.</summary>
    [StructLayout(LayoutKind.Explicit, Size = 128)]
    public struct SignalInfo
    {
        [FieldOffset(0)] public uint Signo;
        [FieldOffset(8)] public int Code;
        [FieldOffset(12)] public uint Pid;
        [FieldOffset(16)] public uint Uid;
    }

    /// <summary>struct stat on x86-64, 144 bytes; only the fields we read are named.</summary>
    [StructLayout(LayoutKind.Explicit, Size = 144)]
    public struct StatBuffer
    {
        [FieldOffset(24)] public uint Mode;
        [FieldOffset(28)] public uint Uid;
        [FieldOffset(32)] public uint Gid;
    }

    [StructLayout(LayoutKind.Sequential)]
    public struct PollFd
    {
        public int Fd;
        public short Events;
        public short Revents;
    }

    [DllImport(Lib, SetLastError = true)] public static extern int pthread_sigmask(int how, SigSet* set, SigSet* old);
    [DllImport(Lib, SetLastError = true)] public static extern int signalfd(int fd, SigSet* mask, int flags);

    [DllImport(Lib, SetLastError = true)] public static extern nint read(int fd, void* buf, nint count);
    [DllImport(Lib, SetLastError = true)] public static extern nint write(int fd, void* buf, nint count);
    [DllImport(Lib, SetLastError = true)] public static extern int open(byte* path, int flags, int mode);
    [DllImport(Lib, SetLastError = true)] public static extern int close(int fd);
    [DllImport(Lib, SetLastError = true)] public static extern int poll(PollFd* fds, nuint nfds, int timeoutMs);
    [DllImport(Lib, SetLastError = true)] public static extern nint readlink(byte* path, byte* buf, nint size);
    [DllImport(Lib, SetLastError = true)] public static extern int isatty(int fd);
    [DllImport(Lib, SetLastError = true)] public static extern int ioctl(int fd, ulong request, nint arg);
    [DllImport(Lib, SetLastError = true)] public static extern int chdir(byte* path);
    [DllImport(Lib, SetLastError = true)] public static extern int madvise(nint address, nuint length, int advice);
    [DllImport(Lib, SetLastError = true, EntryPoint = "stat")] public static extern int stat(byte* path, StatBuffer* buffer);
    [DllImport(Lib, SetLastError = true)] public static extern int fchown(int fd, uint owner, uint group);
    [DllImport(Lib, SetLastError = true)] public static extern int fchmod(int fd, uint mode);
    [DllImport(Lib, SetLastError = true)] public static extern int chown(byte* path, uint owner, uint group);
    [DllImport(Lib, SetLastError = true)] public static extern int chmod(byte* path, uint mode);
    [DllImport(Lib)] public static extern uint geteuid();

    public const int MADV_DONTNEED = 4;

    [DllImport(Lib)] public static extern int getpid();
    [DllImport(Lib)] public static extern int getsid(int pid);
    [DllImport(Lib)] public static extern int getpgrp();
    [DllImport(Lib, SetLastError = true)] public static extern int kill(int pid, int signo);
    [DllImport(Lib, SetLastError = true)] public static extern int waitpid(int pid, int* status, int options);
    [DllImport(Lib, SetLastError = true)] public static extern int prctl(int option, nuint arg2, nuint arg3, nuint arg4, nuint arg5);
    [DllImport(Lib, SetLastError = true)] public static extern int execvp(byte* file, byte** argv);
    [DllImport(Lib, SetLastError = true)] public static extern int execvpe(byte* file, byte** argv, byte** envp);
    [DllImport(Lib)] public static extern byte* strerror(int errnum);
    [DllImport(Lib)] public static extern void _exit(int status);

    [DllImport(Lib)] public static extern int posix_spawnattr_init(void* attr);
    [DllImport(Lib)] public static extern int posix_spawnattr_destroy(void* attr);
    [DllImport(Lib)] public static extern int posix_spawnattr_setflags(void* attr, short flags);
    [DllImport(Lib)] public static extern int posix_spawnattr_setsigmask(void* attr, SigSet* mask);
    [DllImport(Lib)] public static extern int posix_spawnattr_setsigdefault(void* attr, SigSet* set);
    [DllImport(Lib)] public static extern int posix_spawn_file_actions_init(void* actions);
    [DllImport(Lib)] public static extern int posix_spawn_file_actions_destroy(void* actions);
    [DllImport(Lib)] public static extern int posix_spawn_file_actions_addopen(void* actions, int fd, byte* path, int flags, int mode);
    [DllImport(Lib)] public static extern int posix_spawnp(int* pid, byte* file, void* actions, void* attr, byte** argv, byte** envp);

    /// <summary>The C environ, from the native shim: .NET keeps a managed copy that we must not substitute.</summary>
    [DllImport(Native, EntryPoint = "entrypoint_environ")] public static extern byte** environ();

    /// <summary>Every signal left SIG_IGN (1-64, glibc's internal ones included) back to SIG_DFL, for exec.</summary>
    [DllImport(Native, EntryPoint = "entrypoint_default_ignored_signals")] public static extern void DefaultIgnoredSignals();

    public static int LastError => Marshal.GetLastPInvokeError();

    public static string ErrorText(int errno) => Marshal.PtrToStringUTF8((nint)strerror(errno)) ?? $"errno {errno}";

    // Hooks
    public const int F_DUPFD_CLOEXEC = 1030, X_OK = 1;
    public const uint S_IFMT = 0xF000, S_IFREG = 0x8000;

    [DllImport(Lib, SetLastError = true)] public static extern int pipe2(int* fds, int flags);
    /// <summary>fcntl with an int argument (F_DUPFD_CLOEXEC); the variadic call is ABI-compatible on x86-64.</summary>
    [DllImport(Lib, SetLastError = true)] public static extern int fcntl(int fd, int cmd, int arg);
    [DllImport(Lib, SetLastError = true)] public static extern int access(byte* path, int mode);
    [DllImport(Lib)] public static extern int posix_spawn(int* pid, byte* path, void* actions, void* attr, byte** argv, byte** envp);
    [DllImport(Lib)] public static extern int posix_spawn_file_actions_adddup2(void* actions, int fd, int newfd);
}
