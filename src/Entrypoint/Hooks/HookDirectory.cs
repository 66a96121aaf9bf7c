using Entrypoint.Diagnostics;
using Entrypoint.Interop;

namespace Entrypoint.Hooks;

/// <summary>
/// Finds the hooks: regular files (symlinks followed) sorted by file name, ordinal. "*.py" files are Python modules,
/// as in the seed; any other file with an execute bit is an executable hook; the rest is ignored. Names starting with
/// a dot are skipped, as the seed's glob skipped them. A missing directory means no hooks.
/// </summary>
public static class HookDirectory
{
    public static IReadOnlyList<HookFile> Discover(string directory)
    {
        string[] names;
        try
        {
            names = Directory.GetFileSystemEntries(directory).Select(Path.GetFileName).OfType<string>().ToArray();
        }
        catch (DirectoryNotFoundException) when (!File.Exists(directory))
        {
            return [];
        }
        catch (IOException) when (File.Exists(directory))
        {
            throw new HookException(directory, "the hooks path is a file, not a directory");
        }
        catch (UnauthorizedAccessException e)
        {
            throw new HookException(directory, $"cannot read the hooks directory: {e.Message}");
        }
        Array.Sort(names, StringComparer.Ordinal);

        var hooks = new List<HookFile>();
        foreach (string name in names)
        {
            if (name.StartsWith('.')) continue;
            string path = Path.Combine(directory, name);
            if (!TryMode(path, out uint mode) || (mode & Libc.S_IFMT) != Libc.S_IFREG)
            {
                Log.Debug($"hooks: ignoring {path}: not a regular file");
                continue;
            }
            if (name.EndsWith(".py", StringComparison.Ordinal)) hooks.Add(new HookFile(path, HookKind.PythonModule));
            else if ((mode & 0b001_001_001) != 0) hooks.Add(new HookFile(path, HookKind.Executable));
            else Log.Debug($"hooks: ignoring {path}: neither *.py nor executable");
        }
        return hooks;
    }

    private static unsafe bool TryMode(string path, out uint mode)
    {
        using var strings = new NativeStrings();
        Libc.StatBuffer buffer;
        mode = 0;
        if (Libc.stat(strings.String(path), &buffer) != 0) return false;
        mode = buffer.Mode;
        return true;
    }
}
