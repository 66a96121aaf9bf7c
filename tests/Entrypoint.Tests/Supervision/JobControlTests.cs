using Entrypoint.Tests.Infrastructure;

namespace Entrypoint.Tests.Supervision;

public class JobControlTests
{
    private static char StateOf(int pid) => Procfs.Read(pid)?.State ?? '?';

    [Theory]
    [InlineData(Native.SIGTSTP)]
    [InlineData(Native.SIGTTIN)]
    [InlineData(Native.SIGTTOU)]
    public void In_setsid_mode_job_control_stops_the_child_and_entrypoint_and_CONT_resumes_both(int signal)
    {
        using var run = Launched.Entrypoint(Binaries.Helper("sigrecord"), "USR1");
        run.WaitForStdout("ready");
        int child = Procfs.Children(run.Pid).Single();

        run.Signal(signal);
        // The child cannot catch STOP, which is what it gets: its handler never runs.
        Poll.Assert(() => StateOf(child) == 'T', "child stopped");
        Poll.Assert(() => StateOf(run.Pid) == 'T', "entrypoint stopped");

        run.Signal(Native.SIGCONT);
        Poll.Assert(() => StateOf(run.Pid) != 'T' && StateOf(child) != 'T', "both resumed");
        run.WaitForStdout("CONT");
        run.Signal(Native.SIGUSR1);
        Assert.Equal(0, run.WaitForExit());
        Assert.Equal(["ready", "CONT", "USR1"], run.Stdout);
    }

    [Theory]
    [InlineData(Native.SIGTSTP, "TSTP")]
    [InlineData(Native.SIGTTIN, "TTIN")]
    [InlineData(Native.SIGTTOU, "TTOU")]
    public void With_no_setsid_job_control_is_forwarded_as_is_and_entrypoint_still_stops(int signal, string name)
    {
        using var run = Launched.Entrypoint("--no-setsid", Binaries.Helper("sigrecord"), "USR1");
        run.WaitForStdout("ready");
        run.Signal(signal);
        run.WaitForStdout(name);
        Poll.Assert(() => StateOf(run.Pid) == 'T', "entrypoint stopped");
        run.Signal(Native.SIGCONT);
        run.WaitForStdout("CONT");
        run.Signal(Native.SIGUSR1);
        Assert.Equal(0, run.WaitForExit());
        Assert.Equal(["ready", name, "CONT", "USR1"], run.Stdout);
    }

    [Fact]
    public void The_default_STOP_rewrite_can_be_overridden()
    {
        using var run = Launched.Entrypoint("--rewrite", "tstp:tstp", Binaries.Helper("sigrecord"), "USR1");
        run.WaitForStdout("ready");
        run.Signal(Native.SIGTSTP);
        run.WaitForStdout("TSTP");
        // entrypoint stops itself after job control whatever the rewrite.
        Poll.Assert(() => StateOf(run.Pid) == 'T', "entrypoint stopped");
        run.Signal(Native.SIGCONT);
        run.WaitForStdout("CONT");
        run.Signal(Native.SIGUSR1);
        Assert.Equal(0, run.WaitForExit());
    }
}
