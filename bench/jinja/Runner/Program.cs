using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Entrypoint.Jinja;
using Entrypoint.Jinja.Bench;

// Same measurement as jinja_bench.py: templates compiled once, rendered in a timed loop (best of N rounds),
// plus the cost of compiling the source (parse + compile) per template. One JSON line per template.
// usage: entrypoint-jinja-bench <bench/jinja directory> [seconds per round] [rounds]
var here = args.Length > 0 ? args[0] : Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../.."));
var seconds = args.Length > 1 ? double.Parse(args[1], CultureInfo.InvariantCulture) : 1.0;
var rounds = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 3;
var templatesRoot = Path.Combine(here, "templates");

using var document = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(here, "variables.json")));
var environment = new Entrypoint.Jinja.Environment(new EnvironmentOptions
{
    LoaderRoots = [templatesRoot],
    KeepTrailingNewline = true,
    Undefined = UndefinedBehavior.Strict,
    EnableDoExtension = true,
});

foreach (var entry in document.RootElement.EnumerateObject())
{
    var variables = BenchValues.Variables(entry.Value);
    var source = File.ReadAllText(Path.Combine(templatesRoot, entry.Name));
    Template template;
    string output;
    try
    {
        template = environment.GetTemplate(entry.Name);
        output = template.Render(variables);
    }
    catch (TemplateError error)
    {
        // An engine that cannot render a template yet still gets a row, saying why.
        Console.WriteLine(JsonSerializer.Serialize(error.ToString(), BenchJson.Default.String) is var message
            ? $"{{\"template\": {JsonSerializer.Serialize(entry.Name, BenchJson.Default.String)}, \"error\": {message}}}"
            : "");
        continue;
    }

    Timing.Rate(() => template.Render(variables), seconds / 2, 1); // warm-up: let tiered JIT settle
    var renders = Timing.Rate(() => template.Render(variables), seconds, rounds);
    var compiles = Timing.Rate(() => environment.FromString(source), seconds, rounds);

    using var stdout = Console.OpenStandardOutput();
    using var writer = new Utf8JsonWriter(stdout);
    writer.WriteStartObject();
    writer.WriteString("template", entry.Name);
    writer.WriteNumber("renders_per_second", renders);
    writer.WriteNumber("compile_microseconds", 1e6 / compiles);
    writer.WriteNumber("output_chars", output.Length);
    writer.WriteString("output_sha256", Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(output))));
    writer.WriteEndObject();
    writer.Flush();
    stdout.Write("\n"u8);
}
