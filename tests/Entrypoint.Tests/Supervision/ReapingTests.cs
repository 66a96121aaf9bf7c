using Entrypoint.Tests.Infrastructure;

namespace Entrypoint.Tests.Supervision;

public class ReapingTests
{
    private static int ZombieChildren(int pid) => Procfs.Children(pid).Count(c => Procfs.Read(c)?.State == 'Z');

    [Fact]
    public void Not_as_PID_1_it_becomes_a_subreaper_and_reaps_orphans()
    {
        using var run = Launched.Entrypoint("-v", "sh", "-c", $"{Binaries.Helper("orphans")} 200; echo made; exec sleep 300");
        run.WaitForStdout("made");
        run.WaitForStderr("registered as a child subreaper");
        // The 200 grandchildren were re-parented to entrypoint; none may stay a zombie.
        Poll.Assert(() => ZombieChildren(run.Pid) == 0 && Procfs.Children(run.Pid).Count == 1, "orphans reaped, only the command left");
        Assert.Contains(run.Stderr, l => l.Contains("reaped pid", StringComparison.Ordinal));
        run.Signal(Native.SIGTERM);
        Assert.Equal(143, run.WaitForExit());
    }
}

public class Pid1Tests
{
    private static void RequireUnshare()
    {
        if (Native.geteuid() != 0) throw new Xunit.Sdk.XunitException("PID-1 tests need root for `unshare --pid` (CI runs as root)");
    }

    private static Launched InNamespace(params string[] args) =>
        Launched.Start("unshare", ["--pid", "--fork", "--mount-proc", Binaries.Entrypoint, .. args]);

    private const string CountZombies =
        "for i in $(seq 600); do z=$(grep -l '^State:.Z' /proc/[0-9]*/status 2>/dev/null | wc -l); [ $z = 0 ] && break; sleep 0.1; done; echo zombies=$z";

    [Fact]
    public void As_PID_1_a_storm_of_a_thousand_orphans_leaves_no_zombie()
    {
        RequireUnshare();
        using var run = InNamespace("sh", "-c", $"cat /proc/1/comm; {Binaries.Helper("orphans")} 1000; {CountZombies}");
        Assert.Equal(0, run.WaitForExit());
        Assert.Equal(["entrypoint", "zombies=0"], run.Stdout);
    }

    [Fact]
    public void As_PID_1_signals_from_outside_the_namespace_arrive()
    {
        RequireUnshare();
        using var run = InNamespace("--", Binaries.Helper("sigrecord"), "TERM");
        run.WaitForStdout("ready");
        int init = Procfs.Children(run.Pid).Single(); // unshare --fork's child is our PID 1
        Assert.Equal("entrypoint", File.ReadAllText($"/proc/{init}/comm").Trim());
        Native.kill(init, Native.SIGUSR1);
        run.WaitForStdout("USR1");
        Native.kill(init, Native.SIGINT);
        run.WaitForStdout("INT");
        Native.kill(init, Native.SIGTERM);
        Assert.Equal(0, run.WaitForExit());
        Assert.Equal(["ready", "USR1", "INT", "TERM"], run.Stdout);
    }

    [Fact]
    public void As_PID_1_leftovers_outside_the_group_are_stopped_too_and_the_status_is_passed_on()
    {
        RequireUnshare();
        using var run = InNamespace("--grace-period", "500ms", "sh", "-c", "setsid sleep 300 & sleep 0.2; exit 9");
        Assert.Equal(9, run.WaitForExit());
    }
}
