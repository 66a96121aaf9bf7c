using System.Globalization;
using System.Numerics;
using System.Text.Json;
using Entrypoint.Jinja;
using Entrypoint.Jinja.Python;
using Entrypoint.Rendering.SeedLibrary;

namespace Entrypoint.Configuration.Tests.SeedLibrary;

/// <summary>
/// Every corpus case renders through our engine with the seed library as it rendered under Jinja2 3.1.6 with
/// the seed's filters and globals (output, or error class and message, and what it logged). The expected
/// side was written by tools/seed-oracle/generate.py; these tests never run Python.
/// </summary>
public sealed class SeedOracleTests
{
    const string RootMark = "<root>";

    static readonly Lazy<JsonElement> Corpus = new(() =>
    {
        var path = Path.Combine(AppContext.BaseDirectory, "SeedLibrary", "seed-cases.expected.json");
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        return doc.RootElement.Clone();
    });

    static readonly Lazy<string> FixtureRoot = new(BuildFixture);

    /// <summary>Where we knowingly differ from the seed; documented in docs/templates.md.</summary>
    static readonly Dictionary<string, string> KnownDeviations = new()
    {
        // context() sees the render variables only: the engine gives a global no view of the template's own
        // top-level names, which the seed includes (a {% set %} before the call, a macro definition).
        ["context/after-set"] = "output: {'a': 1, 'root': '<root>'}",
        ["context/in-macro"] = "output: 3",
    };

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var c in Corpus.Value.GetProperty("cases").EnumerateArray()) data.Add(c.GetProperty("name").GetString()!);
        return data;
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void RendersAsTheSeedDoes(string name)
    {
        var expected = Corpus.Value.GetProperty("cases").EnumerateArray().Single(c => c.GetProperty("name").GetString() == name);
        string actual = Render(expected.GetProperty("template").GetString()!, expected.GetProperty("variables"));
        Assert.Equal(KnownDeviations.TryGetValue(name, out var deviation) ? deviation : Describe(expected), actual);
    }

    [Fact]
    public void CorpusIsLargeEnough() => Assert.True(Corpus.Value.GetProperty("cases").GetArrayLength() >= 120);

    static string Describe(JsonElement expected)
    {
        string outcome = expected.TryGetProperty("output", out var output)
            ? "output: " + output.GetString()
            : $"error: {expected.GetProperty("error").GetString()}: {expected.GetProperty("message").GetString()}";
        if (expected.TryGetProperty("log", out var log))
        {
            foreach (var line in log.EnumerateArray()) outcome += $"\nlog {line[0].GetString()}: {line[1].GetString()}";
        }
        return outcome;
    }

    static string Render(string template, JsonElement variablesJson)
    {
        string root = FixtureRoot.Value;
        var variables = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var p in variablesJson.EnumerateObject()) variables[p.Name] = ToPython(p.Value);
        variables["root"] = root;
        var env = new Jinja.Environment(new EnvironmentOptions
        {
            KeepTrailingNewline = true,
            Undefined = UndefinedBehavior.Strict,
            EnableDoExtension = true,
        });
        var logged = new List<string>();
        Entrypoint.Rendering.SeedLibrary.SeedLibrary.Register(env, variables, (level, message) => logged.Add($"\nlog {level}: {message}"));
        string outcome;
        try
        {
            outcome = "output: " + env.FromString(template).Render(variables);
        }
        catch (TemplateFatalError e)
        {
            outcome = "error: RuntimeError: " + e.Text;
        }
        catch (TemplateError e)
        {
            outcome = $"error: {e.PythonType}: {e.Message}";
        }
        return (outcome + string.Concat(logged)).Replace(root, RootMark, StringComparison.Ordinal);
    }

    static object? ToPython(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Object => ToDict(e),
        JsonValueKind.Array => new PyList(e.EnumerateArray().Select(ToPython)),
        JsonValueKind.String => e.GetString(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Null => null,
        _ => Number(e.GetRawText()),
    };

    static PyDict ToDict(JsonElement e)
    {
        var d = new PyDict();
        foreach (var p in e.EnumerateObject()) d.Set(p.Name, ToPython(p.Value));
        return d;
    }

    static object Number(string text)
    {
        if (text.IndexOfAny(['.', 'e', 'E']) >= 0) return double.Parse(text, CultureInfo.InvariantCulture);
        return PyInt.Normalize(BigInteger.Parse(text, CultureInfo.InvariantCulture));
    }

    // The oracle's fixture tree: directories end with '/', symlinks are "name -> target".
    static string BuildFixture()
    {
        string root = Path.Combine(Directory.CreateTempSubdirectory("ep-seed-glob").FullName, "tree");
        Directory.CreateDirectory(root);
        foreach (var entry in Corpus.Value.GetProperty("fixture").EnumerateArray().Select(x => x.GetString()!))
        {
            var parts = entry.Split(" -> ");
            string path = Path.Combine(root, parts[0].TrimEnd('/'));
            if (parts.Length == 2) File.CreateSymbolicLink(path, parts[1]);
            else if (entry.EndsWith('/')) Directory.CreateDirectory(path);
            else File.WriteAllText(path, entry);
        }
        return root;
    }
}
