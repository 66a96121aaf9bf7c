using Entrypoint.Jinja.Python;

namespace Entrypoint.Rendering.SeedLibrary;

/// <summary>
/// A filter argument as Python code sees it. A container (str, list, tuple, dict, set, range) is iterated
/// afresh every time; an iterator (a Jinja generator such as <c>x|select</c>, or a <see cref="ResumableFilter"/>)
/// is consumed once: whatever a failed <c>set(value)</c> already read is gone when the seed's fallback
/// iterates it again, and <c>x in iterator</c> consumes up to the match.
/// </summary>
internal sealed class SeedIterable
{
    readonly IEnumerator<object?>? _iterator;

    SeedIterable(object? value)
    {
        Value = value;
        if (IsIterator(value)) _iterator = ((IEnumerable<object?>)value!).GetEnumerator();
    }

    public object? Value { get; }

    public static SeedIterable Of(object? value) => new(value);

    static bool IsIterator(object? value) =>
        value is IEnumerable<object?> and not (PyList or PyTuple or IPyObject);

    public IEnumerable<object?> Iterate() => _iterator is null ? PyOps.Iterate(Value) : Remaining(_iterator);

    static IEnumerable<object?> Remaining(IEnumerator<object?> iterator)
    {
        while (iterator.MoveNext()) yield return iterator.Current;
    }

    /// <summary>item in value.</summary>
    public bool Contains(object? item)
    {
        if (_iterator is null) return PyOps.Contains(Value, item);
        while (_iterator.MoveNext())
        {
            if (ReferenceEquals(_iterator.Current, item) || PyOps.Equal(_iterator.Current, item)) return true;
        }
        return false;
    }
}
