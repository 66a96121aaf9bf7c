using System.Globalization;
using System.Numerics;
using System.Text;

namespace Entrypoint.Jinja.Python;

/// <summary>printf-style formatting (str % args), following CPython's PyUnicode_Format and its error wording.</summary>
internal sealed class PercentFormat
{
    private readonly object? _args;
    private readonly PyTuple? _tuple;
    private readonly object? _mapping;
    private int _argIndex;
    private int _argCount;

    private PercentFormat(object? args)
    {
        _args = args;
        if (args is PyTuple t)
        {
            _tuple = t;
            _argCount = t.Count;
        }
        else
        {
            // A lone argument: CPython marks it with argidx -2 / arglen -1.
            _argIndex = -2;
            _argCount = -1;
        }
        // Python treats anything subscriptable except tuple and str as the mapping for %(key)s.
        if (args is PyDict or PyList || (args is IPyObject o && o.TypeName != "Markup"))
        {
            _mapping = args;
        }
    }

    public static string Format(string template, object? args) => new PercentFormat(args).Run(template);

    private object? NextArg()
    {
        if (_argIndex < _argCount)
        {
            int i = _argIndex++;
            return _argCount < 0 ? _args : _tuple![i];
        }
        throw PyException.TypeError("not enough arguments for format string");
    }

    private string Run(string s)
    {
        var sb = new StringBuilder(s.Length + 16);
        int pos = 0;
        while (pos < s.Length)
        {
            int pct = s.IndexOf('%', pos);
            if (pct < 0)
            {
                sb.Append(s, pos, s.Length - pos);
                break;
            }
            sb.Append(s, pos, pct - pos);
            pos = pct + 1;
            FormatOne(sb, s, ref pos);
        }
        if (_argIndex < _argCount && _mapping is null)
        {
            throw PyException.TypeError("not all arguments converted during string formatting");
        }
        return sb.ToString();
    }

    private void FormatOne(StringBuilder sb, string s, ref int pos)
    {
        object? keyed = null;
        bool hasKey = false;
        if (pos < s.Length && s[pos] == '(')
        {
            if (_mapping is null)
            {
                throw PyException.TypeError("format requires a mapping");
            }
            int depth = 1, keyStart = ++pos;
            while (depth > 0 && pos < s.Length)
            {
                if (s[pos] == ')')
                {
                    depth--;
                }
                else if (s[pos] == '(')
                {
                    depth++;
                }
                pos++;
            }
            if (depth > 0)
            {
                throw PyException.ValueError("incomplete format key");
            }
            keyed = PyOps.GetItem(_mapping, s[keyStart..(pos - 1)]);
            hasKey = true;
            _argCount = -1;
            _argIndex = -1;
        }
        if (!hasKey && pos < s.Length && s[pos] == '%')
        {
            // Only a bare "%%" is a literal percent; with a key, flags or width '%' is an unknown conversion.
            pos++;
            sb.Append('%');
            return;
        }
        bool left = false, plus = false, blank = false, alt = false, zero = false;
        for (; pos < s.Length; pos++)
        {
            switch (s[pos])
            {
                case '-': left = true; continue;
                case '+': plus = true; continue;
                case ' ': blank = true; continue;
                case '#': alt = true; continue;
                case '0': zero = true; continue;
            }
            break;
        }
        int width = -1, precision = -1;
        if (pos < s.Length && s[pos] == '*')
        {
            width = StarArg();
            if (width < 0)
            {
                left = true;
                width = -width;
            }
            pos++;
        }
        else
        {
            width = ReadNumber(s, ref pos, "width too big");
        }
        if (pos < s.Length && s[pos] == '.')
        {
            pos++;
            if (pos < s.Length && s[pos] == '*')
            {
                precision = Math.Max(StarArg(), 0);
                pos++;
            }
            else
            {
                precision = Math.Max(ReadNumber(s, ref pos, "precision too big"), 0);
            }
        }
        while (pos < s.Length && s[pos] is 'h' or 'l' or 'L')
        {
            pos++;
        }
        if (pos >= s.Length)
        {
            throw PyException.ValueError("incomplete format");
        }
        char c = s[pos++];
        object? arg = hasKey ? keyed : NextArg();
        string body;
        bool numeric = true;
        string prefix = "";
        switch (c)
        {
            case 's':
            case 'r':
            case 'a':
                body = c == 's' ? PyRepr.Str(arg) : c == 'r' ? PyRepr.Repr(arg) : PyAscii.Ascii(arg);
                if (precision >= 0 && PyStr.Length(body) > precision)
                {
                    var (first, step, count) = PyOps.SliceIndices(PyStr.Length(body), 0L, (long)precision, null);
                    body = PyStr.Slice(body, first, step, count);
                }
                numeric = false;
                break;
            case 'd' or 'i' or 'u' or 'o' or 'x' or 'X':
                body = FormatInt(arg, c, precision, alt, ref prefix);
                break;
            case 'e' or 'E' or 'f' or 'F' or 'g' or 'G':
                {
                    if (arg is IPyObject u && u.TypeName.EndsWith("Undefined", StringComparison.Ordinal))
                    {
                        u.TryOperator(PyOperator.Add, 0L, false, out _); // float(undefined) fails as undefined
                    }
                    if (!(arg is double || PyInt.IsInt(arg)))
                    {
                        throw PyException.TypeError("must be real number, not " + PyOps.TypeName(arg));
                    }
                    body = PyFloatFormat.Format(PyOps.ToDouble(arg), char.ToLowerInvariant(c), precision < 0 ? 6 : precision, alt, false, char.IsUpper(c));
                    break;
                }
            case 'c':
                body = FormatChar(arg);
                numeric = false;
                break;
            default:
                throw PyException.ValueError(string.Create(CultureInfo.InvariantCulture,
                    $"unsupported format character '{c}' (0x{(int)c:x}) at index {pos - 1}"));
        }
        Output(sb, body, numeric, prefix, width, left, plus, blank, zero);
    }

