using System.Text;
using Entrypoint.Jinja.Python;
using Entrypoint.Jinja.Syntax;

namespace Entrypoint.Jinja.Runtime;

/// <summary>extends, block, include, import and from-import.</summary>
internal sealed partial class TemplateCompiler
{
    StmtFn ExtendsFn(Extends e)
    {
        var template = CompileExpr(e.Template);
        return f =>
        {
            var run = f.Root ?? throw new PyException("TemplateRuntimeError", "cannot use extend from a non top-level scope");
            if (run.ParentTemplate is not null)
                throw new PyException("TemplateRuntimeError", "extended multiple times");
            var parent = ResolveTemplate(f, template(f), ignoreMissing: false)!;
            run.ParentTemplate = parent;
            f.Ctx.AddBlocks(parent.Compiled);
        };
    }

    StmtFn BlockFn(Block b)
    {
        if (_blocks.Exists(x => x.Name == b.BlockName))
            throw Fail($"block {PyRepr.Repr(b.BlockName)} defined twice", b.Line, "TemplateAssertionError");
        bool wasSoft = _soft;
        int depth = _frameDepth;
        _soft = false;
        _frameDepth = 0;
        var body = CompileBody(b.Body);
        _soft = wasSoft;
        _frameDepth = depth;
        _blocks.Add(new CompiledBlock(b.BlockName, b.Scoped, b.Required, body));
        string name = b.BlockName;
        bool scoped = b.Scoped;
        return f =>
        {
            if (f.Root?.ParentTemplate is not null)
                return;
            BlockReference.Render(f.Ctx, name, 0, scoped ? f : f.Ctx.Root, f.Out);
        };
    }

    /// <summary>A name, a list of names (first that exists) or a template; null when missing and ignored.</summary>
    static Template? ResolveTemplate(Frame f, object? value, bool ignoreMissing)
    {
        var env = f.Render.Environment;
        switch (value)
        {
            case string name:
                if (env.TryGetTemplate(name, out var t))
                    return t;
                if (ignoreMissing)
                    return null;
                throw new PyException("TemplateNotFound", name);
            case PyList or PyTuple:
                var names = new List<object?>(PyOps.Iterate(value));
                foreach (var item in names)
                {
                    if (item is Undefined)
                        continue;
                    if (item is string n && env.TryGetTemplate(n, out var found))
                        return found;
                }
                if (ignoreMissing)
                    return null;
                if (names.Count == 0)
                    throw new PyException("TemplatesNotFound", "Tried to select from an empty list of templates.");
                throw new PyException("TemplatesNotFound", "none of the templates given were found: "
                    + string.Join(", ", names.Select(n => n is Undefined u ? u.Message : PyRepr.Str(n))));
            case Undefined u:
                throw u.Fail();
            default:
                if (!PyOps.IsTruthy(value))
                    throw new PyException("TemplatesNotFound", "Tried to select from an empty list of templates.");
                throw PyException.TypeError("'" + PyOps.TypeName(value) + "' object is not iterable");
        }
    }

    StmtFn IncludeFn(Include i)
    {
        var template = CompileExpr(i.Template);
        bool withContext = i.WithContext;
        bool ignoreMissing = i.IgnoreMissing;
        return f =>
        {
            if (f.Root?.ParentTemplate is not null)
                return;
            var t = ResolveTemplate(f, template(f), ignoreMissing);
            if (t is null)
                return;
            var rc = f.Render;
            var vars = withContext ? f.Flatten() : new Dictionary<string, object?>(rc.Environment.Globals, StringComparer.Ordinal);
            rc.Enter();
            try
            {
                Renderer.RenderRoot(new TemplateContext(rc, t, vars), t, f.Out);
            }
            finally
            {
                rc.Leave();
            }
        };
    }

    static TemplateModule MakeModule(Frame f, Template t, bool withContext)
    {
        var rc = f.Render;
        var vars = withContext ? f.Flatten() : new Dictionary<string, object?>(rc.Environment.Globals, StringComparer.Ordinal);
        var ctx = new TemplateContext(rc, t, vars);
        var sb = new StringBuilder();
        rc.Enter();
        try
        {
            Renderer.RenderRoot(ctx, t, sb);
        }
        finally
        {
            rc.Leave();
        }
        var exports = new PyDict();
        foreach (var name in ctx.Exported)
            exports.Set(name, ctx.Vars[name]);
        return new TemplateModule(t.Name, exports, sb.ToString(), rc.TakeBufferError(sb));
    }

    StmtFn ImportFn(Import i)
    {
        var template = CompileExpr(i.Template);
        bool withContext = i.WithContext;
        string target = Identifiers.Intern(i.Target); // frames match names by reference
        return f => f.Set(target, MakeModule(f, ResolveTemplate(f, template(f), false)!, withContext), export: false);
    }

    StmtFn FromImportFn(FromImport i)
    {
        var template = CompileExpr(i.Template);
        bool withContext = i.WithContext;
        var names = i.Names.Select(kv => new KeyValuePair<string, string>(kv.Key, Identifiers.Intern(kv.Value))).ToArray(); // frames match names by reference
        string position = _name is null ? $"line {i.Line}" : $"line {i.Line} in {PyRepr.Repr(_name)}";
        return f =>
        {
            var t = ResolveTemplate(f, template(f), false)!;
            var module = MakeModule(f, t, withContext);
            foreach (var (name, alias) in names)
            {
                var value = module.TryGetAttr(name, out var v)
                    ? v
                    : Undefined.WithHint(f.Render.UndefinedBehavior, $"the template {PyRepr.Repr(t.Name)} (imported on {position}) does not export the requested name {PyRepr.Repr(name)}", name);
                f.Set(alias, value, export: false);
            }
        };
    }
}
