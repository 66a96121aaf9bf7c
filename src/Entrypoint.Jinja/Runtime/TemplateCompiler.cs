using System.Text;
using Entrypoint.Jinja.Parsing;
using Entrypoint.Jinja.Python;
using Entrypoint.Jinja.Syntax;

namespace Entrypoint.Jinja.Runtime;

internal delegate void StmtFn(Frame f);

/// <summary>
/// Turns the AST into a tree of closures. Each statement list has one guard that gives a Python error this
/// template's name and the failing statement's line.
/// </summary>
/// <remarks>
/// Closures or an interpreter, measured: an earlier note had a throwaway AST interpreter at 214 ms against
/// 520 ms for these closures (200 renders of a 1000-iteration loop of getattr, arithmetic, a comparison and
/// output, now bench/jinja/loop). Profiling (perf and callgrind on a NativeAOT build of bench/jinja/Runner)
/// showed the cost was not closure dispatch but what the closures did: a dictionary per frame, a wrapper closure
/// and guard per statement, lists per call, boxed loop counters, an index built for every small dict, and
/// (in the bench) converting the variables on every render. With those gone the same loop takes 33 ms best of
/// 3 (68 ms for the previous closures and 552 ms for Jinja2 in the same run on a loaded 2-core machine), well
/// under the interpreter's 214 ms, so the closures stay: they resolve filters, tests, constant folding and
/// which names are top-level locals once, at compile time, where an interpreter re-decides per node.
/// </remarks>
internal sealed partial class TemplateCompiler
{
    readonly Environment _env;
    readonly string? _name;
    readonly List<CompiledBlock> _blocks = [];
    bool _soft;

    // How many frames (loops, macros, with...) enclose the code being compiled; 0 is the template's top level.
    int _frameDepth;

    // Names the top level assigns. Jinja binds them to the top-level frame, so an inner frame that reads one
    // before the assignment sees undefined instead of the render variable of the same name.
    HashSet<string> _rootAssigned = [];

    // Autoescape as known while compiling; null inside {% autoescape <non-constant> %}.
    bool? _autoescape;

    TemplateCompiler(Environment env, string? name)
    {
        _env = env;
        _name = name;
        _autoescape = env.Options.Autoescape;
    }

    public static CompiledTemplate Compile(Environment env, string source, string? name)
    {
        var ast = Parser.Parse(source, name, env.Options);
        var compiler = new TemplateCompiler(env, name);
        compiler._rootAssigned = RootAssignments.Collect(ast.Body);
        var body = compiler.CompileBody(ast.Body);
        return new CompiledTemplate(name, body, compiler._blocks);
    }

    TemplateError Fail(string message, int line, string type = "TemplateSyntaxError") => new(type, message, _name, line);

    TemplateError Locate(PyException e, int line) => new(e.PythonType, e.Message, _name, line, e);

    /// <summary>Compiles a body that runs in a new frame.</summary>
    StmtFn CompileInnerBody(Node[] body)
    {
        _frameDepth++;
        try
        {
            return CompileBody(body);
        }
        finally
        {
            _frameDepth--;
        }
    }

    /// <summary>
    /// Compiles a statement list. One guard per body, not per statement, gives a Python error this
    /// template's name and the failing statement's line: the statement closures run without a wrapper each.
    /// </summary>
    StmtFn CompileBody(Node[] body)
    {
        var array = new StmtFn[body.Length];
        var lines = new int[body.Length];
        for (int i = 0; i < body.Length; i++)
        {
            array[i] = CompileStmt(body[i]);
            lines[i] = body[i].Line;
        }
        if (array.Length == 0)
            return static _ => { };
        if (array.Length == 1 && body[0] is Output)
            return array[0]; // output locates its own errors, per expression
        return f =>
        {
            int i = 0;
            try
            {
                for (; i < array.Length; i++)
                    array[i](f);
            }
            catch (PyException e)
            {
                throw Locate(e, lines[i]);
            }
        };
    }

