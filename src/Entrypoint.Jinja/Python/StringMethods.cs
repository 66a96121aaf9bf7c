using System.Text;

namespace Entrypoint.Jinja.Python;

/// <summary>str methods with Python's semantics (code-point indices, Unicode whitespace, CPython's errors).</summary>
internal static class StringMethods
{
    private static readonly string[] SplitNames = ["sep", "maxsplit"];
    private static readonly string[] KeepEndsNames = ["keepends"];
    private static readonly string[] TabSizeNames = ["tabsize"];

    public static PyCallable? Bind(string s, string name) => name switch
    {
        "split" => (a, k) => Split(s, a, k, false),
        "rsplit" => (a, k) => Split(s, a, k, true),
        "strip" => (a, k) => Strip(s, "strip", a, k, true, true),
        "lstrip" => (a, k) => Strip(s, "lstrip", a, k, true, false),
        "rstrip" => (a, k) => Strip(s, "rstrip", a, k, false, true),
        "startswith" => (a, k) => TailMatch(s, "startswith", a, k, false),
        "endswith" => (a, k) => TailMatch(s, "endswith", a, k, true),
        "replace" => (a, k) => Replace(s, a, k),
        "upper" => (a, k) => { PyArgs.None("str.upper", a, k); return PyCase.Upper(s); },
        "lower" => (a, k) => { PyArgs.None("str.lower", a, k); return PyCase.Lower(s); },
        "title" => (a, k) => { PyArgs.None("str.title", a, k); return PyCase.Title(s); },
        "capitalize" => (a, k) => { PyArgs.None("str.capitalize", a, k); return PyCase.Capitalize(s); },
        "swapcase" => (a, k) => { PyArgs.None("str.swapcase", a, k); return PyCase.SwapCase(s); },
        "casefold" => (a, k) => { PyArgs.None("str.casefold", a, k); return PyCase.CaseFold(s); },
        "format" => (a, k) => PyFormat.StrFormat(s, a, k),
        "format_map" => (a, k) => FormatMap(s, a, k),
        "join" => (a, k) => Join(s, PyArgs.One("str.join", a, k)),
        "find" => (a, k) => Find(s, "find", a, k, false, false),
        "rfind" => (a, k) => Find(s, "rfind", a, k, true, false),
        "index" => (a, k) => Find(s, "index", a, k, false, true),
        "rindex" => (a, k) => Find(s, "rindex", a, k, true, true),
        "count" => (a, k) => Count(s, a, k),
        "zfill" => (a, k) => ZFill(s, PyArgs.One("str.zfill", a, k)),
        "ljust" => (a, k) => Justify(s, "ljust", a, k),
        "rjust" => (a, k) => Justify(s, "rjust", a, k),
        "center" => (a, k) => Justify(s, "center", a, k),
        "splitlines" => (a, k) => SplitLines(s, a, k),
        "partition" => (a, k) => Partition(s, "str.partition", a, k, false),
        "rpartition" => (a, k) => Partition(s, "str.rpartition", a, k, true),
        "expandtabs" => (a, k) => ExpandTabs(s, a, k),
        "removeprefix" => (a, k) => RemoveAffix(s, "removeprefix", a, k, true),
        "removesuffix" => (a, k) => RemoveAffix(s, "removesuffix", a, k, false),
        "isdigit" or "isalpha" or "isalnum" or "isspace" or "islower" or "isupper" or "istitle" or "isdecimal"
            or "isnumeric" or "isascii" or "isidentifier" or "isprintable" => (a, k) =>
            {
                PyArgs.None("str." + name, a, k);
                return StringPredicates.Test(s, name);
            },
        _ => null,
    };

    private static string ArgStr(object? value, string message) =>
        value as string ?? (value is IPyObject o && o.TypeName == "Markup" ? o.Str() : throw PyException.TypeError(message));

