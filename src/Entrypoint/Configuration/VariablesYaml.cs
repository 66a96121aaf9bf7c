using System.Globalization;
using System.Numerics;
using System.Text;
using Entrypoint.Configuration.Yaml;
using Entrypoint.Jinja.Python;

namespace Entrypoint.Configuration;

/// <summary>
/// The variables as block-style YAML that reads back to the same values under PyYAML's rules: a string is left
/// plain only when the YAML 1.1 resolver would read it back as a string, otherwise it is double-quoted.
/// Hand-written because the resolver decides the quoting, which an off-the-shelf emitter does not know.
/// </summary>
public static class VariablesYaml
{
    public static string Write(PyDict variables)
    {
        var text = new StringBuilder();
        if (variables.Count == 0) return "{}";
        WriteMapping(text, variables, 0);
        return text.ToString().TrimEnd('\n');
    }

    private static void WriteMapping(StringBuilder text, PyDict mapping, int indent)
    {
        foreach (var (key, value) in mapping)
        {
            text.Append(' ', indent).Append(Scalar(key)).Append(':');
            WriteValue(text, value, indent);
        }
    }

    private static void WriteValue(StringBuilder text, object? value, int indent)
    {
        switch (value)
        {
            case PyDict { Count: > 0 } dict:
                text.Append('\n');
                WriteMapping(text, dict, indent + 2);
                break;
            case IReadOnlyList<object?> { Count: > 0 } list:
                text.Append('\n');
                foreach (object? item in list)
                {
                    text.Append(' ', indent).Append('-');
                    WriteValue(text, item, indent + 2);
                }
                break;
            case PyDict:
                text.Append(" {}\n");
                break;
            case IReadOnlyList<object?>:
                text.Append(" []\n");
                break;
            default:
                text.Append(' ').Append(Scalar(value)).Append('\n');
                break;
        }
    }

    private static string Scalar(object? value) => value switch
    {
        null => "null",
        bool b => b ? "true" : "false",
        long or BigInteger => PyRepr.Repr(value),
        double d when double.IsNaN(d) => ".nan",
        double d when double.IsInfinity(d) => d > 0 ? ".inf" : "-.inf",
        double => PyRepr.Repr(value),
        string s => PlainIsSafe(s) ? s : Quoted(s),
        PyDate or PyDateTime => PyRepr.Str(value),
        PyBytes bytes => "!!binary " + Convert.ToBase64String(bytes.Data),
        _ => Quoted(PyRepr.Str(value)),
    };

    private static bool PlainIsSafe(string s) =>
        s.Length > 0
        && ScalarResolver.Resolve(s) == YamlTags.Str
        && s.Trim() == s
        && "-?:,[]{}#&*!|>'\"%@`".IndexOf(s[0]) < 0
        && !s.Contains(": ", StringComparison.Ordinal) && !s.Contains(" #", StringComparison.Ordinal) && !s.EndsWith(':')
        && s.All(c => c >= ' ' && c < 0x7f);

    private static string Quoted(string s)
    {
        var text = new StringBuilder("\"");
        foreach (char c in s)
        {
            text.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\t' => "\\t",
                '\r' => "\\r",
                _ when c < ' ' || c == 0x7f => $"\\x{(int)c:x2}",
                _ => c.ToString(),
            });
        }
        return text.Append('"').ToString();
    }
}
