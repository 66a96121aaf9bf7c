using System.Text;
using Entrypoint.Configuration.Yaml;
using Entrypoint.Jinja.Python;

namespace Entrypoint.Configuration;

/// <summary>
/// One -V file: its top-level mapping, or null when the file does not exist or holds no document.
/// Anything else (a directory, unreadable or non-UTF-8 content, YAML errors, a top-level list or scalar)
/// is a <see cref="ConfigurationException"/> naming the file.
/// </summary>
public static class VariableFile
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static PyDict? Load(string path)
    {
        if (Directory.Exists(path))
        {
            throw new ConfigurationException($"{path}: is a directory, but a YAML variables file was expected.");
        }
        if (!File.Exists(path)) return null;
        string text;
        try
        {
            text = StrictUtf8.GetString(File.ReadAllBytes(path));
        }
        catch (DecoderFallbackException e)
        {
            throw new ConfigurationException($"{path}: is not valid UTF-8 (byte {e.Index}); save it as UTF-8.");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ConfigurationException($"{path}: cannot be read: {e.Message}");
        }
        return Parse(path, text);
    }

    /// <summary>The same checks for text already in memory; <paramref name="path"/> only names it in errors.</summary>
    public static PyDict? Parse(string path, string text)
    {
        object? value;
        try
        {
            value = YamlDocumentReader.Load(text);
        }
        catch (YamlLoadException e)
        {
            throw new ConfigurationException(YamlErrorMessage.Format(path, text, e));
        }
        return value switch
        {
            null => null,
            PyDict mapping => mapping,
            _ => throw new ConfigurationException(
                $"{path}: the top level must be a mapping of variable names to values, but it is {Describe(value)}."),
        };
    }

    private static string Describe(object? value) => value switch
    {
        PyList => "a list",
        string => "a string",
        bool => "a boolean",
        long or System.Numerics.BigInteger => "an integer",
        double => "a float",
        _ => "a " + PyOps.TypeName(value),
    };
}
