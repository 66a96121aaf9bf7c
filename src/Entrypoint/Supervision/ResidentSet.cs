using System.Globalization;
using Entrypoint.Interop;

namespace Entrypoint.Supervision;

/// <summary>
/// Once the supervisor sits idle, drops the pages of its own binary that start-up mapped in (the kernel maps a whole
/// neighbourhood of the file at each fault) from its resident set. They stay in the page cache and come back on
/// demand; only writable mappings, which hold state, are left alone. This takes an idle entrypoint from ~2.6 MB to
/// well under 1 MB resident, which is what people compare with tini.
/// </summary>
internal static class ResidentSet
{
    public static void ReleaseStartupPages()
    {
        string exe;
        string[] smaps;
        try
        {
            exe = File.ResolveLinkTarget("/proc/self/exe", returnFinalTarget: false)?.FullName ?? "";
            smaps = File.ReadAllLines("/proc/self/smaps");
        }
        catch (IOException) { return; }
        catch (UnauthorizedAccessException) { return; }

        // Collect first, drop last: whatever code runs after the drop is faulted back in.
        var ranges = new List<(nint Start, nint End)>();
        (nint Start, nint End)? candidate = null;
        foreach (string line in smaps)
        {
            if (IsMappingHeader(line, out nint start, out nint end, out string perms, out string path))
            {
                candidate = path == exe && !perms.Contains('w') ? (start, end) : null;
            }
            else if (candidate is { } range && line.StartsWith("Anonymous:", StringComparison.Ordinal))
            {
                // A page the runtime wrote before making it read-only is a private copy: dropping it would revert it.
                if (line.AsSpan(10).Trim().SequenceEqual("0 kB")) ranges.Add(range);
                candidate = null;
            }
        }
        foreach (var (start, end) in ranges) Libc.madvise(start, (nuint)(end - start), Libc.MADV_DONTNEED);
    }

    /// <summary>"start-end perms offset dev inode   path" starts each mapping; its detail lines start with a field name.</summary>
    private static bool IsMappingHeader(string line, out nint start, out nint end, out string perms, out string path)
    {
        start = end = 0;
        perms = path = "";
        string[] f = line.Split(' ', 6, StringSplitOptions.RemoveEmptyEntries);
        int dash = f[0].IndexOf('-');
        if (f.Length < 5 || dash < 0) return false;
        if (!long.TryParse(f[0].AsSpan(0, dash), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out long s)) return false;
        if (!long.TryParse(f[0].AsSpan(dash + 1), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out long e)) return false;
        (start, end, perms, path) = ((nint)s, (nint)e, f[1], f.Length > 5 ? f[5].Trim() : "");
        return true;
    }
}
