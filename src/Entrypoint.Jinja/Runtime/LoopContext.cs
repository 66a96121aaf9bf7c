using Entrypoint.Jinja.Python;

namespace Entrypoint.Jinja.Runtime;

/// <summary>The <c>loop</c> variable of a for loop: index, length, first/last, cycle, changed, and recursion.</summary>
internal sealed class LoopContext(RenderContext rc, List<object?> items, int depth0, Func<object?, int, object?>? recurse) : IPyObject
{
    object? _lastChanged = Unset;
    static readonly object Unset = new();
    static readonly object True = true, False = false;

    public int Index0 { get; set; } = -1;

    int Count => items.Count;

    public string TypeName => "LoopContext";
    public string Repr() => $"<LoopContext {Index0 + 1}/{Count}>";
    public int Length() => items.Count;

    public bool TryGetAttr(string name, out object? value)
    {
        value = name switch
        {
            "index" => SmallInts.Box(Index0 + 1),
            "index0" => SmallInts.Box(Index0),
            "revindex" => SmallInts.Box(Count - Index0),
            "revindex0" => SmallInts.Box(Count - Index0 - 1),
            "first" => Index0 == 0 ? True : False,
            "last" => Index0 == Count - 1 ? True : False,
            "length" => SmallInts.Box(Count),
            "depth" => SmallInts.Box(depth0 + 1),
            "depth0" => SmallInts.Box(depth0),
            "previtem" => Index0 > 0 ? items[Index0 - 1] : rc.MakeUndefined("there is no previous item"),
            "nextitem" => Index0 + 1 < Count ? items[Index0 + 1] : rc.MakeUndefined("there is no next item"),
            "cycle" => new PyCallable(Cycle),
            "changed" => new PyCallable(Changed),
            _ => Unset,
        };
        if (ReferenceEquals(value, Unset))
        {
            value = null;
            return false;
        }
        return true;
    }

    object? Cycle(IReadOnlyList<object?> args, IReadOnlyList<KeyValuePair<string, object?>> kwargs)
    {
        if (args.Count == 0)
            throw PyException.TypeError("no items for cycling given");
        return args[Index0 % args.Count];
    }

    object? Changed(IReadOnlyList<object?> args, IReadOnlyList<KeyValuePair<string, object?>> kwargs)
    {
        var value = new PyTuple([.. args]);
        if (ReferenceEquals(_lastChanged, Unset) || !PyOps.Equal(_lastChanged, value))
        {
            _lastChanged = value;
            return true;
        }
        return false;
    }

    public object? Call(IReadOnlyList<object?> args, IReadOnlyList<KeyValuePair<string, object?>> kwargs)
    {
        if (recurse is null)
            throw PyException.TypeError("The loop must have the 'recursive' marker to be called recursively.");
        if (args.Count != 1 || kwargs.Count != 0)
            throw PyException.TypeError($"__call__() takes 2 positional arguments but {args.Count + 1} were given");
        return recurse(args[0], depth0 + 1);
    }
}
