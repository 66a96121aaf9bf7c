using Entrypoint.Interop;

namespace Entrypoint.Hooks;

/// <summary>
/// Finds a program on a PATH-style list the way execvp does (an empty entry is the current directory; no PATH
/// means "/usr/local/bin:/usr/bin:/bin"). Done here rather than with posix_spawnp so a missing python3 is a
/// clear error before anything starts, and so the search path can be given explicitly.
/// </summary>
internal static class ProgramSearch
{
    public const string DefaultPath = "/usr/local/bin:/usr/bin:/bin";

    public static string? Find(string program, string? searchPath)
    {
        foreach (string directory in (searchPath ?? DefaultPath).Split(':'))
        {
            string candidate = Path.Combine(directory.Length == 0 ? "." : directory, program);
            if (IsExecutableFile(candidate)) return candidate;
        }
        return null;
    }

    private static unsafe bool IsExecutableFile(string path)
    {
        using var strings = new NativeStrings();
        byte* native = strings.String(path);
        Libc.StatBuffer buffer;
        return Libc.stat(native, &buffer) == 0 && (buffer.Mode & Libc.S_IFMT) == Libc.S_IFREG && Libc.access(native, Libc.X_OK) == 0;
    }
}
