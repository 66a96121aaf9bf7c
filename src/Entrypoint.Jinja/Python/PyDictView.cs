using System.Text;

namespace Entrypoint.Jinja.Python;

/// <summary>dict.keys(), dict.values() and dict.items(): live views over a <see cref="PyDict"/>.</summary>
public sealed class PyDictView : IPyObject
{
    public enum ViewKind { Keys, Values, Items }

    public PyDictView(PyDict dict, ViewKind kind)
    {
        Dict = dict;
        Kind = kind;
    }

    public PyDict Dict { get; }
    public ViewKind Kind { get; }

    public string TypeName => Kind switch
    {
        ViewKind.Keys => "dict_keys",
        ViewKind.Values => "dict_values",
        _ => "dict_items",
    };

    public IEnumerable<object?> Iterate()
    {
        foreach (var kv in Dict)
        {
            yield return Kind switch
            {
                ViewKind.Keys => kv.Key,
                ViewKind.Values => kv.Value,
                _ => new PyTuple(kv.Key, kv.Value),
            };
        }
    }

    public int Length() => Dict.Count;

    public bool IsTruthy() => Dict.Count != 0;

    public bool Contains(object? item)
    {
        switch (Kind)
        {
            case ViewKind.Keys:
                return Dict.ContainsKey(item);
            case ViewKind.Items:
                return item is PyTuple { Count: 2 } t && Dict.TryGetValue(t[0], out var v) && PyOps.Equal(v, t[1]);
            default:
                return PyOps.ContainsByIteration(Iterate(), item);
        }
    }

    public string Repr()
    {
        var sb = new StringBuilder(TypeName).Append("([");
        bool first = true;
        foreach (var x in Iterate())
        {
            if (!first)
            {
                sb.Append(", ");
            }
            first = false;
            PyRepr.AppendRepr(sb, x);
        }
        return sb.Append("])").ToString();
    }

    public string Str() => Repr();

    public int PyHash() => throw PyException.TypeError("unhashable type: '" + TypeName + "'");
}
