using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Entrypoint.Tests.Infrastructure;

namespace Entrypoint.Tests.Jinja;

/// <summary>
/// The conformance corpus again, through the engine compiled with NativeAOT as it ships (tools/Entrypoint.Jinja.Cli,
/// built by `make test` into dist/jinja-cli). The corpus test in Entrypoint.Jinja.Tests runs the engine under the JIT;
/// behaviour that differs only when compiled ahead of time (string interning, trimming) shows up here.
/// </summary>
public class NativeCorpusTests
{
    private static string CorpusDirectory => Path.Combine(Binaries.RepositoryRoot, "tests", "Entrypoint.Jinja.Tests", "Corpus");

    [Fact]
    public void Every_corpus_case_renders_the_same_under_NativeAOT()
    {
        string cli = Path.Combine(Binaries.RepositoryRoot, "dist", "jinja-cli", "entrypoint-jinja-cli");
        if (!File.Exists(cli)) throw new Xunit.Sdk.XunitException($"{cli} is missing: `make test` builds it");
        HashSet<string> known = KnownFailures();
        var cases = new JsonArray();
        var expected = new Dictionary<string, JsonNode>();
        foreach (string file in Directory.GetFiles(Path.Combine(CorpusDirectory, "expected"), "*.json").Order(StringComparer.Ordinal))
        {
            foreach (JsonNode? c in JsonNode.Parse(File.ReadAllText(file))!["cases"]!.AsArray())
            {
                string id = c!["id"]!.GetValue<string>();
                if (known.Contains(id)) continue;
                expected[id] = c["expected"]!.DeepClone();
                cases.Add(c.DeepClone());
            }
        }

        string input = new JsonObject { ["cases"] = cases }.ToJsonString();
        using var run = Launched.Start(cli, [], stdin: input);
        Assert.Equal(0, run.WaitForExit());
        var differences = new StringBuilder();
        int compared = 0;
        foreach (JsonNode? result in JsonNode.Parse(run.StdoutText)!["results"]!.AsArray())
        {
            string id = result!["id"]!.GetValue<string>();
            compared++;
            if (Difference(expected[id], result) is string d) differences.Append(id).Append(": ").Append(d).Append('\n');
        }
        Assert.Equal(expected.Count, compared);
        Assert.True(differences.Length == 0, $"under NativeAOT, {differences.ToString().Split('\n').Length - 1} of {compared} cases differ:\n{differences}");
    }

    private static string? Difference(JsonNode expected, JsonNode actual)
    {
        if (expected["error"] is not JsonNode e)
        {
            string want = expected["output"]!.GetValue<string>();
            return actual["output"]?.GetValue<string>() == want ? null : $"expected output {Json(want)}, got {actual.ToJsonString()}";
        }
        if (actual["error"] is not JsonNode a) return $"expected error {e.ToJsonString()}, got {actual.ToJsonString()}";
        string type = e["type"]!.GetValue<string>();
        // Runaway nesting: only the clean error class is Jinja's; the depth is an accident of each stack.
        if (type == "RecursionError" && a["type"]?.GetValue<string>() == "RecursionError") return null;
        bool same = a["type"]?.GetValue<string>() == type
            && a["message"]?.GetValue<string>() == e["message"]?.GetValue<string>()
            && a["line"]?.ToJsonString() == (e["line"] ?? JsonValue.Create((int?)null))?.ToJsonString();
        return same ? null : $"expected error {e.ToJsonString()}, got {a.ToJsonString()}";
    }

    private static string Json(string s) => JsonSerializer.Serialize(s, JsonContext.Default.String);

    private static HashSet<string> KnownFailures() =>
        File.ReadAllLines(Path.Combine(CorpusDirectory, "known-failures.txt"))
            .Select(l => l.Split('#')[0].Trim())
            .Where(l => l.Length > 0)
            .ToHashSet(StringComparer.Ordinal);
}

[System.Text.Json.Serialization.JsonSerializable(typeof(string))]
internal sealed partial class JsonContext : System.Text.Json.Serialization.JsonSerializerContext;
