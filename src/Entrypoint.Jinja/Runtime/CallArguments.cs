namespace Entrypoint.Jinja;

/// <summary>The positional and keyword arguments of a call, filter or test, in source order.</summary>
public readonly struct CallArguments
{
    static readonly object?[] NoPositional = [];
    static readonly KeyValuePair<string, object?>[] NoNamed = [];

    public CallArguments(IReadOnlyList<object?>? positional, IReadOnlyList<KeyValuePair<string, object?>>? named = null)
    {
        Positional = positional ?? NoPositional;
        Named = named ?? NoNamed;
    }

    public IReadOnlyList<object?> Positional { get; }
    public IReadOnlyList<KeyValuePair<string, object?>> Named { get; }

    public int Count => Positional.Count + Named.Count;
}
