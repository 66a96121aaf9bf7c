using System.Globalization;
using System.Numerics;
using System.Text;
using Entrypoint.Jinja.Python;

namespace Entrypoint.Rendering.SeedLibrary;

/// <summary>Python's json.dumps keyword arguments, already validated.</summary>
internal sealed record JsonOptions
{
    public bool SkipKeys { get; init; }
    public bool EnsureAscii { get; init; } = true;
    public bool CheckCircular { get; init; } = true;
    public bool AllowNan { get; init; } = true;
    public bool SortKeys { get; init; }
    /// <summary>The indent unit; null for one line.</summary>
    public string? Indent { get; init; }
    public string ItemSeparator { get; init; } = ", ";
    public string KeySeparator { get; init; } = ": ";
    /// <summary>json.dumps(default=...): called for objects JSON cannot represent.</summary>
    public object? Default { get; init; }
}

/// <summary>
/// json.dumps of Python 3.11 over the template value model: the same text byte for byte (float repr,
/// NaN/Infinity, \uXXXX escapes, key conversion, sorting with Python's ordering) and the same errors.
/// </summary>
internal sealed class JsonEncoder(JsonOptions options)
{
    readonly StringBuilder _out = new();
    readonly HashSet<object> _open = new(ReferenceEqualityComparer.Instance);

    public static string Encode(object? value, JsonOptions options)
    {
        var encoder = new JsonEncoder(options);
        encoder.Write(value, 0);
        return encoder._out.ToString();
    }

    void Write(object? value, int level)
    {
        switch (value)
        {
            case string s:
                WriteString(s);
                return;
            case null:
                _out.Append("null");
                return;
            case bool b:
                _out.Append(b ? "true" : "false");
                return;
            case long or int or BigInteger:
                _out.Append(PyRepr.Repr(value));
                return;
            case double d:
                _out.Append(FloatText(d));
                return;
            case PyList or PyTuple:
                WriteArray((IReadOnlyList<object?>)value, level);
                return;
            case PyDict dict:
                WriteObject(dict, level);
                return;
            case IPyObject { TypeName: "Markup" } markup:
                // markupsafe.Markup is a str subclass.
                WriteString(markup.Str());
                return;
        }
        if (options.Default is null)
        {
            throw PyException.TypeError($"Object of type {PyOps.TypeName(value)} is not JSON serializable");
        }
        Enter(value!);
        Write(PyOps.Call(options.Default, [value], PythonSignature.NoKeywords), level);
        Leave(value!);
    }

    void WriteArray(IReadOnlyList<object?> items, int level)
    {
        if (items.Count == 0)
        {
            _out.Append("[]");
            return;
        }
        Enter(items);
        _out.Append('[');
        string separator = OpenLevel(ref level);
        for (int i = 0; i < items.Count; i++)
        {
            if (i > 0) _out.Append(separator);
            Write(items[i], level);
        }
        CloseLevel(level);
        _out.Append(']');
        Leave(items);
    }

    void WriteObject(PyDict dict, int level)
    {
        if (dict.Count == 0)
        {
            _out.Append("{}");
            return;
        }
        Enter(dict);
        _out.Append('{');
        string separator = OpenLevel(ref level);
        bool first = true;
        foreach (var (key, value) in Items(dict))
        {
            string? name = KeyText(key);
            if (name is null) continue;
            if (!first) _out.Append(separator);
            first = false;
            WriteString(name);
            _out.Append(options.KeySeparator);
            Write(value, level);
        }
        CloseLevel(level);
        _out.Append('}');
        Leave(dict);
    }

    // sorted(dct.items()): a list of (key, value) tuples sorted by Python's list.sort, errors and all.
    IEnumerable<KeyValuePair<object?, object?>> Items(PyDict dict)
    {
        if (!options.SortKeys) return dict;
        var items = new PyList(dict.Select(kv => (object?)new PyTuple(kv.Key, kv.Value)));
        PyOps.TryGetAttr(items, "sort", out var sort);
        PyOps.Call(sort, [], PythonSignature.NoKeywords);
        return items.Select(item => new KeyValuePair<object?, object?>(((PyTuple)item!)[0], ((PyTuple)item!)[1]));
    }

    string? KeyText(object? key) => key switch
    {
        string s => s,
        IPyObject { TypeName: "Markup" } markup => markup.Str(),
        double d => FloatText(d),
        bool b => b ? "true" : "false",
        null => "null",
        long or int or BigInteger => PyRepr.Repr(key),
        _ when options.SkipKeys => null,
        _ => throw PyException.TypeError($"keys must be str, int, float, bool or None, not {PyOps.TypeName(key)}"),
    };

    string OpenLevel(ref int level)
    {
        if (options.Indent is null) return options.ItemSeparator;
        level++;
        string newline = "\n" + Repeat(options.Indent, level);
        _out.Append(newline);
        return options.ItemSeparator + newline;
    }

    void CloseLevel(int level)
    {
        if (options.Indent is not null) _out.Append('\n').Append(Repeat(options.Indent, level - 1));
    }

    static string Repeat(string unit, int times) => times <= 0 ? "" : new StringBuilder(unit.Length * times).Insert(0, unit, times).ToString();

    void Enter(object container)
    {
        if (options.CheckCircular && !_open.Add(container)) throw PyException.ValueError("Circular reference detected");
    }

    void Leave(object container) => _open.Remove(container);

    string FloatText(double d)
    {
        if (double.IsFinite(d)) return PyRepr.Repr(d);
        if (!options.AllowNan)
        {
            // The one-line encoder (C) says no more; the indenting one (pure Python) names the value.
            string message = "Out of range float values are not JSON compliant";
            throw PyException.ValueError(options.Indent is null ? message : message + ": " + PyRepr.Repr(d));
        }
        return double.IsNaN(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity";
    }

    void WriteString(string s)
    {
        _out.Append('"');
        foreach (char c in s)
        {
            switch (c)
            {
                case '"': _out.Append("\\\""); break;
                case '\\': _out.Append("\\\\"); break;
                case '\n': _out.Append("\\n"); break;
                case '\r': _out.Append("\\r"); break;
                case '\t': _out.Append("\\t"); break;
                case '\b': _out.Append("\\b"); break;
                case '\f': _out.Append("\\f"); break;
                default:
                    // UTF-16 code units are exactly the \uXXXX units json writes (surrogate pairs included).
                    if (c < ' ' || (options.EnsureAscii && c > '~'))
                    {
                        _out.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        _out.Append(c);
                    }
                    break;
            }
        }
        _out.Append('"');
    }
}