    private int StarArg()
    {
        var a = NextArg();
        if (!PyInt.TryGetLong(a, out long w))
        {
            throw PyException.TypeError("* wants int");
        }
        if (w > int.MaxValue || w < -int.MaxValue)
        {
            throw PyException.Overflow("Python int too large to convert to C ssize_t");
        }
        return (int)w;
    }

    private static int ReadNumber(string s, ref int pos, string tooBig)
    {
        int start = pos;
        long v = 0;
        while (pos < s.Length && s[pos] is >= '0' and <= '9')
        {
            v = v * 10 + (s[pos++] - '0');
            if (v > int.MaxValue)
            {
                throw PyException.ValueError(tooBig);
            }
        }
        return pos == start ? -1 : (int)v;
    }

    private static string FormatInt(object? arg, char c, int precision, bool alt, ref string prefix)
    {
        BigInteger n;
        if (PyInt.TryGetBig(arg, out var big))
        {
            n = big;
        }
        else if (arg is double d && c is 'd' or 'i' or 'u')
        {
            if (double.IsNaN(d))
            {
                throw PyException.ValueError("cannot convert float NaN to integer");
            }
            if (double.IsInfinity(d))
            {
                throw PyException.Overflow("cannot convert float infinity to integer");
            }
            n = new BigInteger(Math.Truncate(d));
        }
        else if (c is 'd' or 'i' or 'u' && arg is IPyObject o && o.TypeName.EndsWith("Undefined", StringComparison.Ordinal))
        {
            // %d calls int(undefined), which fails as undefined whatever the kind (%x/%o want __index__: TypeError)
            o.TryOperator(PyOperator.Add, 0L, false, out _);
            throw PyException.TypeError("%" + c + " format: a real number is required, not " + o.TypeName);
        }
        else if (c is 'd' or 'i' or 'u')
        {
            throw PyException.TypeError("%" + c + " format: a real number is required, not " + PyOps.TypeName(arg));
        }
        else
        {
            throw PyException.TypeError("%" + c + " format: an integer is required, not " + PyOps.TypeName(arg));
        }
        var abs = BigInteger.Abs(n);
        string digits = c switch
        {
            'o' => IntFormat.ToBase(abs, 3, "01234567"),
            'x' => IntFormat.ToBase(abs, 4, "0123456789abcdef"),
            'X' => IntFormat.ToBase(abs, 4, "0123456789ABCDEF"),
            _ => abs.ToString(CultureInfo.InvariantCulture),
        };
        if (precision > digits.Length)
        {
            digits = new string('0', precision - digits.Length) + digits;
        }
        if (alt && c is 'o' or 'x' or 'X')
        {
            prefix = "0" + c;
        }
        return (n.Sign < 0 ? "-" : "") + digits;
    }

    private static string FormatChar(object? arg)
    {
        if (arg is string s)
        {
            if (PyStr.Length(s) != 1)
            {
                throw PyException.TypeError("%c requires int or char");
            }
            return s;
        }
        if (!PyInt.TryGetBig(arg, out var n))
        {
            throw PyException.TypeError("%c requires int or char");
        }
        if (n.Sign < 0 || n > 0x10FFFF)
        {
            throw PyException.Overflow("%c arg not in range(0x110000)");
        }
        int cp = (int)n;
        return cp < 0x10000 ? ((char)cp).ToString() : char.ConvertFromUtf32(cp);
    }

    /// <summary>CPython's unicode_format_arg_output: sign, alternate prefix, zero or space padding, left justification.</summary>
    private static void Output(StringBuilder sb, string body, bool numeric, string prefix, int width, bool left, bool plus, bool blank, bool zero)
    {
        string sign = "";
        if (numeric)
        {
            if (body.StartsWith('-'))
            {
                sign = "-";
                body = body[1..];
            }
            else if (plus)
            {
                sign = "+";
            }
            else if (blank)
            {
                sign = " ";
            }
        }
        char fill = numeric && zero && !left ? '0' : ' ';
        int len = sign.Length + prefix.Length + PyStr.Length(body);
        int pad = Math.Max(0, width - len);
        if (left)
        {
            sb.Append(sign).Append(prefix).Append(body).Append(' ', pad);
        }
        else if (fill == '0')
        {
            sb.Append(sign).Append(prefix).Append('0', pad).Append(body);
        }
        else
        {
            sb.Append(' ', pad).Append(sign).Append(prefix).Append(body);
        }
    }
}
