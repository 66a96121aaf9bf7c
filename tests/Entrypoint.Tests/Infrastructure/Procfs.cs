namespace Entrypoint.Tests.Infrastructure;

/// <summary>What /proc says about processes: state, parent, group, session, and who carries a marker variable.</summary>
public static class Procfs
{
    public sealed record Stat(int Pid, char State, int ParentPid, int ProcessGroup, int Session, int TerminalNumber);

    public static Stat? Read(int pid)
    {
        try
        {
            string text = File.ReadAllText($"/proc/{pid}/stat");
            // comm is in parentheses and may contain spaces: the fields we want come after the last ')'.
            string[] f = text[(text.LastIndexOf(')') + 2)..].Split(' ');
            return new Stat(pid, f[0][0], int.Parse(f[1]), int.Parse(f[2]), int.Parse(f[3]), int.Parse(f[4]));
        }
        catch (IOException) { return null; }
    }

    public static IEnumerable<int> AllPids() =>
        Directory.EnumerateDirectories("/proc").Select(Path.GetFileName).Where(n => n!.All(char.IsAsciiDigit)).Select(n => int.Parse(n!));

    /// <summary>Live (non-zombie) processes whose environment holds NAME=value; descendants inherit it.</summary>
    public static List<int> Carrying(string name, string value)
    {
        string needle = $"{name}={value}";
        var found = new List<int>();
        foreach (int pid in AllPids())
        {
            try
            {
                string environ = File.ReadAllText($"/proc/{pid}/environ");
                if (environ.Split('\0').Contains(needle) && Read(pid)?.State is not ('Z' or 'X' or null)) found.Add(pid);
            }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        }
        return found;
    }

    public static List<int> Children(int pid)
    {
        var children = new List<int>();
        try
        {
            foreach (string task in Directory.EnumerateDirectories($"/proc/{pid}/task"))
                children.AddRange(File.ReadAllText(Path.Combine(task, "children")).Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse));
        }
        catch (IOException) { }
        return children;
    }
}
