namespace Entrypoint.Configuration.Yaml;

/// <summary>
/// yaml.safe_load for a text: the single document's value as Python values of the template engine
/// (PyDict, PyList, long/BigInteger, double, string, bool, null, PyDate, PyDateTime, PyBytes), or null for an
/// empty stream. Throws <see cref="YamlLoadException"/> where PyYAML would raise.
/// </summary>
public static class YamlDocumentReader
{
    public static object? Load(string text)
    {
        YamlSyntax.CheckPrintable(text);
        // PyYAML skips a byte order mark at the very start; YamlDotNet would make it part of the first key.
        if (text.StartsWith('\uFEFF')) text = text[1..];
        var root = YamlComposer.ComposeSingleDocument(text);
        return root is null ? null : new YamlConstructor().Construct(root);
    }
}
