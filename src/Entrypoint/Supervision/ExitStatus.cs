namespace Entrypoint.Supervision;

/// <summary>A wait status, decoded the way shells report it: the exit code, or 128 plus the signal.</summary>
public readonly record struct ExitStatus(int Raw)
{
    public bool Signaled => (Raw & 0x7f) != 0 && (Raw & 0x7f) != 0x7f;
    public int Signal => Raw & 0x7f;
    public int Code => Signaled ? 128 + Signal : (Raw >> 8) & 0xff;

    public override string ToString() => Signaled ? $"killed by {Signals.Name(Signal)}" : $"exit status {Code}";
}
