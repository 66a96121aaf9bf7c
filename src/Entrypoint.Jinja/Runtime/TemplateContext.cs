using System.Text;

namespace Entrypoint.Jinja.Runtime;

/// <summary>
/// Jinja's Context: the variables of one render of a template (shared by its whole extends chain),
/// the names it exports to importers, and the block stacks for inheritance.
/// </summary>
internal sealed class TemplateContext
{
    public TemplateContext(RenderContext render, Template template, Dictionary<string, object?> parent)
    {
        Render = render;
        Template = template;
        Parent = parent;
    }

    public RenderContext Render { get; }

    /// <summary>The template the render started with (what <c>self</c> refers to).</summary>
    public Template Template { get; }

    /// <summary>Read-only layer below the template's own variables: globals and render variables.</summary>
    public Dictionary<string, object?> Parent { get; }

    /// <summary>Top-level assignments of the template.</summary>
    public Dictionary<string, object?> Vars { get; } = new(StringComparer.Ordinal);

    public List<string> Exported { get; } = [];

    /// <summary>For each block name, the overriding definitions, most derived first.</summary>
    public Dictionary<string, List<CompiledBlock>> Blocks { get; } = new(StringComparer.Ordinal);

    Frame? _root;

    public Frame RootFrame(StringBuilder output)
    {
        if (_root is null)
            _root = new Frame(this, output);
        else
            _root.Out = output;
        return _root;
    }

    public Frame Root => _root ?? throw new InvalidOperationException("context has no root frame yet");

    public void AddBlocks(CompiledTemplate template)
    {
        foreach (var block in template.Blocks)
        {
            if (!Blocks.TryGetValue(block.Name, out var list))
                Blocks[block.Name] = list = [];
            list.Add(block);
        }
    }
}
