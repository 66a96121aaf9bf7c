using System.Buffers;
using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Entrypoint.Jinja.Python;

namespace Entrypoint.Hooks;

/// <summary>
/// The plain JSON form executable hooks read and write (docs/hooks.md): what any JSON tool expects, at the cost of
/// some types. Out: None null, bool, int (any size) and float as numbers, non-finite floats as the strings "inf",
/// "-inf" and "nan", str, list and tuple as arrays, dict as an object whose keys are strings as Python's json.dumps
/// makes them (True "true", None "null", 1 "1"), date and datetime as ISO 8601 strings, bytes as base64.
/// In: null, true/false, numbers (an int without fraction or exponent, else a float), strings, arrays (lists) and
/// objects (dicts; a repeated key keeps its last value).
/// </summary>
internal static class VariablesJson
{
    public static byte[] Write(PyDict variables)
    {
        var buffer = new ArrayBufferWriter<byte>();
        var options = new JsonWriterOptions
        {
            Indented = true,
            // The file is for people and programs reading UTF-8; no \u escapes for non-ASCII or HTML-sensitive characters.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            MaxDepth = WireValues.MaxDepth,
        };
        using (var writer = new Utf8JsonWriter(buffer, options))
        {
            WriteValue(writer, variables, new StringBuilder());
        }
        buffer.Write("\n"u8);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Parses the file a hook wrote; throws JsonException (with line and position) when it is not a JSON object.</summary>
    public static PyDict Read(ReadOnlySpan<byte> json)
    {
        if (json.StartsWith("\uFEFF"u8)) json = json[3..];
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = WireValues.MaxDepth });
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            throw new JsonException("the variables must be a JSON object ({...})");
        object? value = ReadValue(ref reader);
        if (reader.Read()) throw new JsonException($"unexpected {reader.TokenType} after the object");
        return (PyDict)value!;
    }

    private static void WriteValue(Utf8JsonWriter writer, object? value, StringBuilder path)
    {
        switch (value)
        {
            case double d when !double.IsFinite(d): writer.WriteStringValue(PyRepr.Repr(d)); break;
            case PyTuple tuple: WriteItems(writer, tuple, path); break;
            case PyList list: WriteItems(writer, list, path); break;
            case PyDate date: writer.WriteStringValue(date.Str()); break;
            case PyDateTime dt:
                string text = dt.Str();
                writer.WriteStringValue(string.Concat(text.AsSpan(0, 10), "T", text.AsSpan(11)));
                break;
            case PyBytes bytes: writer.WriteBase64StringValue(bytes.Data); break;
            case PyDict dict:
                writer.WriteStartObject();
                foreach (var (key, item) in dict)
                {
                    int mark = path.Length;
                    path.Append('[').Append(PyRepr.Repr(key)).Append(']');
                    writer.WritePropertyName(Key(key, path));
                    WriteValue(writer, item, path);
                    path.Length = mark;
                }
                writer.WriteEndObject();
                break;
            default: WireValues.Write(writer, value, path); break;
        }
    }

    private static void WriteItems(Utf8JsonWriter writer, IReadOnlyList<object?> items, StringBuilder path)
    {
        writer.WriteStartArray();
        for (int i = 0; i < items.Count; i++)
        {
            int mark = path.Length;
            path.Append('[').Append(i).Append(']');
            WriteValue(writer, items[i], path);
            path.Length = mark;
        }
        writer.WriteEndArray();
    }

    /// <summary>A key as Python's json.dumps turns it into a string; anything else has no JSON spelling.</summary>
    private static string Key(object? key, StringBuilder path) => key switch
    {
        string s => s,
        null => "null",
        bool b => b ? "true" : "false",
        long or int or BigInteger => PyRepr.Repr(key),
        double d => double.IsFinite(d) ? PyRepr.Repr(d) : d > 0 ? "Infinity" : d < 0 ? "-Infinity" : "NaN",
        PyDate or PyDateTime => ((IPyObject)key).Str(),
        _ => throw new UnsupportedValueException(path.ToString(), PyOps.TypeName(key) + " key"),
    };

    private static object? ReadValue(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartArray:
                var list = new PyList();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray) list.Add(ReadValue(ref reader));
                return list;
            case JsonTokenType.StartObject:
                var dict = new PyDict();
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    string key = reader.GetString()!;
                    reader.Read();
                    dict.Set(key, ReadValue(ref reader));
                }
                return dict;
            case JsonTokenType.String: return reader.GetString();
            case JsonTokenType.Number: return WireValues.Number(reader.ValueSpan);
            case JsonTokenType.True: return true;
            case JsonTokenType.False: return false;
            default: return null;
        }
    }
}
