using Entrypoint.Cli;
using Entrypoint.Diagnostics;
using Entrypoint.Interop;

namespace Entrypoint.Supervision;

/// <summary>
/// PID 1 duty for one command, in one loop like tini and dumb-init: every signal and every child exit arrives, in
/// order, on one signalfd. Signals are forwarded per the <see cref="SignalPolicy"/>; every child is reaped; when the
/// command ends its leftovers get TERM, a grace period, then KILL; and entrypoint exits with the command's status.
/// </summary>
internal sealed class Supervisor(Options options, PreparedCommand command)
{
    private readonly SignalPolicy _policy = new(options);
    private readonly int _self = Libc.getpid();
    private int _child;
    private ExitStatus? _childStatus;
    private bool _ignoreHangup, _ignoreContinue;

    private const int IdleBeforeTrimMs = 1000;

    private bool IsInit => _self == 1;

    public int Run()
    {
        BecomeReaper();
        using SignalReader signals = SignalReader.Open();
        bool expectHangup = false;
        string? terminal = _policy.Setsid ? Terminal.Release(out expectHangup) : null;
        _ignoreHangup = _ignoreContinue = expectHangup;

        int error = ChildProcess.Spawn(command.Arguments, command.Environment, _policy.Setsid, terminal, out _child);
        if (error != 0)
        {
            Log.Error($"{command.Arguments[0]}: {Libc.ErrorText(error)}");
            return ChildProcess.ExitCodeFor(error);
        }
        Log.Debug($"started {command.Arguments[0]} as pid {_child}" + (_policy.Setsid ? " in a new session" : ""));

        Span<Libc.SignalInfo> batch = stackalloc Libc.SignalInfo[16];
        bool trimmed = false;
        while (_childStatus is null)
        {
            // A short-lived command never pays for the trim; a long-running one gets it after a quiet second.
            int n = signals.Read(batch, trimmed ? -1 : IdleBeforeTrimMs);
            if (n == 0 && !trimmed)
            {
                ResidentSet.ReleaseStartupPages();
                trimmed = true;
            }
            for (int i = 0; i < n; i++) Handle(batch[i]);
        }
        return Finish(signals);
    }

    private void BecomeReaper()
    {
        if (IsInit) return;
        if (Libc.prctl(Libc.PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) == 0)
            Log.Debug($"running as pid {_self}, not 1: registered as a child subreaper, so orphans are reaped here too");
        else
            Log.Warning($"could not become a child subreaper ({Libc.ErrorText(Libc.LastError)}); orphans will be reaped by pid 1");
    }

    private void Handle(in Libc.SignalInfo info)
    {
        int signal = (int)info.Signo;
        if (signal == Signals.CHLD)
        {
            Reap();
            return;
        }
        if (signal == Signals.HUP && _ignoreHangup || signal == Signals.CONT && _ignoreContinue)
        {
            if (signal == Signals.HUP) _ignoreHangup = false; else _ignoreContinue = false;
            Log.Debug($"received {Signals.Name(signal)} from handing over the terminal; not forwarded");
            return;
        }
        if (info.Pid == _self)
        {
            // Raised by our own doing, such as SIGPIPE from writing to a closed stderr: not the child's business.
            Log.Debug($"received {Signals.Name(signal)} raised by entrypoint itself; not forwarded");
            return;
        }
        Forward(signal, info.Pid);
    }

    private void Forward(int signal, uint sender)
    {
        string received = $"received {Signals.Name(signal)}" + (sender != 0 ? $" from pid {sender}" : "");
        int target = _policy.Target(signal);
        if (target == Signals.None)
        {
            Log.Debug($"{received}; dropped (rewritten to none)");
        }
        else
        {
            int destination = _policy.Setsid ? -_child : _child;
            bool sent = Libc.kill(destination, target) == 0;
            string whom = _policy.Setsid ? $"process group {_child}" : $"pid {_child}";
            Log.Debug(sent ? $"{received}; forwarded {Signals.Name(target)} to {whom}" : $"{received}; {whom} is gone, nothing to forward to");
        }
        if (SignalPolicy.SuspendsSelf(signal))
        {
            Log.Debug("suspending entrypoint until SIGCONT");
            Libc.kill(_self, Signals.STOP);
        }
    }

    /// <summary>Reaps every exited child; returns whether any child is still running.</summary>
    private unsafe bool Reap()
    {
        while (true)
        {
            int status;
            int pid = Libc.waitpid(-1, &status, Libc.WNOHANG);
            if (pid == 0) return true;
            if (pid < 0)
            {
                if (Libc.LastError == Libc.EINTR) continue;
                return false;
            }
            var exit = new ExitStatus(status);
            if (pid == _child)
            {
                _childStatus = exit;
                Log.Debug($"command (pid {pid}) ended: {exit}");
            }
            else Log.Debug($"reaped pid {pid} ({exit})");
        }
    }

    /// <summary>The command has ended: give leftovers TERM and the grace period, then KILL, then exit with its status.</summary>
    private int Finish(SignalReader signals)
    {
        int code = _childStatus!.Value.Code;
        // --no-setsid is dumb-init's transparent mode: the command's own children are its business.
        if (!_policy.Setsid || !Reap()) return Exit(code);

        int term = _policy.Target(Signals.TERM);
        var leftovers = new Leftovers(_child, IsInit);
        if (term != Signals.None) leftovers.Signal(term);
        Log.Debug($"processes are left; sent them {(term == Signals.None ? "nothing (TERM is rewritten to none)" : Signals.Name(term))} and will wait up to {options.GracePeriod.TotalSeconds:0.###}s");

        long deadline = Environment.TickCount64 + (long)options.GracePeriod.TotalMilliseconds;
        if (WaitForLeftovers(signals, deadline)) return Exit(code);

        int killed = leftovers.Signal(Signals.KILL);
        Log.Debug($"grace period over: sent SIGKILL to {killed} leftover process(es)");
        // KILL cannot be refused; re-send now and then for processes adopted since (their parents just died).
        while (!WaitForLeftovers(signals, Environment.TickCount64 + 1000)) leftovers.Signal(Signals.KILL);
        return Exit(code);
    }

    /// <summary>Keeps reaping and forwarding until no child is left (true) or the deadline passes (false).</summary>
    private bool WaitForLeftovers(SignalReader signals, long deadline)
    {
        Span<Libc.SignalInfo> batch = stackalloc Libc.SignalInfo[16];
        while (Reap())
        {
            long remaining = deadline - Environment.TickCount64;
            if (remaining <= 0) return false;
            int n = signals.Read(batch, (int)Math.Min(remaining, int.MaxValue));
            for (int i = 0; i < n; i++)
                if (batch[i].Signo != Signals.CHLD) Handle(batch[i]);
        }
        return true;
    }

    private int Exit(int code)
    {
        Log.Debug($"exiting with {code}");
        return code;
    }
}
