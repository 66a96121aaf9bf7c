using System.Runtime.CompilerServices;
using System.Text.Json;

namespace Entrypoint.Jinja.Tests.Corpus;

/// <summary>Finds and reads the generated corpus (expected/*.json next to this source file).</summary>
public static class CorpusFiles
{
    // The corpus is read from the source tree rather than copied to bin/, so a regenerated corpus
    // is picked up without a rebuild and the test project file stays untouched.
    public static string Directory { get; } = Path.GetDirectoryName(ThisFile())!;

    public static string ExpectedDirectory => Path.Combine(Directory, "expected");

    public static string KnownFailuresPath => Path.Combine(Directory, "known-failures.txt");

    static string ThisFile([CallerFilePath] string path = "") => path;

    static readonly Lazy<IReadOnlyList<CorpusCase>> s_all = new(LoadAll);

    public static IReadOnlyList<CorpusCase> All => s_all.Value;

    static IReadOnlyList<CorpusCase> LoadAll()
    {
        var cases = new List<CorpusCase>();
        foreach (var file in System.IO.Directory.GetFiles(ExpectedDirectory, "*.json").Order(StringComparer.Ordinal))
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(file));
            foreach (var element in document.RootElement.GetProperty("cases").EnumerateArray())
                cases.Add(ReadCase(element.Clone()));
        }
        return cases;
    }

    public static CorpusCase ReadCase(JsonElement element)
    {
        var templates = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in element.GetProperty("templates").EnumerateObject())
            templates[property.Name] = property.Value.GetString()!;

        var options = element.GetProperty("options");
        var caseOptions = new CaseOptions(
            options.GetProperty("trim_blocks").GetBoolean(),
            options.GetProperty("lstrip_blocks").GetBoolean(),
            options.GetProperty("keep_trailing_newline").GetBoolean(),
            options.GetProperty("autoescape").GetBoolean(),
            Enum.Parse<UndefinedBehavior>(options.GetProperty("undefined").GetString()!));

        var expected = element.TryGetProperty("expected", out var e) ? ReadExpected(e) : new ExpectedResult(null, null);
        return new CorpusCase(
            element.GetProperty("id").GetString()!,
            element.GetProperty("entry").GetString()!,
            templates,
            element.GetProperty("variables"),
            caseOptions,
            expected);
    }

    static ExpectedResult ReadExpected(JsonElement expected)
    {
        if (expected.TryGetProperty("output", out var output))
            return new ExpectedResult(output.GetString(), null);
        var error = expected.GetProperty("error");
        var line = error.GetProperty("line");
        var template = error.GetProperty("template");
        return new ExpectedResult(null, new ExpectedError(
            error.GetProperty("type").GetString()!,
            error.GetProperty("message").GetString()!,
            template.ValueKind == JsonValueKind.Null ? null : template.GetString(),
            line.ValueKind == JsonValueKind.Null ? null : line.GetInt32()));
    }
}
