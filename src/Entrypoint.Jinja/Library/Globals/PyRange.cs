using Entrypoint.Jinja.Python;

namespace Entrypoint.Jinja.Library.Globals;

/// <summary>Python's range object: lazy, sized, indexable, sliceable, printable as range(a, b[, c]).</summary>
internal sealed class PyRange(long start, long stop, long step) : IPyObject
{
    /// <summary>Iterating more than this many items ends the render instead of exhausting memory or time.</summary>
    public const long MaxIterated = 10_000_000;

    public long Count => step > 0
        ? (stop > start ? (stop - start - 1) / step + 1 : 0)
        : (stop < start ? (start - stop - 1) / -step + 1 : 0);

    public static object? Create(IReadOnlyList<object?> args, IReadOnlyList<KeyValuePair<string, object?>> kwargs)
    {
        if (kwargs.Count > 0)
            throw PyException.TypeError("range() takes no keyword arguments");
        if (args.Count is 0 or > 3)
            throw PyException.TypeError(args.Count == 0 ? "range expected at least 1 argument, got 0" : $"range expected at most 3 arguments, got {args.Count}");
        // Python keeps such a range lazily, but its len() and iteration raise this; we raise it at once.
        if (args.Any(a => a is System.Numerics.BigInteger))
            throw PyException.Overflow("Python int too large to convert to C ssize_t");
        var n = args.Select(a => PyInt.ToIndex(a, $"'{PyOps.TypeName(a)}' object cannot be interpreted as an integer")).ToArray();
        if (n.Length == 3 && n[2] == 0)
            throw PyException.ValueError("range() arg 3 must not be zero");
        return n.Length switch
        {
            1 => new PyRange(0, n[0], 1),
            2 => new PyRange(n[0], n[1], 1),
            _ => new PyRange(n[0], n[1], n[2]),
        };
    }

    public string TypeName => "range";
    public string Repr() => step == 1 ? $"range({start}, {stop})" : $"range({start}, {stop}, {step})";
    public bool IsTruthy() => Count > 0;
    public int Length() => Count > int.MaxValue ? throw PyException.Overflow("Python int too large to convert to C ssize_t") : (int)Count;

    public IEnumerable<object?> Iterate()
    {
        if (Count > MaxIterated)
            throw new PyException("MemoryError", $"range of {Count} items is too large to iterate here (limit {MaxIterated})");
        return Items();
    }

    IEnumerable<object?> Items()
    {
        long n = Count;
        for (long i = 0; i < n; i++)
            yield return start + i * step;
    }

    public bool Contains(object? item)
    {
        if (item is not (long or bool))
            return Items().Take((int)Math.Min(Count, MaxIterated)).Any(x => PyOps.Equal(x, item));
        long v = item is bool b ? (b ? 1 : 0) : (long)item;
        if (step > 0 ? v < start || v >= stop : v > start || v <= stop)
            return false;
        return (v - start) % step == 0;
    }

    public object? GetItem(object? key)
    {
        if (key is PySlice s)
        {
            var (sliceStart, sliceStep, count) = PyOps.SliceIndices((int)Math.Min(Count, int.MaxValue), s.Start, s.Stop, s.Step);
            long newStart = start + sliceStart * step;
            long newStep = step * sliceStep;
            return new PyRange(newStart, newStart + count * newStep, newStep);
        }
        long i = PyInt.ToIndex(key, $"range indices must be integers or slices, not {PyOps.TypeName(key)}");
        if (i < 0)
            i += Count;
        if (i < 0 || i >= Count)
            throw PyException.IndexError("range object index out of range");
        return start + i * step;
    }

    public bool PyEquals(object? other) => other is PyRange r && (Count == 0 ? r.Count == 0 : Repr() == r.Repr());
    public int PyHash() => Repr().GetHashCode(StringComparison.Ordinal);
}
