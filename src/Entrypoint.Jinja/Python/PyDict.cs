using System.Collections;

namespace Entrypoint.Jinja.Python;

/// <summary>
/// Python's dict: insertion-ordered, keys compared by Python equality (1, 1.0 and True are one key).
/// Entries live in arrays in insertion order; deletions leave holes that are compacted when they pile up.
/// </summary>
public sealed class PyDict : IEnumerable<KeyValuePair<object?, object?>>
{
    private static readonly object Hole = new();

    private readonly Dictionary<object, int> _index;
    private object?[] _keys;
    private object?[] _values;
    private int _end;      // slots used, including holes
    private int _count;
    private int _version;  // lets iteration detect a size change, as Python does

    public PyDict() : this(4) { }

    public PyDict(int capacity)
    {
        capacity = Math.Max(capacity, 4);
        _index = new Dictionary<object, int>(capacity, PyDictKeyComparer.Instance);
        _keys = new object?[capacity];
        _values = new object?[capacity];
    }

    /// <summary>A dict with string keys, in the source's enumeration order.</summary>
    public PyDict(IEnumerable<KeyValuePair<string, object?>> items) : this(4)
    {
        foreach (var kv in items)
        {
            this[kv.Key] = kv.Value;
        }
    }

    public int Count => _count;

    /// <summary>d[key]: raises KeyError when missing.</summary>
    public object? this[object? key]
    {
        get => TryGetValue(key, out var value) ? value : throw PyException.KeyError(key);
        set => Set(key, value);
    }

    public bool TryGetValue(object? key, out object? value)
    {
        if (_index.TryGetValue(PyDictKeyComparer.Wrap(key), out int slot))
        {
            value = _values[slot];
            return true;
        }
        value = null;
        return false;
    }

    public bool ContainsKey(object? key) => _index.ContainsKey(PyDictKeyComparer.Wrap(key));

    /// <summary>d[key] = value: an existing key keeps its position and its original key object.</summary>
    public void Set(object? key, object? value)
    {
        var wrapped = PyDictKeyComparer.Wrap(key);
        if (_index.TryGetValue(wrapped, out int slot))
        {
            _values[slot] = value;
            return;
        }
        if (_end == _keys.Length)
        {
            Grow();
        }
        _keys[_end] = key;
        _values[_end] = value;
        _index[wrapped] = _end;
        _end++;
        _count++;
        _version++;
    }

    public bool Remove(object? key) => Remove(key, out _);

    public bool Remove(object? key, out object? value)
    {
        if (!_index.Remove(PyDictKeyComparer.Wrap(key), out int slot))
        {
            value = null;
            return false;
        }
        value = _values[slot];
        _keys[slot] = Hole;
        _values[slot] = null;
        _count--;
        _version++;
        return true;
    }

    /// <summary>Removes and returns the last inserted pair (dict.popitem); false when empty.</summary>
    public bool TryPopLast(out KeyValuePair<object?, object?> item)
    {
        for (int i = _end - 1; i >= 0; i--)
        {
            if (!ReferenceEquals(_keys[i], Hole))
            {
                item = new(_keys[i], _values[i]);
                Remove(_keys[i]);
                _end = i;
                return true;
            }
        }
        item = default;
        return false;
    }

    public void Clear()
    {
        _index.Clear();
        Array.Clear(_keys, 0, _end);
        Array.Clear(_values, 0, _end);
        _end = 0;
        _count = 0;
        _version++;
    }

    public PyDict Copy()
    {
        var copy = new PyDict(_count);
        foreach (var kv in this)
        {
            copy.Set(kv.Key, kv.Value);
        }
        return copy;
    }

    public IEnumerable<object?> Keys
    {
        get
        {
            foreach (var kv in this)
            {
                yield return kv.Key;
            }
        }
    }

    public IEnumerable<object?> Values
    {
        get
        {
            foreach (var kv in this)
            {
                yield return kv.Value;
            }
        }
    }

    public Enumerator GetEnumerator() => new(this);
    IEnumerator<KeyValuePair<object?, object?>> IEnumerable<KeyValuePair<object?, object?>>.GetEnumerator() => GetEnumerator();
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => PyRepr.Repr(this);

    private void Grow()
    {
        if (_count < _end)
        {
            Compact();
            if (_end < _keys.Length)
            {
                return;
            }
        }
        Array.Resize(ref _keys, _keys.Length * 2);
        Array.Resize(ref _values, _values.Length * 2);
    }

    private void Compact()
    {
        int w = 0;
        for (int r = 0; r < _end; r++)
        {
            if (ReferenceEquals(_keys[r], Hole))
            {
                continue;
            }
            _keys[w] = _keys[r];
            _values[w] = _values[r];
            _index[PyDictKeyComparer.Wrap(_keys[w])] = w;
            w++;
        }
        Array.Clear(_keys, w, _end - w);
        Array.Clear(_values, w, _end - w);
        _end = w;
    }

    /// <summary>Iterates live entries; raises RuntimeError if the dict changes size meanwhile, as Python does.</summary>
    public struct Enumerator : IEnumerator<KeyValuePair<object?, object?>>
    {
        private readonly PyDict _dict;
        private readonly int _version;
        private int _slot;

        internal Enumerator(PyDict dict)
        {
            _dict = dict;
            _version = dict._version;
            _slot = -1;
            Current = default;
        }

        public KeyValuePair<object?, object?> Current { get; private set; }
        readonly object IEnumerator.Current => Current;

        public bool MoveNext()
        {
            if (_version != _dict._version)
            {
                throw new PyException("RuntimeError", "dictionary changed size during iteration");
            }
            while (++_slot < _dict._end)
            {
                if (!ReferenceEquals(_dict._keys[_slot], Hole))
                {
                    Current = new(_dict._keys[_slot], _dict._values[_slot]);
                    return true;
                }
            }
            return false;
        }

        public void Reset() => throw new NotSupportedException();
        public readonly void Dispose() { }
    }
}
