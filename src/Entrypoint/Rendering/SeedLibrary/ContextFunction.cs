using Entrypoint.Jinja.Python;

namespace Entrypoint.Rendering.SeedLibrary;

/// <summary>
/// context(): the template's variables as a dict. Like the seed, it leaves out every name of the seed's
/// globals module and of Jinja's default namespace, even a render variable that happens to have one.
/// The engine gives host callables no access to the running template, so the variables are the ones the
/// pipeline renders with (given at registration, read at call time); top-level {% set %} names are absent.
/// </summary>
internal sealed class ContextFunction(IReadOnlyDictionary<string, object?> variables)
{
    static readonly PythonSignature Signature = new("context", "ctx");

    // The seed's module namespace (functions, imports, module dunders) plus jinja2.defaults.DEFAULT_NAMESPACE.
    static readonly HashSet<string> Hidden = new(StringComparer.Ordinal)
    {
        "min", "max", "abs", "all", "any", "round", "zip", "context", "glob", "iglob", "fatal_error",
        "log_debug", "log_info", "log_warning", "log_error", "log_fatal",
        "__name__", "__doc__", "__package__", "__loader__", "__spec__", "__file__", "__cached__", "__builtins__",
        "_builtins", "_glob", "_contextfunction", "_defaults",
        "range", "dict", "lipsum", "cycler", "joiner", "namespace",
    };

    public object? Call(IReadOnlyList<object?> args, IReadOnlyList<KeyValuePair<string, object?>> kwargs)
    {
        // The seed's context(ctx) receives the context first, so a template argument is the second one.
        Signature.Bind([null, .. args], kwargs);
        var result = new PyDict();
        foreach (var (name, value) in variables)
        {
            if (!Hidden.Contains(name)) result.Set(name, value);
        }
        return result;
    }
}
