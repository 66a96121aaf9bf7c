using Entrypoint.Tests.Infrastructure;

namespace Entrypoint.Tests.Supervision;

public class GracePeriodTests
{
    [Fact]
    public void Leftovers_get_TERM_and_time_to_flush_before_entrypoint_exits()
    {
        string dir = Directory.CreateTempSubdirectory("ep-grace").FullName;
        string flushed = Path.Combine(dir, "flushed");
        // The leftover takes a moment to "flush" on TERM; the command itself exits 5 at once.
        string script = $"(trap 'sleep 0.3; echo done > {flushed}; exit 0' TERM; while :; do sleep 0.05; done) & sleep 0.3; exit 5";
        var (code, run) = Launched.Run("-v", "--grace-period", "30s", "sh", "-c", script);
        Assert.Equal(5, code);
        Assert.True(File.Exists(flushed), "the leftover was not given time to flush: " + run.StderrText);
        Assert.DoesNotContain(run.Stderr, l => l.Contains("SIGKILL", StringComparison.Ordinal));
    }

    [Fact]
    public void A_leftover_that_ignores_TERM_is_killed_after_the_grace_period()
    {
        string script = "(trap '' TERM; exec sleep 300) & sleep 0.3; exit 7";
        using var run = Launched.Marked(out string marker, "-v", "--grace-period", "1", "sh", "-c", script);
        Assert.Equal(7, run.WaitForExit());
        Assert.Contains(run.Stderr, l => l.Contains("grace period over: sent SIGKILL", StringComparison.Ordinal));
        Assert.Empty(Procfs.Carrying(Launched.MarkerVariable, marker));
    }

    [Fact]
    public void A_zero_grace_period_kills_at_once()
    {
        string script = "(trap '' TERM; exec sleep 300) & sleep 0.3; exit 3";
        using var run = Launched.Marked(out string marker, "-v", "--grace-period", "0", "sh", "-c", script);
        Assert.Equal(3, run.WaitForExit());
        Assert.Contains(run.Stderr, l => l.Contains("sent SIGKILL", StringComparison.Ordinal));
        Assert.Empty(Procfs.Carrying(Launched.MarkerVariable, marker));
    }

    [Fact]
    public void Leftovers_that_left_the_process_group_are_still_stopped()
    {
        // setsid(1) puts the leftover in a session of its own, out of reach of the group signal.
        string script = "setsid sh -c 'trap \"\" TERM; exec sleep 300' & sleep 0.3; exit 0";
        using var run = Launched.Marked(out string marker, "--grace-period", "500ms", "sh", "-c", script);
        Assert.Equal(0, run.WaitForExit());
        Assert.Empty(Procfs.Carrying(Launched.MarkerVariable, marker));
    }

    [Fact]
    public void The_grace_period_uses_the_rewritten_TERM()
    {
        string dir = Directory.CreateTempSubdirectory("ep-grace").FullName;
        string got = Path.Combine(dir, "got");
        string script = $"(trap 'echo USR1 > {got}; exit 0' USR1; trap '' TERM; while :; do sleep 0.05; done) & sleep 0.3; exit 0";
        var (code, _) = Launched.Run("--rewrite", "term:usr1", "--grace-period", "30", "sh", "-c", script);
        Assert.Equal(0, code);
        Assert.Equal("USR1", File.ReadAllText(got).Trim());
    }
}
