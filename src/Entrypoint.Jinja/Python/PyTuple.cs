using System.Collections;

namespace Entrypoint.Jinja.Python;

/// <summary>Python's tuple: immutable and hashable when its items are.</summary>
public sealed class PyTuple : IReadOnlyList<object?>
{
    private readonly object?[] _items;

    public static readonly PyTuple Empty = new([]);

    /// <summary>Takes ownership of the array: callers must not mutate it afterwards.</summary>
    public PyTuple(params object?[] items) => _items = items;

    public PyTuple(IEnumerable<object?> items) => _items = [.. items];

    public int Count => _items.Length;
    public object? this[int index] => _items[index];

    internal object?[] Items => _items;

    public IEnumerator<object?> GetEnumerator() => ((IEnumerable<object?>)_items).GetEnumerator();
    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

    public override string ToString() => PyRepr.Repr(this);
}
