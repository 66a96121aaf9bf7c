using System.Globalization;
using System.Numerics;
using Entrypoint.Jinja.Python;
using Entrypoint.Jinja.Runtime;

namespace Entrypoint.Jinja.Library.Filters;

/// <summary>abs, int, float, round, filesizeformat.</summary>
internal static class NumberFilters
{
    public static object? Abs(RenderContext rc, object? value, CallArguments args)
    {
        Params.None(args, "do_abs");
        return value switch
        {
            long l => l == long.MinValue ? -(BigInteger)l : (object)Math.Abs(l),
            BigInteger b => PyInt.Normalize(BigInteger.Abs(b)),
            double d => Math.Abs(d),
            bool b => b ? 1L : 0L,
            _ => throw PyException.TypeError($"bad operand type for abs(): '{PyOps.TypeName(value)}'"),
        };
    }

    public static object? Int(RenderContext rc, object? value, CallArguments args)
    {
        var p = Params.Bind(args, "do_int", ["default", "base"], [0L, 10L]);
        if (value is Undefined u)
            throw u.Fail();
        long b = Params.ToInt(p[1]);
        if (value is string s && TryParseInt(s, (int)b, out var parsed))
            return parsed;
        if (value is not string && TryToInt(value, out var direct))
            return direct;
        if (TryParseFloat(value, out double d) && double.IsFinite(d))
            return PyInt.Normalize(new BigInteger(Math.Truncate(d)));
        return p[0];
    }

    static bool TryToInt(object? value, out object? result)
    {
        result = value switch
        {
            long or BigInteger => value,
            bool b => b ? 1L : 0L,
            double d when double.IsFinite(d) => PyInt.Normalize(new BigInteger(Math.Truncate(d))),
            Markup m when TryParseInt(m.Value, 10, out var r) => r,
            _ => null,
        };
        return result is not null;
    }

    /// <summary>Python's int(str, base): surrounding whitespace, sign, underscores between digits, 0x/0o/0b prefixes.</summary>
    public static bool TryParseInt(string text, int radix, out object? result)
    {
        result = null;
        var s = text.Trim().AsSpan();
        bool negative = false;
        if (s.Length > 0 && s[0] is '+' or '-')
        {
            negative = s[0] == '-';
            s = s[1..];
        }
        if (s.Length > 1 && s[0] == '0' && char.ToLowerInvariant(s[1]) is var p && (radix == 0 || radix == 16 && p == 'x' || radix == 8 && p == 'o' || radix == 2 && p == 'b'))
        {
            int prefixRadix = p switch { 'x' => 16, 'o' => 8, 'b' => 2, _ => 0 };
            if (prefixRadix != 0)
            {
                radix = prefixRadix;
                s = s[2..];
                if (s.Length > 0 && s[0] == '_')
                    s = s[1..];
            }
        }
        if (radix == 0)
            radix = 10;
        if (s.Length == 0 || radix < 2 || radix > 36)
            return false;
        BigInteger value = BigInteger.Zero;
        bool lastUnderscore = true;
        foreach (char c in s)
        {
            if (c == '_')
            {
                if (lastUnderscore)
                    return false;
                lastUnderscore = true;
                continue;
            }
            int digit = c >= '0' && c <= '9' ? c - '0' : char.IsAsciiLetter(c) ? char.ToLowerInvariant(c) - 'a' + 10 : 99;
            if (digit >= radix)
                return false;
            value = value * radix + digit;
            lastUnderscore = false;
        }
        if (lastUnderscore)
            return false;
        result = PyInt.Normalize(negative ? -value : value);
        return true;
    }

    public static object? Float(RenderContext rc, object? value, CallArguments args)
    {
        var p = Params.Bind(args, "do_float", ["default"], [0.0]);
        if (value is Undefined u)
            throw u.Fail();
        return TryParseFloat(value, out double d) ? d : p[0];
    }

