using Entrypoint.Jinja;
using Entrypoint.Rendering;

namespace Entrypoint.Configuration.Tests.Rendering;

public sealed class TemplateTreeTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("ep-tree").FullName;
    private string Templates => Path.Combine(_root, "templates");
    private string Jinja => Path.Combine(_root, "jinja");
    private string Output => Path.Combine(_root, "out");

    public TemplateTreeTests()
    {
        Directory.CreateDirectory(Templates);
        Directory.CreateDirectory(Jinja);
        Directory.CreateDirectory(Output);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private void Template(string relative, string content, UnixFileMode? mode = null)
    {
        string path = Path.Combine(Templates, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        if (mode is { } m) File.SetUnixFileMode(path, m);
    }

    private Jinja.Environment Engine() => new(new EnvironmentOptions
    {
        LoaderRoots = [Templates, Jinja],
        KeepTrailingNewline = true,
        Undefined = UndefinedBehavior.Strict,
    });

    private TreePlan RenderTree(IReadOnlyDictionary<string, object?> variables, bool overwrite = false)
    {
        TreePlan plan = TemplateTree.Plan(Templates, Output, overwrite);
        StagedWriter.Commit(plan.Directories, TreeRenderer.Render(plan, Engine(), variables));
        return plan;
    }

    private string[] OutputEntries() =>
        Directory.GetFileSystemEntries(Output, "*", SearchOption.AllDirectories).Select(p => Path.GetRelativePath(Output, p)).Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public void Every_template_renders_to_the_same_relative_path()
    {
        Template("etc/app/app.conf", "name={{ name }}\nport={{ port + 1 }}\n");
        Template("top.txt", "{{ name | upper }}");
        File.WriteAllText(Path.Combine(Jinja, "macros.j2"), "{% macro greet(n) %}hello {{ n }}{% endmacro %}");
        Template("etc/greeting", "{% from 'macros.j2' import greet %}{{ greet(name) }}\n");

        RenderTree(new Dictionary<string, object?> { ["name"] = "web", ["port"] = 8079L });

        Assert.Equal(["etc", "etc/app", "etc/app/app.conf", "etc/greeting", "top.txt"], OutputEntries());
        Assert.Equal("name=web\nport=8080\n", File.ReadAllText(Path.Combine(Output, "etc/app/app.conf")));
        Assert.Equal("WEB", File.ReadAllText(Path.Combine(Output, "top.txt")));
        Assert.Equal("hello web\n", File.ReadAllText(Path.Combine(Output, "etc/greeting")));
    }

    [Fact]
    public void An_existing_destination_is_skipped_unless_overwriting()
    {
        Template("a.conf", "new {{ x }}");
        File.WriteAllText(Path.Combine(Output, "a.conf"), "kept");
        TreePlan plan = RenderTree(new Dictionary<string, object?> { ["x"] = 1L });
        Assert.Equal("kept", File.ReadAllText(Path.Combine(Output, "a.conf")));
        Assert.Equal("a.conf", Assert.Single(plan.Skipped).Name);

        RenderTree(new Dictionary<string, object?> { ["x"] = 1L }, overwrite: true);
        Assert.Equal("new 1", File.ReadAllText(Path.Combine(Output, "a.conf")));
    }

    [Fact]
    public void A_skipped_template_is_not_even_rendered()
    {
        Template("broken", "{{ missing }}");
        File.WriteAllText(Path.Combine(Output, "broken"), "kept");
        RenderTree(new Dictionary<string, object?>());
        Assert.Equal("kept", File.ReadAllText(Path.Combine(Output, "broken")));
    }

    [Fact]
    public void Outputs_and_made_directories_copy_mode_from_their_templates()
    {
        Template("secret/key.pem", "{{ key }}", UnixFileMode.UserRead | UnixFileMode.UserWrite);
        Template("bin/run.sh", "#!/bin/sh\n", UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute);
        File.SetUnixFileMode(Path.Combine(Templates, "secret"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute);

        RenderTree(new Dictionary<string, object?> { ["key"] = "k" });

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(Output, "secret/key.pem")));
        Assert.Equal(File.GetUnixFileMode(Path.Combine(Templates, "bin/run.sh")), File.GetUnixFileMode(Path.Combine(Output, "bin/run.sh")));
        Assert.Equal(File.GetUnixFileMode(Path.Combine(Templates, "secret")), File.GetUnixFileMode(Path.Combine(Output, "secret")));
    }

    [Fact]
    public void Outputs_and_made_directories_copy_owner_and_group_when_root()
    {
        Assert.True(System.Environment.UserName == "root", "ownership is only copied by root; CI runs as root");
        Template("owned/file", "x");
        Chown(Path.Combine(Templates, "owned/file"), 1234, 5678);
        Chown(Path.Combine(Templates, "owned"), 4321, 8765);

        RenderTree(new Dictionary<string, object?>());

        Assert.Equal(new FileOwnership(1234, 5678, FileOwnership.Of(Path.Combine(Templates, "owned/file")).Mode), FileOwnership.Of(Path.Combine(Output, "owned/file")));
        Assert.Equal((4321u, 8765u), (FileOwnership.Of(Path.Combine(Output, "owned")).Uid, FileOwnership.Of(Path.Combine(Output, "owned")).Gid));
    }

    [Fact]
    public void A_failing_template_leaves_the_output_untouched()
    {
        Template("a/first", "fine");
        Template("b/second", "{{ undefined_thing }}");
        Template("c/third", "fine too");
        var error = Assert.ThrowsAny<TemplateError>(() => RenderTree(new Dictionary<string, object?>()));
        Assert.Contains("'undefined_thing' is undefined", error.Message);
        Assert.Empty(OutputEntries());
    }

    [Fact]
    public void A_failure_while_staging_removes_every_temp_file_and_made_directory()
    {
        Template("a/first", "fine");
        Template("b/second", "fine");
        Template("z/last", "fine");
        File.WriteAllText(Path.Combine(Output, "z"), "a file where the template tree has a directory");

        var error = Assert.Throws<RenderingException>(() => RenderTree(new Dictionary<string, object?>()));
        Assert.Equal($"{Path.Combine(Output, "z")}: File exists; nothing was written", error.Message);
        Assert.Equal(["z"], OutputEntries());
        Assert.Equal("a file where the template tree has a directory", File.ReadAllText(Path.Combine(Output, "z")));
    }

    [Fact]
    public void Symbolic_links_to_directories_are_not_followed()
    {
        Template("real/file", "x");
        Directory.CreateSymbolicLink(Path.Combine(Templates, "alias"), Path.Combine(Templates, "real"));
        RenderTree(new Dictionary<string, object?>());
        Assert.Equal(["real", "real/file"], OutputEntries());
    }

    [Fact]
    public void A_missing_output_root_is_a_clear_error()
    {
        var error = Assert.Throws<RenderingException>(() => TemplateTree.Plan(Templates, Path.Combine(_root, "nowhere"), overwrite: false));
        Assert.Contains("does not exist", error.Message);
    }

    private static void Chown(string path, int uid, int gid)
    {
        using var p = System.Diagnostics.Process.Start("chown", [$"{uid}:{gid}", path]);
        p.WaitForExit();
        Assert.Equal(0, p.ExitCode);
    }
}
