namespace Entrypoint.Configuration.Yaml;

/// <summary>
/// Why a YAML text could not be loaded, classified as PyYAML would report it (ScannerError, ParserError,
/// ComposerError, ConstructorError, ReaderError, or the plain ValueError/KeyError a constructor raises),
/// with the position of the problem when there is one.
/// </summary>
public sealed class YamlLoadException(string errorClass, string problem, YamlMark? mark) : Exception(problem)
{
    /// <summary>PyYAML's exception class name for the same input.</summary>
    public string ErrorClass { get; } = errorClass;

    /// <summary>What is wrong, without the position.</summary>
    public string Problem { get; } = problem;

    public YamlMark? Mark { get; } = mark;

    /// <summary>Errors from the scanner and parser (YAML syntax), as opposed to errors about the values.</summary>
    public bool IsSyntaxError => ErrorClass is "ScannerError" or "ParserError" or "ReaderError";
}
