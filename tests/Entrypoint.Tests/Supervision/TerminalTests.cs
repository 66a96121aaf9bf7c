using Entrypoint.Tests.Infrastructure;

namespace Entrypoint.Tests.Supervision;

/// <summary>
/// Runs entrypoint on a pseudo-terminal made by script(1), as `docker run -t` would: entrypoint leads the session
/// that owns the terminal and must hand it to the child.
/// </summary>
public class TerminalTests
{
    private static Launched OnTerminal(string command, string input) =>
        Launched.Start("script", ["-qec", command, "/dev/null"], new Dictionary<string, string> { ["SHELL"] = "/bin/sh" }, stdin: input);

    [Fact]
    public void Tac_round_trip_through_the_terminal()
    {
        using var run = OnTerminal($"exec {Binaries.Entrypoint} -- tac", "one\ntwo\n\u0004");
        Assert.Equal(0, run.WaitForExit());
        // The terminal echoes the input, then tac prints it reversed after end-of-file.
        Assert.Equal(["one", "two", "two", "one"], run.Stdout);
    }

    [Fact]
    public void Bash_gets_job_control()
    {
        string probe = "echo flags=$-; sleep 0.1 & ps -o pgid= -p $!; echo shell=$$; ps -o tpgid= -p $$; wait";
        using var run = OnTerminal($"exec {Binaries.Entrypoint} -- bash -m -c '{probe}'", "");
        Assert.Equal(0, run.WaitForExit());
        string output = run.StdoutText;
        Assert.DoesNotContain("no job control", output);
        Assert.Contains("flags=", output);
        Assert.Contains("m", run.Stdout.First(l => l.StartsWith("flags=", StringComparison.Ordinal)));
        // With job control the background job leads its own process group, and the terminal has a foreground group.
        var lines = run.Stdout.Select(l => l.Trim()).ToList();
        int shell = int.Parse(lines.First(l => l.StartsWith("shell=", StringComparison.Ordinal))[6..]);
        int jobGroup = int.Parse(lines[lines.FindIndex(l => l.StartsWith("flags=", StringComparison.Ordinal)) + 1]);
        Assert.NotEqual(shell, jobGroup);
        int foreground = int.Parse(lines[lines.FindIndex(l => l.StartsWith("shell=", StringComparison.Ordinal)) + 1]);
        Assert.True(foreground > 0, "the terminal has a foreground process group: " + output);
    }

    [Fact]
    public void The_hangup_from_handing_over_the_terminal_is_not_forwarded()
    {
        using var run = OnTerminal($"exec {Binaries.Entrypoint} -v -- {Binaries.Helper("sigrecord")} USR1", "");
        Poll.Assert(() => run.Stdout.Any(l => l.StartsWith("ready", StringComparison.Ordinal)), "sigrecord ready: " + run.StdoutText);
        int entrypoint = Procfs.Children(run.Pid).Single();
        Native.kill(entrypoint, Native.SIGUSR1);
        Assert.Equal(0, run.WaitForExit());
        Assert.Equal(["ready", "USR1"], run.Stdout.Where(l => !l.StartsWith("entrypoint:", StringComparison.Ordinal)));
        Assert.Contains(run.Stdout, l => l.Contains("from handing over the terminal; not forwarded", StringComparison.Ordinal));
    }
}
