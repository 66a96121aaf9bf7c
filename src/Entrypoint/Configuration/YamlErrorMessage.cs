using System.Text;
using Entrypoint.Configuration.Yaml;

namespace Entrypoint.Configuration;

/// <summary>
/// A YAML error as a person wants it: "file:line:column: what went wrong", then the offending line with a
/// caret under the column, so the mistake can be fixed without counting characters.
/// </summary>
public static class YamlErrorMessage
{
    public static string Format(string path, string text, YamlLoadException error)
    {
        var kind = error.IsSyntaxError ? "YAML syntax error" : error.ErrorClass switch
        {
            "ComposerError" or "ConstructorError" => "YAML error",
            _ => "invalid value (" + error.ErrorClass + ")",
        };
        var sb = new StringBuilder(path);
        if (error.Mark is { } mark) sb.Append(':').Append(mark.Line).Append(':').Append(mark.Column);
        sb.Append(": ").Append(kind).Append(": ").Append(error.Problem);
        if (error.Mark is { } at && LineAt(text, at.Line) is { } line)
        {
            sb.Append("\n    ").Append(line).Append("\n    ");
            // Keep the line's own tabs under the caret so it lines up however tabs are shown.
            for (int i = 0; i < at.Column - 1 && i < line.Length; i++) sb.Append(line[i] == '\t' ? '\t' : ' ');
            sb.Append('^');
        }
        return sb.ToString();
    }

    private static string? LineAt(string text, int lineNumber)
    {
        var lines = text.Split('\n');
        if (lineNumber < 1 || lineNumber > lines.Length) return null;
        var line = lines[lineNumber - 1].TrimEnd('\r');
        return line.Length == 0 && lineNumber == lines.Length ? null : line;
    }
}
