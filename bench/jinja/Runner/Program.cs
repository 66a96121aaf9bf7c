using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Entrypoint.Jinja;
using Entrypoint.Jinja.Bench;

// Same measurement as jinja_bench.py: templates compiled once, rendered in a timed loop (best of N rounds),
// plus the cost of compiling the source (parse + compile) per template. One JSON line per template.
// usage: entrypoint-jinja-bench <bench/jinja directory> [seconds per round] [rounds] [only this template [--json]]
//        (one template without --json: render loop only, for profiling)
//        entrypoint-jinja-bench loop <bench/jinja/loop directory>
if (args is ["loop", var loopDirectory])
{
    LoopBench.Run(loopDirectory);
    return;
}
var here = args.Length > 0 ? args[0] : Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../.."));
var seconds = args.Length > 1 ? double.Parse(args[1], CultureInfo.InvariantCulture) : 1.0;
var rounds = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 3;
var only = args.Length > 3 ? args[3] : null;
var profiling = only is not null && !(args.Length > 4 && args[4] == "--json"); // perf or callgrind on one template
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
    if (only is not null && entry.Name != only)
        continue;
    var variables = BenchValues.EngineValues(entry.Value);
    var plainVariables = BenchValues.Variables(entry.Value);
    var source = File.ReadAllText(Path.Combine(templatesRoot, entry.Name));
    Template template;
    string output;
    try
    {
        template = environment.GetTemplate(entry.Name);
        output = template.Render(variables);
        if (template.Render(plainVariables) != output)
            throw new InvalidOperationException($"{entry.Name}: plain .NET values render differently from engine values");
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
    var rendersPlain = !profiling ? Timing.Rate(() => template.Render(plainVariables), seconds, rounds) : 0;
    var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
    template.Render(variables);
    var allocatedPerRender = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
    if (profiling)
    {
        // Profiling one template: render only, no compile loop to blur the profile.
        if (System.Environment.GetEnvironmentVariable("BENCH_ALLOCATIONS") == "1")
        {
            using var sampler = new AllocationSampler();
            Timing.Rate(() => template.Render(variables), seconds, 1);
            sampler.Report();
        }
        Console.WriteLine($"{entry.Name}: {renders:F0} renders/s, {allocatedPerRender} bytes allocated per render");
        continue;
    }
    var compiles = Timing.Rate(() => environment.FromString(source), seconds, rounds);

    using var stdout = Console.OpenStandardOutput();
    using var writer = new Utf8JsonWriter(stdout);
    writer.WriteStartObject();
    writer.WriteString("template", entry.Name);
    writer.WriteNumber("renders_per_second", renders);
    writer.WriteNumber("renders_per_second_plain_values", rendersPlain);
    writer.WriteNumber("compile_microseconds", 1e6 / compiles);
    writer.WriteNumber("allocated_bytes_per_render", allocatedPerRender);
    writer.WriteNumber("output_chars", output.Length);
    writer.WriteString("output_sha256", Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(output))));
    writer.WriteEndObject();
    writer.Flush();
    stdout.Write("\n"u8);
}
