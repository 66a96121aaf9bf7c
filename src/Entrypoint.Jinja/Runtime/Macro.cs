using System.Text;
using Entrypoint.Jinja.Python;

namespace Entrypoint.Jinja.Runtime;

/// <summary>A macro (or the caller of a call block) bound to the frame it was defined in.</summary>
internal sealed class Macro : IPyObject
{
    readonly Frame _closure;
    readonly string[] _params;
    readonly ExprFn?[] _defaults;
    readonly StmtFn _body;
    readonly bool _catchKwargs;
    readonly bool _catchVarargs;
    readonly bool _caller;
    readonly bool _explicitCaller;
    readonly int _argumentCount;

    public Macro(Frame closure, string? name, string[] parameters, ExprFn?[] defaults, StmtFn body, MacroUsage usage)
    {
        _closure = closure;
        Name = name;
        _params = parameters;
        _defaults = defaults;
        _body = body;
        _catchKwargs = usage.Kwargs;
        _catchVarargs = usage.Varargs;
        _explicitCaller = Array.IndexOf(parameters, "caller") >= 0;
        _caller = usage.Caller && !_explicitCaller;
        _argumentCount = parameters.Length;
    }

    /// <summary>The macro's name; null for the caller of a call block (Jinja prints it as None).</summary>
    public string? Name { get; }

    public string TypeName => "Macro";
    public string Repr() => "<Macro " + PyRepr.Repr(Name) + ">";

    public bool TryGetAttr(string name, out object? value)
    {
        switch (name)
        {
            case "name": value = Name; return true;
            case "arguments": value = new PyTuple([.. _params]); return true;
            case "catch_kwargs": value = _catchKwargs; return true;
            case "catch_varargs": value = _catchVarargs; return true;
            case "caller": value = _caller; return true;
            default: value = null; return false;
        }
    }

    public object? Call(IReadOnlyList<object?> args, IReadOnlyList<KeyValuePair<string, object?>> kwargsIn)
    {
        var kwargs = new List<KeyValuePair<string, object?>>(kwargsIn);
        var rc = _closure.Render;
        var frame = new Frame(_closure, new StringBuilder(), null);
        int positional = Math.Min(args.Count, _argumentCount);
        var missing = new bool[_params.Length];
        for (int i = 0; i < _params.Length; i++)
        {
            if (i < positional)
            {
                frame.Set(_params[i], args[i]);
                continue;
            }
            int k = kwargs.FindIndex(kv => kv.Key == _params[i]);
            if (k >= 0)
            {
                frame.Set(_params[i], kwargs[k].Value);
                kwargs.RemoveAt(k);
            }
            else
                missing[i] = true;
        }
        if (_caller)
        {
            int k = kwargs.FindIndex(kv => kv.Key == "caller");
            object? caller = null;
            if (k >= 0)
            {
                caller = kwargs[k].Value;
                kwargs.RemoveAt(k);
            }
            frame.Set("caller", caller ?? Undefined.WithHint(rc.UndefinedBehavior, "No caller defined", "caller"));
        }
        if (_catchKwargs)
        {
            var d = new PyDict();
            foreach (var kv in kwargs)
                d.Set(kv.Key, kv.Value);
            frame.Set("kwargs", d);
        }
        else if (kwargs.Count > 0)
        {
            if (kwargs.Exists(kv => kv.Key == "caller"))
                throw PyException.TypeError($"macro {PyRepr.Repr(Name)} was invoked with two values for the special caller argument. This is most likely a bug.");
            throw PyException.TypeError($"macro {PyRepr.Repr(Name)} takes no keyword argument {PyRepr.Repr(kwargs[0].Key)}");
        }
        if (_catchVarargs)
            frame.Set("varargs", args.Count > _argumentCount ? new PyTuple(args.Skip(_argumentCount).ToArray()) : PyTuple.Empty);
        else if (args.Count > _argumentCount)
            throw PyException.TypeError($"macro {PyRepr.Repr(Name)} takes not more than {_params.Length} argument(s)");

        rc.Enter();
        try
        {
            // Defaults are evaluated at call time, in order, so they may refer to earlier parameters.
            for (int i = 0; i < _params.Length; i++)
            {
                if (!missing[i])
                    continue;
                var def = _defaults[i];
                frame.Set(_params[i], def is not null ? def(frame) : Undefined.WithHint(rc.UndefinedBehavior, $"parameter {PyRepr.Repr(_params[i])} was not provided", _params[i]));
            }
            _body(frame);
        }
        finally
        {
            rc.Leave();
        }
        string output = frame.Out.ToString();
        return rc.Autoescape ? new Markup(output) : output;
    }
}

/// <summary>Which special names a macro body refers to.</summary>
internal readonly record struct MacroUsage(bool Caller, bool Varargs, bool Kwargs);
