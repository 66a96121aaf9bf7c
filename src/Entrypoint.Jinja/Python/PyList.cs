using System.Collections;

namespace Entrypoint.Jinja.Python;

/// <summary>Python's list: mutable, reference semantics; equality and repr live in PyOps/PyRepr.</summary>
public sealed class PyList : IList<object?>, IReadOnlyList<object?>
{
    private readonly List<object?> _items;

    public PyList() => _items = [];
    public PyList(int capacity) => _items = new List<object?>(capacity);
    public PyList(IEnumerable<object?> items) => _items = [.. items];

    /// <summary>The backing list, for the object model's own methods.</summary>
    internal List<object?> Items => _items;

    public int Count => _items.Count;
    public bool IsReadOnly => false;

    public object? this[int index]
    {
        get => _items[index];
        set => _items[index] = value;
    }

    public void Add(object? item) => _items.Add(item);
    public void AddRange(IEnumerable<object?> items) => _items.AddRange(items);
    public void Clear() => _items.Clear();
    public bool Contains(object? item) => IndexOf(item) >= 0;
    public void CopyTo(object?[] array, int arrayIndex) => _items.CopyTo(array, arrayIndex);
    public void Insert(int index, object? item) => _items.Insert(index, item);
    public void RemoveAt(int index) => _items.RemoveAt(index);

    /// <summary>Index by Python equality (1 == 1.0 == True).</summary>
    public int IndexOf(object? item)
    {
        for (int i = 0; i < _items.Count; i++)
        {
            if (PyOps.Equal(_items[i], item))
            {
                return i;
            }
        }
        return -1;
    }

    public bool Remove(object? item)
    {
        int i = IndexOf(item);
        if (i < 0)
        {
            return false;
        }
        _items.RemoveAt(i);
        return true;
    }

    public List<object?>.Enumerator GetEnumerator() => _items.GetEnumerator();
    IEnumerator<object?> IEnumerable<object?>.GetEnumerator() => _items.GetEnumerator();
    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

    public override string ToString() => PyRepr.Repr(this);
}
