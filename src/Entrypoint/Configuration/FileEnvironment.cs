using System.Text;

namespace Entrypoint.Configuration;

/// <summary>
/// --file-env, the convention of the official Docker images: NAME_FILE=/run/secrets/x makes NAME the content of
/// that file (trailing newlines removed, as the shell's $(cat ...) does) and NAME_FILE disappears. Setting both
/// NAME and NAME_FILE is ambiguous, so it is an error naming both. As in those images, an empty value counts as
/// not set.
/// </summary>
public static class FileEnvironment
{
    private const string Suffix = "_FILE";
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>What the environment becomes, in its original order (NAME takes NAME_FILE's place).</summary>
    public sealed record Result(
        IReadOnlyList<KeyValuePair<string, string>> Environment,
        IReadOnlyList<string> Dropped,
        IReadOnlyList<KeyValuePair<string, string>> FromFiles);

    public static Result Apply(IEnumerable<KeyValuePair<string, string>> environment)
    {
        var entries = environment.ToList();
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in entries) values[name] = value;

        var dropped = new List<string>();
        var fromFiles = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (fileName, path) in entries)
        {
            if (!IsFileVariable(fileName)) continue;
            dropped.Add(fileName);
            if (path.Length == 0) continue;
            var name = fileName[..^Suffix.Length];
            if (values.TryGetValue(name, out var direct) && direct.Length > 0)
            {
                throw new ConfigurationException(
                    $"both {name} and {fileName} are set; set only one of them ({fileName} names a file whose content becomes {name}).");
            }
            fromFiles[name] = ReadSecret(fileName, path);
        }

        var result = new List<KeyValuePair<string, string>>(entries.Count);
        var placed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, value) in entries)
        {
            if (IsFileVariable(name))
            {
                var target = name[..^Suffix.Length];
                if (fromFiles.TryGetValue(target, out var content) && !values.ContainsKey(target) && placed.Add(target))
                {
                    result.Add(new(target, content));
                }
                continue;
            }
            result.Add(fromFiles.TryGetValue(name, out var fromFile) && placed.Add(name) ? new(name, fromFile) : new(name, value));
        }
        return new Result(result, dropped, [.. fromFiles]);
    }

    private static bool IsFileVariable(string name) =>
        name.Length > Suffix.Length && name.EndsWith(Suffix, StringComparison.Ordinal);

    private static string ReadSecret(string variable, string path)
    {
        try
        {
            return StrictUtf8.GetString(File.ReadAllBytes(path)).TrimEnd('\n');
        }
        catch (DecoderFallbackException)
        {
            throw new ConfigurationException($"{variable}: {path} is not valid UTF-8 text.");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ConfigurationException($"{variable}: cannot read {path}: {e.Message}");
        }
    }
}
