using Entrypoint.Tests.Infrastructure;

namespace Entrypoint.Tests.Configuration;

public class TemplateTreeTests
{
    private static (int Code, Launched Run) Entrypoint(Scratch s, params string[] args)
    {
        var run = Launched.Entrypoint([.. s.Options, .. args]);
        return (run.WaitForExit(), run);
    }

    private static int Mode(string path) => (int)File.GetUnixFileMode(path);

    private static (uint Uid, uint Gid) Owner(string path)
    {
        using var stat = Launched.Start("stat", ["-c", "%u %g", path]);
        stat.WaitForExit();
        string[] f = stat.StdoutText.Split(' ');
        return (uint.Parse(f[0]), uint.Parse(f[1]));
    }

    [Fact]
    public void A_realistic_tree_renders_with_modes_owners_macros_yaml_and_environment()
    {
        using var s = new Scratch();
        s.Write("variables.yml", "server:\n  name: web\n  port: 8079\nworkers: [a, b]\nmode: production\ndebug: off\n");
        s.Write("jinja/macros.j2", "{% macro kv(k, v) %}{{ k }} = {{ v }}{% endmacro %}");
        s.Template("etc/nginx/nginx.conf", "server_name {{ server.name }};\nlisten {{ server.port + 1 }};\n", 0x1A4);                // 0644
        s.Template("etc/app/secret.key", "{{ mode }}-{{ debug }}\n", 0x180);                                                    // 0600
        s.Template("etc/app/app.ini", "{% import 'macros.j2' as m %}{% for w in workers %}{{ m.kv('worker', w) }}\n{% endfor %}", 0x1A0); // 0640
        s.Template("usr/local/bin/start", "#!/bin/sh\nexec {{ mode }}\n", 0x1ED);                                               // 0755
        s.Template("home/app/.profile", "export MODE={{ mode }}\n", 0x1A4);
        using (var chown = Launched.Start("chown", ["-R", "1000:1000", Path.Combine(s.Templates, "home")])) chown.WaitForExit();

        var run = Launched.Entrypoint(new Dictionary<string, string> { ["mode"] = "staging" },
            [.. s.Options, "sh", "-c", "echo {{ server.name }} {{ mode }} {{ workers | join(',') }}"]);
        Assert.Equal(0, run.WaitForExit());

        Assert.Equal(["web staging a,b"], run.Stdout);
        Assert.Equal("server_name web;\nlisten 8080;\n", s.Read("etc/nginx/nginx.conf"));
        Assert.Equal("staging-False\n", s.Read("etc/app/secret.key")); // the environment wins, as a string; YAML 'off' is a bool
        Assert.Equal("worker = a\nworker = b\n", s.Read("etc/app/app.ini"));
        Assert.Equal(0x180, Mode(Path.Combine(s.Output, "etc/app/secret.key")));
        Assert.Equal(0x1A0, Mode(Path.Combine(s.Output, "etc/app/app.ini")));
        Assert.Equal(0x1ED, Mode(Path.Combine(s.Output, "usr/local/bin/start")));
        Assert.Equal((1000u, 1000u), Owner(Path.Combine(s.Output, "home/app/.profile")));
        Assert.Equal((1000u, 1000u), Owner(Path.Combine(s.Output, "home/app")));
        Assert.DoesNotContain(s.OutputEntries(), e => e.Contains(".entrypoint-", StringComparison.Ordinal));
    }

    [Fact]
    public void One_failing_template_among_fifty_writes_nothing_and_never_starts_the_command()
    {
        using var s = new Scratch();
        for (int i = 0; i < 50; i++)
            s.Template($"dir{i % 5}/file{i:00}", i == 37 ? "line one\nline two\n{{ nope.attr }}\nline four\n" : $"file {i} {{{{ 1 + {i} }}}}\n");
        string marker = Path.Combine(s.Root, "started");
        var (code, run) = Entrypoint(s, "touch", marker);
        Assert.Equal(1, code);
        Assert.Empty(s.OutputEntries());
        Assert.False(File.Exists(marker));
        string err = run.StderrText;
        Assert.Contains($"template error in {Path.Combine(s.Templates, "dir2/file37")}:3: UndefinedError: 'nope' is undefined", err);
        Assert.Contains("  > 3 | {{ nope.attr }}", err);
        Assert.Contains("    1 | line one", err);
    }

    [Fact]
    public void An_existing_file_is_skipped_with_a_warning_unless_overwrite()
    {
        using var s = new Scratch();
        s.Template("kept.conf", "new");
        s.Write("out/kept.conf", "old");
        var (code, run) = Entrypoint(s, "true");
        Assert.Equal(0, code);
        Assert.Equal("old", s.Read("kept.conf"));
        Assert.Contains(run.Stderr, l => l.Contains("kept.conf", StringComparison.Ordinal) && l.Contains("already exists", StringComparison.Ordinal));

        (code, _) = Entrypoint(s, "--overwrite", "true");
        Assert.Equal(0, code);
        Assert.Equal("new", s.Read("kept.conf"));
    }

