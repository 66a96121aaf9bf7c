using Entrypoint.Jinja;
using Entrypoint.Jinja.Python;
using Entrypoint.Jinja.Runtime;

namespace Entrypoint.Rendering.SeedLibrary;

/// <summary>
/// The seed's unique, union, intersect, difference and symmetric_difference. Each first tries Python sets
/// (so the result is a <see cref="PySet"/>); when any item is unhashable (the TypeError the seed catches)
/// it falls back to lists that keep first occurrences, consuming one-shot iterables exactly as the seed does.
/// </summary>
internal static class SetFilters
{
    static readonly PythonSignature UniqueSignature = new("unique", "value");
    static readonly PythonSignature UnionSignature = new("union", "value", "other");
    static readonly PythonSignature IntersectSignature = new("intersect", "value", "other");
    static readonly PythonSignature DifferenceSignature = new("difference", "value", "other");
    static readonly PythonSignature SymmetricSignature = new("symmetric_difference", "value", "other");

    public static object? UniqueFilter(RenderContext rc, object? value, CallArguments args)
    {
        var p = UniqueSignature.Bind(WithValue(value, args), args.Named);
        return Unique(SeedIterable.Of(p[0]));
    }

    public static object? UnionFilter(RenderContext rc, object? value, CallArguments args) =>
        Binary(UnionSignature, value, args, Union);

    public static object? IntersectFilter(RenderContext rc, object? value, CallArguments args) =>
        Binary(IntersectSignature, value, args, Intersect);

    public static object? DifferenceFilter(RenderContext rc, object? value, CallArguments args) =>
        Binary(DifferenceSignature, value, args, Difference);

    public static object? SymmetricDifferenceFilter(RenderContext rc, object? value, CallArguments args) =>
        Binary(SymmetricSignature, value, args, SymmetricDifference);

    static object? Binary(PythonSignature signature, object? value, CallArguments args, Func<SeedIterable, SeedIterable, object?> operation)
    {
        var p = signature.Bind(WithValue(value, args), args.Named);
        return operation(SeedIterable.Of(p[0]), SeedIterable.Of(p[1]));
    }

    internal static object?[] WithValue(object? value, CallArguments args)
    {
        var all = new object?[args.Positional.Count + 1];
        all[0] = value;
        for (int i = 0; i < args.Positional.Count; i++) all[i + 1] = args.Positional[i];
        return all;
    }

    static bool IsTypeError(PyException e) => e.PythonType == "TypeError";

    static PySet ToSet(SeedIterable items) => PySet.From(items.Iterate(), items.Value);

    static object? Unique(SeedIterable value)
    {
        try
        {
            return ToSet(value);
        }
        catch (PyException e) when (IsTypeError(e))
        {
            var kept = new PyList();
            foreach (var item in value.Iterate())
            {
                if (!PyOps.ContainsByIteration(kept, item)) kept.Add(item);
            }
            return kept;
        }
    }

    static object? Union(SeedIterable value, SeedIterable other)
    {
        try
        {
            var result = ToSet(value).Copy();
            result.Merge(ToSet(other));
            return result;
        }
        catch (PyException e) when (IsTypeError(e))
        {
            var all = new PyList(value.Iterate());
            all.AddRange(other.Iterate());
            return Unique(SeedIterable.Of(all));
        }
    }

    static object? Intersect(SeedIterable value, SeedIterable other)
    {
        try
        {
            return Intersection(ToSet(value), ToSet(other));
        }
        catch (PyException e) when (IsTypeError(e))
        {
            var kept = new PyList();
            foreach (var item in value.Iterate())
            {
                if (other.Contains(item)) kept.Add(item);
            }
            return Unique(SeedIterable.Of(kept));
        }
    }

    static object? Difference(SeedIterable value, SeedIterable other)
    {
        try
        {
            return Minus(ToSet(value), ToSet(other));
        }
        catch (PyException e) when (IsTypeError(e))
        {
            return Unique(SeedIterable.Of(new ResumableFilter(value.Iterate(), item => !other.Contains(item))));
        }
    }

    static object? SymmetricDifference(SeedIterable value, SeedIterable other)
    {
        try
        {
            var mine = ToSet(value);
            var result = ToSet(other).Copy();
            foreach (var item in mine.Iterate())
            {
                if (!result.Discard(item)) result.Add(item);
            }
            return result;
        }
        catch (PyException e) when (IsTypeError(e))
        {
            // The seed recomputes intersect(value, other) for every item of the union.
            var union = SeedIterable.Of(Union(value, other));
            var outside = new ResumableFilter(union.Iterate(), item => !PyOps.Contains(Intersect(value, other), item));
            return Unique(SeedIterable.Of(outside));
        }
    }

    // set_intersection: walk the smaller set (the argument on a tie), keep what the other holds.
    static PySet Intersection(PySet mine, PySet theirs)
    {
        if (theirs.Count > mine.Count) (mine, theirs) = (theirs, mine);
        var result = new PySet();
        foreach (var item in theirs.Iterate())
        {
            if (mine.Contains(item)) result.Add(item);
        }
        return result;
    }

    // set_difference: copy-and-discard when this set is much larger, else keep what the other lacks.
    static PySet Minus(PySet mine, PySet theirs)
    {
        if (mine.Count == 0) return mine.Copy();
        if ((mine.Count >> 2) > theirs.Count)
        {
            var copy = mine.Copy();
            foreach (var item in theirs.Iterate()) copy.Discard(item);
            return copy;
        }
        var result = new PySet();
        foreach (var item in mine.Iterate())
        {
            if (!theirs.Contains(item)) result.Add(item);
        }
        return result;
    }
}
