using System.Text;
using Entrypoint.Jinja.Python;
using Entrypoint.Jinja.Syntax;

namespace Entrypoint.Jinja.Runtime;

internal delegate object? ExprFn(Frame f);

/// <summary>Compiles expression nodes into closures over a <see cref="Frame"/>.</summary>
internal sealed partial class TemplateCompiler
{
    ExprFn CompileExpr(Expr e) => e switch
    {
        Const c => ConstFn(c.Value),
        Name n => _frameDepth > 0 && _rootAssigned.Contains(n.Identifier) ? RootLocalFn(n.Identifier) : NameFn(n.Identifier),
        GetAttr g => GetAttrFn(g),
        GetItem g => GetItemFn(g),
        Call c => CallFn(c, null),
        Filter flt => FilterFn(flt, null),
        Test t => TestFn(t),
        Unary u => UnaryFn(u),
        Binary b => BinaryFn(b),
        Concat c => ConcatFn(c),
        Compare c => CompareFn(c),
        And a => AndFn(a),
        Or o => OrFn(o),
        CondExpr c => CondFn(c),
        TupleLiteral t => TupleFn(t),
        ListLiteral l => ListFn(l),
        DictLiteral d => DictFn(d),
        Slice s => SliceFn(s),
        _ => throw Fail($"cannot evaluate {e.GetType().Name}", e.Line),
    };

    static ExprFn ConstFn(object? value) => _ => value;

    static ExprFn NameFn(string name) => f => f.Lookup(name);

    static ExprFn RootLocalFn(string name) => f => f.LookupSkippingContextParent(name);

    ExprFn GetAttrFn(GetAttr g)
    {
        var target = CompileExpr(g.Target);
        string attr = g.Attr;
        // a.b on a dict is an item lookup unless b names a dict method (items, get...); which names do is
        // known now, so the common case skips the method table.
        if (PyMethods.TryGetMethod(new PyDict(), attr, out _))
            return f => Lookup.GetAttr(f.Render, target(f), attr);
        return f =>
        {
            var obj = target(f);
            if (obj is PyDict d && d.TryGetValue(attr, out var value))
                return value;
            return Lookup.GetAttr(f.Render, obj, attr);
        };
    }

    ExprFn GetItemFn(GetItem g)
    {
        var target = CompileExpr(g.Target);
        if (g.Key is Const { Value: var constKey })
            return f => Lookup.GetItem(f.Render, target(f), constKey);
        var key = CompileExpr(g.Key);
        return f => Lookup.GetItem(f.Render, target(f), key(f));
    }

    ExprFn SliceFn(Slice s)
    {
        var start = s.Start is null ? null : CompileExpr(s.Start);
        var stop = s.Stop is null ? null : CompileExpr(s.Stop);
        var step = s.Step is null ? null : CompileExpr(s.Step);
        return f => new PySlice(start?.Invoke(f), stop?.Invoke(f), step?.Invoke(f));
    }

    static readonly KeyValuePair<string, object?>[] NoKeywords = [];

    /// <summary>Compiled call arguments; Evaluate spreads *args and **kwargs.</summary>
    /// <remarks>Arrays rather than lists: one allocation per call, and none for the keywords of most calls.</remarks>
    sealed class ArgsFn(ExprFn[] args, KeyValuePair<string, ExprFn>[] kwargs, ExprFn? dynArgs, ExprFn? dynKwargs)
    {
        public bool IsEmpty => args.Length == 0 && kwargs.Length == 0 && dynArgs is null && dynKwargs is null;

        /// <summary>The evaluated arguments; <paramref name="extraKeywords"/> leaves room at the end for caller=.</summary>
        public (object?[] Args, KeyValuePair<string, object?>[] Kwargs) Evaluate(Frame f, int extraKeywords = 0)
        {
            var a = args.Length == 0 ? [] : new object?[args.Length];
            for (int i = 0; i < args.Length; i++)
                a[i] = args[i](f);
            int keywordCount = kwargs.Length + extraKeywords;
            var k = keywordCount == 0 ? NoKeywords : new KeyValuePair<string, object?>[keywordCount];
            for (int i = 0; i < kwargs.Length; i++)
                k[i] = new(kwargs[i].Key, kwargs[i].Value(f));
            if (dynArgs is null && dynKwargs is null)
                return (a, k);
            return Spread(f, a, k, extraKeywords);
        }

