using System.Text;
using Entrypoint.Interop;

namespace Entrypoint.Diagnostics;

public enum LogLevel { Error = 0, Warning = 1, Info = 2, Debug = 3 }

/// <summary>
/// entrypoint's own messages, written straight to fd 2 with the "entrypoint: " prefix.
/// System.Console is off limits in the supervisor (it makes the runtime reap our children), see ARCHITECTURE.md.
/// </summary>
public static class Log
{
    public static LogLevel Level { get; set; } = LogLevel.Warning;

    public static bool IsDebug => Level >= LogLevel.Debug;

    public static void Error(string message) => Write(LogLevel.Error, message);
    public static void Warning(string message) => Write(LogLevel.Warning, message);
    public static void Info(string message) => Write(LogLevel.Info, message);
    public static void Debug(string message) => Write(LogLevel.Debug, message);

    private static void Write(LogLevel level, string message)
    {
        if (level > Level) return;
        WriteLine(2, "entrypoint: " + message);
    }

    /// <summary>Writes a whole line to a descriptor, retrying short writes; used for --help and --version too.</summary>
    public static unsafe void WriteLine(int fd, string text)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(text.EndsWith('\n') ? text : text + "\n");
        fixed (byte* start = bytes)
        {
            int done = 0;
            while (done < bytes.Length)
            {
                nint n = Libc.write(fd, start + done, bytes.Length - done);
                if (n < 0 && Libc.LastError == Libc.EINTR) continue;
                if (n <= 0) return;
                done += (int)n;
            }
        }
    }
}
