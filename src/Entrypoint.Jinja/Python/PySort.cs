namespace Entrypoint.Jinja.Python;

/// <summary>
/// list.sort: stable, using only `&lt;`, reverse by reversing around the sort as CPython does.
/// Short lists follow timsort's run detection and binary insertion exactly, so a TypeError for
/// mixed types names the same pair of types as Python.
/// </summary>
public static class PySort
{
    public static void Sort(List<object?> items, object? key, bool reverse) =>
        Sort(items, key is null ? null : item => PyOps.Call(key, [item], []), reverse);

    /// <summary>sorted(items, key=key, reverse=reverse) in place, with a .NET key function.</summary>
    public static void Sort(List<object?> items, Func<object?, object?>? key, bool reverse)
    {
        int n = items.Count;
        var keys = new object?[n];
        var values = items.ToArray();
        for (int i = 0; i < n; i++)
        {
            keys[i] = key is null ? values[i] : key(values[i]);
        }
        if (reverse)
        {
            Array.Reverse(keys);
            Array.Reverse(values);
        }
        var order = new int[n];
        for (int i = 0; i < n; i++)
        {
            order[i] = i;
        }
        if (n < 64)
        {
            InsertionSort(keys, order);
        }
        else
        {
            MergeSort(keys, order, new int[n], 0, n);
        }
        for (int i = 0; i < n; i++)
        {
            items[i] = values[order[i]];
        }
        if (reverse)
        {
            items.Reverse();
        }
    }

    private static bool Less(object?[] keys, int a, int b) => PyOps.Compare(PyCompareOp.Lt, keys[a], keys[b]);

    private static void InsertionSort(object?[] keys, int[] order)
    {
        int n = order.Length;
        if (n < 2)
        {
            return;
        }
        // count_run: a strictly descending prefix is reversed in place, an ascending one kept.
        int run = 2;
        if (Less(keys, order[1], order[0]))
        {
            while (run < n && Less(keys, order[run], order[run - 1]))
            {
                run++;
            }
            Array.Reverse(order, 0, run);
        }
        else
        {
            while (run < n && !Less(keys, order[run], order[run - 1]))
            {
                run++;
            }
        }
        for (int start = run; start < n; start++)
        {
            int pivot = order[start];
            int l = 0, r = start;
            do
            {
                int p = l + ((r - l) >> 1);
                if (Less(keys, pivot, order[p]))
                {
                    r = p;
                }
                else
                {
                    l = p + 1;
                }
            }
            while (l < r);
            Array.Copy(order, l, order, l + 1, start - l);
            order[l] = pivot;
        }
    }

    private static void MergeSort(object?[] keys, int[] order, int[] tmp, int lo, int hi)
    {
        if (hi - lo < 2)
        {
            return;
        }
        int mid = (lo + hi) >> 1;
        MergeSort(keys, order, tmp, lo, mid);
        MergeSort(keys, order, tmp, mid, hi);
        int i = lo, j = mid, k = lo;
        while (i < mid && j < hi)
        {
            tmp[k++] = Less(keys, order[j], order[i]) ? order[j++] : order[i++];
        }
        while (i < mid)
        {
            tmp[k++] = order[i++];
        }
        while (j < hi)
        {
            tmp[k++] = order[j++];
        }
        Array.Copy(tmp, lo, order, lo, hi - lo);
    }
}
