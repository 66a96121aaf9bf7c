using System.Text.Json;
using Entrypoint.Tests.Infrastructure;

namespace Entrypoint.Tests.Configuration.SeedParity;

/// <summary>
/// An unchanged seed-style setup (variables, templates, Python hooks) produces the same files as the Python original
/// would. The expected files come from tools/seed-parity/render.py (the seed's steps with Jinja2 3.1.6 and PyYAML),
/// committed; regenerate with tools/seed-parity/generate.sh.
/// </summary>
public class SeedParityTests
{
    private static string Here => Path.Combine(Binaries.RepositoryRoot, "tests", "Entrypoint.Tests", "Configuration", "SeedParity");

    [Theory]
    [InlineData("demo", "examples/demo")]
    [InlineData("tree", "tests/Entrypoint.Tests/Configuration/SeedParity/tree")]
    public void The_same_setup_renders_the_same_files_as_the_seed(string name, string setup)
    {
        string source = Path.Combine(Binaries.RepositoryRoot, setup);
        using var s = new Scratch();
        var run = Launched.Start("env", ["-i", $"PATH={PythonDirectory()}:/usr/bin:/bin", "PARITY=from-environment", Binaries.Entrypoint,
            "-V", Path.Combine(source, "variables.yml"), "-t", Path.Combine(source, "templates"), "-j", Path.Combine(source, "jinja"),
            "-H", Path.Combine(source, "hooks"), "-o", s.Output, "true"]);
        int code = run.WaitForExit();
        Assert.True(code == 0, $"exit {code}: {run.StderrText}");

        using var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(Here, $"{name}.expected.json")));
        var files = Directory.GetFiles(s.Output, "*", SearchOption.AllDirectories).Select(p => Path.GetRelativePath(s.Output, p)).Order(StringComparer.Ordinal);
        Assert.Equal(expected.RootElement.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal), files);
        foreach (JsonProperty file in expected.RootElement.EnumerateObject())
        {
            string path = Path.Combine(s.Output, file.Name);
            Assert.Equal(file.Value.GetString(), File.ReadAllText(path));
            // The seed copied each template's mode; git keeps only the executable bit, so compare with the checkout's.
            Assert.Equal(File.GetUnixFileMode(Path.Combine(source, "templates", file.Name)), File.GetUnixFileMode(path));
        }
    }

    /// <summary>Where python3 is for the hooks: the test's own PATH decides, as the container's would.</summary>
    private static string PythonDirectory()
    {
        foreach (string dir in (System.Environment.GetEnvironmentVariable("PATH") ?? "").Split(':'))
            if (dir.Length > 0 && File.Exists(Path.Combine(dir, "python3"))) return dir;
        throw new Xunit.Sdk.XunitException("python3 is needed for the Python hooks of the seed-parity setups, and is not on PATH");
    }
}
