using Entrypoint.Jinja.Testing;
using System.Text.Json;

namespace Entrypoint.Jinja.Cli;

/// <summary>One case of a batch: the inputs of a corpus case, rendered through the public API.</summary>
public sealed record BatchCase(
    string Id,
    string Entry,
    IReadOnlyDictionary<string, string> Templates,
    JsonElement Variables,
    EnvironmentOptions Options)
{
    // A runaway case must not stall a whole fuzzing batch: its thread is abandoned and reported.
    static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(5);
    const int StackSize = 16 * 1024 * 1024;

    public static BatchCase Read(JsonElement element)
    {
        var templates = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in element.GetProperty("templates").EnumerateObject())
            templates[property.Name] = property.Value.GetString()!;
        var options = element.GetProperty("options");
        return new BatchCase(
            element.GetProperty("id").GetString()!,
            element.GetProperty("entry").GetString()!,
            templates,
            element.GetProperty("variables").Clone(),
            new EnvironmentOptions
            {
                Templates = templates,
                TrimBlocks = options.GetProperty("trim_blocks").GetBoolean(),
                LstripBlocks = options.GetProperty("lstrip_blocks").GetBoolean(),
                KeepTrailingNewline = options.GetProperty("keep_trailing_newline").GetBoolean(),
                Autoescape = options.GetProperty("autoescape").GetBoolean(),
                Undefined = Enum.Parse<UndefinedBehavior>(options.GetProperty("undefined").GetString()!),
                EnableDoExtension = true,
            });
    }

    public static BatchResult Render(BatchCase batchCase)
    {
        BatchResult? result = null;
        var thread = new Thread(() => result = RenderOnThisThread(batchCase), StackSize) { IsBackground = true };
        thread.Start();
        return thread.Join(s_timeout)
            ? result!
            : BatchResult.Failed(batchCase.Id, "Timeout", $"did not finish within {s_timeout.TotalSeconds} s", null, null);
    }

    static BatchResult RenderOnThisThread(BatchCase batchCase)
    {
        try
        {
            var environment = new Environment(batchCase.Options);
            var variables = JsonHostValues.Variables(batchCase.Variables);
            return BatchResult.Rendered(batchCase.Id, environment.GetTemplate(batchCase.Entry).Render(variables));
        }
        catch (TemplateError error)
        {
            return BatchResult.Failed(batchCase.Id, error.PythonType, error.Message, error.TemplateName, error.Line);
        }
#pragma warning disable CA1031 // an exception that is not a TemplateError is exactly what the fuzzer looks for
        catch (Exception other)
#pragma warning restore CA1031
        {
            return BatchResult.Failed(batchCase.Id, "EngineCrash:" + other.GetType().FullName, other.Message, null, null);
        }
    }
}
