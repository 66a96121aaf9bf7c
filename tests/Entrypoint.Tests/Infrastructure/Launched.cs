using System.Collections.Concurrent;
using System.Diagnostics;

namespace Entrypoint.Tests.Infrastructure;

/// <summary>A process under test with its output collected line by line as it comes.</summary>
public sealed class Launched : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _stdout = new(), _stderr = new();
    private readonly ManualResetEventSlim _stdoutClosed = new(), _stderrClosed = new();

    private Launched(Process process)
    {
        _process = process;
        process.OutputDataReceived += (_, e) => { if (e.Data is null) _stdoutClosed.Set(); else _stdout.Enqueue(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is null) _stderrClosed.Set(); else _stderr.Enqueue(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public int Pid => _process.Id;
    public IReadOnlyList<string> Stdout => _stdout.ToArray();
    public IReadOnlyList<string> Stderr => _stderr.ToArray();
    public string StdoutText => string.Join("\n", Stdout);
    public string StderrText => string.Join("\n", Stderr);

    /// <summary>Starts <paramref name="file"/> with arguments passed verbatim, plus extra environment variables.</summary>
    public static Launched Start(string file, IEnumerable<string> args, IDictionary<string, string>? environment = null, string? stdin = null)
    {
        var info = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = stdin is not null,
            UseShellExecute = false,
        };
        foreach (string a in args) info.ArgumentList.Add(a);
        // Nothing of the test runner's own configuration leaks in: no ENTRYPOINT_* options, and no *_FILE variables,
        // which --file-env would act on.
        foreach (var key in info.Environment.Keys.Where(k => k.StartsWith("ENTRYPOINT_", StringComparison.Ordinal) || k.EndsWith("_FILE", StringComparison.Ordinal)).ToList())
            if (key is not ("ENTRYPOINT_BIN" or "ENTRYPOINT_TEST_HELPERS")) info.Environment.Remove(key);
        if (environment is not null)
            foreach (var (k, v) in environment) info.Environment[k] = v;
        var process = Process.Start(info) ?? throw new InvalidOperationException("could not start " + file);
        if (stdin is not null)
        {
            process.StandardInput.Write(stdin);
            process.StandardInput.Close();
        }
        return new Launched(process);
    }

    public static Launched Entrypoint(params string[] args) => Start(Binaries.Entrypoint, args);

    public static Launched Entrypoint(IDictionary<string, string> environment, params string[] args) =>
        Start(Binaries.Entrypoint, args, environment);

    /// <summary>
    /// Starts entrypoint with a fresh marker variable that every descendant inherits, so a test can count the
    /// process tree with <see cref="Procfs.Carrying"/> however it has been re-parented.
    /// </summary>
    public static Launched Marked(out string marker, params string[] args)
    {
        marker = Guid.NewGuid().ToString("N");
        return Start(Binaries.Entrypoint, args, new Dictionary<string, string> { [MarkerVariable] = marker });
    }

    public const string MarkerVariable = "TEST_MARK";

    /// <summary>Runs to completion and returns the exit code (fails the test if it never ends).</summary>
    public static (int Code, Launched Run) Run(params string[] args)
    {
        var run = Entrypoint(args);
        return (run.WaitForExit(), run);
    }

    public void Signal(int signal)
    {
        if (Native.kill(Pid, signal) != 0) throw new InvalidOperationException($"kill({Pid}, {signal}) failed");
    }

    public void WaitForStdout(string line) =>
        Poll.Assert(() => _stdout.Contains(line), $"stdout line '{line}' (stdout so far: [{StdoutText}], stderr: [{StderrText}])");

    public void WaitForStdoutCount(string line, int count) =>
        Poll.Assert(() => _stdout.Count(l => l == line) >= count, $"{count}x stdout line '{line}' (stdout so far: [{StdoutText}])");

    public void WaitForStderr(string fragment) =>
        Poll.Assert(() => _stderr.Any(l => l.Contains(fragment, StringComparison.Ordinal)), $"stderr containing '{fragment}' (stderr so far: [{StderrText}])");

    public int WaitForExit()
    {
        if (!_process.WaitForExit(Poll.Deadline))
            throw new Xunit.Sdk.XunitException($"process {Pid} did not exit; stdout: [{StdoutText}] stderr: [{StderrText}]");
        // Drain what is left of the pipes: a loaded machine may deliver the last lines well after the exit.
        // (Tests whose leftovers keep the pipes open on purpose poll HasExited instead.)
        if (!_stdoutClosed.Wait(Poll.Deadline) || !_stderrClosed.Wait(Poll.Deadline))
            throw new Xunit.Sdk.XunitException($"process {Pid} exited but its output never closed; stdout: [{StdoutText}]");
        return _process.ExitCode;
    }

    public bool HasExited => _process.HasExited;

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            try { _process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
            _process.WaitForExit(5000);
        }
        _process.Dispose();
    }
}