    StmtFn CompileStmt(Node node) => node switch
    {
        Output o => OutputFn(o),
        If i => IfFn(i),
        For loop => ForFn(loop),
        Assign a => AssignFn(a),
        AssignBlock a => AssignBlockFn(a),
        Syntax.Macro m => MacroFn(m),
        CallBlock c => CallBlockFn(c),
        FilterBlock fb => FilterBlockFn(fb),
        With w => WithFn(w),
        Include i => IncludeFn(i),
        Import i => ImportFn(i),
        FromImport i => FromImportFn(i),
        Extends e => ExtendsFn(e),
        Block b => BlockFn(b),
        ExprStmt e => ExprStmtFn(e),
        Syntax.Autoescape a => AutoescapeFn(a),
        _ => throw Fail($"unsupported statement {node.GetType().Name}", node.Line),
    };

    StmtFn OutputFn(Output o)
    {
        var parts = new object[o.Items.Length];
        var lines = new int[o.Items.Length];
        for (int i = 0; i < parts.Length; i++)
        {
            // Constants are folded into text at compile time, escaped only when autoescape is known to be on
            // (Jinja folds them with the compile-time eval context, so a volatile autoescape leaves them raw).
            parts[i] = o.Items[i] switch
            {
                TemplateData d => d.Text,
                Const { Value: string or long or double or bool or null } c => _autoescape == true ? Markup.EscapeText(PyRepr.Str(c.Value)) : PyRepr.Str(c.Value),
                _ => CompileExpr((Expr)o.Items[i]),
            };
            lines[i] = o.Items[i].Line;
        }
        return f =>
        {
            if (f.Root?.ParentTemplate is not null)
                return;
            int i = 0;
            try
            {
                for (; i < parts.Length; i++)
                {
                    if (parts[i] is string s)
                        f.Out.Append(s);
                    else
                    {
                        var value = ((ExprFn)parts[i])(f);
                        if (value is string str && !f.Render.Autoescape)
                            f.Out.Append(str);
                        else if (value is long number)
                            AppendInt(f.Out, number); // digits need no escaping
                        else
                            f.Out.Append(f.Render.ToOutput(value));
                    }
                }
            }
            catch (PyException e)
            {
                throw Locate(e, lines[i]);
            }
        };
    }

    /// <summary>str(int) straight into the output, without an intermediate string.</summary>
    static void AppendInt(StringBuilder output, long number)
    {
        Span<char> digits = stackalloc char[20];
        number.TryFormat(digits, out int written, default, System.Globalization.CultureInfo.InvariantCulture);
        output.Append(digits[..written]);
    }

    StmtFn IfFn(If node)
    {
        bool wasSoft = _soft;
        _soft = true;
        var tests = new List<ExprFn> { CompileExpr(node.Test) };
        var bodies = new List<StmtFn> { CompileBody(node.Body) };
        var lines = new List<int> { node.Line };
        foreach (var elif in node.Elifs)
        {
            lines.Add(elif.Line);
            tests.Add(CompileExpr(elif.Test));
            bodies.Add(CompileBody(elif.Body));
        }
        var otherwise = CompileBody(node.Else);
        _soft = wasSoft;
        var testArray = tests.ToArray();
        var bodyArray = bodies.ToArray();
        var lineArray = lines.ToArray();
        return f =>
        {
            for (int i = 0; i < testArray.Length; i++)
            {
                bool truth;
                try
                {
                    truth = PyOps.IsTruthy(testArray[i](f));
                }
                catch (PyException e)
                {
                    throw Locate(e, lineArray[i]);
                }
                if (truth)
                {
                    bodyArray[i](f);
                    return;
                }
            }
            otherwise(f);
        };
    }

    /// <summary>Binds an assignment target (name, tuple or ns.attr) in the frame.</summary>
    static void AssignTarget(Frame f, Expr target, object? value)
    {
        switch (target)
        {
            case Name n:
                f.Set(n.Identifier, value);
                break;
            case NamespaceRef r:
                if (f.Lookup(r.Identifier) is not Namespace ns)
                    throw new PyException("TemplateRuntimeError", "cannot assign attribute on non-namespace object");
                ns.Set(r.Attr, value);
                break;
            case TupleLiteral t:
                var items = Unpack(value, t.Items.Length);
                for (int i = 0; i < items.Count; i++)
                    AssignTarget(f, t.Items[i], items[i]);
                break;
        }
    }

