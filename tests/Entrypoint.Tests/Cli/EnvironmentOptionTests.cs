using Entrypoint.Tests.Infrastructure;

namespace Entrypoint.Tests.Cli;

public class EnvironmentOptionTests
{
    private const string ShowSession = "read pid comm state ppid pgrp sid rest < /proc/$$/stat; [ $sid = $$ ] && echo own-session || echo shared-session";

    [Fact]
    public void ENTRYPOINT_NO_SETSID_keeps_the_child_in_our_session()
    {
        var run = Launched.Entrypoint(new Dictionary<string, string> { ["ENTRYPOINT_NO_SETSID"] = "1" }, "sh", "-c", ShowSession);
        Assert.Equal(0, run.WaitForExit());
        Assert.Equal(["shared-session"], run.Stdout);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("false")]
    [InlineData("")]
    public void A_false_switch_leaves_the_default(string value)
    {
        var run = Launched.Entrypoint(new Dictionary<string, string> { ["ENTRYPOINT_NO_SETSID"] = value }, "sh", "-c", ShowSession);
        Assert.Equal(0, run.WaitForExit());
        Assert.Equal(["own-session"], run.Stdout);
    }

    [Fact]
    public void A_switch_that_is_not_one_is_a_usage_error()
    {
        var run = Launched.Entrypoint(new Dictionary<string, string> { ["ENTRYPOINT_VERBOSE"] = "maybe" }, "true");
        Assert.Equal(2, run.WaitForExit());
        Assert.Contains("ENTRYPOINT_VERBOSE", run.Stderr[0]);
        Assert.Contains("'maybe' is not a switch", run.Stderr[0]);
    }

    [Fact]
    public void ENTRYPOINT_VERBOSE_turns_on_logging()
    {
        var run = Launched.Entrypoint(new Dictionary<string, string> { ["ENTRYPOINT_VERBOSE"] = "yes" }, "true");
        Assert.Equal(0, run.WaitForExit());
        Assert.Contains(run.Stderr, l => l.StartsWith("entrypoint: started true", StringComparison.Ordinal));
    }

    [Fact]
    public void ENTRYPOINT_REWRITE_takes_a_comma_separated_list()
    {
        var run = Launched.Entrypoint(new Dictionary<string, string> { ["ENTRYPOINT_REWRITE"] = "usr1:usr2, hup:none" }, Binaries.Helper("sigrecord"), "USR2");
        run.WaitForStdout("ready");
        run.Signal(Native.SIGHUP);
        run.Signal(Native.SIGUSR1);
        Assert.Equal(0, run.WaitForExit());
        Assert.Equal(["ready", "USR2"], run.Stdout);
    }

    [Fact]
    public void The_command_line_wins_over_the_environment()
    {
        var run = Launched.Entrypoint(new Dictionary<string, string> { ["ENTRYPOINT_REWRITE"] = "usr1:usr2" },
            "--rewrite", "usr1:alrm", Binaries.Helper("sigrecord"), "ALRM");
        run.WaitForStdout("ready");
        run.Signal(Native.SIGUSR1);
        Assert.Equal(0, run.WaitForExit());
        Assert.Equal(["ready", "ALRM"], run.Stdout);
    }

    [Fact]
    public void A_bad_value_in_the_environment_names_the_variable()
    {
        var run = Launched.Entrypoint(new Dictionary<string, string> { ["ENTRYPOINT_GRACE_PERIOD"] = "later" }, "true");
        Assert.Equal(2, run.WaitForExit());
        Assert.StartsWith("entrypoint: ENTRYPOINT_GRACE_PERIOD: ", run.Stderr[0]);
    }
}
