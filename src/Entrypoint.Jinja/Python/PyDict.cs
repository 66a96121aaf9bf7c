using System.Collections;

namespace Entrypoint.Jinja.Python;

/// <summary>
/// Python's dict: insertion-ordered, keys compared by Python equality (1, 1.0 and True are one key).
/// Entries live in arrays in insertion order; deletions leave holes that are compacted when they pile up.
/// </summary>
/// <remarks>
/// Small dicts (most template data: a server's host, port and weight) find keys by a linear scan and build no
/// hash index: creating one per <c>{}</c> and hashing every string key cost more than the scan (perf, see the
/// Jinja bench). Past <see cref="SmallLimit"/> slots the index is built and used as before.
/// </remarks>
public sealed class PyDict : IEnumerable<KeyValuePair<object?, object?>>
{
    private static readonly object Hole = new();

    private const int SmallLimit = 8;

    private Dictionary<object, int>? _index;
    private object?[] _keys;
    private object?[] _values;
    private int _end;      // slots used, including holes
    private int _count;
    private int _version;  // lets iteration detect a size change, as Python does

    public PyDict() : this(4) { }

    public PyDict(int capacity)
    {
        capacity = Math.Max(capacity, 4);
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

    /// <summary>The slot holding key, or -1.</summary>
    private int Find(object? key)
    {
        if (_index is not null)
        {
            return _index.TryGetValue(PyDictKeyComparer.Wrap(key), out int found) ? found : -1;
        }
        if (key is string s)
        {
            for (int i = 0; i < _end; i++)
            {
                var k = _keys[i];
                if (ReferenceEquals(k, s))
                {
                    return i;
                }
                if (k is string ks)
                {
                    if (ks.Length == s.Length && string.Equals(ks, s))
                    {
                        // Keep the caller's equal instance: templates look keys up by interned names, so the next
                        // lookup matches by reference (CPython interns identifier-like keys too).
                        _keys[i] = s;
                        return i;
                    }
                }
                else if (k is not null && !ReferenceEquals(k, Hole) && PyOps.Equal(k, s))
                {
                    return i;
                }
            }
            return -1;
        }
        EnsureHashable(key);
        for (int i = 0; i < _end; i++)
        {
            var k = _keys[i];
            if (ReferenceEquals(k, key) || (!ReferenceEquals(k, Hole) && PyOps.Equal(k, key)))
            {
                return i;
            }
        }
        return -1;
    }

    // The index would hash the key; without it, unhashable keys must still raise TypeError as in Python.
    private static void EnsureHashable(object? key)
    {
        if (key is not (null or long or bool or double))
        {
            PyOps.Hash(key);
        }
    }

    private void BuildIndex()
    {
        _index = new Dictionary<object, int>(_keys.Length, PyDictKeyComparer.Instance);
        for (int i = 0; i < _end; i++)
        {
            if (!ReferenceEquals(_keys[i], Hole))
            {
                _index[PyDictKeyComparer.Wrap(_keys[i])] = i;
            }
        }
    }

    public bool TryGetValue(object? key, out object? value)
    {
        int slot = Find(key);
        if (slot >= 0)
        {
            value = _values[slot];
            return true;
        }
        value = null;
        return false;
    }

    public bool ContainsKey(object? key) => Find(key) >= 0;

    /// <summary>d[key] = value: an existing key keeps its position and its original key object.</summary>
    public void Set(object? key, object? value)
    {
        int slot = Find(key);
        if (slot >= 0)
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
        _index?[PyDictKeyComparer.Wrap(key)] = _end;
        _end++;
        _count++;
        _version++;
        if (_index is null && _end > SmallLimit)
        {
            BuildIndex();
        }
    }

    public bool Remove(object? key) => Remove(key, out _);

    public bool Remove(object? key, out object? value)
    {
        int slot = Find(key);
        if (slot < 0)
        {
            value = null;
            return false;
        }
        _index?.Remove(PyDictKeyComparer.Wrap(key));
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
        _index = null;
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
            if (_index is not null)
            {
                _index[PyDictKeyComparer.Wrap(_keys[w])] = w;
            }
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
