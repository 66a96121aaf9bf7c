using Entrypoint.Jinja.Python;

namespace Entrypoint.Configuration;

/// <summary>
/// Assembles the variables as the Python tool did, plus -V repetition and --file-env: every YAML file in order
/// (a later file wins, mappings merge deeply, a missing file contributes nothing), then every environment
/// variable on top as a string, replacing a top-level key of the same name.
/// </summary>
public static class VariableSources
{
    /// <param name="files">The -V paths, in command-line order.</param>
    /// <param name="environment">The process environment, in its original order.</param>
    /// <param name="fileEnv">Whether --file-env was given.</param>
    public static Variables Load(
        IReadOnlyList<string> files, IEnumerable<KeyValuePair<string, string>> environment, bool fileEnv)
    {
        var values = new PyDict();
        foreach (var path in files)
        {
            if (VariableFile.Load(path) is { } mapping) values = VariableMerge.Merge(values, mapping);
        }

        IReadOnlyList<string> dropped = [];
        IReadOnlyList<KeyValuePair<string, string>> fromFiles = [];
        if (fileEnv)
        {
            var applied = FileEnvironment.Apply(environment);
            environment = applied.Environment;
            dropped = applied.Dropped;
            fromFiles = applied.FromFiles;
            // A *_FILE key gets no say in the variables, wherever it came from.
            foreach (var name in dropped) values.Remove(name);
        }
        foreach (var (name, value) in environment) values[name] = value;
        return new Variables(values, dropped, fromFiles);
    }
}