    [Fact]
    public void Dry_run_reports_every_template_and_touches_nothing()
    {
        using var s = new Scratch();
        s.Template("a/new.conf", "{{ 1 }}", 0x1A0);
        s.Template("b/existing.conf", "x", 0x1A4);
        s.Write("out/b/existing.conf", "old");
        string marker = Path.Combine(s.Root, "started");
        var (code, run) = Entrypoint(s, "--dry-run", "touch", marker);
        Assert.Equal(0, code);
        Assert.Equal([$"create {s.Output}/a/new.conf 0640 0:0", $"skip {s.Output}/b/existing.conf 0644 0:0"], run.Stdout);
        Assert.Equal(["b", "b/existing.conf"], s.OutputEntries());
        Assert.False(File.Exists(marker));
        Assert.Contains("hooks were not run", run.StderrText);

        (code, run) = Entrypoint(s, "--dry-run", "--overwrite", "true");
        Assert.Equal(0, code);
        Assert.Contains($"overwrite {s.Output}/b/existing.conf 0644 0:0", run.Stdout);
    }

    [Fact]
    public void A_template_error_in_a_dry_run_still_fails()
    {
        using var s = new Scratch();
        s.Template("bad", "{% if %}");
        var (code, run) = Entrypoint(s, "--dry-run", "true");
        Assert.Equal(1, code);
        Assert.Contains("TemplateSyntaxError", run.StderrText);
    }

    [Fact]
    public void The_jinja_root_may_not_lie_inside_the_templates()
    {
        using var s = new Scratch();
        s.Template("x", "1");
        var run = Launched.Entrypoint("-t", s.Templates, "-j", Path.Combine(s.Templates, "lib"), "-o", s.Output, "true");
        Assert.Equal(1, run.WaitForExit());
        Assert.Contains("lies inside --templates", run.StderrText);
        Assert.Empty(s.OutputEntries());
    }

    [Fact]
    public void A_full_filesystem_while_staging_leaves_nothing_at_any_final_path()
    {
        Assert.True(Native.geteuid() == 0, "needs root to mount a tmpfs (CI runs as root)");
        using var s = new Scratch();
        s.Template("small", "fits\n");
        s.Template("zbig", "{{ 'x' * 200000 }}\n");
        // A 64 KiB tmpfs in a private mount namespace: the big output cannot be staged.
        string script = $"mount -t tmpfs -o size=64k tmpfs {s.Output} && {Binaries.Entrypoint} {string.Join(' ', s.Options)} true; echo status=$?; ls -A {s.Output}";
        var run = Launched.Start("unshare", ["--mount", "--propagation", "private", "sh", "-c", script]);
        Assert.Equal(0, run.WaitForExit());
        Assert.Equal(["status=1"], run.Stdout);
        Assert.Contains("No space left on device", run.StderrText);
    }

    [Fact]
    public void A_read_only_output_is_a_clear_error()
    {
        Assert.True(Native.geteuid() == 0, "needs root to mount a read-only filesystem (CI runs as root)");
        using var s = new Scratch();
        s.Template("conf", "x");
        string script = $"mount -t tmpfs -o ro tmpfs {s.Output} && {Binaries.Entrypoint} {string.Join(' ', s.Options)} true; echo status=$?; ls -A {s.Output}";
        var run = Launched.Start("unshare", ["--mount", "--propagation", "private", "sh", "-c", script]);
        Assert.Equal(0, run.WaitForExit());
        Assert.Equal(["status=1"], run.Stdout);
        Assert.Contains("Read-only file system", run.StderrText);
    }

    /// <summary>A copy of the binary the unprivileged user can reach (the checkout may sit in a private directory).</summary>
    private static string ReachableBinary(Scratch s)
    {
        string copy = Path.Combine(s.Root, "entrypoint");
        if (!File.Exists(copy)) File.Copy(Binaries.Entrypoint, copy);
        File.SetUnixFileMode(copy, (UnixFileMode)0x1ED);
        return copy;
    }

    [Fact]
    public void An_unreadable_template_is_a_clear_error_not_a_crash()
    {
        Assert.True(Native.geteuid() == 0, "needs root to switch to an unprivileged user (CI runs as root)");
        using var s = new Scratch();
        s.Template("private.conf", "x", 0x180); // 0600, owned by root
        File.SetUnixFileMode(s.Templates, (UnixFileMode)0x1ED);
        using (var chown = Launched.Start("chown", ["65534:65534", s.Output])) chown.WaitForExit();
        var run = Launched.Start("setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", ReachableBinary(s), .. s.Options, "true"]);
        Assert.Equal(1, run.WaitForExit());
        Assert.Contains($"{Path.Combine(s.Templates, "private.conf")}: cannot read the template: Permission denied", run.StderrText);
        Assert.Empty(s.OutputEntries());
    }

    [Fact]
    public void An_unprivileged_user_renders_with_its_own_ownership_and_the_template_modes()
    {
        Assert.True(Native.geteuid() == 0, "needs root to switch to an unprivileged user (CI runs as root)");
        using var s = new Scratch();
        s.Template("app.conf", "user={{ USER_NAME }}\n", 0x124); // 0444: readable by the user, and not the default mode
        File.SetUnixFileMode(s.Templates, (UnixFileMode)0x1ED);
        using (var chown = Launched.Start("chown", ["65534:65534", s.Output])) chown.WaitForExit();
        var run = Launched.Start("setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", "env", "USER_NAME=nobody", ReachableBinary(s), .. s.Options, "true"]);
        int code = run.WaitForExit();
        Assert.True(code == 0, $"exit {code}: {run.StderrText}");
        Assert.Equal("user=nobody\n", s.Read("app.conf"));
        Assert.Equal(0x124, Mode(Path.Combine(s.Output, "app.conf")));
        Assert.Equal((65534u, 65534u), Owner(Path.Combine(s.Output, "app.conf")));
    }
}
