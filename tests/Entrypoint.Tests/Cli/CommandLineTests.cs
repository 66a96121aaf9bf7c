using Entrypoint.Tests.Infrastructure;

namespace Entrypoint.Tests.Cli;

public class CommandLineTests
{
    [Fact]
    public void No_command_prints_usage_on_stderr_only_and_exits_2()
    {
        var (code, run) = Launched.Run();
        Assert.Equal(2, code);
        Assert.Empty(run.Stdout);
        Assert.Contains("usage: entrypoint", run.StderrText);
    }

    [Theory]
    [InlineData("--bogus", "unknown option '--bogus'")]
    [InlineData("-Z", "unknown option '-Z'")]
    [InlineData("--rewrite=term", "needs the form SRC:DST")]
    [InlineData("--rewrite=term:bogus", "unknown signal 'bogus'")]
    [InlineData("--rewrite=nope:term", "unknown signal 'nope'")]
    [InlineData("--rewrite=kill:term", "SIGKILL is never forwarded")]
    [InlineData("--grace-period=soon", "is not a duration")]
    [InlineData("--no-init=1", "doesn't take a value")]
    [InlineData("--templates=", "needs a non-empty path")]
    [InlineData("--n", "is ambiguous")]
    public void Bad_option_gives_one_clear_line_a_hint_and_exit_2(string option, string message)
    {
        var (code, run) = Launched.Run(option, "true");
        Assert.Equal(2, code);
        Assert.Empty(run.Stdout);
        Assert.Equal(2, run.Stderr.Count);
        Assert.StartsWith("entrypoint: ", run.Stderr[0]);
        Assert.Contains(message, run.Stderr[0]);
        Assert.Equal("Try 'entrypoint --help' for more information.", run.Stderr[1]);
    }

    [Fact]
    public void A_missing_value_is_named()
    {
        var (code, run) = Launched.Run("--rewrite");
        Assert.Equal(2, code);
        Assert.Equal(["entrypoint: option '--rewrite' needs a value (SRC:DST)", "Try 'entrypoint --help' for more information."], run.Stderr);
    }

    [Fact]
    public void Help_goes_to_stdout_and_lists_every_option()
    {
        var (code, run) = Launched.Run("--help");
        Assert.Equal(0, code);
        Assert.Empty(run.Stderr);
        foreach (string option in new[] { "--verbose", "--quiet", "--no-init", "--no-setsid", "--single-child", "--rewrite",
                     "--grace-period", "--variables", "--templates", "--jinja", "--output", "--hooks", "--version", "--help" })
            Assert.Contains(option, run.StdoutText);
    }

    [Fact]
    public void Version_names_the_version_and_commit()
    {
        var (code, run) = Launched.Run("--version");
        Assert.Equal(0, code);
        Assert.Matches(@"^entrypoint \d+\.\d+\.\d+\S* \(commit [0-9a-f]{7,}\)$", Assert.Single(run.Stdout));
    }

    [Fact]
    public void Options_stop_at_the_first_word_that_is_not_one()
    {
        var (code, run) = Launched.Run("sh", "-c", "echo hi; echo \"$@\"", "sh", "-v", "--help");
        Assert.Equal(0, code);
        Assert.Equal(["hi", "-v --help"], run.Stdout);
    }

    [Fact]
    public void Double_dash_ends_the_options()
    {
        var (code, run) = Launched.Run("-v", "--", "printf", "%s\\n", "--version");
        Assert.Equal(0, code);
        Assert.Equal(["--version"], run.Stdout);
    }

    [Fact]
    public void Short_options_bundle_and_take_attached_values()
    {
        var run = Launched.Entrypoint("-vcrusr1:usr2", "--", Binaries.Helper("sigrecord"), "USR2");
        run.WaitForStdout("ready");
        run.Signal(Native.SIGUSR1);
        Assert.Equal(0, run.WaitForExit());
        Assert.Equal(["ready", "USR2"], run.Stdout);
        Assert.Contains(run.Stderr, l => l.Contains("forwarded SIGUSR2 to pid", StringComparison.Ordinal));
    }

    [Fact]
    public void Long_options_may_be_abbreviated_and_take_equals_values()
    {
        var (code, run) = Launched.Run("--verb", "--grace=500ms", "true");
        Assert.Equal(0, code);
        Assert.Contains(run.Stderr, l => l.Contains("started true", StringComparison.Ordinal));
    }

    [Fact]
    public void The_childs_stdout_is_the_childs_alone_even_when_verbose()
    {
        var (code, run) = Launched.Run("-v", "--", "sh", "-c", "echo out; echo err >&2");
        Assert.Equal(0, code);
        Assert.Equal(["out"], run.Stdout);
        Assert.Contains("err", run.Stderr);
        Assert.All(run.Stderr.Where(l => l != "err"), l => Assert.StartsWith("entrypoint: ", l));
    }

    [Fact]
    public void Quiet_keeps_errors()
    {
        var (code, run) = Launched.Run("-q", "/no/such/command");
        Assert.Equal(127, code);
        Assert.Equal(["entrypoint: /no/such/command: No such file or directory"], run.Stderr);
    }

    [Fact]
    public void Without_verbose_a_clean_run_says_nothing()
    {
        var (code, run) = Launched.Run("true");
        Assert.Equal(0, code);
        Assert.Empty(run.Stderr);
    }
}
