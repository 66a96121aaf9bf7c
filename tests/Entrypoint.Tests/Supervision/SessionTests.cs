using Entrypoint.Tests.Infrastructure;

namespace Entrypoint.Tests.Supervision;

public class SessionTests
{
    // Six processes carry the marker: entrypoint, sh, and two background/foreground pipelines of two.
    private const string Pipeline = "yes a | tail & yes b | tail >&2";

    [Fact]
    public void In_setsid_mode_TERM_reaches_the_whole_pipeline()
    {
        using var run = Launched.Marked(out string marker, "sh", "-c", Pipeline);
        Poll.Assert(() => Procfs.Carrying(Launched.MarkerVariable, marker).Count == 6, "six processes running");
        run.Signal(Native.SIGTERM);
        Assert.Equal(143, run.WaitForExit());
        Poll.Assert(() => Procfs.Carrying(Launched.MarkerVariable, marker).Count == 0, "all six gone");
    }

    [Fact]
    public void With_no_setsid_only_the_direct_child_gets_TERM_and_four_survive()
    {
        using var run = Launched.Marked(out string marker, "--no-setsid", "sh", "-c", Pipeline);
        try
        {
            Poll.Assert(() => Procfs.Carrying(Launched.MarkerVariable, marker).Count == 6, "six processes running");
            run.Signal(Native.SIGTERM);
            Poll.Assert(() => run.HasExited, "entrypoint exited with its shell");
            Poll.Assert(() => Procfs.Carrying(Launched.MarkerVariable, marker).Count == 4, "the four pipeline processes");
            Thread.Sleep(200);
            Assert.Equal(4, Procfs.Carrying(Launched.MarkerVariable, marker).Count);
        }
        finally
        {
            foreach (int pid in Procfs.Carrying(Launched.MarkerVariable, marker)) Native.kill(pid, Native.SIGKILL);
        }
    }

    [Fact]
    public void The_child_leads_its_own_session_and_group_by_default()
    {
        var (code, run) = Launched.Run("sh", "-c", "read pid comm state ppid pgrp sid rest < /proc/$$/stat; echo $pgrp $sid $$");
        Assert.Equal(0, code);
        string[] f = run.Stdout.Single().Split(' ');
        Assert.Equal(f[2], f[0]);
        Assert.Equal(f[2], f[1]);
    }

    [Fact]
    public void Single_child_is_an_alias_of_no_setsid()
    {
        var (code, run) = Launched.Run("--single-child", "sh", "-c", "read pid comm state ppid pgrp sid rest < /proc/$$/stat; [ $sid != $$ ] && echo shared");
        Assert.Equal(0, code);
        Assert.Equal(["shared"], run.Stdout);
    }

    [Fact]
    public void Nested_entrypoints_with_no_setsid_are_transparent()
    {
        var (code, run) = Launched.Run("--no-setsid", "--", Binaries.Entrypoint, "--no-setsid", "echo", "oh, hi");
        Assert.Equal(0, code);
        Assert.Equal(["oh, hi"], run.Stdout);
    }
}
