using System.Globalization;
using System.Numerics;
using System.Text;

namespace Entrypoint.Jinja.Python;

/// <summary>str(x) and repr(x) exactly as Python prints them.</summary>
public static class PyRepr
{
    // Containers being printed on this thread, so a self-containing list prints as [...] like Python.
    [ThreadStatic] private static List<object>? s_active;

    /// <summary>str(x).</summary>
    public static string Str(object? value) => value switch
    {
        string s => s,
        null => "None",
        long l => l.ToString(CultureInfo.InvariantCulture),
        bool b => b ? "True" : "False",
        double d => PyFloatRepr.Format(d),
        IPyObject o => o.Str(),
        _ => Repr(value),
    };

    /// <summary>repr(x).</summary>
    public static string Repr(object? value)
    {
        switch (value)
        {
            case null: return "None";
            case string s: return StrRepr(s);
            case long l: return l.ToString(CultureInfo.InvariantCulture);
            case bool b: return b ? "True" : "False";
            case double d: return PyFloatRepr.Format(d);
            case BigInteger bi: return bi.ToString(CultureInfo.InvariantCulture);
            case int i: return i.ToString(CultureInfo.InvariantCulture);
            case IPyObject o: return o.Repr();
            case PyList or PyTuple or PyDict:
                {
                    var sb = new StringBuilder();
                    AppendRepr(sb, value);
                    return sb.ToString();
                }
            case PySlice sl: return "slice(" + Repr(sl.Start) + ", " + Repr(sl.Stop) + ", " + Repr(sl.Step) + ")";
            case PyCallable: return "<built-in method>";
            case PyGenerator g: return g.Repr();
            case IEnumerable<object?>: return "<generator object>";
            default: return value.ToString() ?? "";
        }
    }

    /// <summary>Appends repr(x), recursing into containers without intermediate strings.</summary>
    public static void AppendRepr(StringBuilder sb, object? value)
    {
        switch (value)
        {
            case PyList l:
                AppendSequence(sb, l, l, '[', ']', false);
                return;
            case PyTuple t:
                AppendSequence(sb, t, t, '(', ')', t.Count == 1);
                return;
            case PyDict d:
                AppendDict(sb, d);
                return;
            case string s:
                AppendStrRepr(sb, s);
                return;
            default:
                sb.Append(Repr(value));
                return;
        }
    }

    private static bool Enter(object container)
    {
        PyRecursionGuard.Enter(" while getting the repr of an object");
        s_active ??= [];
        foreach (var c in s_active)
        {
            if (ReferenceEquals(c, container))
            {
                PyRecursionGuard.Leave();
                return false;
            }
        }
        s_active.Add(container);
        return true;
    }

    private static void Leave()
    {
        s_active!.RemoveAt(s_active.Count - 1);
        PyRecursionGuard.Leave();
    }

    private static void AppendSequence(StringBuilder sb, object container, IReadOnlyList<object?> items, char open, char close, bool trailingComma)
    {
        if (!Enter(container))
        {
            sb.Append(open).Append("...").Append(close);
            return;
        }
        try
        {
            sb.Append(open);
            for (int i = 0; i < items.Count; i++)
            {
                if (i > 0)
                {
                    sb.Append(", ");
                }
                AppendRepr(sb, items[i]);
            }
            if (trailingComma)
            {
                sb.Append(',');
            }
            sb.Append(close);
        }
        finally
        {
            Leave();
        }
    }

    private static void AppendDict(StringBuilder sb, PyDict d)
    {
        if (!Enter(d))
        {
            sb.Append("{...}");
            return;
        }
        try
        {
            sb.Append('{');
            bool first = true;
            foreach (var kv in d)
            {
                if (!first)
                {
                    sb.Append(", ");
                }
                first = false;
                AppendRepr(sb, kv.Key);
                sb.Append(": ");
                AppendRepr(sb, kv.Value);
            }
            sb.Append('}');
        }
        finally
        {
            Leave();
        }
    }

    /// <summary>repr(str): single quotes unless the text has ' and no ", escapes for non-printables.</summary>
    public static string StrRepr(string s)
    {
        var sb = new StringBuilder(s.Length + 2);
        AppendStrRepr(sb, s);
        return sb.ToString();
    }

    public static void AppendStrRepr(StringBuilder sb, string s)
    {
        char quote = s.Contains('\'') && !s.Contains('"') ? '"' : '\'';
        sb.Append(quote);
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c == quote || c == '\\')
            {
                sb.Append('\\').Append(c);
            }
            else if (c == '\t')
            {
                sb.Append("\\t");
            }
            else if (c == '\n')
            {
                sb.Append("\\n");
            }
            else if (c == '\r')
            {
                sb.Append("\\r");
            }
            else if (c >= ' ' && c < 0x7f)
            {
                sb.Append(c);
            }
            else if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                int cp = char.ConvertToUtf32(c, s[i + 1]);
                if (PyUnicode.IsPrintable(cp))
                {
                    sb.Append(c).Append(s[i + 1]);
                }
                else
                {
                    sb.Append("\\U").Append(cp.ToString("x8", CultureInfo.InvariantCulture));
                }
                i++;
            }
            else if (PyUnicode.IsPrintable(c))
            {
                sb.Append(c);
            }
            else if (c < 0x100)
            {
                sb.Append("\\x").Append(((int)c).ToString("x2", CultureInfo.InvariantCulture));
            }
            else
            {
                sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
        }
        sb.Append(quote);
    }
}
