using System.Collections;

namespace Entrypoint.Rendering.SeedLibrary;

/// <summary>
/// Python's built-in filter(predicate, iterable): lazy, one-shot, and unlike a generator it survives an
/// exception raised by its predicate, carrying on with the next item when asked again.
/// </summary>
internal sealed class ResumableFilter(IEnumerable<object?> source, Func<object?, bool> predicate) : IEnumerable<object?>, IEnumerator<object?>
{
    readonly IEnumerator<object?> _source = source.GetEnumerator();

    public object? Current { get; private set; }

    object? IEnumerator.Current => Current;

    public bool MoveNext()
    {
        while (_source.MoveNext())
        {
            var item = _source.Current;
            if (predicate(item))
            {
                Current = item;
                return true;
            }
        }
        return false;
    }

    public IEnumerator<object?> GetEnumerator() => this;

    IEnumerator IEnumerable.GetEnumerator() => this;

    public void Reset() => throw new NotSupportedException();

    public void Dispose() { }
}
