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

    public object? Call(IReadOnlyList<object?> args, IReadOnlyList<KeyValuePair<string, object?>> kwargs) =>
        Invoke(args as object?[] ?? [.. args], kwargs as KeyValuePair<string, object?>[] ?? [.. kwargs]);

    /// <summary>The call itself; the arrays are read, never changed (callers may share empty ones).</summary>
    internal object? Invoke(object?[] args, KeyValuePair<string, object?>[] kwargs)
    {
        var rc = _closure.Render;
        var output = rc.RentBuilder();
        var frame = new Frame(_closure, output, null);
        int positional = Math.Min(args.Length, _argumentCount);
        // Keywords a parameter took; what is left over goes to kwargs or is an error.
        Span<bool> used = kwargs.Length <= 64 ? stackalloc bool[kwargs.Length] : new bool[kwargs.Length];
        int unused = kwargs.Length;
        ulong missing = 0; // bit i: parameter i still needs its default (macros past 64 parameters use the slow path)
        bool[]? missingWide = _params.Length > 64 ? new bool[_params.Length] : null;
        for (int i = 0; i < _params.Length; i++)
        {
            if (i < positional)
            {
                frame.Set(_params[i], args[i]);
                continue;
            }
            int k = FindKeyword(kwargs, used, _params[i]);
            if (k >= 0)
            {
                frame.Set(_params[i], kwargs[k].Value);
                used[k] = true;
                unused--;
            }
            else if (missingWide is not null)
                missingWide[i] = true;
            else
                missing |= 1UL << i;
        }
        if (_caller)
        {
            int k = FindKeyword(kwargs, used, "caller");
            object? caller = null;
            if (k >= 0)
            {
                caller = kwargs[k].Value;
                used[k] = true;
                unused--;
            }
            frame.Set(Syntax.Identifiers.Caller, caller ?? Undefined.WithHint(rc.UndefinedBehavior, "No caller defined", "caller"));
        }
        if (_catchKwargs)
        {
            var d = new PyDict();
            for (int k = 0; k < kwargs.Length; k++)
            {
                if (!used[k])
                    d.Set(kwargs[k].Key, kwargs[k].Value);
            }
            frame.Set(Syntax.Identifiers.Kwargs, d);
        }
        else if (unused > 0)
        {
            if (FindKeyword(kwargs, used, "caller") >= 0)
                throw PyException.TypeError($"macro {PyRepr.Repr(Name)} was invoked with two values for the special caller argument. This is most likely a bug.");
            throw PyException.TypeError($"macro {PyRepr.Repr(Name)} takes no keyword argument {PyRepr.Repr(kwargs[FirstUnused(used)].Key)}");
        }
        if (_catchVarargs)
            frame.Set(Syntax.Identifiers.Varargs, args.Length > _argumentCount ? new PyTuple(args[_argumentCount..]) : PyTuple.Empty);
        else if (args.Length > _argumentCount)
            throw PyException.TypeError($"macro {PyRepr.Repr(Name)} takes not more than {_params.Length} argument(s)");

        rc.Enter();
        try
        {
            // Defaults are evaluated at call time, in order, so they may refer to earlier parameters.
            for (int i = 0; i < _params.Length; i++)
            {
                if (!(missingWide?[i] ?? (missing & (1UL << i)) != 0))
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
        // Only a body that finished gives its buffer back: after an error nothing else may still write to it.
        string text = rc.ReturnBuilder(output);
        return rc.Autoescape ? new Markup(text) : text;
    }

    static int FindKeyword(KeyValuePair<string, object?>[] kwargs, Span<bool> used, string name)
    {
        for (int k = 0; k < kwargs.Length; k++)
        {
            if (!used[k] && kwargs[k].Key == name)
                return k;
        }
        return -1;
    }

    static int FirstUnused(Span<bool> used)
    {
        int k = 0;
        while (used[k])
            k++;
        return k;
    }
}

/// <summary>Which special names a macro body refers to.</summary>
internal readonly record struct MacroUsage(bool Caller, bool Varargs, bool Kwargs);