    private static PyList Split(string s, IReadOnlyList<object?> args, IReadOnlyList<KeyValuePair<string, object?>> kwargs, bool fromRight)
    {
        string name = fromRight ? "rsplit" : "split";
        var v = PyArgs.Bind(name, args, kwargs, SplitNames, 2);
        object? sepArg = ReferenceEquals(v[0], PyArgs.Missing) ? null : v[0];
        long max = ReferenceEquals(v[1], PyArgs.Missing) ? -1 : PyArgs.Index(v[1]);
        if (max < 0)
        {
            max = long.MaxValue;
        }
        if (sepArg is null)
        {
            return fromRight ? PySplit.RSplitWhitespace(s, max) : PySplit.SplitWhitespace(s, max);
        }
        string sep = ArgStr(sepArg, "must be str or None, not " + PyOps.TypeName(sepArg));
        if (sep.Length == 0)
        {
            throw PyException.ValueError("empty separator");
        }
        return fromRight ? PySplit.RSplit(s, sep, max) : PySplit.Split(s, sep, max);
    }

    private static string Strip(string s, string name, IReadOnlyList<object?> args, IReadOnlyList<KeyValuePair<string, object?>> kwargs, bool left, bool right)
    {
        PyArgs.Positional("str." + name, args, kwargs, 0, 1);
        object? chars = args.Count > 0 ? args[0] : null;
        if (chars is null)
        {
            return PySplit.Trim(s, null, left, right);
        }
        return PySplit.Trim(s, ArgStr(chars, name + " arg must be None or str"), left, right);
    }

    private static bool TailMatch(string s, string name, IReadOnlyList<object?> args, IReadOnlyList<KeyValuePair<string, object?>> kwargs, bool atEnd)
    {
        PyArgs.VarArgs(name, args, kwargs, 1, 3);
        var (start, end) = Bounds(s, args, 1);
        if (args[0] is PyTuple t)
        {
            foreach (var item in t)
            {
                if (item is not string p)
                {
                    throw PyException.TypeError("tuple for " + name + " must only contain str, not " + PyOps.TypeName(item));
                }
                if (Matches(s, p, start, end, atEnd))
                {
                    return true;
                }
            }
            return false;
        }
        if (args[0] is not string affix)
        {
            throw PyException.TypeError(name + " first arg must be str or a tuple of str, not " + PyOps.TypeName(args[0]));
        }
        return Matches(s, affix, start, end, atEnd);
    }

    private static bool Matches(string s, string affix, int start, int end, bool atEnd)
    {
        if (end - affix.Length < start)
        {
            return false;
        }
        return atEnd
            ? string.CompareOrdinal(s, end - affix.Length, affix, 0, affix.Length) == 0
            : string.CompareOrdinal(s, start, affix, 0, affix.Length) == 0;
    }

    /// <summary>start/end arguments at args[i], args[i+1] resolved to UTF-16 offsets (Python's ADJUST_INDICES).</summary>
    private static (int Start, int End) Bounds(string s, IReadOnlyList<object?> args, int i)
    {
        long? a = PyArgs.SliceIndex(PyArgs.Arg(args, i));
        long? b = PyArgs.SliceIndex(PyArgs.Arg(args, i + 1));
        int len = PyStr.Length(s);
        long start = a ?? 0, end = b ?? len;
        if (end > len)
        {
            end = len;
        }
        else if (end < 0)
        {
            end = Math.Max(0, end + len);
        }
        if (start < 0)
        {
            start = Math.Max(0, start + len);
        }
        if (start > len)
        {
            // Past the end: keep it past so every test fails, as in Python.
            return (s.Length + 1, PyStr.Offset(s, (int)end));
        }
        return (PyStr.Offset(s, (int)start), PyStr.Offset(s, (int)end));
    }

    private static string Replace(string s, IReadOnlyList<object?> args, IReadOnlyList<KeyValuePair<string, object?>> kwargs)
    {
        PyArgs.Positional("str.replace", args, kwargs, 2, 3);
        string old = ArgStr(args[0], "replace() argument 1 must be str, not " + PyOps.TypeName(args[0]));
        string repl = ArgStr(args[1], "replace() argument 2 must be str, not " + PyOps.TypeName(args[1]));
        long count = args.Count > 2 ? PyArgs.Index(args[2]) : -1;
        if (count < 0)
        {
            count = long.MaxValue;
        }
        if (old.Length == 0)
        {
            var cps = PyStr.ToCodePoints(s);
            var sb = new StringBuilder();
            long n = 0;
            for (int i = 0; i <= cps.Length; i++)
            {
                if (n < count)
                {
                    sb.Append(repl);
                    n++;
                }
                if (i < cps.Length)
                {
                    sb.Append(cps[i]);
                }
            }
            return sb.ToString();
        }
        if (count == long.MaxValue)
        {
            return s.Replace(old, repl, StringComparison.Ordinal);
        }
        var b = new StringBuilder();
        int pos = 0;
        for (long n = 0; n < count; n++)
        {
            int at = s.IndexOf(old, pos, StringComparison.Ordinal);
            if (at < 0)
            {
                break;
            }
            b.Append(s, pos, at - pos).Append(repl);
            pos = at + old.Length;
        }
        return b.Append(s, pos, s.Length - pos).ToString();
    }

