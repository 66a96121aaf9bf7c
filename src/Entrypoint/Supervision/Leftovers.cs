using Entrypoint.Interop;

namespace Entrypoint.Supervision;

/// <summary>
/// Whatever is still running after the command has ended: its process group, and every other process we would
/// otherwise wait for -- all of them when we are PID 1, our adopted children when we are a subreaper.
/// </summary>
internal sealed class Leftovers(int commandPid, bool isInit)
{
    /// <summary>Sends the signal everywhere leftovers may be; returns how many processes or groups received it.</summary>
    public int Signal(int signal)
    {
        int reached = Libc.kill(-commandPid, signal) == 0 ? 1 : 0;
        if (isInit)
            return reached + (Libc.kill(-1, signal) == 0 ? 1 : 0);
        foreach (int pid in AdoptedChildren())
            if (Libc.kill(pid, signal) == 0) reached++;
        return reached;
    }

    /// <summary>Our direct children, from every thread's /proc children list (a subreaper adopts into any thread).</summary>
    private static List<int> AdoptedChildren()
    {
        var children = new List<int>();
        try
        {
            foreach (string task in Directory.EnumerateDirectories("/proc/self/task"))
            {
                string text = File.ReadAllText(Path.Combine(task, "children"));
                foreach (string word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                    if (int.TryParse(word, out int pid)) children.Add(pid);
            }
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
        return children;
    }
}
