using Entrypoint.Interop;

namespace Entrypoint.Diagnostics;

/// <summary>
/// The operating system's words for an I/O failure ("No space left on device"). The binary is built with
/// UseSystemResourceKeys, so .NET's own messages are resource keys, not sentences; .NET keeps the errno in HResult.
/// </summary>
public static class SystemErrors
{
    public static string Describe(Exception e) => e switch
    {
        UnauthorizedAccessException { InnerException: IOException inner } when IsErrno(inner.HResult) => Libc.ErrorText(inner.HResult),
        UnauthorizedAccessException => Libc.ErrorText(Libc.EACCES),
        FileNotFoundException or DirectoryNotFoundException => Libc.ErrorText(Libc.ENOENT),
        IOException io when IsErrno(io.HResult) => Libc.ErrorText(io.HResult),
        _ => e.Message,
    };

    private static bool IsErrno(int value) => value is > 0 and < 4096;
}