    private static string Join(string sep, object? iterable)
    {
        if (iterable is string or PyList or PyTuple or PyDict or IPyObject or IEnumerable<object?>)
        {
            var sb = new StringBuilder();
            int i = 0;
            foreach (var item in PyOps.Iterate(iterable))
            {
                if (i > 0)
                {
                    sb.Append(sep);
                }
                if (item is not string str)
                {
                    throw PyException.TypeError("sequence item " + i + ": expected str instance, " + PyOps.TypeName(item) + " found");
                }
                sb.Append(str);
                i++;
            }
            return sb.ToString();
        }
        throw PyException.TypeError("can only join an iterable");
    }

    private static object Find(string s, string name, IReadOnlyList<object?> args, IReadOnlyList<KeyValuePair<string, object?>> kwargs, bool fromRight, bool raise)
    {
        PyArgs.VarArgs(name, args, kwargs, 1, 3);
        string sub = ArgStr(args[0], "must be str, not " + PyOps.TypeName(args[0]));
        var (start, end) = Bounds(s, args, 1);
        int at = -1;
        if (end - start >= sub.Length)
        {
            at = fromRight
                ? s.LastIndexOf(sub, end - 1 < 0 ? 0 : end - 1, end - start, StringComparison.Ordinal)
                : s.IndexOf(sub, start, end - start, StringComparison.Ordinal);
            if (fromRight && sub.Length == 0)
            {
                at = end;
            }
        }
        if (at < 0)
        {
            if (raise)
            {
                throw PyException.ValueError("substring not found");
            }
            return -1L;
        }
        return (long)PyStr.CodePointIndex(s, at);
    }

    private static long Count(string s, IReadOnlyList<object?> args, IReadOnlyList<KeyValuePair<string, object?>> kwargs)
    {
        PyArgs.VarArgs("count", args, kwargs, 1, 3);
        string sub = ArgStr(args[0], "must be str, not " + PyOps.TypeName(args[0]));
        var (start, end) = Bounds(s, args, 1);
        if (end - start < sub.Length)
        {
            return 0;
        }
        if (sub.Length == 0)
        {
            return PyStr.Length(s[start..end]) + 1;
        }
        long n = 0;
        for (int at = s.IndexOf(sub, start, end - start, StringComparison.Ordinal); at >= 0 && at + sub.Length <= end;
             at = s.IndexOf(sub, at + sub.Length, end - at - sub.Length, StringComparison.Ordinal))
        {
            n++;
        }
        return n;
    }

    private static string ZFill(string s, object? widthArg)
    {
        long width = PyArgs.Index(widthArg);
        int len = PyStr.Length(s);
        if (width <= len)
        {
            return s;
        }
        int fill = (int)(width - len);
        if (s.Length > 0 && s[0] is '+' or '-')
        {
            return s[0] + new string('0', fill) + s[1..];
        }
        return new string('0', fill) + s;
    }

    private static string Justify(string s, string name, IReadOnlyList<object?> args, IReadOnlyList<KeyValuePair<string, object?>> kwargs)
    {
        PyArgs.Positional("str." + name, args, kwargs, 1, 2);
        long width = PyArgs.Index(args[0]);
        string fill = " ";
        if (args.Count > 1)
        {
            if (args[1] is not string f)
            {
                throw PyException.TypeError("The fill character must be a unicode character, not " + PyOps.TypeName(args[1]));
            }
            if (PyStr.Length(f) != 1)
            {
                throw PyException.TypeError("The fill character must be exactly one character long");
            }
            fill = f;
        }
        int len = PyStr.Length(s);
        if (width <= len)
        {
            return s;
        }
        int total = (int)(width - len);
        int left = name switch
        {
            "ljust" => 0,
            "rjust" => total,
            // CPython's pad(): the odd extra space goes left only when both total and width are odd.
            _ => total / 2 + (total & (int)width & 1),
        };
        var sb = new StringBuilder(s.Length + total * fill.Length);
        for (int i = 0; i < left; i++)
        {
            sb.Append(fill);
        }
        sb.Append(s);
        for (int i = left; i < total; i++)
        {
            sb.Append(fill);
        }
        return sb.ToString();
    }

