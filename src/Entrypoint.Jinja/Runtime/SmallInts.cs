namespace Entrypoint.Jinja.Runtime;

/// <summary>
/// Boxed ints for -5..256, CPython's small-int cache: loop counters and lengths box without allocating,
/// and identity (<c>is sameas</c>) behaves as in Python, where these are singletons too.
/// </summary>
internal static class SmallInts
{
    const int Min = -5, Max = 256;
    static readonly object[] Boxes = Create();

    static object[] Create()
    {
        var boxes = new object[Max - Min + 1];
        for (int i = 0; i < boxes.Length; i++)
            boxes[i] = (long)(i + Min);
        return boxes;
    }

    public static object Box(long value) => value is >= Min and <= Max ? Boxes[value - Min] : value;
}
