using Entrypoint.Jinja.Library;
using Entrypoint.Jinja.Runtime;

namespace Entrypoint.Jinja;

/// <summary>
/// Holds the settings, the loader and the registries of filters, tests and globals.
/// The host extends <see cref="Filters"/>, <see cref="Tests"/> and <see cref="Globals"/> before rendering;
/// globals may hold any Python value, callables as <c>Entrypoint.Jinja.Python.PyCallable</c>.
/// </summary>
public sealed class Environment
{
    readonly TemplateLoader _loader;
    readonly Dictionary<string, Template> _cache = new(StringComparer.Ordinal);

    public Environment(EnvironmentOptions options)
    {
        Options = options;
        _loader = new TemplateLoader(options);
        Filters = FilterTable.CreateDefault();
        Tests = TestTable.CreateDefault();
        Globals = GlobalTable.CreateDefault();
    }

    public EnvironmentOptions Options { get; }

    /// <summary>Filters by name: <c>{{ value | name(args) }}</c>.</summary>
    public Dictionary<string, FilterFunction> Filters { get; }

    /// <summary>Tests by name: <c>{{ value is name(args) }}</c>.</summary>
    public Dictionary<string, TestFunction> Tests { get; }

    /// <summary>Variables visible in every template, below the render variables.</summary>
    public Dictionary<string, object?> Globals { get; }

    /// <summary>Compiles a template from source; <paramref name="name"/> null reports as "&lt;template&gt;".</summary>
    public Template FromString(string source, string? name = null) => Template.Compile(this, source, name);

    /// <summary>Loads (and caches) a template by its '/'-separated name.</summary>
    public Template GetTemplate(string name) =>
        TryGetTemplate(name, out var template) ? template : throw new TemplateError("TemplateNotFound", name);

    /// <summary>False only when no loader has the name; syntax errors still throw.</summary>
    internal bool TryGetTemplate(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Template? template)
    {
        lock (_cache)
        {
            if (_cache.TryGetValue(name, out template))
                return true;
        }
        if (!_loader.TryLoad(name, out var source))
            return false;
        template = Template.Compile(this, source, name);
        lock (_cache)
            _cache[name] = template;
        return true;
    }
}
