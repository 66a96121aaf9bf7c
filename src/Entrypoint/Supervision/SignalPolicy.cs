using Entrypoint.Cli;

namespace Entrypoint.Supervision;

/// <summary>
/// The one table of what each received signal becomes. dumb-init's rules: in setsid mode TSTP, TTIN and TTOU become
/// STOP (a process in an orphaned process group ignores them), unless the user rewrote them; user rewrites win.
/// </summary>
public sealed class SignalPolicy
{
    private readonly int[] _target = new int[32];

    public SignalPolicy(Options options)
    {
        Setsid = options.Setsid;
        for (int s = 1; s < 32; s++) _target[s] = s;
        if (Setsid)
        {
            _target[Signals.TSTP] = _target[Signals.TTIN] = _target[Signals.TTOU] = Signals.STOP;
        }
        foreach (var (from, to) in options.Rewrites) _target[from] = to;
    }

    /// <summary>Signals go to the child's whole process group in setsid mode, to the child alone otherwise.</summary>
    public bool Setsid { get; }

    /// <summary>The signal to send for a received one; 0 means drop it.</summary>
    public int Target(int received) => received is >= 1 and < 32 ? _target[received] : received;

    /// <summary>After forwarding job control, entrypoint stops itself, whatever the rewrite (dumb-init does the same).</summary>
    public static bool SuspendsSelf(int received) => Signals.IsJobControl(received);
}
