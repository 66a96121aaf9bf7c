using System.Numerics;
using Entrypoint.Jinja.Python;
using Entrypoint.Jinja.Runtime;

namespace Entrypoint.Jinja.Library;

/// <summary>The built-in tests (value is name(args)); each is a plain function.</summary>
internal static class Tests
{
    static object? One(CallArguments a, string fn, string name) => Params.Bind(a, fn, [name], [Params.Required])[0];

    public static bool Defined(RenderContext rc, object? v, CallArguments a) { Params.None(a, "test_defined"); return v is not Undefined; }
    public static bool IsUndefined(RenderContext rc, object? v, CallArguments a) { Params.None(a, "test_undefined"); return v is Undefined; }
    public static bool None(RenderContext rc, object? v, CallArguments a) { Params.None(a, "test_none"); return v is null; }
    public static bool Boolean(RenderContext rc, object? v, CallArguments a) { Params.None(a, "test_boolean"); return v is bool; }
    public static bool False(RenderContext rc, object? v, CallArguments a) { Params.None(a, "test_false"); return v is false; }
    public static bool True(RenderContext rc, object? v, CallArguments a) { Params.None(a, "test_true"); return v is true; }
    public static bool Integer(RenderContext rc, object? v, CallArguments a) { Params.None(a, "test_integer"); return v is long or BigInteger; }
    public static bool Float(RenderContext rc, object? v, CallArguments a) { Params.None(a, "test_float"); return v is double; }
    public static bool Number(RenderContext rc, object? v, CallArguments a) { Params.None(a, "test_number"); return v is long or BigInteger or double or bool; }
    public static bool String(RenderContext rc, object? v, CallArguments a) { Params.None(a, "test_string"); return v is string or Markup; }
    public static bool Mapping(RenderContext rc, object? v, CallArguments a) { Params.None(a, "test_mapping"); return v is PyDict; }
    public static bool Escaped(RenderContext rc, object? v, CallArguments a) { Params.None(a, "test_escaped"); return v is Markup; }

    public static bool Sequence(RenderContext rc, object? v, CallArguments a)
    {
        Params.None(a, "test_sequence");
        return v is string or PyList or PyTuple or PyDict or Markup or Undefined { Behavior: not UndefinedBehavior.Strict } || v is IPyObject o && o.TypeName == "range";
    }

    public static bool Iterable(RenderContext rc, object? v, CallArguments a)
    {
        Params.None(a, "test_iterable");
        try
        {
            _ = PyOps.Iterate(v).GetEnumerator();
            return true;
        }
        catch (PyException e) when (e.PythonType == "TypeError")
        {
            return false;
        }
    }

    public static bool Callable(RenderContext rc, object? v, CallArguments a)
    {
        Params.None(a, "test_callable");
        return v is PyCallable or Runtime.Macro or LoopContext or BlockReference || v is Undefined;
    }

    public static bool Lower(RenderContext rc, object? v, CallArguments a)
    {
        Params.None(a, "test_lower");
        return StringPredicates.Test(PyRepr.Str(v), "islower");
    }

    public static bool Upper(RenderContext rc, object? v, CallArguments a)
    {
        Params.None(a, "test_upper");
        return StringPredicates.Test(PyRepr.Str(v), "isupper");
    }

    public static bool Odd(RenderContext rc, object? v, CallArguments a) { Params.None(a, "test_odd"); return PyOps.Equal(PyOps.Mod(v, 2L), 1L); }
    public static bool Even(RenderContext rc, object? v, CallArguments a) { Params.None(a, "test_even"); return PyOps.Equal(PyOps.Mod(v, 2L), 0L); }
    public static bool DivisibleBy(RenderContext rc, object? v, CallArguments a) => PyOps.Equal(PyOps.Mod(v, One(a, "test_divisibleby", "num")), 0L);

    public static bool In(RenderContext rc, object? v, CallArguments a) => PyOps.Contains(One(a, "test_in", "seq"), v);

    public static bool SameAs(RenderContext rc, object? v, CallArguments a)
    {
        var other = One(a, "test_sameas", "other");
        return v switch
        {
            null => other is null,
            bool b => other is bool c && b == c,
            long l when l is >= -5 and <= 256 => other is long m && m == l,
            _ => ReferenceEquals(v, other),
        };
    }

    // `value in env.filters`: the value is hashed first, so lists and strict undefined fail as in Python.
    public static bool Filter(RenderContext rc, object? v, CallArguments a) { Params.None(a, "test_filter"); PyOps.Hash(v); return v is string s && rc.Environment.Filters.ContainsKey(s); }
    public static bool Test(RenderContext rc, object? v, CallArguments a) { Params.None(a, "test_test"); PyOps.Hash(v); return v is string s && rc.Environment.Tests.ContainsKey(s); }

    public static bool Eq(RenderContext rc, object? v, CallArguments a) => PyOps.Equal(v, One(a, "eq", "b"));
    public static bool Ne(RenderContext rc, object? v, CallArguments a) => !PyOps.Equal(v, One(a, "ne", "b"));
    public static bool Lt(RenderContext rc, object? v, CallArguments a) => PyOps.Compare(PyCompareOp.Lt, v, One(a, "lt", "b"));
    public static bool Le(RenderContext rc, object? v, CallArguments a) => PyOps.Compare(PyCompareOp.Le, v, One(a, "le", "b"));
    public static bool Gt(RenderContext rc, object? v, CallArguments a) => PyOps.Compare(PyCompareOp.Gt, v, One(a, "gt", "b"));
    public static bool Ge(RenderContext rc, object? v, CallArguments a) => PyOps.Compare(PyCompareOp.Ge, v, One(a, "ge", "b"));
}
