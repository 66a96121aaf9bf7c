using System.Text.Json;

namespace Entrypoint.Jinja.Cli;

/// <summary>The rendered output or the error of one batch case, written in the oracle's result shape.</summary>
public sealed record BatchResult(string Id, string? Output, string? ErrorType, string? Message, string? Template, int? Line)
{
    public static BatchResult Rendered(string id, string output) => new(id, output, null, null, null, null);

    public static BatchResult Failed(string id, string type, string message, string? template, int? line) =>
        new(id, null, type, message, template, line);

    public void WriteTo(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("id", Id);
        if (ErrorType is null)
        {
            writer.WriteString("output", Output);
        }
        else
        {
            writer.WriteStartObject("error");
            writer.WriteString("type", ErrorType);
            writer.WriteString("message", Message);
            if (Template is null) writer.WriteNull("template"); else writer.WriteString("template", Template);
            if (Line is int line) writer.WriteNumber("line", line); else writer.WriteNull("line");
            writer.WriteEndObject();
        }
        writer.WriteEndObject();
    }
}
