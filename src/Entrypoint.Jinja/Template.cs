using Entrypoint.Jinja.Runtime;

namespace Entrypoint.Jinja;

/// <summary>A compiled template, ready to render many times.</summary>
public sealed class Template
{
    internal Template(Environment environment, string? name, CompiledTemplate compiled)
    {
        Environment = environment;
        Name = name;
        Compiled = compiled;
    }

    public Environment Environment { get; }

    /// <summary>The loader name, or null for templates made from strings without a name.</summary>
    public string? Name { get; }

    internal CompiledTemplate Compiled { get; }

    internal static Template Compile(Environment environment, string source, string? name) =>
        new(environment, name, TemplateCompiler.Compile(environment, source, name));

    /// <summary>Renders with the given variables (plain .NET values, converted at the boundary).</summary>
    public string Render(IReadOnlyDictionary<string, object?> variables) => Renderer.Render(this, variables);
}