        (object?[], KeyValuePair<string, object?>[]) Spread(Frame f, object?[] a, KeyValuePair<string, object?>[] k, int extraKeywords)
        {
            var positional = new List<object?>(a);
            if (dynArgs is not null)
                positional.AddRange(PyOps.Iterate(dynArgs(f)));
            var keywords = new List<KeyValuePair<string, object?>>(k.Length);
            for (int i = 0; i < kwargs.Length; i++)
                keywords.Add(k[i]);
            if (dynKwargs is not null)
            {
                if (dynKwargs(f) is not PyDict d)
                    throw PyException.TypeError("argument after ** must be a mapping");
                foreach (var kv in d)
                    keywords.Add(new(kv.Key as string ?? throw PyException.TypeError("keywords must be strings"), kv.Value));
            }
            for (int i = 0; i < extraKeywords; i++)
                keywords.Add(default);
            return ([.. positional], [.. keywords]);
        }
    }

    ArgsFn CompileArgs(CallArgs a) => new(
        a.Args.Select(CompileExpr).ToArray(),
        a.Kwargs.Select(k => new KeyValuePair<string, ExprFn>(k.Key, CompileExpr(k.Value))).ToArray(),
        a.DynArgs is null ? null : CompileExpr(a.DynArgs),
        a.DynKwargs is null ? null : CompileExpr(a.DynKwargs));

    /// <summary>A call; <paramref name="caller"/> adds the caller= keyword of a call block.</summary>
    ExprFn CallFn(Call c, Func<Frame, object?>? caller)
    {
        var callee = CompileExpr(c.Callee);
        var args = CompileArgs(c.Arguments);
        if (caller is null)
        {
            return f =>
            {
                var fn = callee(f);
                var (a, k) = args.Evaluate(f);
                // Macros take the arrays directly: no interface dispatch per argument.
                return fn is Macro m ? m.Invoke(a, k) : PyOps.Call(fn, a, k);
            };
        }
        return f =>
        {
            var fn = callee(f);
            var (a, k) = args.Evaluate(f, extraKeywords: 1);
            k[^1] = new("caller", caller(f));
            return fn is Macro m ? m.Invoke(a, k) : PyOps.Call(fn, a, k);
        };
    }

    ExprFn FilterFn(Filter flt, ExprFn? input)
    {
        var target = input ?? (flt.Target is null ? null : CompileExpr(flt.Target));
        var args = CompileArgs(flt.Arguments);
        string name = flt.FilterName;
        if (!_env.Filters.TryGetValue(name, out var filter))
        {
            if (!_soft)
                throw Fail($"No filter named {PyRepr.Repr(name)}.", flt.Line, "TemplateAssertionError");
            return _ => throw new PyException("TemplateRuntimeError", $"No filter named {PyRepr.Repr(name)} found.");
        }
        if (args.IsEmpty)
            return f => filter(f.Render, target?.Invoke(f), default);
        return f =>
        {
            var value = target?.Invoke(f);
            var (a, k) = args.Evaluate(f);
            return filter(f.Render, value, new CallArguments(a, k));
        };
    }

    ExprFn TestFn(Test t)
    {
        var target = CompileExpr(t.Target);
        var args = CompileArgs(t.Arguments);
        string name = t.TestName;
        if (!_env.Tests.TryGetValue(name, out var test))
        {
            if (!_soft)
                throw Fail($"No test named {PyRepr.Repr(name)}.", t.Line, "TemplateAssertionError");
            return _ => throw new PyException("TemplateRuntimeError", $"No test named {PyRepr.Repr(name)} found.");
        }
        if (args.IsEmpty)
            return f => test(f.Render, target(f), default);
        return f =>
        {
            var value = target(f);
            var (a, k) = args.Evaluate(f);
            return test(f.Render, value, new CallArguments(a, k));
        };
    }

    ExprFn UnaryFn(Unary u)
    {
        var operand = CompileExpr(u.Operand);
        return u.Op switch
        {
            UnaryOp.Not => f => !PyOps.IsTruthy(operand(f)),
            UnaryOp.Neg => f => PyOps.Neg(operand(f)),
            _ => f => PyOps.Pos(operand(f)),
        };
    }

    ExprFn BinaryFn(Binary b)
    {
        var l = CompileExpr(b.Left);
        var r = CompileExpr(b.Right);
        return b.Op switch
        {
            BinaryOp.Add => f => PyOps.Add(l(f), r(f)),
            BinaryOp.Sub => f => PyOps.Sub(l(f), r(f)),
            BinaryOp.Mul => f => PyOps.Mul(l(f), r(f)),
            BinaryOp.Div => f => PyOps.TrueDiv(l(f), r(f)),
            BinaryOp.FloorDiv => f => PyOps.FloorDiv(l(f), r(f)),
            BinaryOp.Mod => f => PyOps.Mod(l(f), r(f)),
            _ => f => PyOps.Pow(l(f), r(f)),
        };
    }

