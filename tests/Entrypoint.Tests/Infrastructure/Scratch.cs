namespace Entrypoint.Tests.Infrastructure;

/// <summary>A temporary directory tree for one test: templates, jinja, output and variables, removed afterwards.</summary>
public sealed class Scratch : IDisposable
{
    public string Root { get; } = Directory.CreateTempSubdirectory("ep-scratch").FullName;
    public string Templates => Path.Combine(Root, "templates");
    public string Jinja => Path.Combine(Root, "jinja");
    public string Output => Path.Combine(Root, "out");
    public string Hooks => Path.Combine(Root, "hooks");
    public string VariablesFile => Path.Combine(Root, "variables.yml");

    public Scratch()
    {
        Directory.CreateDirectory(Templates);
        Directory.CreateDirectory(Jinja);
        Directory.CreateDirectory(Output);
        File.SetUnixFileMode(Root, (UnixFileMode)0x1ED); // 0755: unprivileged runs must reach it
    }

    /// <summary>The options that point entrypoint at this tree.</summary>
    public string[] Options => ["-V", VariablesFile, "-t", Templates, "-j", Jinja, "-o", Output, "-H", Hooks];

    public string Write(string relative, string content, int? mode = null)
    {
        string path = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        if (mode is int m) File.SetUnixFileMode(path, (UnixFileMode)m);
        return path;
    }

    public string Template(string relative, string content, int? mode = null) => Write(Path.Combine("templates", relative), content, mode);

    public string Read(string relativeToOutput) => File.ReadAllText(Path.Combine(Output, relativeToOutput));

    public string[] OutputEntries() => Directory.GetFileSystemEntries(Output, "*", SearchOption.AllDirectories)
        .Select(p => Path.GetRelativePath(Output, p)).Order(StringComparer.Ordinal).ToArray();

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
