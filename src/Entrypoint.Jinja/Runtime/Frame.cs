using System.Text;

namespace Entrypoint.Jinja.Runtime;

/// <summary>
/// One variable scope plus where output goes. Loops, with, macros and blocks open a child frame;
/// if does not. Names resolve through the chain, then the template context (top-level sets),
/// then its parent (render variables and globals).
/// </summary>
internal sealed class Frame
{
    public Frame(TemplateContext ctx, StringBuilder output)
    {
        Ctx = ctx;
        Render = ctx.Render;
        Out = output;
        Vars = ctx.Vars;
    }

    public Frame(Frame parent, StringBuilder output, RootRun? root)
    {
        Parent = parent;
        Ctx = parent.Ctx;
        Render = parent.Render;
        Out = output;
        Root = root;
    }

    public Frame? Parent { get; }
    public TemplateContext Ctx { get; }
    public RenderContext Render { get; }
    public StringBuilder Out { get; set; }
    public Dictionary<string, object?>? Vars { get; private set; }

    /// <summary>Set while the top-level body of a template runs; output stops once it extends another.</summary>
    public RootRun? Root { get; set; }

    public bool IsTopLevel => Parent is null;

    /// <summary>A child frame sharing this output, still part of the top-level run (for, with).</summary>
    public Frame Inner() => new(this, Out, Root);

    public bool TryLookup(string name, out object? value)
    {
        for (var f = this; f is not null; f = f.Parent)
        {
            if (f.Vars is not null && f.Vars.TryGetValue(name, out value))
                return true;
        }
        return Ctx.Parent.TryGetValue(name, out value);
    }

    public object? Lookup(string name)
    {
        if (TryLookup(name, out var value))
            return value;
        return name == "self" ? new TemplateReference(Ctx) : Render.UndefinedName(name);
    }

    /// <summary>Lookup of a name the top level assigns: render variables and globals do not count.</summary>
    public object? LookupSkippingContextParent(string name)
    {
        for (var f = this; f is not null; f = f.Parent)
        {
            if (f.Vars is not null && f.Vars.TryGetValue(name, out var value))
                return value;
        }
        return Render.UndefinedName(name);
    }

    public void Set(string name, object? value, bool export = true)
    {
        (Vars ??= new Dictionary<string, object?>(StringComparer.Ordinal))[name] = value;
        if (export && Parent is null && !name.StartsWith('_') && !Ctx.Exported.Contains(name))
            Ctx.Exported.Add(name);
    }

    /// <summary>Forgets this frame's own variables (a loop starts each iteration fresh).</summary>
    public void ClearVars() => Vars?.Clear();

    /// <summary>All visible names, outermost first, as Jinja's context.get_all() plus locals.</summary>
    public Dictionary<string, object?> Flatten()
    {
        var result = new Dictionary<string, object?>(Ctx.Parent, StringComparer.Ordinal);
        var chain = new List<Frame>();
        for (var f = this; f is not null; f = f.Parent)
            chain.Add(f);
        for (int i = chain.Count - 1; i >= 0; i--)
        {
            if (chain[i].Vars is { } vars)
                foreach (var kv in vars)
                {
                    // Jinja does not hand a loop's special variable to included templates.
                    if (kv.Key != "loop")
                        result[kv.Key] = kv.Value;
                }
        }
        return result;
    }
}

/// <summary>State of one template's top-level run: whether it has extended a parent yet.</summary>
internal sealed class RootRun
{
    public Template? ParentTemplate { get; set; }
}
