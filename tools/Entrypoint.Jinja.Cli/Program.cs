using System.Text.Json;
using Entrypoint.Jinja.Cli;

// stdin: {"cases": [case, ...]} in the corpus shape (expected results ignored)
// stdout: {"results": [{"id": ..., "output": "..."} | {"id": ..., "error": {"type", "message", "template", "line"}}]}
using var input = JsonDocument.Parse(Console.OpenStandardInput());
using var stdout = Console.OpenStandardOutput();
using var writer = new Utf8JsonWriter(stdout);
writer.WriteStartObject();
writer.WriteStartArray("results");
foreach (var element in input.RootElement.GetProperty("cases").EnumerateArray())
    BatchCase.Render(BatchCase.Read(element)).WriteTo(writer);
writer.WriteEndArray();
writer.WriteEndObject();
writer.Flush();
return 0;
