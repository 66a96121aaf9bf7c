using Entrypoint.Jinja.Python;

namespace Entrypoint.Configuration;

/// <summary>
/// The variables templates and hooks see: YAML files merged, then the environment on top.
/// With --file-env, also what the command's environment must lose and gain: each NAME_FILE is dropped and
/// NAME is set to the file's content (the official images' convention); applying that is the supervisor's job.
/// </summary>
public sealed record Variables(
    PyDict Values,
    IReadOnlyList<string> EnvironmentToDrop,
    IReadOnlyList<KeyValuePair<string, string>> EnvironmentFromFiles);
