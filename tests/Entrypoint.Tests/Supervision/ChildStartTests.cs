using Entrypoint.Tests.Infrastructure;

namespace Entrypoint.Tests.Supervision;

public class ChildStartTests
{
    private const string ShowMasks = "grep -E '^Sig(Blk|Ign):' /proc/self/status";

    [Theory]
    [InlineData("--no-setsid")]
    [InlineData("--verbose")]
    [InlineData("--no-init")]
    public void A_child_gets_default_signals_even_when_entrypoint_inherited_them_blocked_and_ignored(string mode)
    {
        using var run = Launched.Start(Binaries.Helper("hostile"), [Binaries.Entrypoint, mode, "sh", "-c", ShowMasks]);
        Assert.Equal(0, run.WaitForExit());
        Assert.Equal(["SigBlk:\t0000000000000000", "SigIgn:\t0000000000000000"], run.Stdout);
    }

    [Fact]
    public void Signals_still_arrive_when_entrypoint_was_started_with_them_ignored()
    {
        using var run = Launched.Start(Binaries.Helper("hostile"), [Binaries.Entrypoint, Binaries.Helper("sigrecord"), "INT"]);
        run.WaitForStdout("ready");
        run.Signal(Native.SIGQUIT);
        run.WaitForStdout("QUIT");
        run.Signal(Native.SIGINT);
        Assert.Equal(0, run.WaitForExit());
    }

    [Fact]
    public void Environment_working_directory_and_descriptors_are_inherited()
    {
        string dir = Directory.CreateTempSubdirectory("ep-cwd").FullName;
        const string probe = "pwd; echo $SOME_VAR; for fd in /proc/$$/fd/*; do echo ${fd##*/}; done";
        var environment = new Dictionary<string, string> { ["SOME_VAR"] = "kept as is" };
        string Run(params string[] command)
        {
            var info = new System.Diagnostics.ProcessStartInfo(command[0]) { WorkingDirectory = dir, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (string a in command[1..]) info.ArgumentList.Add(a);
            foreach (var (k, v) in environment) info.Environment[k] = v;
            using var process = System.Diagnostics.Process.Start(info)!;
            string output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.Equal(0, process.ExitCode);
            return output;
        }
        string direct = Run("sh", "-c", probe);
        string supervised = Run(Binaries.Entrypoint, "sh", "-c", probe);
        // Same directory, same environment, and exactly the descriptors it would have had without us: none of ours leak.
        Assert.StartsWith($"{dir}\nkept as is\n", supervised);
        Assert.Equal(direct, supervised);
    }

    [Fact]
    public void Not_found_is_127_and_not_executable_is_126_in_both_modes()
    {
        string file = Path.Combine(Directory.CreateTempSubdirectory("ep-exec").FullName, "plain");
        File.WriteAllText(file, "not a program\n");
        foreach (string[] mode in new[] { Array.Empty<string>(), ["--no-init"] })
        {
            var (code, run) = Launched.Run([.. mode, "no-such-command-anywhere"]);
            Assert.Equal(127, code);
            Assert.Equal(["entrypoint: no-such-command-anywhere: No such file or directory"], run.Stderr);

            (code, run) = Launched.Run([.. mode, file]);
            Assert.Equal(126, code);
            Assert.Equal([$"entrypoint: {file}: Permission denied"], run.Stderr);
        }
    }

    [Fact]
    public void No_init_replaces_entrypoint_with_the_same_pid()
    {
        using var run = Launched.Entrypoint("--no-init", "sh", "-c", "echo $$; cat /proc/$$/comm");
        Assert.Equal(0, run.WaitForExit());
        Assert.Equal([run.Pid.ToString(), "sh"], run.Stdout);
    }

    [Fact]
    public void A_shebang_script_runs_under_supervision()
    {
        string script = Path.Combine(Directory.CreateTempSubdirectory("ep-shebang").FullName, "script");
        File.WriteAllText(script, $"#!{Binaries.Entrypoint} /bin/sh\necho parent=$(readlink /proc/$PPID/exe)\nexit 4\n");
        File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.UserWrite);
        using var run = Launched.Start(script, []);
        Assert.Equal(4, run.WaitForExit());
        Assert.Equal([$"parent={Binaries.Entrypoint}"], run.Stdout);
    }
}
