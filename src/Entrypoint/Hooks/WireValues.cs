using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Json;
using Entrypoint.Jinja.Python;

namespace Entrypoint.Hooks;

/// <summary>
/// The tagged JSON form of Python values between entrypoint and its Python host, both ways, lossless:
/// None, bool and str are JSON's own; an int is a JSON number without '.', 'e' or 'E' (any size); a finite float is a
/// JSON number with one of them (Python's repr); a list is an array; everything else is an object with one key, the tag:
/// {"dict": [[k, v], ...]} (keys of any type, in order), {"tuple": [...]}, {"float": "inf"|"-inf"|"nan"},
/// {"date": [y, m, d]}, {"datetime": [y, m, d, H, M, S, us, utcoffset-seconds-or-null]}, {"bytes": "base64"}.
/// The Python side of the same encoding is in <see cref="PythonHostScript"/>.
/// </summary>
internal static class WireValues
{
    /// <summary>Deep enough for any structure Python's json module itself can handle (its recursion limit is ~1000).</summary>
    public const int MaxDepth = 4096;

    public static readonly JsonReaderOptions ReaderOptions = new() { MaxDepth = MaxDepth };
    public static readonly JsonWriterOptions WriterOptions = new() { MaxDepth = MaxDepth };

    /// <summary>Throws <see cref="UnsupportedValueException"/> for a value Python hooks cannot receive.</summary>
    public static void Write(Utf8JsonWriter writer, object? value, StringBuilder path)
    {
        switch (value)
        {
            case null: writer.WriteNullValue(); break;
            case bool b: writer.WriteBooleanValue(b); break;
            case string s: writer.WriteStringValue(s); break;
            case long l: writer.WriteNumberValue(l); break;
            case int i: writer.WriteNumberValue(i); break;
            case BigInteger big: writer.WriteRawValue(big.ToString(CultureInfo.InvariantCulture), skipInputValidation: true); break;
            case double d when double.IsFinite(d): writer.WriteRawValue(PyRepr.Repr(d), skipInputValidation: true); break;
            case double d: Tagged(writer, "float").WriteStringValue(PyRepr.Repr(d)); writer.WriteEndObject(); break;
            case PyList list: WriteItems(writer, list, path); break;
            case PyTuple tuple:
                Tagged(writer, "tuple");
                WriteItems(writer, tuple, path);
                writer.WriteEndObject();
                break;
            case PyDict dict: WriteDict(writer, dict, path); break;
            case PyDate date:
                Tagged(writer, "date").WriteStartArray();
                writer.WriteNumberValue(date.Year);
                writer.WriteNumberValue(date.Month);
                writer.WriteNumberValue(date.Day);
                writer.WriteEndArray();
                writer.WriteEndObject();
                break;
            case PyDateTime dt:
                Tagged(writer, "datetime").WriteStartArray();
                foreach (int field in (int[])[dt.Year, dt.Month, dt.Day, dt.Hour, dt.Minute, dt.Second, dt.Microsecond])
                    writer.WriteNumberValue(field);
                if (dt.OffsetSeconds is { } offset) writer.WriteNumberValue(offset);
                else writer.WriteNullValue();
                writer.WriteEndArray();
                writer.WriteEndObject();
                break;
            case PyBytes bytes: Tagged(writer, "bytes").WriteBase64StringValue(bytes.Data); writer.WriteEndObject(); break;
            default: throw new UnsupportedValueException(path.ToString(), PyOps.TypeName(value));
        }
    }

