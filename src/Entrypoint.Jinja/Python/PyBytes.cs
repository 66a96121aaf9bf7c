using System.Globalization;
using System.Text;

namespace Entrypoint.Jinja.Python;

/// <summary>
/// Python's bytes, as YAML's !!binary produces it. Only what a template can observe of such a value is modelled:
/// repr (b'...'), str (the same, as Python 3 prints it), len, truthiness and equality.
/// </summary>
public sealed class PyBytes : IPyObject
{
    private readonly byte[] _data;

    /// <summary>Takes ownership of the array.</summary>
    public PyBytes(byte[] data) => _data = data;

    public ReadOnlySpan<byte> Data => _data;

    public string TypeName => "bytes";

    public string Repr()
    {
        // Python picks double quotes only when the data has a single quote and no double quote.
        bool hasSingle = Array.IndexOf(_data, (byte)'\'') >= 0;
        char quote = hasSingle && Array.IndexOf(_data, (byte)'"') < 0 ? '"' : '\'';
        var sb = new StringBuilder("b").Append(quote);
        foreach (byte b in _data)
        {
            switch (b)
            {
                case (byte)'\\': sb.Append("\\\\"); break;
                case (byte)'\t': sb.Append("\\t"); break;
                case (byte)'\n': sb.Append("\\n"); break;
                case (byte)'\r': sb.Append("\\r"); break;
                default:
                    if (b == quote) sb.Append('\\').Append(quote);
                    else if (b is < 0x20 or >= 0x7f) sb.Append(CultureInfo.InvariantCulture, $"\\x{b:x2}");
                    else sb.Append((char)b);
                    break;
            }
        }
        return sb.Append(quote).ToString();
    }

    public string Str() => Repr();

    public bool IsTruthy() => _data.Length != 0;

    public int Length() => _data.Length;

    public bool PyEquals(object? other) => other is PyBytes b && _data.AsSpan().SequenceEqual(b._data);

    public int PyHash()
    {
        var hash = new HashCode();
        hash.AddBytes(_data);
        return hash.ToHashCode();
    }

    public override string ToString() => Repr();
}
