using System.Text;
using System.Text.RegularExpressions;
using Entrypoint.Jinja.Python;
using static Entrypoint.Jinja.Library.Filters.FilterSupport;

namespace Entrypoint.Jinja.Library.Filters;

/// <summary>
/// Python's pprint.pformat(value) as Jinja's pprint filter calls it (width 80, indent 1, dict keys sorted):
/// the repr when it fits, otherwise dicts, lists, tuples and strings are broken over lines the way
/// PrettyPrinter._format does it.
/// </summary>
internal static partial class PrettyPrint
{
    const int Width = 80;

    public static string Format(object? value)
    {
        var sb = new StringBuilder();
        FormatValue(value, sb, 0, 0, 0);
        return sb.ToString();
    }

    // pprint's safe repr: dict keys sorted where they compare.
    static string Repr(object? value) => PyRepr.Repr(Sorted(value));

    static void FormatValue(object? value, StringBuilder sb, int indent, int allowance, int level)
    {
        string rep = Repr(value);
        if (PyStr.Length(rep) > Width - indent - allowance)
        {
            switch (value)
            {
                case PyDict d:
                    sb.Append('{');
                    if (d.Count > 0)
                        FormatDictItems(SortedPairs(d), sb, indent, allowance + 1, level + 1);
                    sb.Append('}');
                    return;
                case PyList l:
                    sb.Append('[');
                    FormatItems(l, sb, indent, allowance + 1, level + 1);
                    sb.Append(']');
                    return;
                case PyTuple t:
                    string end = t.Count == 1 ? ",)" : ")";
                    sb.Append('(');
                    FormatItems(t, sb, indent, allowance + end.Length, level + 1);
                    sb.Append(end);
                    return;
                case string s when s.Length > 0:
                    FormatString(s, sb, indent, allowance, level + 1);
                    return;
            }
        }
        sb.Append(rep);
    }

    static void FormatDictItems(List<KeyValuePair<object?, object?>> items, StringBuilder sb, int indent, int allowance, int level)
    {
        indent += 1;
        for (int i = 0; i < items.Count; i++)
        {
            bool last = i == items.Count - 1;
            string rep = Repr(items[i].Key);
            sb.Append(rep).Append(": ");
            FormatValue(items[i].Value, sb, indent + PyStr.Length(rep) + 2, last ? allowance : 1, level);
            if (!last)
                sb.Append(",\n").Append(' ', indent);
        }
    }

    static void FormatItems(IEnumerable<object?> items, StringBuilder sb, int indent, int allowance, int level)
    {
        indent += 1;
        var list = items.ToList();
        for (int i = 0; i < list.Count; i++)
        {
            bool last = i == list.Count - 1;
            if (i > 0)
                sb.Append(",\n").Append(' ', indent);
            FormatValue(list[i], sb, indent, last ? allowance : 1, level);
        }
    }

    [GeneratedRegex(@"\S*\s*")]
    private static partial Regex WordAndSpace();

    // _pprint_str: each line's repr, lines too long split after whitespace, in parentheses at the top level.
    static void FormatString(string s, StringBuilder sb, int indent, int allowance, int level)
    {
        var chunks = new List<string>();
        PyMethods.TryGetMethod(s, "splitlines", out var splitLines);
        var lines = ((PyList)PyOps.Call(splitLines, [true], [])!).Select(line => (string)line!).ToList();
        if (level == 1)
        {
            indent += 1;
            allowance += 1;
        }
        int maxWidth = Width - indent, maxWidth1 = maxWidth;
        string rep = "";
        for (int i = 0; i < lines.Count; i++)
        {
            string line = lines[i];
            rep = PyRepr.Repr(line);
            if (i == lines.Count - 1)
                maxWidth1 -= allowance;
            if (PyStr.Length(rep) <= maxWidth1)
            {
                chunks.Add(rep);
                continue;
            }
            var parts = WordAndSpace().Matches(line).Select(m => m.Value).ToList();
            parts.RemoveAt(parts.Count - 1); // the empty match at the end
            int maxWidth2 = maxWidth;
            string current = "";
            for (int j = 0; j < parts.Count; j++)
            {
                string candidate = current + parts[j];
                if (j == parts.Count - 1 && i == lines.Count - 1)
                    maxWidth2 -= allowance;
                if (PyStr.Length(PyRepr.Repr(candidate)) > maxWidth2)
                {
                    if (current.Length > 0)
                        chunks.Add(PyRepr.Repr(current));
                    current = parts[j];
                }
                else
                    current = candidate;
            }
            if (current.Length > 0)
                chunks.Add(PyRepr.Repr(current));
        }
        if (chunks.Count == 1)
        {
            sb.Append(rep);
            return;
        }
        if (level == 1)
            sb.Append('(');
        for (int i = 0; i < chunks.Count; i++)
        {
            if (i > 0)
                sb.Append('\n').Append(' ', indent);
            sb.Append(chunks[i]);
        }
        if (level == 1)
            sb.Append(')');
    }

    static object? Sorted(object? value) => value switch
    {
        PyDict d => ToDict(SortedPairs(d)),
        PyList l => new PyList(l.Select(Sorted)),
        PyTuple t => new PyTuple(t.Select(Sorted).ToArray()),
        _ => value,
    };

    static PyDict ToDict(List<KeyValuePair<object?, object?>> pairs)
    {
        var result = new PyDict();
        foreach (var kv in pairs)
            result.Set(kv.Key, Sorted(kv.Value));
        return result;
    }

    // sorted(d.items(), key=_safe_tuple): keys that do not compare are ordered by their type's name.
    static List<KeyValuePair<object?, object?>> SortedPairs(PyDict d) =>
        [.. d.OrderBy(kv => kv.Key, Comparer<object?>.Create(SafeCompare))];

    static int SafeCompare(object? a, object? b)
    {
        try
        {
            return PythonCompare(a, b);
        }
        catch (PyException e) when (e.PythonType == "TypeError")
        {
            return string.CompareOrdinal(PyOps.TypeName(a), PyOps.TypeName(b));
        }
    }
}
