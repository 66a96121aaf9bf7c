using Entrypoint.Tests.Infrastructure;

namespace Entrypoint.Tests.Supervision;

public class RewriteTests
{
    [Fact]
    public void Swapped_pairs_swap()
    {
        using var run = Launched.Entrypoint("-r", "usr1:usr2", "-r", "usr2:usr1", "-r", "int:term", Binaries.Helper("sigrecord"), "TERM");
        run.WaitForStdout("ready");
        run.Signal(Native.SIGUSR1);
        run.WaitForStdout("USR2");
        run.Signal(Native.SIGUSR2);
        run.WaitForStdout("USR1");
        run.Signal(Native.SIGINT);
        Assert.Equal(0, run.WaitForExit());
        Assert.Equal(["ready", "USR2", "USR1", "TERM"], run.Stdout);
    }

    [Theory]
    [InlineData("term:none")]
    [InlineData("SIGTERM:NONE")]
    [InlineData("15:0")]
    [InlineData("sigterm:0")]
    public void None_drops_the_signal(string rewrite)
    {
        using var run = Launched.Entrypoint("--rewrite", rewrite, Binaries.Helper("sigrecord"), "USR1");
        run.WaitForStdout("ready");
        run.Signal(Native.SIGTERM);
        run.Signal(Native.SIGUSR1);
        Assert.Equal(0, run.WaitForExit());
        Assert.Equal(["ready", "USR1"], run.Stdout);
    }

    [Theory]
    [InlineData("hup:quit")]
    [InlineData("SIGHUP:SIGQUIT")]
    [InlineData("Hup:sigQuit")]
    [InlineData("1:3")]
    [InlineData("sighup:3")]
    public void Names_in_any_case_with_or_without_SIG_and_numbers(string rewrite)
    {
        using var run = Launched.Entrypoint("--rewrite", rewrite, Binaries.Helper("sigrecord"), "QUIT");
        run.WaitForStdout("ready");
        run.Signal(Native.SIGHUP);
        Assert.Equal(0, run.WaitForExit());
        Assert.Equal(["ready", "QUIT"], run.Stdout);
    }

    [Fact]
    public void A_later_rewrite_of_the_same_signal_wins()
    {
        using var run = Launched.Entrypoint("-r", "hup:usr1", "-r", "hup:usr2", Binaries.Helper("sigrecord"), "USR2");
        run.WaitForStdout("ready");
        run.Signal(Native.SIGHUP);
        Assert.Equal(0, run.WaitForExit());
        Assert.Equal(["ready", "USR2"], run.Stdout);
    }
}
