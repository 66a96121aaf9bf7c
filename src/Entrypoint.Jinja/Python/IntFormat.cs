using System.Globalization;
using System.Numerics;
using System.Text;

namespace Entrypoint.Jinja.Python;

/// <summary>format(int, spec): bases b/o/d/x/X, 'c', grouping, and float presentation types via conversion.</summary>
internal static class IntFormat
{
    public static string Format(object value, FormatSpec f)
    {
        switch (f.Type)
        {
            case 'e' or 'E' or 'f' or 'F' or 'g' or 'G' or '%':
                return FloatFormat.Format(PyOps.ToDouble(value), f);
            case 'b' or 'c' or 'd' or 'o' or 'x' or 'X' or 'n':
                break;
            default:
                throw f.UnknownType(value);
        }
        if (f.Precision >= 0)
        {
            throw PyException.ValueError("Precision not allowed in integer format specifier");
        }
        if (f.NoNegZero)
        {
            throw PyException.ValueError("Negative zero coercion (z) not allowed in integer format specifier");
        }
        PyInt.TryGetBig(value, out var n);
        if (f.Type == 'c')
        {
            if (f.Sign != '\0')
            {
                throw PyException.ValueError("Sign not allowed with integer format specifier 'c'");
            }
            if (f.Alternate)
            {
                throw PyException.ValueError("Alternate form (#) not allowed with integer format specifier 'c'");
            }
            if (n < long.MinValue || n > long.MaxValue)
            {
                throw PyException.Overflow("Python int too large to convert to C long");
            }
            if (n.Sign < 0 || n > 0x10FFFF)
            {
                throw PyException.Overflow("%c arg not in range(0x110000)");
            }
            return f.LayoutNumber("", "", n < 0x10000 ? ((char)(int)n).ToString() : char.ConvertFromUtf32((int)n), "");
        }
        string sign = n.Sign < 0 ? "-" : f.Sign is '+' or ' ' ? f.Sign.ToString() : "";
        var abs = BigInteger.Abs(n);
        string prefix = "";
        string digits;
        switch (f.Type)
        {
            case 'b':
                digits = ToBase(abs, 1, "01");
                prefix = f.Alternate ? "0b" : "";
                break;
            case 'o':
                digits = ToBase(abs, 3, "01234567");
                prefix = f.Alternate ? "0o" : "";
                break;
            case 'x':
                digits = ToBase(abs, 4, "0123456789abcdef");
                prefix = f.Alternate ? "0x" : "";
                break;
            case 'X':
                digits = ToBase(abs, 4, "0123456789ABCDEF");
                prefix = f.Alternate ? "0X" : "";
                break;
            default:
                digits = abs.ToString(CultureInfo.InvariantCulture);
                break;
        }
        return f.LayoutNumber(sign, prefix, digits, "");
    }

    /// <summary>Digits of a non-negative int in a power-of-two base.</summary>
    public static string ToBase(BigInteger abs, int bitsPerDigit, string alphabet)
    {
        if (abs.IsZero)
        {
            return "0";
        }
        if (abs <= ulong.MaxValue)
        {
            ulong u = (ulong)abs;
            var buf = new char[64];
            int i = buf.Length;
            ulong mask = (1UL << bitsPerDigit) - 1;
            while (u != 0)
            {
                buf[--i] = alphabet[(int)(u & mask)];
                u >>= bitsPerDigit;
            }
            return new string(buf, i, buf.Length - i);
        }
        var sb = new StringBuilder();
        var m = new BigInteger((1 << bitsPerDigit) - 1);
        while (!abs.IsZero)
        {
            sb.Insert(0, alphabet[(int)(abs & m)]);
            abs >>= bitsPerDigit;
        }
        return sb.ToString();
    }
}
