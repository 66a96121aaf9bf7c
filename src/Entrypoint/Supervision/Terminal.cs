using Entrypoint.Diagnostics;
using Entrypoint.Interop;

namespace Entrypoint.Supervision;

/// <summary>
/// Hands the terminal on stdin to the child as its controlling terminal (so "entrypoint -- bash -m" has job control):
/// entrypoint lets go of it with TIOCNOTTY, and the child, a new session leader, opens it as fd 0.
/// </summary>
internal static unsafe class Terminal
{
    /// <summary>The path of the terminal to give the child, or null when stdin is not a terminal.</summary>
    public static string? Release(out bool expectHangup)
    {
        expectHangup = false;
        if (Libc.isatty(0) != 1) return null;
        string? path = StdinPath();
        if (path is null || !path.StartsWith("/dev/", StringComparison.Ordinal))
        {
            Log.Debug("stdin is a terminal but its path is unknown (is /proc mounted?); the child gets no controlling terminal");
            return null;
        }
        int foreground = -1;
        Libc.ioctl(0, Libc.TIOCGPGRP, (nint)(&foreground));
        bool leader = Libc.getsid(0) == Libc.getpid();
        if (Libc.ioctl(0, Libc.TIOCNOTTY, 0) == 0 && leader && foreground == Libc.getpgrp())
        {
            // A session leader letting go of its terminal makes the kernel send SIGHUP and SIGCONT to the terminal's
            // foreground group, which is ours.
            expectHangup = true;
            Log.Debug($"detached from controlling terminal {path}; the SIGHUP and SIGCONT this causes will not be forwarded");
        }
        return path;
    }

    private static string? StdinPath()
    {
        byte* buffer = stackalloc byte[4096];
        fixed (byte* link = "/proc/self/fd/0\0"u8)
        {
            nint n = Libc.readlink(link, buffer, 4095);
            return n <= 0 ? null : System.Text.Encoding.UTF8.GetString(buffer, (int)n);
        }
    }
}
