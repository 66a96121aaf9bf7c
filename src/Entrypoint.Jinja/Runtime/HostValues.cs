using System.Collections;
using System.Numerics;
using Entrypoint.Jinja.Python;

namespace Entrypoint.Jinja.Runtime;

/// <summary>Converts the plain .NET values a host passes to Render into the engine's Python values.</summary>
internal static class HostValues
{
    public static object? Convert(object? value) => value switch
    {
        null or string or bool or long or double or PyList or PyTuple or PyDict or IPyObject or PyCallable => value,
        int i => (long)i,
        short s => (long)s,
        byte b => (long)b,
        uint u => (long)u,
        ulong ul => PyInt.Normalize(new BigInteger(ul)),
        BigInteger big => PyInt.Normalize(big),
        float f => (double)f,
        decimal d => (double)d,
        char c => c.ToString(),
        IDictionary<string, object?> dict => ConvertDict(dict),
        IReadOnlyDictionary<string, object?> dict => ConvertDict(dict),
        IDictionary dict => ConvertDict(dict),
        IEnumerable<object?> list => ConvertList(list),
        IEnumerable list => ConvertList(list.Cast<object?>()),
        _ => value,
    };

    static PyDict ConvertDict(IEnumerable<KeyValuePair<string, object?>> dict)
    {
        var result = new PyDict();
        foreach (var kv in dict)
            result.Set(kv.Key, Convert(kv.Value));
        return result;
    }

    static PyDict ConvertDict(IDictionary dict)
    {
        var result = new PyDict();
        foreach (DictionaryEntry kv in dict)
            result.Set(Convert(kv.Key), Convert(kv.Value));
        return result;
    }

    static PyList ConvertList(IEnumerable<object?> list)
    {
        var result = new PyList();
        foreach (var item in list)
            result.Add(Convert(item));
        return result;
    }
}
