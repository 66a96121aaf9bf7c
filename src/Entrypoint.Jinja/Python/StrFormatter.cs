using System.Text;

namespace Entrypoint.Jinja.Python;

/// <summary>
/// str.format: literal text with {{ }} escapes, replacement fields with auto/positional/keyword names,
/// .attribute and [index] access, !r/!s/!a conversions and format specs that may nest fields (two levels).
/// Parsing follows CPython's MarkupIterator so errors come out at the same point with the same words.
/// </summary>
internal sealed class StrFormatter
{
    private readonly IReadOnlyList<object?> _args;
    private readonly IReadOnlyList<KeyValuePair<string, object?>> _kwargs;
    private int _autoNumber;
    private int _state; // 0 = unset, 1 = automatic numbering, 2 = manual

    private StrFormatter(IReadOnlyList<object?> args, IReadOnlyList<KeyValuePair<string, object?>> kwargs)
    {
        _args = args;
        _kwargs = kwargs;
    }

    public static string Format(string template, IReadOnlyList<object?> args, IReadOnlyList<KeyValuePair<string, object?>> kwargs) =>
        new StrFormatter(args, kwargs).Build(template, 2);

    private string Build(string s, int depth)
    {
        if (depth <= 0)
        {
            throw PyException.ValueError("Max string recursion exceeded");
        }
        var sb = new StringBuilder(s.Length + 16);
        int pos = 0;
        while (pos < s.Length)
        {
            int start = pos;
            char c = '\0';
            bool markup = false;
            while (pos < s.Length)
            {
                c = s[pos++];
                if (c is '{' or '}')
                {
                    markup = true;
                    break;
                }
            }
            bool atEnd = pos >= s.Length;
            int len = pos - start;
            if (markup && c == '}' && (atEnd || s[pos] != '}'))
            {
                throw PyException.ValueError("Single '}' encountered in format string");
            }
            if (markup && atEnd && c == '{')
            {
                throw PyException.ValueError("Single '{' encountered in format string");
            }
            if (markup)
            {
                if (s[pos] == c)
                {
                    // An escaped brace: keep one, no field follows.
                    pos++;
                    markup = false;
                }
                else
                {
                    len--;
                }
            }
            sb.Append(s, start, len);
            if (!markup)
            {
                continue;
            }
            ParseField(s, ref pos, out string name, out char conversion, out string spec, out bool nested);
            RenderField(sb, name, conversion, spec, nested, depth);
        }
        return sb.ToString();
    }

    /// <summary>CPython 3.11's parse_field: the field name, then an optional !conversion and :spec up to the matching brace.</summary>
    private static void ParseField(string s, ref int pos, out string name, out char conversion, out string spec, out bool nested)
    {
        int start = pos;
        char c = '\0';
        conversion = '\0';
        spec = "";
        nested = false;
        while (pos < s.Length)
        {
            c = s[pos++];
            if (c == '{')
            {
                throw PyException.ValueError("unexpected '{' in field name");
            }
            if (c == '[')
            {
                while (pos < s.Length && s[pos] != ']')
                {
                    pos++;
                }
                continue;
            }
            if (c is '}' or ':' or '!')
            {
                break;
            }
        }
        name = s[start..Math.Max(start, pos - 1)];
        if (c is '!' or ':')
        {
            if (c == '!')
            {
                if (pos >= s.Length)
                {
                    throw PyException.ValueError("end of string while looking for conversion specifier");
                }
                conversion = s[pos++];
                if (pos < s.Length)
                {
                    c = s[pos++];
                    if (c == '}')
                    {
                        return;
                    }
                    if (c != ':')
                    {
                        throw PyException.ValueError("expected ':' after conversion specifier");
                    }
                }
            }
            int specStart = pos;
            int count = 1;
            while (pos < s.Length)
            {
                c = s[pos++];
                if (c == '{')
                {
                    nested = true;
                    count++;
                }
                else if (c == '}' && --count == 0)
                {
                    spec = s[specStart..(pos - 1)];
                    return;
                }
            }
            throw PyException.ValueError("unmatched '{' in format spec");
        }
        if (c != '}')
        {
            throw PyException.ValueError("expected '}' before end of string");
        }
    }

