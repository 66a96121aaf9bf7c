namespace Entrypoint.Jinja;

/// <summary>The positional and keyword arguments of a call, filter or test, in source order.</summary>
public readonly struct CallArguments
{
    static readonly object?[] NoPositional = [];
    static readonly KeyValuePair<string, object?>[] NoNamed = [];

    readonly IReadOnlyList<object?>? _positional;
    readonly IReadOnlyList<KeyValuePair<string, object?>>? _named;

    public CallArguments(IReadOnlyList<object?>? positional, IReadOnlyList<KeyValuePair<string, object?>>? named = null)
    {
        _positional = positional;
        _named = named;
    }

    // default(CallArguments) means "no arguments".
    public IReadOnlyList<object?> Positional => _positional ?? NoPositional;
    public IReadOnlyList<KeyValuePair<string, object?>> Named => _named ?? NoNamed;

    public int Count => Positional.Count + Named.Count;
}
