using Entrypoint.Jinja.Python;

namespace Entrypoint.Startup;

/// <summary>The render context: the variables' string keys (other YAML keys cannot be named in a template).</summary>
internal static class TemplateVariables
{
    public static Dictionary<string, object?> From(PyDict variables)
    {
        var context = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in variables)
            if (key is string name) context[name] = value;
        return context;
    }
}
