using Entrypoint.Tests.Infrastructure;

namespace Entrypoint.Tests.Supervision;

public class ForwardingTests
{
    /// <summary>1-31 without KILL, STOP, CHLD and the faults SEGV BUS ILL FPE TRAP ABRT SYS; job control is tested apart.</summary>
    public static readonly (int Number, string Name)[] Forwardable =
    [
        (1, "HUP"), (2, "INT"), (3, "QUIT"), (10, "USR1"), (12, "USR2"), (13, "PIPE"), (14, "ALRM"), (15, "TERM"), (16, "STKFLT"),
        (18, "CONT"), (23, "URG"), (24, "XCPU"), (25, "XFSZ"), (26, "VTALRM"), (27, "PROF"), (28, "WINCH"), (29, "IO"), (30, "PWR"),
    ];

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Every_forwardable_signal_reaches_the_child_by_name(bool setsid)
    {
        string[] mode = setsid ? [] : ["--no-setsid"];
        using var run = Launched.Entrypoint([.. mode, "--", Binaries.Helper("sigrecord")]);
        run.WaitForStdout("ready");
        foreach (var (number, name) in Forwardable)
        {
            run.Signal(number);
            run.WaitForStdout(name);
        }
        run.Signal(Native.SIGKILL);
        Assert.Equal(["ready", .. Forwardable.Select(f => f.Name)], run.Stdout);
    }

    [Fact]
    public void A_burst_of_distinct_signals_arrives_in_the_order_sent()
    {
        // Not numeric order: a reader that sorted, or dispatched on a thread pool, would show it.
        int[] burst = [Native.SIGWINCH, Native.SIGUSR2, Native.SIGHUP, Native.SIGURG, Native.SIGUSR1, Native.SIGALRM, Native.SIGQUIT, Native.SIGINT];
        string[] names = ["WINCH", "USR2", "HUP", "URG", "USR1", "ALRM", "QUIT", "INT"];
        using var run = Launched.Entrypoint(Binaries.Helper("sigrecord"), "INT");
        run.WaitForStdout("ready");
        foreach (int s in burst)
        {
            run.Signal(s);
            // Distinct standard signals pending together are delivered lowest first by the kernel; a short gap
            // keeps them from being pending together, so any reordering left is ours.
            Thread.Sleep(30);
        }
        Assert.Equal(0, run.WaitForExit());
        Assert.Equal(["ready", .. names], run.Stdout);
    }

    [Fact]
    public void Verbose_logs_each_signal_received_and_forwarded()
    {
        using var run = Launched.Entrypoint("-v", Binaries.Helper("sigrecord"), "USR1");
        run.WaitForStdout("ready");
        run.Signal(Native.SIGUSR1);
        Assert.Equal(0, run.WaitForExit());
        Assert.Contains(run.Stderr, l => l.Contains("received SIGUSR1 from pid", StringComparison.Ordinal) && l.Contains("forwarded SIGUSR1 to process group", StringComparison.Ordinal));
        Assert.Contains(run.Stderr, l => l.Contains("ended: exit status 0", StringComparison.Ordinal));
    }
}
