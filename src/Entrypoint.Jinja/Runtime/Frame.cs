using System.Text;

namespace Entrypoint.Jinja.Runtime;

/// <summary>
/// One variable scope plus where output goes. Loops, with, macros and blocks open a child frame;
/// if does not. Names resolve through the chain, then the template context (top-level sets),
/// then its parent (render variables and globals).
/// </summary>
/// <remarks>
/// A child frame holds a handful of names (a loop target and <c>loop</c>, macro parameters), so it keeps
/// them in two small arrays searched linearly instead of a dictionary: no hashing, no per-frame table, and a
/// loop iteration starts fresh by resetting a count. Every name a frame sees comes from
/// <see cref="Syntax.Identifiers"/> (the parser interns identifiers there, the runtime uses its fields, never
/// literals), so the search compares references only; debug builds assert it. The top-level frame uses the context's dictionary, which importers read.
/// </remarks>
internal sealed class Frame
{
    readonly Dictionary<string, object?>? _root;
    string[]? _names;
    object?[]? _values;
    int _count;

    public Frame(TemplateContext ctx, StringBuilder output)
    {
        Ctx = ctx;
        Render = ctx.Render;
        Out = output;
        _root = ctx.Vars;
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

    /// <summary>Set while the top-level body of a template runs; output stops once it extends another.</summary>
    public RootRun? Root { get; set; }

    public bool IsTopLevel => Parent is null;

    /// <summary>A child frame sharing this output, still part of the top-level run (for, with).</summary>
    public Frame Inner() => new(this, Out, Root);

    bool TryGetOwn(string name, out object? value)
    {
        if (_root is not null)
            return _root.TryGetValue(name, out value);
        AssertInterned(name);
        var names = _names;
        for (int i = 0; i < _count; i++)
        {
            if (ReferenceEquals(names![i], name))
            {
                value = _values![i];
                return true;
            }
        }
        value = null;
        return false;
    }

    public bool TryLookup(string name, out object? value)
    {
        for (var f = this; f is not null; f = f.Parent)
        {
            if (f.TryGetOwn(name, out value))
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
            if (f.TryGetOwn(name, out var value))
                return value;
        }
        return Render.UndefinedName(name);
    }

    public void Set(string name, object? value, bool export = true)
    {
        if (_root is not null)
        {
            _root[name] = value;
            if (export && !name.StartsWith('_') && !Ctx.Exported.Contains(name))
                Ctx.Exported.Add(name);
            return;
        }
        AssertInterned(name);
        for (int i = 0; i < _count; i++)
        {
            if (ReferenceEquals(_names![i], name))
            {
                _values![i] = value;
                return;
            }
        }
        if (_names is null)
        {
            _names = new string[4];
            _values = new object?[4];
        }
        else if (_count == _names.Length)
        {
            Array.Resize(ref _names, _count * 2);
            Array.Resize(ref _values, _count * 2);
        }
        _names[_count] = name;
        _values![_count] = value;
        _count++;
    }

    [System.Diagnostics.Conditional("DEBUG")]
    static void AssertInterned(string name) =>
        System.Diagnostics.Debug.Assert(Syntax.Identifiers.IsInterned(name), $"frame name '{name}' is not interned");

    /// <summary>Forgets this frame's own variables (a loop starts each iteration fresh).</summary>
    public void ClearVars()
    {
        if (_root is not null)
        {
            _root.Clear();
            return;
        }
        if (_count > 0)
            Array.Clear(_values!, 0, _count);
        _count = 0;
    }

    /// <summary>All visible names, outermost first, as Jinja's context.get_all() plus locals.</summary>
    public Dictionary<string, object?> Flatten()
    {
        var result = new Dictionary<string, object?>(Ctx.Parent, StringComparer.Ordinal);
        var chain = new List<Frame>();
        for (var f = this; f is not null; f = f.Parent)
            chain.Add(f);
        for (int i = chain.Count - 1; i >= 0; i--)
        {
            var frame = chain[i];
            if (frame._root is { } vars)
            {
                foreach (var kv in vars)
                    Expose(result, kv.Key, kv.Value);
            }
            else
            {
                for (int j = 0; j < frame._count; j++)
                    Expose(result, frame._names![j], frame._values![j]);
            }
        }
        return result;
    }

    // Jinja does not hand a loop's special variable to included templates.
    static void Expose(Dictionary<string, object?> result, string name, object? value)
    {
        if (name != "loop")
            result[name] = value;
    }
}

/// <summary>State of one template's top-level run: whether it has extended a parent yet.</summary>
internal sealed class RootRun
{
    public Template? ParentTemplate { get; set; }
}
