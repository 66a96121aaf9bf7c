namespace Entrypoint.Jinja.Python;

/// <summary>
/// Dict keys compare with Python equality and hash, so 1, 1.0 and True are one key and
/// unhashable keys (list, dict) raise TypeError. None is stored as <see cref="NoneKey"/>.
/// </summary>
internal sealed class PyDictKeyComparer : IEqualityComparer<object>
{
    public static readonly PyDictKeyComparer Instance = new();

    /// <summary>Stands for None, because .NET dictionaries reject null keys.</summary>
    public static readonly object NoneKey = new();

    public static object Wrap(object? key) => key ?? NoneKey;

    public static object? Unwrap(object key) => ReferenceEquals(key, NoneKey) ? null : key;

    public new bool Equals(object? x, object? y)
    {
        if (ReferenceEquals(x, y))
        {
            return true;
        }
        if (x is null || y is null)
        {
            return false;
        }
        return PyOps.Equal(Unwrap(x), Unwrap(y));
    }

    public int GetHashCode(object obj) => PyOps.Hash(Unwrap(obj));
}
