using Entrypoint.Hooks;
using Entrypoint.Jinja.Python;

namespace Entrypoint.Configuration.Tests.Hooks;

/// <summary>A temporary -H directory the tests fill with hooks, plus the runner over it.</summary>
public sealed class HooksDirectory : IDisposable
{
    public string Root { get; } = Directory.CreateTempSubdirectory("ep-hooks").FullName;
    public string Path => System.IO.Path.Combine(Root, "hooks");

    public HooksDirectory()
    {
        RequirePython();
        Directory.CreateDirectory(Path);
    }

    /// <summary>Hooks need python3, and so do these tests: say so loudly instead of skipping.</summary>
    public static string RequirePython()
    {
        string? found = (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(':')
            .Select(d => System.IO.Path.Combine(d, "python3"))
            .FirstOrDefault(File.Exists);
        Assert.True(found is not null, "python3 is not on PATH: the hook tests need it (install python3)");
        return found!;
    }

    public string Python(string name, string source) => Write(name, source, executable: false);

    public string Executable(string name, string source) => Write(name, source, executable: true);

    public string Write(string name, string source, bool executable)
    {
        string path = System.IO.Path.Combine(Path, name);
        File.WriteAllText(path, source.Replace("\r\n", "\n"));
        File.SetUnixFileMode(path, executable
            ? UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
            : UnixFileMode.UserRead | UnixFileMode.UserWrite);
        return path;
    }

    public HookRunner Runner(string? searchPath = null) => new(Path, searchPath);

    public static PyDict Dict(params (object? Key, object? Value)[] items)
    {
        var dict = new PyDict();
        foreach (var (key, value) in items) dict.Set(key, value);
        return dict;
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
