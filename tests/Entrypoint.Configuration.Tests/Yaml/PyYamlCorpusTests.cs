using System.Text.Json;
using Entrypoint.Configuration.Yaml;
using Entrypoint.Jinja.Python;

namespace Entrypoint.Configuration.Tests.Yaml;

/// <summary>
/// Every corpus case loads to what PyYAML's safe_load gives (its repr), or fails as PyYAML fails. The expected
/// side was written by tools/yaml-oracle/generate.py; these tests never run Python.
/// </summary>
public sealed class PyYamlCorpusTests
{
    private static readonly Lazy<Dictionary<string, JsonElement>> Cases = new(() =>
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Yaml", "corpus.expected.json");
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        return doc.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone());
    });

    /// <summary>
    /// Where we knowingly differ from PyYAML, and what we do instead. Both are more lenient or refuse clearly;
    /// neither changes the value of a file PyYAML loads.
    /// </summary>
    private static readonly Dictionary<string, string> KnownDeviations = new()
    {
        // YamlDotNet accepts tabs as separators and inside plain scalars; PyYAML's scanner rejects them.
        ["struct/tab-in-value"] = "repr: {'v': 'a\\tb'}",
        ["time/tab-separated"] = "repr: {'v': datetime.datetime(2001, 12, 14, 21, 59, 43)}",
        // A mapping entry with no key before ':' is read as a None key; PyYAML rejects it.
        ["struct/empty-key-in-block"] = "repr: {None: 'value'}",
        // Where YamlDotNet's scanner would read something other than PyYAML's, we refuse instead of guessing:
        // anchor names running into ':' (PyYAML ends them there), '?' starting a word inside {} or [] (a key
        // indicator for PyYAML), and quoted text continued at column 0 (PyYAML accepts it, YamlDotNet cannot).
        ["anchor/name-ends-at-colon"] = "error: syntax",
        ["struct/flow-question-mark-key"] = "error: syntax",
        ["str/quoted-continuation-at-column-0"] = "error: syntax",
        // The template engine has no Python set; refusing beats handing templates something that acts unlike one.
        ["tags/set"] = "error: ConstructorError",
    };

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var name in Cases.Value.Keys) data.Add(name);
        return data;
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void LoadsAsPyYamlDoes(string name)
    {
        var expected = Cases.Value[name];
        var text = expected.GetProperty("text").GetString()!;
        string actual;
        try
        {
            actual = "repr: " + PyRepr.Repr(YamlDocumentReader.Load(text));
        }
        catch (YamlLoadException e)
        {
            actual = Describe(e, expected);
        }
        Assert.Equal(KnownDeviations.TryGetValue(name, out var deviation) ? deviation : ExpectedOutcome(expected), actual);
    }

    private static string ExpectedOutcome(JsonElement expected)
    {
        if (expected.TryGetProperty("repr", out var repr)) return "repr: " + repr.GetString();
        var errorClass = expected.GetProperty("error").GetString()!;
        var outcome = "error: " + Category(errorClass);
        if (expected.TryGetProperty("line", out var line) && !IsSyntax(errorClass))
        {
            outcome += $" at {line.GetInt32()}:{expected.GetProperty("column").GetInt32()}";
        }
        return outcome;
    }

    /// <summary>
    /// Syntax errors come from a different parser, so only their category and line are held to PyYAML's;
    /// errors about values (composer, constructor, Python's own) must match in class and position.
    /// </summary>
    private static string Describe(YamlLoadException e, JsonElement expected)
    {
        var outcome = "error: " + Category(e.ErrorClass);
        bool expectPosition = expected.TryGetProperty("line", out _) && expected.TryGetProperty("error", out var cls)
            && !IsSyntax(cls.GetString()!);
        if (expectPosition && !e.IsSyntaxError && e.Mark is { } mark) outcome += $" at {mark.Line}:{mark.Column}";
        return outcome;
    }

    private static bool IsSyntax(string errorClass) => errorClass is "ScannerError" or "ParserError" or "ReaderError";

    private static string Category(string errorClass) => IsSyntax(errorClass) ? "syntax" : errorClass;
}