    /// <summary>Reads the value at the reader's current token; leaves the reader on its last token.</summary>
    public static object? Read(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null: return null;
            case JsonTokenType.True: return true;
            case JsonTokenType.False: return false;
            case JsonTokenType.String: return reader.GetString();
            case JsonTokenType.Number: return Number(reader.ValueSpan);
            case JsonTokenType.StartArray: return new PyList(ReadItems(ref reader));
            case JsonTokenType.StartObject:
                Next(ref reader, JsonTokenType.PropertyName);
                string tag = reader.GetString()!;
                reader.Read();
                object? value = tag switch
                {
                    "dict" => ReadDict(ref reader),
                    "tuple" => new PyTuple(ReadItems(ref reader)),
                    "float" => NonFinite(reader.GetString()),
                    "date" => ReadDate(ref reader),
                    "datetime" => ReadDateTime(ref reader),
                    "bytes" => new PyBytes(reader.GetBytesFromBase64()),
                    _ => throw new JsonException($"unknown value tag '{tag}'"),
                };
                Next(ref reader, JsonTokenType.EndObject);
                return value;
            default: throw new JsonException($"unexpected {reader.TokenType}");
        }
    }

    /// <summary>A JSON number: an int when written without fraction or exponent (Python's json does the same).</summary>
    public static object Number(ReadOnlySpan<byte> text)
    {
        string s = Encoding.ASCII.GetString(text);
        if (text.IndexOfAny((byte)'.', (byte)'e', (byte)'E') >= 0) return double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);
        return long.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long l)
            ? l
            : PyInt.Normalize(BigInteger.Parse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture));
    }

    private static Utf8JsonWriter Tagged(Utf8JsonWriter writer, string tag)
    {
        writer.WriteStartObject();
        writer.WritePropertyName(tag);
        return writer;
    }

    private static void WriteItems(Utf8JsonWriter writer, IReadOnlyList<object?> items, StringBuilder path)
    {
        writer.WriteStartArray();
        for (int i = 0; i < items.Count; i++)
        {
            int mark = path.Length;
            path.Append('[').Append(i).Append(']');
            Write(writer, items[i], path);
            path.Length = mark;
        }
        writer.WriteEndArray();
    }

    private static void WriteDict(Utf8JsonWriter writer, PyDict dict, StringBuilder path)
    {
        Tagged(writer, "dict").WriteStartArray();
        foreach (var (key, item) in dict)
        {
            int mark = path.Length;
            path.Append('[').Append(PyRepr.Repr(key)).Append(']');
            writer.WriteStartArray();
            Write(writer, key, path);
            Write(writer, item, path);
            writer.WriteEndArray();
            path.Length = mark;
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static List<object?> ReadItems(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartArray);
        var items = new List<object?>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray) items.Add(Read(ref reader));
        return items;
    }

    private static PyDict ReadDict(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartArray);
        var dict = new PyDict();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            Expect(ref reader, JsonTokenType.StartArray);
            reader.Read();
            object? key = Read(ref reader);
            reader.Read();
            object? value = Read(ref reader);
            Next(ref reader, JsonTokenType.EndArray);
            dict.Set(key, value);
        }
        return dict;
    }

    private static PyDate ReadDate(ref Utf8JsonReader reader)
    {
        var f = ReadItems(ref reader);
        return new PyDate(Int(f[0]), Int(f[1]), Int(f[2]));
    }

    private static PyDateTime ReadDateTime(ref Utf8JsonReader reader)
    {
        var f = ReadItems(ref reader);
        return new PyDateTime(Int(f[0]), Int(f[1]), Int(f[2]), Int(f[3]), Int(f[4]), Int(f[5]), Int(f[6]), f[7] is null ? null : Int(f[7]));
    }

    private static double NonFinite(string? text) => text switch
    {
        "inf" => double.PositiveInfinity,
        "-inf" => double.NegativeInfinity,
        "nan" => double.NaN,
        _ => throw new JsonException($"unknown float '{text}'"),
    };

    private static int Int(object? value) => value is long l ? checked((int)l) : throw new JsonException("expected a small int");

    private static void Next(ref Utf8JsonReader reader, JsonTokenType expected)
    {
        reader.Read();
        Expect(ref reader, expected);
    }

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType expected)
    {
        if (reader.TokenType != expected) throw new JsonException($"expected {expected}, found {reader.TokenType}");
    }
}
