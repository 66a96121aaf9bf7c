using Entrypoint.Tests.Infrastructure;

namespace Entrypoint.Tests.Supervision;

public class ExitStatusTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(32)]
    [InlineData(64)]
    [InlineData(127)]
    [InlineData(254)]
    [InlineData(255)]
    public void The_commands_exit_code_is_passed_on(int code)
    {
        Assert.Equal(code, Launched.Run("sh", "-c", $"exit {code}").Code);
        Assert.Equal(code, Launched.Run("--no-setsid", "sh", "-c", $"exit {code}").Code);
        Assert.Equal(code, Launched.Run("--no-init", "sh", "-c", $"exit {code}").Code);
    }

    [Theory]
    [InlineData("TERM", 143)]
    [InlineData("HUP", 129)]
    [InlineData("QUIT", 131)]
    [InlineData("KILL", 137)]
    public void Death_by_signal_is_128_plus_the_signal(string signal, int code)
    {
        Assert.Equal(code, Launched.Run("sh", "-c", $"kill -{signal} $$").Code);
        Assert.Equal(code, Launched.Run("--no-setsid", "sh", "-c", $"kill -{signal} $$").Code);
    }

    [Fact]
    public void A_forwarded_TERM_that_kills_the_command_gives_143()
    {
        using var run = Launched.Entrypoint("sleep", "300");
        Poll.Assert(() => Procfs.Children(run.Pid).Count == 1, "sleep started");
        run.Signal(Native.SIGTERM);
        Assert.Equal(143, run.WaitForExit());
    }
}
