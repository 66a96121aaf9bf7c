using System.Text;
using Entrypoint.Jinja.Python;

namespace Entrypoint.Jinja.Runtime;

/// <summary><c>self</c>: gives access to the blocks of the template being rendered.</summary>
internal sealed class TemplateReference(TemplateContext ctx) : IPyObject
{
    public string TypeName => "TemplateReference";
    public string Repr() => "<TemplateReference " + PyRepr.Repr(ctx.Template.Name) + ">";

    public bool TryGetAttr(string name, out object? value)
    {
        value = ctx.Blocks.ContainsKey(name) ? new BlockReference(ctx, name, 0) : null;
        return value is not null;
    }

    public object? GetItem(object? key) =>
        key is string s && TryGetAttr(s, out var v) ? v : throw PyException.KeyError(key);
}

/// <summary>A callable rendering one level of a block stack: <c>self.name()</c>, <c>super()</c>.</summary>
internal sealed class BlockReference(TemplateContext ctx, string name, int depth) : IPyObject
{
    public string TypeName => "BlockReference";

    public bool TryGetAttr(string attr, out object? value)
    {
        value = attr == "super" ? Super(ctx, name, depth + 1) : null;
        return value is not null;
    }

    /// <summary>The reference to the next block up the chain, or an undefined explaining there is none.</summary>
    public static object Super(TemplateContext ctx, string name, int depth) =>
        ctx.Blocks.TryGetValue(name, out var stack) && depth < stack.Count
            ? new BlockReference(ctx, name, depth)
            : ctx.Render.MakeUndefined($"there is no parent block called {PyRepr.Repr(name)}.");

    public object? Call(IReadOnlyList<object?> args, IReadOnlyList<KeyValuePair<string, object?>> kwargs)
    {
        var sb = new StringBuilder();
        Render(ctx, name, depth, ctx.Root, sb);
        ctx.Render.CheckBuffer(sb);
        return ctx.Render.Autoescape ? new Markup(sb.ToString()) : sb.ToString();
    }

    /// <summary>Runs level <paramref name="depth"/> of the block stack in a frame below <paramref name="parent"/>.</summary>
    public static void Render(TemplateContext ctx, string name, int depth, Frame parent, StringBuilder output)
    {
        var block = ctx.Blocks[name][depth];
        if (block.Required)
            throw new PyException("TemplateRuntimeError", $"Required block {PyRepr.Repr(name)} not found");
        var rc = ctx.Render;
        rc.Enter();
        try
        {
            var frame = new Frame(parent, output, null);
            frame.Set(Syntax.Identifiers.Super, Super(ctx, name, depth + 1));
            block.Body(frame);
        }
        finally
        {
            rc.Leave();
        }
    }
}
