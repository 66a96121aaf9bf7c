using System.Runtime.InteropServices;
using Entrypoint.Interop;

namespace Entrypoint.Startup;

/// <summary>The environment as the kernel handed it over, in its original order (the seed's os.environ order).</summary>
internal static unsafe class ProcessEnvironment
{
    public static List<KeyValuePair<string, string>> Read()
    {
        var entries = new List<KeyValuePair<string, string>>();
        for (byte** p = Libc.environ(); *p != null; p++)
        {
            string entry = Marshal.PtrToStringUTF8((nint)(*p)) ?? "";
            int eq = entry.IndexOf('=');
            if (eq > 0) entries.Add(new(entry[..eq], entry[(eq + 1)..]));
        }
        return entries;
    }

    /// <summary>NAME=value entries for a command's environment.</summary>
    public static List<string> Format(IEnumerable<KeyValuePair<string, string>> entries) =>
        entries.Select(e => $"{e.Key}={e.Value}").ToList();
}
