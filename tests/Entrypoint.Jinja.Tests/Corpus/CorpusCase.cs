using System.Text.Json;

namespace Entrypoint.Jinja.Tests.Corpus;

/// <summary>One conformance case as the oracle wrote it: inputs plus Jinja2's answer.</summary>
public sealed record CorpusCase(
    string Id,
    string Entry,
    IReadOnlyDictionary<string, string> Templates,
    JsonElement Variables,
    CaseOptions Options,
    ExpectedResult Expected);

/// <summary>The environment options a case renders with (always written in full by the oracle).</summary>
public sealed record CaseOptions(
    bool TrimBlocks,
    bool LstripBlocks,
    bool KeepTrailingNewline,
    bool Autoescape,
    UndefinedBehavior Undefined);

/// <summary>Either the rendered text or the error Jinja2 raised.</summary>
public sealed record ExpectedResult(string? Output, ExpectedError? Error);

/// <summary>The error Jinja2 raised: Python class name, message without location, and where it happened.</summary>
public sealed record ExpectedError(string Type, string Message, string? Template, int? Line);
