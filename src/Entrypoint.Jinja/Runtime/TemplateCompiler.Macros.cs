using Entrypoint.Jinja.Python;
using Entrypoint.Jinja.Syntax;

namespace Entrypoint.Jinja.Runtime;

internal sealed partial class TemplateCompiler
{
    /// <summary>Compiles a macro or caller body; the returned factory binds it to the defining frame.</summary>
    Func<Frame, Macro> MacroFactory(string? name, Signature sig, Node[] body, int line)
    {
        var parameters = sig.Params;
        int firstDefault = parameters.Length - sig.Defaults.Length;
        int callerIndex = Array.IndexOf(parameters, "caller");
        if (callerIndex >= 0 && callerIndex < firstDefault)
            throw Fail("When defining macros or call blocks the special \"caller\" argument must be omitted or be given a default.", line, "TemplateAssertionError");
        _frameDepth++;
        var defaults = new ExprFn?[parameters.Length];
        for (int i = 0; i < sig.Defaults.Length; i++)
            defaults[firstDefault + i] = CompileExpr(sig.Defaults[i]);
        var usage = NameUsage.Scan(body);
        bool wasSoft = _soft;
        _soft = false;
        var compiled = CompileBody(body);
        _soft = wasSoft;
        _frameDepth--;
        return f => new Macro(f, name, parameters, defaults, compiled, usage);
    }

    StmtFn MacroFn(Syntax.Macro m)
    {
        var factory = MacroFactory(m.MacroName, m.Signature, m.Body, m.Line);
        string name = m.MacroName;
        return f => f.Set(name, factory(f));
    }

    StmtFn CallBlockFn(CallBlock c)
    {
        var factory = MacroFactory(null, c.Signature, c.Body, c.Line);
        var call = CallFn(c.Call, f => factory(f));
        return f =>
        {
            if (f.Root?.ParentTemplate is not null)
                return;
            f.Out.Append(PyRepr.Str(call(f)));
        };
    }
}