    private static PyList SplitLines(string s, IReadOnlyList<object?> args, IReadOnlyList<KeyValuePair<string, object?>> kwargs)
    {
        var v = PyArgs.Bind("splitlines", args, kwargs, KeepEndsNames, 1);
        bool keep = !ReferenceEquals(v[0], PyArgs.Missing) && KeepEnds(v[0]);
        return PySplit.Lines(s, keep);
    }

    private static bool KeepEnds(object? value)
    {
        if (value is double)
        {
            throw PyException.TypeError("'float' object cannot be interpreted as an integer");
        }
        if (!PyInt.IsInt(value))
        {
            throw PyException.TypeError("'" + PyOps.TypeName(value) + "' object cannot be interpreted as an integer");
        }
        return PyOps.IsTruthy(value);
    }

    private static PyTuple Partition(string s, string qualName, IReadOnlyList<object?> args, IReadOnlyList<KeyValuePair<string, object?>> kwargs, bool fromRight)
    {
        var arg = PyArgs.One(qualName, args, kwargs);
        string sep = ArgStr(arg, "must be str, not " + PyOps.TypeName(arg));
        if (sep.Length == 0)
        {
            throw PyException.ValueError("empty separator");
        }
        int at = fromRight ? s.LastIndexOf(sep, StringComparison.Ordinal) : s.IndexOf(sep, StringComparison.Ordinal);
        if (at < 0)
        {
            return fromRight ? new PyTuple("", "", s) : new PyTuple(s, "", "");
        }
        return new PyTuple(s[..at], sep, s[(at + sep.Length)..]);
    }

    private static string ExpandTabs(string s, IReadOnlyList<object?> args, IReadOnlyList<KeyValuePair<string, object?>> kwargs)
    {
        var v = PyArgs.Bind("expandtabs", args, kwargs, TabSizeNames, 1);
        long tab = ReferenceEquals(v[0], PyArgs.Missing) ? 8 : PyArgs.Index(v[0]);
        var sb = new StringBuilder(s.Length);
        long col = 0;
        foreach (var o in PyStr.Chars(s))
        {
            string c = (string)o!;
            if (c == "\t")
            {
                if (tab > 0)
                {
                    long n = tab - col % tab;
                    sb.Append(' ', (int)n);
                    col += n;
                }
            }
            else
            {
                sb.Append(c);
                col = c is "\n" or "\r" ? 0 : col + 1;
            }
        }
        return sb.ToString();
    }

    private static string RemoveAffix(string s, string name, IReadOnlyList<object?> args, IReadOnlyList<KeyValuePair<string, object?>> kwargs, bool prefix)
    {
        var arg = PyArgs.One("str." + name, args, kwargs);
        string a = ArgStr(arg, name + "() argument must be str, not " + PyOps.TypeName(arg));
        if (prefix)
        {
            return s.StartsWith(a, StringComparison.Ordinal) ? s[a.Length..] : s;
        }
        return a.Length > 0 && s.EndsWith(a, StringComparison.Ordinal) ? s[..^a.Length] : s;
    }

    private static string FormatMap(string s, IReadOnlyList<object?> args, IReadOnlyList<KeyValuePair<string, object?>> kwargs)
    {
        var mapping = PyArgs.One("str.format_map", args, kwargs);
        if (mapping is not PyDict d)
        {
            throw PyException.TypeError("format_map() argument must be a mapping, not " + PyOps.TypeName(mapping));
        }
        var kw = new List<KeyValuePair<string, object?>>(d.Count);
        foreach (var kv in d)
        {
            if (kv.Key is string key)
            {
                kw.Add(new(key, kv.Value));
            }
        }
        return PyFormat.StrFormat(s, [], kw);
    }
}
