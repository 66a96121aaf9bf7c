using Entrypoint.Jinja.Python;

namespace Entrypoint.Rendering.SeedLibrary;

/// <summary>
/// The open-addressing table of CPython 3.11's set (Objects/setobject.c): same probing, growth, dummies
/// and merge shortcuts, so a set of values with process-independent hashes iterates in CPython's order.
/// Only the layout matters here; keys are compared with Python equality.
/// </summary>
internal sealed class CPythonSetTable
{
    const int LinearProbes = 9;
    const int PerturbShift = 5;
    const int MinSize = 8;

    enum Slot : byte { Empty, Active, Dummy }

    struct Entry
    {
        public object? Key;
        public long Hash;
        public Slot State;
    }

    Entry[] _table = new Entry[MinSize];
    int _fill; // active + dummy slots
    int _used; // active slots

    public int Count => _used;

    ulong Mask => (ulong)_table.Length - 1;

    public IEnumerable<(object? Key, long Hash)> Entries()
    {
        var table = _table;
        for (int i = 0; i < table.Length; i++)
        {
            if (table[i].State == Slot.Active) yield return (table[i].Key, table[i].Hash);
        }
    }

    /// <summary>set_add_entry; false when an equal key is already there.</summary>
    public bool Add(object? key, long hash)
    {
        ulong mask = Mask;
        ulong i = (ulong)hash & mask;
        ulong perturb = (ulong)hash;
        long freeSlot = -1;
        while (true)
        {
            int probes = i + LinearProbes <= mask ? LinearProbes : 0;
            ulong j = i;
            do
            {
                ref Entry entry = ref _table[j];
                if (entry.State == Slot.Empty)
                {
                    if (freeSlot >= 0)
                    {
                        _table[freeSlot] = new Entry { Key = key, Hash = hash, State = Slot.Active };
                        _used++;
                        return true;
                    }
                    entry = new Entry { Key = key, Hash = hash, State = Slot.Active };
                    _fill++;
                    _used++;
                    if ((ulong)_fill * 5 >= mask * 3) Resize(_used > 50000 ? _used * 2 : _used * 4);
                    return true;
                }
                if (entry.State == Slot.Active)
                {
                    if (entry.Hash == hash && (ReferenceEquals(entry.Key, key) || PyOps.Equal(entry.Key, key))) return false;
                }
                else if (freeSlot < 0)
                {
                    freeSlot = (long)j;
                }
                j++;
            }
            while (probes-- != 0);
            perturb >>= PerturbShift;
            i = (i * 5 + 1 + perturb) & mask;
        }
    }

    public bool Contains(object? key, long hash) => Find(key, hash) >= 0;

    /// <summary>set_discard_entry: the slot becomes a dummy, which later inserts may reuse.</summary>
    public bool Discard(object? key, long hash)
    {
        long at = Find(key, hash);
        if (at < 0) return false;
        _table[at] = new Entry { Key = null, Hash = -1, State = Slot.Dummy };
        _used--;
        return true;
    }

    /// <summary>set_merge: one resize up front, then a layout copy, clean inserts, or ordinary adds.</summary>
    public void Merge(CPythonSetTable other)
    {
        if (ReferenceEquals(other, this) || other._used == 0) return;
        if ((ulong)(_fill + other._used) * 5 >= Mask * 3) Resize((_used + other._used) * 2);
        if (_fill == 0 && Mask == other.Mask && other._fill == other._used)
        {
            _table = (Entry[])other._table.Clone();
            _fill = other._fill;
            _used = other._used;
            return;
        }
        if (_fill == 0)
        {
            _fill = _used = other._used;
            foreach (var (key, hash) in other.Entries()) InsertClean(_table, key, hash);
            return;
        }
        foreach (var (key, hash) in other.Entries()) Add(key, hash);
    }

    /// <summary>The dict branch of set_update_internal: resize once for the whole dict, then add its keys.</summary>
    public void ReserveFor(int incoming)
    {
        if ((ulong)(_fill + incoming) * 5 >= Mask * 3) Resize((_used + incoming) * 2);
    }

    long Find(object? key, long hash)
    {
        ulong mask = Mask;
        ulong i = (ulong)hash & mask;
        ulong perturb = (ulong)hash;
        while (true)
        {
            int probes = i + LinearProbes <= mask ? LinearProbes : 0;
            ulong j = i;
            do
            {
                ref Entry entry = ref _table[j];
                if (entry.State == Slot.Empty) return -1;
                if (entry.State == Slot.Active && entry.Hash == hash && (ReferenceEquals(entry.Key, key) || PyOps.Equal(entry.Key, key)))
                {
                    return (long)j;
                }
                j++;
            }
            while (probes-- != 0);
            perturb >>= PerturbShift;
            i = (i * 5 + 1 + perturb) & mask;
        }
    }

    void Resize(int minUsed)
    {
        int size = MinSize;
        while (size <= minUsed) size <<= 1;
        var old = _table;
        _table = new Entry[size];
        _fill = _used;
        foreach (var entry in old)
        {
            if (entry.State == Slot.Active) InsertClean(_table, entry.Key, entry.Hash);
        }
    }

    // set_insert_clean: the key is known to be absent and the table has no dummies.
    static void InsertClean(Entry[] table, object? key, long hash)
    {
        ulong mask = (ulong)table.Length - 1;
        ulong i = (ulong)hash & mask;
        ulong perturb = (ulong)hash;
        while (true)
        {
            if (table[i].State == Slot.Empty)
            {
                table[i] = new Entry { Key = key, Hash = hash, State = Slot.Active };
                return;
            }
            if (i + LinearProbes <= mask)
            {
                for (ulong j = i + 1; j <= i + LinearProbes; j++)
                {
                    if (table[j].State == Slot.Empty)
                    {
                        table[j] = new Entry { Key = key, Hash = hash, State = Slot.Active };
                        return;
                    }
                }
            }
            perturb >>= PerturbShift;
            i = (i * 5 + 1 + perturb) & mask;
        }
    }
}