    /// <summary>Python's float(x) for numbers and strings (inf, nan, underscores, whitespace).</summary>
    public static bool TryParseFloat(object? value, out double result)
    {
        switch (value)
        {
            case double d: result = d; return true;
            case long l: result = l; return true;
            case bool b: result = b ? 1 : 0; return true;
            case BigInteger big: result = PyInt.ToDouble(big); return true;
            case string or Markup:
                string s = FilterSupport.SoftStr(value).Trim();
                string lower = s.ToLowerInvariant().TrimStart('+', '-');
                bool neg = s.StartsWith('-');
                if (lower is "inf" or "infinity" && s.Length - lower.Length <= 1)
                {
                    result = neg ? double.NegativeInfinity : double.PositiveInfinity;
                    return true;
                }
                if (lower == "nan" && s.Length - lower.Length <= 1)
                {
                    result = double.NaN;
                    return true;
                }
                if (s.Contains("__") || s.StartsWith('_') || s.EndsWith('_') || s.Contains("_.") || s.Contains("._"))
                    break;
                s = s.Replace("_", "");
                if (s.Length > 0 && (char.IsAsciiDigit(s[^1]) || s[^1] == '.') && !s.Contains(',') && !s.Contains(' ')
                    && double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out result))
                    return true;
                break;
        }
        result = 0;
        return false;
    }

    public static object? Round(RenderContext rc, object? value, CallArguments args)
    {
        var p = Params.Bind(args, "do_round", ["precision", "method"], [0L, "common"]);
        long precision = Params.ToInt(p[0]);
        string method = p[1] as string ?? "";
        if (method is not ("common" or "ceil" or "floor"))
            throw FilterSupport.ArgumentError("method must be common, ceil or floor");
        if (method == "common")
        {
            if (value is long or BigInteger or bool)
                return value is bool b ? (b ? 1L : 0L) : value;
            if (value is not double)
                throw PyException.TypeError($"type {(value is Undefined u ? u.TypeName : PyOps.TypeName(value))} doesn't define __round__ method");
            double d = PyOps.ToDouble(value);
            return RoundHalfEven(d, (int)precision);
        }
        // Jinja scales first (value * 10**precision), so an undefined or a str fails the way Python does.
        if (value is Undefined or string or Markup or PyList or PyTuple)
        {
            var scaled = PyOps.Mul(value, PyOps.Pow(10L, precision));
            throw PyException.TypeError($"must be real number, not {PyOps.TypeName(scaled)}");
        }
        double v = PyOps.ToDouble(value);
        double scale = Math.Pow(10, precision);
        if (double.IsNaN(v * scale))
            throw PyException.ValueError("cannot convert float NaN to integer");
        if (double.IsInfinity(v * scale))
            throw PyException.Overflow("cannot convert float infinity to integer");
        double r = method == "ceil" ? Math.Ceiling(v * scale) : Math.Floor(v * scale);
        return (r == 0 ? 0.0 : r) / scale; // math.ceil/floor return an int, which has no negative zero
    }

    // Python's round(x, n): correctly rounded decimal, ties to even.
    static double RoundHalfEven(double d, int digits)
    {
        if (!double.IsFinite(d))
            return d;
        if (digits > 300)
            return d;
        if (digits >= 0 && digits <= 15)
        {
            decimal m;
            try
            {
                m = (decimal)d;
            }
            catch (OverflowException)
            {
                return d;
            }
            // Round the exact binary value (2.675 is really 2.67499...), as Python does.
            if (decimal.TryParse(d.ToString("F25", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture, out var exact))
                m = exact;
            return (double)Math.Round(m, digits, MidpointRounding.ToEven);
        }
        double scale = Math.Pow(10, digits);
        return Math.Round(d * scale, MidpointRounding.ToEven) / scale;
    }

    public static object? FileSizeFormat(RenderContext rc, object? value, CallArguments args)
    {
        var p = Params.Bind(args, "do_filesizeformat", ["binary"], [false]);
        bool binary = PyOps.IsTruthy(p[0]);
        double bytes = FilterSupport.ToFloat(value);
        int baseValue = binary ? 1024 : 1000;
        string[] prefixes = binary
            ? ["KiB", "MiB", "GiB", "TiB", "PiB", "EiB", "ZiB", "YiB"]
            : ["kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"];
        if (bytes == 1)
            return "1 Byte";
        if (bytes < baseValue)
            return PyRepr.Str(PyInt.Normalize(new BigInteger(Math.Truncate(bytes)))) + " Bytes";
        string result = "";
        for (int i = 0; i < prefixes.Length; i++)
        {
            double unit = Math.Pow(baseValue, i + 2);
            if (bytes < unit || i == prefixes.Length - 1)
            {
                result = PyFormat.Format(baseValue * bytes / unit, ".1f") + " " + prefixes[i];
                break;
            }
        }
        return result;
    }
}
