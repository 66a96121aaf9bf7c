using Entrypoint.Jinja.Python;

namespace Entrypoint.Configuration;

/// <summary>
/// How a later -V file combines with the earlier ones: mappings merge key by key, at any depth; anything else
/// (lists included) is replaced by the later value. Keys keep the position they first had.
/// </summary>
public static class VariableMerge
{
    /// <summary>
    /// A new dict; the inputs are left as they are, so a mapping shared through a YAML alias does not
    /// change behind the other places that use it.
    /// </summary>
    public static PyDict Merge(PyDict earlier, PyDict later)
    {
        var merged = earlier.Copy();
        foreach (var (key, value) in later)
        {
            if (value is PyDict laterChild && merged.TryGetValue(key, out var existing) && existing is PyDict earlierChild)
            {
                merged[key] = Merge(earlierChild, laterChild);
            }
            else
            {
                merged[key] = value;
            }
        }
        return merged;
    }
}
