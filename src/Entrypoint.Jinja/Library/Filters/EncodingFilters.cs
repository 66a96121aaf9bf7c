using System.Globalization;
using System.Numerics;
using System.Text;
using Entrypoint.Jinja.Python;
using Entrypoint.Jinja.Runtime;
using static Entrypoint.Jinja.Library.Filters.FilterSupport;

namespace Entrypoint.Jinja.Library.Filters;

/// <summary>tojson, pprint, urlencode: values turned into JSON, Python source or URL text.</summary>
internal static class EncodingFilters
{
    public static object? ToJson(RenderContext rc, object? value, CallArguments args)
    {
        var p = Params.Bind(args, "do_tojson", ["indent"], [null]);
        int? indent = p[0] is null ? null : (int)Params.ToInt(p[0]);
        var sb = new StringBuilder();
        WriteJson(sb, value, indent, 0);
        // htmlsafe_json_dumps: make the JSON safe inside HTML and <script>.
        sb.Replace("<", "\\u003c").Replace(">", "\\u003e").Replace("&", "\\u0026").Replace("'", "\\u0027");
        return new Markup(sb.ToString());
    }

    static void WriteJson(StringBuilder sb, object? value, int? indent, int level)
    {
        switch (value)
        {
            case null: sb.Append("null"); break;
            case bool b: sb.Append(b ? "true" : "false"); break;
            case long or BigInteger: sb.Append(PyRepr.Repr(value)); break;
            case double d:
                sb.Append(double.IsNaN(d) ? "NaN" : double.IsPositiveInfinity(d) ? "Infinity" : double.IsNegativeInfinity(d) ? "-Infinity" : PyRepr.Repr(d));
                break;
            case string s: WriteString(sb, s); break;
            case Markup m: WriteString(sb, m.Value); break;
            case PyDict d:
                var keys = d.Select(kv => kv).ToList();
                keys = [.. keys.OrderBy(kv => JsonKey(kv.Key), StringComparer.Ordinal)];
                WriteContainer(sb, '{', '}', keys.Count, indent, level, i =>
                {
                    WriteString(sb, JsonKey(keys[i].Key));
                    sb.Append(": ");
                    WriteJson(sb, keys[i].Value, indent, level + 1);
                });
                break;
            case PyList or PyTuple:
                var items = ToList(value);
                WriteContainer(sb, '[', ']', items.Count, indent, level, i => WriteJson(sb, items[i], indent, level + 1));
                break;
            default:
                throw PyException.TypeError($"Object of type {PyOps.TypeName(value)} is not JSON serializable");
        }
    }

    static string JsonKey(object? key) => key switch
    {
        string s => s,
        null => "null",
        bool b => b ? "true" : "false",
        long or double or BigInteger => PyRepr.Repr(key),
        _ => throw PyException.TypeError($"keys must be str, int, float, bool or None, not {PyOps.TypeName(key)}"),
    };

    static void WriteContainer(StringBuilder sb, char open, char close, int count, int? indent, int level, Action<int> item)
    {
        sb.Append(open);
        if (count == 0)
        {
            sb.Append(close);
            return;
        }
        for (int i = 0; i < count; i++)
        {
            if (i > 0)
                sb.Append(indent is null ? ", " : ",");
            if (indent is int n)
                sb.Append('\n').Append(' ', n * (level + 1));
            item(i);
        }
        if (indent is int m)
            sb.Append('\n').Append(' ', m * level);
        sb.Append(close);
    }

    static void WriteString(StringBuilder sb, string s)
    {
        sb.Append('"');
        foreach (char c in s)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case '\b': sb.Append("\\b"); break;
                case '\f': sb.Append("\\f"); break;
                default:
                    if (c < 0x20 || c > 0x7e)
                        sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else
                        sb.Append(c);
                    break;
            }
        }
        sb.Append('"');
    }

    public static object? Pprint(RenderContext rc, object? value, CallArguments args)
    {
        Params.None(args, "do_pprint");
        return PrettyPrint.Format(value);
    }

    public static object? UrlEncode(RenderContext rc, object? value, CallArguments args)
    {
        Params.None(args, "do_urlencode");
        if (value is string or Markup or long or double or bool or null or BigInteger)
            return Quote(PyRepr.Str(value), "/");
        IEnumerable<object?> items = value is PyDict d ? d.Select(kv => (object?)new PyTuple(kv.Key, kv.Value)) : PyOps.Iterate(value);
        var parts = new List<string>();
        foreach (var item in items)
        {
            var pair = ToList(item);
            if (pair.Count != 2)
                throw PyException.ValueError($"too many values to unpack (expected 2)");
            parts.Add(Quote(PyRepr.Str(pair[0]), "").Replace("%20", "+") + "=" + Quote(PyRepr.Str(pair[1]), "").Replace("%20", "+"));
        }
        return string.Join('&', parts);
    }

    /// <summary>urllib.parse.quote over UTF-8 bytes.</summary>
    static string Quote(string s, string safe)
    {
        var sb = new StringBuilder();
        foreach (byte b in Encoding.UTF8.GetBytes(s))
        {
            char c = (char)b;
            if (char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '-' or '~' || (b < 128 && safe.Contains(c)))
                sb.Append(c);
            else
                sb.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
        }
        return sb.ToString();
    }
}
