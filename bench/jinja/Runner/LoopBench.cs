using System.Diagnostics;
using Entrypoint.Jinja.Python;

namespace Entrypoint.Jinja.Bench;

/// <summary>
/// The loop micro-benchmark (bench/jinja/loop): 1000 iterations of getattr, arithmetic, a comparison and output
/// per render, the measurement behind the closures-vs-interpreter choice recorded on TemplateCompiler.
/// </summary>
public static class LoopBench
{
    public static void Run(string loopDirectory)
    {
        var environment = new Environment(new EnvironmentOptions { KeepTrailingNewline = true, Undefined = UndefinedBehavior.Strict });
        var template = environment.FromString(File.ReadAllText(Path.Combine(loopDirectory, "loop.j2")));
        var items = new PyList(1000);
        for (long i = 0; i < 1000; i++)
        {
            var item = new PyDict();
            item.Set("name", $"item{i}");
            item.Set("value", i);
            items.Add(item);
        }
        var variables = new Dictionary<string, object?> { ["items"] = items };
        for (int i = 0; i < 200; i++)
            template.Render(variables); // warm-up: let tiered JIT settle
        var best = double.MaxValue;
        for (int round = 0; round < 5; round++)
        {
            var watch = Stopwatch.StartNew();
            for (int i = 0; i < 200; i++)
                template.Render(variables);
            best = Math.Min(best, watch.Elapsed.TotalMilliseconds);
        }
        Console.WriteLine($"ours: {best:F0} ms per 200 renders");
    }
}
