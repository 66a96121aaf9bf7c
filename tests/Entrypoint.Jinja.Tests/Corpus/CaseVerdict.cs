using System.Text;

namespace Entrypoint.Jinja.Tests.Corpus;

/// <summary>Compares our result with Jinja2's: output byte for byte, or error class, message, template and line.</summary>
public static class CaseVerdict
{
    /// <summary>Null when the case passes, otherwise a description of the difference for a person.</summary>
    public static string? Difference(CorpusCase corpusCase, ActualResult actual)
    {
        var expected = corpusCase.Expected;
        if (actual.Crash is not null)
            return $"engine crashed: {actual.Crash}\n  expected {Describe(expected)}";

        if (expected.Error is null)
        {
            if (actual.Error is not null)
                return $"expected output {Quote(expected.Output!)}\n  got error {Describe(actual.Error)}";
            return actual.Output == expected.Output
                ? null
                : $"expected output {Quote(expected.Output!)}\n  got output      {Quote(actual.Output!)}";
        }

        if (actual.Error is null)
            return $"expected error {Describe(expected.Error)}\n  got output {Quote(actual.Output!)}";

        var e = expected.Error;
        var a = actual.Error;
        // Python's recursion limit is an accident of CPython's stack, not Jinja's language: for runaway
        // nesting we only require the same clean error class, wherever and however it is worded.
        if (e.Type == "RecursionError" && a.PythonType == "RecursionError")
            return null;
        var same = e.Type == a.PythonType && e.Message == a.Message && e.Line == a.Line && e.Template == a.TemplateName;
        return same ? null : $"expected error {Describe(e)}\n  got error      {Describe(a)}";
    }

    static string Describe(ExpectedResult expected) =>
        expected.Error is null ? $"output {Quote(expected.Output!)}" : $"error {Describe(expected.Error)}";

    static string Describe(ExpectedError e) => $"{e.Type}: {Quote(e.Message)} at {e.Template ?? "?"}:{e.Line?.ToString() ?? "?"}";

    static string Describe(TemplateError a) => $"{a.PythonType}: {Quote(a.Message)} at {a.TemplateName ?? "?"}:{a.Line?.ToString() ?? "?"}";

    // Shows invisible characters so whitespace differences can be seen in a test log.
    public static string Quote(string text)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                '"' => "\\\"",
                '\\' => "\\\\",
                _ when char.IsControl(c) => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }
        return builder.Append('"').ToString();
    }
}
