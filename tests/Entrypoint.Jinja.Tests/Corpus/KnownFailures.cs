namespace Entrypoint.Jinja.Tests.Corpus;

/// <summary>
/// The ratchet list: ids of cases that do not pass yet, one per line with an optional "# reason".
/// A reason starting with "skip" means the case is not run at all (it would take the test host down).
/// </summary>
public sealed class KnownFailures
{
    readonly Dictionary<string, string> _reasons;

    KnownFailures(Dictionary<string, string> reasons) => _reasons = reasons;

    public IReadOnlyCollection<string> Ids => _reasons.Keys;

    public bool Contains(string id) => _reasons.ContainsKey(id);

    public bool IsSkipped(string id) => _reasons.TryGetValue(id, out var reason) && reason.StartsWith("skip", StringComparison.Ordinal);

    public string Reason(string id) => _reasons.GetValueOrDefault(id, "");

    public static KnownFailures Load(string path)
    {
        var reasons = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!File.Exists(path))
            return new KnownFailures(reasons);
        foreach (var rawLine in File.ReadAllLines(path))
        {
            var hash = rawLine.IndexOf('#', StringComparison.Ordinal);
            var id = (hash >= 0 ? rawLine[..hash] : rawLine).Trim();
            if (id.Length == 0)
                continue;
            reasons[id] = hash >= 0 ? rawLine[(hash + 1)..].Trim() : "";
        }
        return new KnownFailures(reasons);
    }

    /// <summary>Writes the list of failing ids with a fresh one-line reason; "skip" reasons are kept as written.</summary>
    public void Write(string path, IEnumerable<string> failingIds, IReadOnlyDictionary<string, string> firstLineOfFailure)
    {
        var lines = new List<string>
        {
            "# Corpus cases that do not pass yet. The corpus test fails when an unlisted case fails (a regression)",
            "# or a listed case passes (remove it). Regenerate: JINJA_CORPUS_WRITE_KNOWN_FAILURES=1 dotnet test",
            "#   tests/Entrypoint.Jinja.Tests --filter FullyQualifiedName~Corpus",
            "# A reason starting with 'skip' keeps the case from running at all (e.g. it crashes the test host).",
        };
        foreach (var id in failingIds.Order(StringComparer.Ordinal))
        {
            var reason = IsSkipped(id) ? _reasons[id] : firstLineOfFailure.GetValueOrDefault(id, "");
            lines.Add(reason.Length > 0 ? $"{id} # {reason}" : id);
        }
        File.WriteAllText(path, string.Join("\n", lines) + "\n");
    }
}