    private void RenderField(StringBuilder sb, string name, char conversion, string spec, bool specNeedsExpanding, int depth)
    {
        object? value = Lookup(name);
        value = conversion switch
        {
            '\0' => value,
            'r' => PyRepr.Repr(value),
            's' => PyRepr.Str(value),
            'a' => PyAscii.Ascii(value),
            _ => throw PyException.ValueError("Unknown conversion specifier " +
                (conversion > 32 && conversion < 128 ? conversion.ToString() : "\\x" + ((int)conversion).ToString("x", System.Globalization.CultureInfo.InvariantCulture))),
        };
        if (specNeedsExpanding)
        {
            spec = Build(spec, depth - 1);
        }
        sb.Append(PyFormat.Format(value, spec));
    }

    /// <summary>Resolves "name.attr[key]..." against the arguments.</summary>
    private object? Lookup(string fieldName)
    {
        int i = 0;
        while (i < fieldName.Length && fieldName[i] is not ('.' or '['))
        {
            i++;
        }
        string first = fieldName[..i];
        int index = ParseIndex(first);
        bool empty = first.Length == 0;
        if (empty || index >= 0)
        {
            if (empty && _state == 2)
            {
                throw PyException.ValueError("cannot switch from manual field specification to automatic field numbering");
            }
            if (!empty && _state == 1)
            {
                throw PyException.ValueError("cannot switch from automatic field numbering to manual field specification");
            }
            _state = empty ? 1 : 2;
            if (empty)
            {
                index = _autoNumber++;
            }
        }
        object? obj;
        if (index < 0)
        {
            obj = FindKeyword(first);
        }
        else
        {
            if (index >= _args.Count)
            {
                throw PyException.IndexError("Replacement index " + index + " out of range for positional args tuple");
            }
            obj = _args[index];
        }
        while (i < fieldName.Length)
        {
            char c = fieldName[i++];
            int start = i;
            if (c == '.')
            {
                while (i < fieldName.Length && fieldName[i] is not ('.' or '['))
                {
                    i++;
                }
                string attr = fieldName[start..i];
                if (attr.Length == 0)
                {
                    throw PyException.ValueError("Empty attribute in format string");
                }
                if (!PyOps.TryGetAttr(obj, attr, out var found))
                {
                    throw PyException.AttributeError("'" + PyOps.TypeName(obj) + "' object has no attribute '" + attr + "'");
                }
                obj = found;
            }
            else if (c == '[')
            {
                while (i < fieldName.Length && fieldName[i] != ']')
                {
                    i++;
                }
                if (i >= fieldName.Length)
                {
                    throw PyException.ValueError("Missing ']' in format string");
                }
                string key = fieldName[start..i];
                i++;
                if (key.Length == 0)
                {
                    throw PyException.ValueError("Empty attribute in format string");
                }
                if (i < fieldName.Length && fieldName[i] is not ('.' or '['))
                {
                    throw PyException.ValueError("Only '.' or '[' may follow ']' in format field specifier");
                }
                int k = ParseIndex(key);
                obj = PyOps.GetItem(obj, k >= 0 ? (long)k : key);
            }
            else
            {
                throw PyException.ValueError("Only '.' or '[' may follow ']' in format field specifier");
            }
        }
        return obj;
    }

    private object? FindKeyword(string name)
    {
        foreach (var kv in _kwargs)
        {
            if (kv.Key == name)
            {
                return kv.Value;
            }
        }
        throw PyException.KeyError(name);
    }

    /// <summary>A field name made only of digits is an index; -1 otherwise.</summary>
    private static int ParseIndex(string s)
    {
        if (s.Length == 0)
        {
            return -1;
        }
        long v = 0;
        foreach (char c in s)
        {
            if (c is < '0' or > '9')
            {
                return -1;
            }
            v = v * 10 + (c - '0');
            if (v > int.MaxValue)
            {
                throw PyException.ValueError("Too many decimal digits in format string");
            }
        }
        return (int)v;
    }
}
