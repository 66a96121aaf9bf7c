using Entrypoint.Jinja.Python;

namespace Entrypoint.Startup;

/// <summary>The render context: the variables' string keys (other YAML keys cannot be named in a template).</summary>
internal static class TemplateVariables
{
    /// <summary>Refills <paramref name="context"/> in place: the seed library's context() holds on to that one dictionary.</summary>
    public static Dictionary<string, object?> Refill(Dictionary<string, object?> context, PyDict variables)
    {
        context.Clear();
        foreach (var (key, value) in variables)
            if (key is string name) context[name] = value;
        return context;
    }
}
