namespace Entrypoint.Jinja.Python;

/// <summary>slice(start, stop, step): the key of x[a:b:c]; each part is None (null) or an int.</summary>
public sealed record PySlice(object? Start, object? Stop, object? Step)
{
    public override string ToString() => PyRepr.Repr(this);
}
