using Entrypoint.Interop;

namespace Entrypoint.Hooks;

/// <summary>
/// The private line-oriented channel to the Python host: two pipes that the host sees as fds 3 (requests) and 4
/// (responses), so its own stdin, stdout and stderr stay the container's and hooks can print freely.
/// One JSON document per line: JSON text never contains a raw newline.
/// </summary>
internal sealed unsafe class ProtocolChannel : IDisposable
{
    /// <summary>Where the host finds its end of each pipe.</summary>
    public const int HostRequestFd = 3, HostResponseFd = 4;

    // Above any fd a child's dup2 targets, so a redirection never has From == To (dup2 would then keep close-on-exec).
    private const int LowestPrivateFd = 10;

    private int _requests, _responses;
    private byte[] _buffer = new byte[64 * 1024];
    private int _start, _end;

    /// <summary>The child's ends, close-on-exec here; pass them to the spawn as dup2 sources, then call <see cref="CloseHostEnds"/>.</summary>
    public int HostRequestEnd { get; private set; } = -1;
    public int HostResponseEnd { get; private set; } = -1;

    public ProtocolChannel()
    {
        (int requestRead, _requests) = Pipe();
        (_responses, int responseWrite) = Pipe();
        HostRequestEnd = Relocate(requestRead);
        HostResponseEnd = Relocate(responseWrite);
    }

    public void CloseHostEnds()
    {
        Close(HostRequestEnd);
        Close(HostResponseEnd);
        HostRequestEnd = HostResponseEnd = -1;
    }

    /// <summary>Writes one line; false if the host is gone (EPIPE: SIGPIPE is ignored by the runtime).</summary>
    public bool Send(ReadOnlySpan<byte> message)
    {
        byte[] line = new byte[message.Length + 1];
        message.CopyTo(line);
        line[^1] = (byte)'\n';
        fixed (byte* start = line)
        {
            int done = 0;
            while (done < line.Length)
            {
                nint n = Libc.write(_requests, start + done, line.Length - done);
                if (n < 0 && Libc.LastError == Libc.EINTR) continue;
                if (n <= 0) return false;
                done += (int)n;
            }
        }
        return true;
    }

    /// <summary>The next line without its newline, or null when the host closed its end (it exited).</summary>
    public byte[]? Receive()
    {
        // Counted from _start, because Fill moves the pending bytes to the front of the buffer.
        int searched = 0;
        while (true)
        {
            int newline = Array.IndexOf(_buffer, (byte)'\n', _start + searched, _end - _start - searched);
            if (newline >= 0)
            {
                byte[] line = _buffer.AsSpan(_start, newline - _start).ToArray();
                _start = newline + 1;
                return line;
            }
            searched = _end - _start;
            if (!Fill()) return null;
        }
    }

    /// <summary>Ends the conversation: the host reads EOF on its request pipe and exits.</summary>
    public void CloseRequests()
    {
        Close(_requests);
        _requests = -1;
    }

    public void Dispose()
    {
        CloseHostEnds();
        CloseRequests();
        Close(_responses);
        _responses = -1;
    }

    private bool Fill()
    {
        if (_start > 0)
        {
            Array.Copy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }
        if (_end == _buffer.Length) Array.Resize(ref _buffer, _buffer.Length * 2);
        while (true)
        {
            nint n;
            fixed (byte* free = &_buffer[_end]) n = Libc.read(_responses, free, _buffer.Length - _end);
            if (n < 0 && Libc.LastError == Libc.EINTR) continue;
            if (n <= 0) return false;
            _end += (int)n;
            return true;
        }
    }

    private static (int Read, int Write) Pipe()
    {
        int* fds = stackalloc int[2];
        if (Libc.pipe2(fds, Libc.O_CLOEXEC) != 0) throw new IOException("pipe2: " + Libc.ErrorText(Libc.LastError));
        return (fds[0], fds[1]);
    }

    private static int Relocate(int fd)
    {
        int moved = Libc.fcntl(fd, Libc.F_DUPFD_CLOEXEC, LowestPrivateFd);
        int errno = Libc.LastError;
        Libc.close(fd);
        if (moved < 0) throw new IOException("fcntl(F_DUPFD_CLOEXEC): " + Libc.ErrorText(errno));
        return moved;
    }

    private static void Close(int fd)
    {
        if (fd >= 0) Libc.close(fd);
    }
}
