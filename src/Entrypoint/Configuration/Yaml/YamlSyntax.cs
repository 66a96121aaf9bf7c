using YamlDotNet.Core;

namespace Entrypoint.Configuration.Yaml;

/// <summary>
/// Syntax errors: YamlDotNet's, reworded without its position prefix, and the character check PyYAML's reader
/// makes before parsing (control characters are not allowed anywhere in a YAML stream).
/// </summary>
internal static class YamlSyntax
{
    public static YamlLoadException FromYamlDotNet(YamlException e)
    {
        // YamlDotNet puts "(Line: 1, Col: 5, Idx: 4) - (Line: 1, Col: 6, Idx: 5): " before the problem.
        var message = e.Message;
        int split = message.IndexOf("): ", StringComparison.Ordinal);
        if (message.StartsWith("(Line", StringComparison.Ordinal) && split >= 0) message = message[(split + 3)..];
        var errorClass = e is SyntaxErrorException ? "ScannerError" : "ParserError";
        return new YamlLoadException(errorClass, message, new YamlMark((int)e.Start.Line, (int)e.Start.Column));
    }

    /// <summary>PyYAML accepts tab, line breaks, printable ASCII, NEL and the printable Unicode ranges.</summary>
    public static void CheckPrintable(string text)
    {
        int line = 1, column = 1;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            bool allowed = c is '\t' or '\n' or '\r' or (>= ' ' and <= '~') or '\u0085'
                || (c >= '\u00a0' && c <= '\ud7ff') || (c >= '\ue000' && c <= '\ufffd')
                || (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                || (char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(text[i - 1]));
            if (!allowed)
            {
                throw new YamlLoadException("ReaderError",
                    $"unacceptable character #x{(int)c:x4}: special characters are not allowed", new YamlMark(line, column));
            }
            if (c == '\n')
            {
                line++;
                column = 1;
            }
            else
            {
                column++;
            }
        }
    }
}
