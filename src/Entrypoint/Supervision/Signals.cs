namespace Entrypoint.Supervision;

/// <summary>Linux x86-64 signal numbers and names, and which of them the supervisor forwards.</summary>
public static class Signals
{
    public const int HUP = 1, INT = 2, QUIT = 3, ILL = 4, TRAP = 5, ABRT = 6, BUS = 7, FPE = 8, KILL = 9, USR1 = 10,
        SEGV = 11, USR2 = 12, PIPE = 13, ALRM = 14, TERM = 15, STKFLT = 16, CHLD = 17, CONT = 18, STOP = 19, TSTP = 20,
        TTIN = 21, TTOU = 22, URG = 23, XCPU = 24, XFSZ = 25, VTALRM = 26, PROF = 27, WINCH = 28, IO = 29, PWR = 30, SYS = 31;

    /// <summary>Rewriting to this drops the signal.</summary>
    public const int None = 0;

    private static readonly string[] Names =
    [
        "", "HUP", "INT", "QUIT", "ILL", "TRAP", "ABRT", "BUS", "FPE", "KILL", "USR1", "SEGV", "USR2", "PIPE", "ALRM", "TERM",
        "STKFLT", "CHLD", "CONT", "STOP", "TSTP", "TTIN", "TTOU", "URG", "XCPU", "XFSZ", "VTALRM", "PROF", "WINCH", "IO", "PWR", "SYS",
    ];

    public const int RealtimeMin = 34, RealtimeMax = 64;

    /// <summary>1-31 except KILL, STOP, CHLD and the synchronous faults that belong to the runtime (as tini).</summary>
    public static bool IsForwardable(int signal) => signal is >= 1 and <= 31 && signal is not (KILL or STOP or CHLD or SEGV or BUS or ILL or FPE or TRAP or ABRT or SYS);

    public static bool IsJobControl(int signal) => signal is TSTP or TTIN or TTOU;

    public static IEnumerable<int> Forwardable()
    {
        for (int s = 1; s <= 31; s++)
            if (IsForwardable(s)) yield return s;
    }

    /// <summary>"SIGTERM", "SIGRTMIN+3", or "signal 40" for anything else.</summary>
    public static string Name(int signal) => signal switch
    {
        >= 1 and <= 31 => "SIG" + Names[signal],
        RealtimeMin => "SIGRTMIN",
        > RealtimeMin and <= RealtimeMax => $"SIGRTMIN+{signal - RealtimeMin}",
        _ => $"signal {signal}",
    };

    /// <summary>
    /// Parses "term", "SIGTERM", "sigTerm", "15", "rtmin+2", and, when <paramref name="allowNone"/>, "none" or "0".
    /// Returns false for anything else.
    /// </summary>
    public static bool TryParse(string text, bool allowNone, out int signal)
    {
        signal = 0;
        string t = text.Trim();
        if (t.Length == 0) return false;
        if (int.TryParse(t, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int number))
        {
            signal = number;
            return number == 0 ? allowNone : number <= RealtimeMax;
        }
        string upper = t.ToUpperInvariant();
        if (upper == "NONE") return allowNone;
        if (upper.StartsWith("SIG", StringComparison.Ordinal)) upper = upper[3..];
        for (int s = 1; s <= 31; s++)
        {
            if (Names[s] == upper) { signal = s; return true; }
        }
        if (upper is "IOT") { signal = ABRT; return true; }
        if (upper is "POLL") { signal = IO; return true; }
        if (upper is "CLD") { signal = CHLD; return true; }
        if (upper.StartsWith("RTMIN", StringComparison.Ordinal))
        {
            string rest = upper[5..];
            if (rest.Length == 0) { signal = RealtimeMin; return true; }
            if (rest[0] == '+' && int.TryParse(rest.AsSpan(1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int k) && RealtimeMin + k <= RealtimeMax)
            {
                signal = RealtimeMin + k;
                return true;
            }
        }
        return false;
    }
}
