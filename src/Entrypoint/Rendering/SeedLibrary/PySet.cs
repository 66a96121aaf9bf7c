using System.Text;
using Entrypoint.Jinja.Python;

namespace Entrypoint.Rendering.SeedLibrary;

/// <summary>
/// Python's set, as the seed's set filters return it: prints as <c>{1, 2}</c> or <c>set()</c>, supports
/// len, in, iteration, truthiness and ==, is unhashable and not JSON serializable.
/// Iteration order: while every member has a process-independent CPython hash (ints, floats, tuples of
/// them) the members sit in a model of CPython's own table and iterate exactly as CPython's set does;
/// a member whose CPython hash varies per process (str, None, dates) switches the set to first-insertion
/// order, which is deterministic where CPython's is not.
/// </summary>
public sealed class PySet : IPyObject
{
    CPythonSetTable? _table = new();
    PyDict? _inserted;

    public string TypeName => "set";

    public int Count => _table?.Count ?? _inserted!.Count;

    /// <summary>set(iterable), following set_update_internal's branches for sets, dicts and other iterables.</summary>
    public static PySet From(IEnumerable<object?> items, object? source)
    {
        var set = new PySet();
        switch (source)
        {
            case PySet other:
                set.Merge(other);
                break;
            case PyDict dict:
                set._table?.ReserveFor(dict.Count);
                foreach (var item in items) set.Add(item);
                break;
            default:
                foreach (var item in items) set.Add(item);
                break;
        }
        return set;
    }

    public PySet Copy()
    {
        var copy = new PySet();
        copy.Merge(this);
        return copy;
    }

    /// <summary>set.add: raises TypeError for an unhashable item, as Python does.</summary>
    public void Add(object? item)
    {
        PyOps.Hash(item);
        if (_table is not null && CPythonHash.TryGet(item, out long hash))
        {
            _table.Add(item, hash);
            return;
        }
        var inserted = InsertionOrdered();
        if (!inserted.ContainsKey(item)) inserted.Set(item, null);
    }

    /// <summary>set.discard; true when the item was there.</summary>
    public bool Discard(object? item)
    {
        PyOps.Hash(item);
        if (_table is not null)
        {
            return CPythonHash.TryGet(item, out long hash) && _table.Discard(item, hash);
        }
        return _inserted!.Remove(item);
    }

    /// <summary>set |= other, with CPython's merge when both sides are in table order.</summary>
    public void Merge(PySet other)
    {
        if (_table is not null && other._table is not null)
        {
            _table.Merge(other._table);
            return;
        }
        foreach (var item in other.Iterate()) Add(item);
    }

    public bool Contains(object? item)
    {
        PyOps.Hash(item);
        if (_table is not null)
        {
            return CPythonHash.TryGet(item, out long hash) && _table.Contains(item, hash);
        }
        return _inserted!.ContainsKey(item);
    }

    public IEnumerable<object?> Iterate() => _table is not null ? _table.Entries().Select(e => e.Key) : _inserted!.Keys;

    PyDict InsertionOrdered()
    {
        if (_inserted is null)
        {
            _inserted = new PyDict();
            foreach (var (key, _) in _table!.Entries()) _inserted.Set(key, null);
            _table = null;
        }
        return _inserted;
    }

    public int Length() => Count;

    public bool IsTruthy() => Count != 0;

    public string Repr()
    {
        if (Count == 0) return "set()";
        var sb = new StringBuilder("{");
        bool first = true;
        foreach (var item in Iterate())
        {
            if (!first) sb.Append(", ");
            first = false;
            PyRepr.AppendRepr(sb, item);
        }
        return sb.Append('}').ToString();
    }

    public string Str() => Repr();

    public bool PyEquals(object? other) =>
        other is PySet set && set.Count == Count && Iterate().All(set.Contains);

    public int PyHash() => throw PyException.TypeError("unhashable type: 'set'");
}