    static List<object?> Unpack(object? value, int expected)
    {
        var items = new List<object?>(expected);
        foreach (var item in PyOps.Iterate(value))
        {
            if (items.Count == expected)
                throw PyException.ValueError($"too many values to unpack (expected {expected})");
            items.Add(item);
        }
        if (items.Count < expected)
            throw PyException.ValueError($"not enough values to unpack (expected {expected}, got {items.Count})");
        return items;
    }

    StmtFn AssignFn(Assign a)
    {
        var value = CompileExpr(a.Value);
        var target = a.Target;
        if (target is Name n)
        {
            string name = n.Identifier;
            return f => f.Set(name, value(f));
        }
        return f => AssignTarget(f, target, value(f));
    }

    /// <summary>Renders a body into a fresh buffer in a child frame; Markup when autoescaping.</summary>
    static object Capture(Frame f, StmtFn body)
    {
        var sb = new StringBuilder();
        body(new Frame(f, sb, null));
        f.Render.CheckBuffer(sb);
        return f.Render.Autoescape ? new Markup(sb.ToString()) : sb.ToString();
    }

    StmtFn AssignBlockFn(AssignBlock a)
    {
        var body = CompileInnerBody(a.Body);
        var target = a.Target;
        ExprFn? filter = null;
        if (a.Filter is not null)
            filter = CompileFilterChain(a.Filter, _ => _captured);
        return f =>
        {
            var value = Capture(f, body);
            if (filter is not null)
                value = ApplyFilterChain(f, filter, value)!;
            AssignTarget(f, target, value);
        };
    }

    // A filter chain whose innermost target is null reads its input from this slot (set just before).
    [ThreadStatic] static object? _captured;

    ExprFn CompileFilterChain(Filter outer, ExprFn input)
    {
        ExprFn Build(Filter flt) =>
            FilterFn(flt, flt.Target is Filter inner ? Build(inner) : input);
        return Build(outer);
    }

    static object? ApplyFilterChain(Frame f, ExprFn chain, object? value)
    {
        var saved = _captured;
        _captured = value;
        try
        {
            return chain(f);
        }
        finally
        {
            _captured = saved;
        }
    }

    StmtFn FilterBlockFn(FilterBlock fb)
    {
        var body = CompileInnerBody(fb.Body);
        var chain = CompileFilterChain(fb.Filter, _ => _captured);
        return f =>
        {
            if (f.Root?.ParentTemplate is not null)
                return;
            var value = ApplyFilterChain(f, chain, Capture(f, body));
            if (value is string or Markup)
                f.Out.Append(PyRepr.Str(value));
            else
                f.Render.Poison(f.Out, value); // Jinja yields the result as it is: the buffer's join fails
        };
    }

    StmtFn WithFn(With w)
    {
        var values = w.Values.Select(CompileExpr).ToArray();
        var targets = w.Targets;
        var body = CompileInnerBody(w.Body);
        return f =>
        {
            var evaluated = new object?[values.Length];
            for (int i = 0; i < values.Length; i++)
                evaluated[i] = values[i](f);
            var inner = f.Inner();
            for (int i = 0; i < targets.Length; i++)
                AssignTarget(inner, targets[i], evaluated[i]);
            body(inner);
        };
    }

    StmtFn ExprStmtFn(ExprStmt e)
    {
        var value = CompileExpr(e.Value);
        return f => value(f);
    }

    StmtFn AutoescapeFn(Syntax.Autoescape a)
    {
        var enabled = CompileExpr(a.Enabled);
        bool? saved = _autoescape;
        _autoescape = a.Enabled is Const c ? PyOps.IsTruthy(c.Value) : null;
        var body = CompileBody(a.Body);
        _autoescape = saved;
        return f =>
        {
            var rc = f.Render;
            bool saved = rc.Autoescape;
            rc.Autoescape = PyOps.IsTruthy(enabled(f));
            try
            {
                body(f);
            }
            finally
            {
                rc.Autoescape = saved;
            }
        };
    }
}
