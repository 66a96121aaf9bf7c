using Entrypoint.Jinja.Testing;
namespace Entrypoint.Jinja.Tests.Corpus;

/// <summary>What happened when our engine rendered a case: the output, or the error it raised.</summary>
public sealed record ActualResult(string? Output, TemplateError? Error, string? Crash)
{
    public static ActualResult Rendered(string output) => new(output, null, null);
    public static ActualResult Raised(TemplateError error) => new(null, error, null);
    public static ActualResult Crashed(string description) => new(null, null, description);
}

/// <summary>Renders a corpus case through the public API, exactly as a host would.</summary>
public static class CaseRunner
{
    // A case that never finishes must not hang the suite on a shared machine; the rendering thread
    // is abandoned (it cannot be cancelled) and the case counts as failed.
    static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(10);

    // Deep-nesting cases need room; the engine must still end runaway recursion with a clean error.
    const int StackSize = 16 * 1024 * 1024;

    public static ActualResult Run(CorpusCase corpusCase)
    {
        ActualResult? result = null;
        var thread = new Thread(() => result = RunOnThisThread(corpusCase), StackSize) { IsBackground = true };
        thread.Start();
        if (!thread.Join(s_timeout))
            return ActualResult.Crashed($"did not finish within {s_timeout.TotalSeconds} s");
        return result!;
    }

    static ActualResult RunOnThisThread(CorpusCase corpusCase)
    {
        try
        {
            var environment = new Environment(new EnvironmentOptions
            {
                Templates = corpusCase.Templates,
                TrimBlocks = corpusCase.Options.TrimBlocks,
                LstripBlocks = corpusCase.Options.LstripBlocks,
                KeepTrailingNewline = corpusCase.Options.KeepTrailingNewline,
                Autoescape = corpusCase.Options.Autoescape,
                Undefined = corpusCase.Options.Undefined,
                EnableDoExtension = true,
            });
            var template = environment.GetTemplate(corpusCase.Entry);
            return ActualResult.Rendered(template.Render(JsonHostValues.Variables(corpusCase.Variables)));
        }
        catch (TemplateError error)
        {
            return ActualResult.Raised(error);
        }
#pragma warning disable CA1031 // any other exception is the finding we report, not something to rethrow
        catch (Exception other)
#pragma warning restore CA1031
        {
            return ActualResult.Crashed($"{other.GetType().FullName}: {other.Message}");
        }
    }
}
