using Entrypoint.Tests.Infrastructure;

namespace Entrypoint.Tests.Configuration;

public class HooksTests
{
    private const string PythonHook =
        "def prehook(v):\n    v['added'] = 'by-prehook'\n    v['port'] = v['port'] + 1\n    print('prehook ran')\n" +
        "def hook(v):\n    v['stage'] = 'hook'\n" +
        "def posthook(v):\n    v['stage'] = v['stage'] + '+posthook'\n";

    private static Scratch Tree()
    {
        var s = new Scratch();
        s.Write("variables.yml", "port: 8079\n");
        s.Template("app.conf", "port={{ port }} added={{ added }}\n");
        s.Write("hooks/10-python.py", PythonHook);
        s.Write("hooks/20-shell", "#!/bin/sh\necho \"shell hook: $1\" >&2\n", 0x1ED);
        return s;
    }

    [Fact]
    public void A_prehook_change_is_seen_by_the_templates_and_posthook_changes_by_the_command()
    {
        using var s = Tree();
        var run = Launched.Entrypoint([.. s.Options, "echo", "{{ stage }} {{ added }}"]);
        Assert.Equal(0, run.WaitForExit());
        Assert.Equal("port=8080 added=by-prehook\n", s.Read("app.conf"));
        Assert.Equal(["prehook ran", "hook+posthook by-prehook"], run.Stdout);
        Assert.Equal(["shell hook: prehook", "shell hook: hook", "shell hook: posthook"], run.Stderr);
    }

    [Fact]
    public void A_failing_hook_stops_startup_naming_it_with_its_traceback_and_writes_nothing()
    {
        using var s = Tree();
        s.Write("hooks/05-broken.py", "def prehook(v):\n    raise ValueError('no database configured')\n");
        string marker = Path.Combine(s.Root, "started");
        var run = Launched.Entrypoint([.. s.Options, "touch", marker]);
        Assert.Equal(1, run.WaitForExit());
        Assert.Contains($"hook {Path.Combine(s.Hooks, "05-broken.py")}: failed in prehook", run.StderrText);
        Assert.Contains("ValueError: no database configured", run.StderrText);
        Assert.Contains("Traceback (most recent call last):", run.StderrText);
        Assert.Empty(s.OutputEntries());
        Assert.False(File.Exists(marker));
    }

    [Fact]
    public void An_executable_hook_failing_is_named_with_its_status()
    {
        using var s = Tree();
        s.Write("hooks/30-fails", "#!/bin/sh\nexit 3\n", 0x1ED);
        var run = Launched.Entrypoint([.. s.Options, "true"]);
        Assert.Equal(1, run.WaitForExit());
        Assert.Contains("30-fails", run.StderrText);
        Assert.Contains("3", run.StderrText);
    }

    [Fact]
    public void A_dry_run_runs_no_hooks()
    {
        using var s = Tree();
        s.Write("variables.yml", "port: 1\nadded: static\n");
        string marker = Path.Combine(s.Root, "hook-ran");
        s.Write("hooks/40-marker", $"#!/bin/sh\ntouch {marker}\n", 0x1ED);
        var run = Launched.Entrypoint([.. s.Options, "--dry-run", "true"]);
        Assert.Equal(0, run.WaitForExit());
        Assert.False(File.Exists(marker));
        Assert.Contains("hooks were not run", run.StderrText);
    }

    [Fact]
    public void As_PID_1_hooks_templates_and_the_command_all_run_and_the_status_passes_on()
    {
        Assert.True(Native.geteuid() == 0, "needs root for unshare --pid (CI runs as root)");
        using var s = Tree();
        var run = Launched.Start("unshare", ["--pid", "--fork", "--mount-proc", Binaries.Entrypoint, .. s.Options, "sh", "-c", "echo {{ stage }} under $(cat /proc/1/comm); exit 7"]);
        Assert.Equal(7, run.WaitForExit());
        Assert.Equal("hook+posthook under entrypoint", run.Stdout.Last());
        Assert.Equal("port=8080 added=by-prehook\n", s.Read("app.conf"));
    }
}