    ExprFn ConcatFn(Concat c)
    {
        var items = c.Items.Select(CompileExpr).ToArray();
        return f =>
        {
            var values = new object?[items.Length];
            bool markup = false;
            for (int i = 0; i < items.Length; i++)
            {
                values[i] = items[i](f);
                markup |= values[i] is Markup;
            }
            var parts = new string[values.Length];
            if (markup && f.Render.Autoescape)
            {
                for (int i = 0; i < values.Length; i++)
                    parts[i] = Markup.Escape(values[i]).Value;
                return new Markup(string.Concat(parts));
            }
            for (int i = 0; i < values.Length; i++)
                parts[i] = values[i] as string ?? PyRepr.Str(values[i]);
            return string.Concat(parts);
        };
    }

    ExprFn CompareFn(Compare c)
    {
        var first = CompileExpr(c.First);
        var ops = c.Rest.Select(o => o.Op).ToArray();
        var rest = c.Rest.Select(o => CompileExpr(o.Value)).ToArray();
        if (ops.Length == 1)
        {
            var op = ops[0];
            var right = rest[0];
            return f => CompareOnce(op, first(f), right(f));
        }
        return f =>
        {
            var left = first(f);
            for (int i = 0; i < ops.Length; i++)
            {
                var right = rest[i](f);
                if (!CompareOnce(ops[i], left, right))
                    return false;
                left = right;
            }
            return true;
        };
    }

    static bool CompareOnce(CompareOp op, object? a, object? b) => op switch
    {
        CompareOp.Eq => PyOps.Equal(a, b),
        CompareOp.Ne => !PyOps.Equal(a, b),
        CompareOp.Lt => PyOps.Compare(PyCompareOp.Lt, a, b),
        CompareOp.LtEq => PyOps.Compare(PyCompareOp.Le, a, b),
        CompareOp.Gt => PyOps.Compare(PyCompareOp.Gt, a, b),
        CompareOp.GtEq => PyOps.Compare(PyCompareOp.Ge, a, b),
        CompareOp.In => PyOps.Contains(b, a),
        _ => !PyOps.Contains(b, a),
    };

    ExprFn AndFn(And a)
    {
        var l = CompileExpr(a.Left);
        var r = CompileExpr(a.Right);
        return f =>
        {
            var left = l(f);
            return PyOps.IsTruthy(left) ? r(f) : left;
        };
    }

    ExprFn OrFn(Or o)
    {
        var l = CompileExpr(o.Left);
        var r = CompileExpr(o.Right);
        return f =>
        {
            var left = l(f);
            return PyOps.IsTruthy(left) ? left : r(f);
        };
    }

    ExprFn CondFn(CondExpr c)
    {
        bool wasSoft = _soft;
        _soft = true;
        var test = CompileExpr(c.Test);
        var then = CompileExpr(c.Then);
        var otherwise = c.Else is null ? null : CompileExpr(c.Else);
        _soft = wasSoft;
        string hint = $"the inline if-expression on line {c.Line} evaluated to false and no else section was defined.";
        // Jinja always uses the plain Undefined here, whatever the environment's undefined class. It is
        // immutable, so one instance serves every evaluation ({{ x if cond }} in a loop allocates nothing).
        var missing = Undefined.WithHint(UndefinedBehavior.Default, hint);
        if (otherwise is null)
            return f => PyOps.IsTruthy(test(f)) ? then(f) : missing;
        return f => PyOps.IsTruthy(test(f)) ? then(f) : otherwise(f);
    }

    ExprFn TupleFn(TupleLiteral t)
    {
        var items = t.Items.Select(CompileExpr).ToArray();
        return f =>
        {
            var values = new object?[items.Length];
            for (int i = 0; i < items.Length; i++)
                values[i] = items[i](f);
            return new PyTuple(values);
        };
    }

    ExprFn ListFn(ListLiteral l)
    {
        var items = l.Items.Select(CompileExpr).ToArray();
        return f =>
        {
            var list = new PyList(items.Length);
            foreach (var item in items)
                list.Add(item(f));
            return list;
        };
    }

    ExprFn DictFn(DictLiteral d)
    {
        var keys = d.Items.Select(kv => CompileExpr(kv.Key)).ToArray();
        var values = d.Items.Select(kv => CompileExpr(kv.Value)).ToArray();
        return f =>
        {
            var dict = new PyDict();
            for (int i = 0; i < keys.Length; i++)
                dict.Set(keys[i](f), values[i](f));
            return dict;
        };
    }
}
