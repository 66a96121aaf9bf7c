using Entrypoint.Interop;

namespace Entrypoint.Supervision;

/// <summary>
/// Reads the signals the native constructor blocked (see Interop/native/signal_mask.c) from one signalfd, in the
/// order the kernel queued them; child exits arrive here too, as SIGCHLD.
/// </summary>
internal sealed unsafe class SignalReader : IDisposable
{
    private readonly int _fd;

    private SignalReader(int fd) => _fd = fd;

    public static SignalReader Open()
    {
        Libc.SigSet blocked;
        Libc.pthread_sigmask(Libc.SIG_BLOCK, null, &blocked);
        int fd = Libc.signalfd(-1, &blocked, Libc.SFD_CLOEXEC);
        if (fd < 0) throw new InvalidOperationException($"signalfd failed: {Libc.ErrorText(Libc.LastError)}");
        return new SignalReader(fd);
    }

    /// <summary>Waits up to <paramref name="timeoutMs"/> (-1: forever) and returns what arrived, possibly nothing.</summary>
    public int Read(Span<Libc.SignalInfo> buffer, int timeoutMs)
    {
        var pfd = new Libc.PollFd { Fd = _fd, Events = Libc.POLLIN };
        int ready = Libc.poll(&pfd, 1, timeoutMs);
        if (ready <= 0) return 0;
        fixed (Libc.SignalInfo* start = buffer)
        {
            nint n = Libc.read(_fd, start, buffer.Length * sizeof(Libc.SignalInfo));
            return n <= 0 ? 0 : (int)(n / sizeof(Libc.SignalInfo));
        }
    }

    public void Dispose() => Libc.close(_fd);
}
