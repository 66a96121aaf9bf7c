using System.Text.RegularExpressions;

namespace Entrypoint.Rendering.SeedLibrary;

/// <summary>
/// Python 3.11's glob.iglob(pathname) as the seed calls it (recursive=False, include_hidden=False):
/// names starting with '.' match only a pattern component starting with '.', <c>**</c> is just <c>*</c>,
/// a trailing '/' matches directories only, symlinks are followed, unreadable directories yield nothing.
/// Deliberate difference: each directory is read in ordinal name order, where Python returns the
/// filesystem's order, so results are deterministic.
/// </summary>
internal static class FileGlob
{
    static readonly EnumerationOptions ReadDirectory = new()
    {
        AttributesToSkip = 0,
        IgnoreInaccessible = true,
        RecurseSubdirectories = false,
        ReturnSpecialDirectories = false,
    };

    public static IEnumerable<string> Match(string pathname) => Match(pathname, dirOnly: false);

    static IEnumerable<string> Match(string pathname, bool dirOnly)
    {
        var (dirname, basename) = Split(pathname);
        if (!HasMagic(pathname))
        {
            if (basename.Length > 0 ? LExists(pathname) : IsDirectory(dirname)) yield return pathname;
            yield break;
        }
        if (dirname.Length == 0)
        {
            foreach (var name in MatchInDirectory("", basename, dirOnly)) yield return name;
            yield break;
        }
        IEnumerable<string> dirs = dirname != pathname && HasMagic(dirname) ? Match(dirname, dirOnly: true) : [dirname];
        foreach (var dir in dirs)
        {
            var names = HasMagic(basename) ? MatchInDirectory(dir, basename, dirOnly) : LiteralInDirectory(dir, basename);
            foreach (var name in names) yield return Join(dir, name);
        }
    }

    // glob._glob1
    static IEnumerable<string> MatchInDirectory(string dir, string pattern, bool dirOnly)
    {
        var regex = FnMatch.Compile(pattern);
        bool hiddenPattern = IsHidden(pattern);
        return ListDirectory(dir, dirOnly).Where(name => (hiddenPattern || !IsHidden(name)) && regex.IsMatch(name));
    }

    // glob._glob0
    static IEnumerable<string> LiteralInDirectory(string dir, string basename)
    {
        if (basename.Length > 0 ? LExists(Join(dir, basename)) : IsDirectory(dir)) return [basename];
        return [];
    }

    static List<string> ListDirectory(string dir, bool dirOnly)
    {
        string path = dir.Length == 0 ? "." : dir;
        var names = new List<string>();
        try
        {
            foreach (var entry in Directory.EnumerateFileSystemEntries(path, "*", ReadDirectory))
            {
                string name = Path.GetFileName(entry);
                if (!dirOnly || Directory.Exists(Path.Combine(path, name))) names.Add(name);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [];
        }
        names.Sort(StringComparer.Ordinal);
        return names;
    }

    static bool IsHidden(string name) => name.StartsWith('.');

    static bool HasMagic(string s) => s.AsSpan().IndexOfAny("*?[") >= 0;

    static bool IsDirectory(string path) => path.Length > 0 && Directory.Exists(path);

    // os.path.lexists: true for a dangling symlink too.
    static bool LExists(string path)
    {
        if (path.Length == 0) return false;
        if (File.Exists(path) || Directory.Exists(path)) return true;
        try
        {
            return new FileInfo(path).LinkTarget is not null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    // os.path.split (POSIX)
    static (string Head, string Tail) Split(string p)
    {
        int i = p.LastIndexOf('/') + 1;
        string head = p[..i], tail = p[i..];
        if (head.Length > 0 && head.Trim('/').Length > 0) head = head.TrimEnd('/');
        return (head, tail);
    }

    // os.path.join (POSIX) of two parts
    static string Join(string a, string b) =>
        b.StartsWith('/') ? b : a.Length == 0 || a.EndsWith('/') ? a + b : a + "/" + b;
}
