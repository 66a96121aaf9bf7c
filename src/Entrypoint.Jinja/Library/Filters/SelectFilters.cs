using Entrypoint.Jinja.Python;
using Entrypoint.Jinja.Runtime;
using static Entrypoint.Jinja.Library.Filters.FilterSupport;

namespace Entrypoint.Jinja.Library.Filters;

/// <summary>map, select, reject, selectattr, rejectattr, attr, default: filters that apply other filters, tests or lookups.</summary>
internal static class SelectFilters
{
    public static object? Default(RenderContext rc, object? value, CallArguments args)
    {
        var p = Params.Bind(args, "do_default", ["default_value", "boolean"], ["", false]);
        if (value is Undefined || (PyOps.IsTruthy(p[1]) && !PyOps.IsTruthy(value)))
            return p[0];
        return value;
    }

    public static object? Attr(RenderContext rc, object? value, CallArguments args)
    {
        var p = Params.Bind(args, "do_attr", ["name"], [Params.Required]);
        string name = PyRepr.Str(p[0]);
        return PyOps.TryGetAttr(value, name, out var v) ? v : Undefined.ForMember(rc.UndefinedBehavior, value, name);
    }

    public static object? Map(RenderContext rc, object? value, CallArguments args)
    {
        Func<object?, object?> func;
        if (args.Positional.Count == 0 && args.Named.Any(kv => kv.Key == "attribute"))
        {
            object? attribute = null, defaultValue = null;
            foreach (var (key, v) in args.Named)
            {
                if (key == "attribute") attribute = v;
                else if (key == "default") defaultValue = v;
                else throw ArgumentError($"Unexpected keyword argument {PyRepr.Repr(key)}");
            }
            func = AttrGetter(rc, attribute, defaultValue: defaultValue);
        }
        else
        {
            if (args.Positional.Count == 0)
                throw ArgumentError("map requires a filter argument");
            string name = PyRepr.Str(args.Positional[0]);
            var rest = new CallArguments(args.Positional.Skip(1).ToArray(), args.Named);
            func = item => rc.CallFilter(name, item, rest);
        }
        return Generator("sync_do_map", () => IterateIfTruthy(value).Select(func));
    }

    // Jinja's map/select/reject generators start with `if value:`, so an empty or falsy value yields nothing.
    static IEnumerable<object?> IterateIfTruthy(object? value) => PyOps.IsTruthy(value) ? PyOps.Iterate(value) : [];

    static object? SelectOrReject(RenderContext rc, object? value, CallArguments args, bool select, bool lookupAttr)
    {
        Func<object?, object?> transform = x => x;
        int offset = 0;
        if (lookupAttr)
        {
            if (args.Positional.Count == 0)
                throw ArgumentError("Missing parameter for attribute name");
            transform = AttrGetter(rc, args.Positional[0]);
            offset = 1;
        }
        Func<object?, bool> test;
        if (args.Positional.Count > offset)
        {
            string name = PyRepr.Str(args.Positional[offset]);
            var rest = new CallArguments(args.Positional.Skip(offset + 1).ToArray(), args.Named);
            test = item => rc.CallTest(name, item, rest);
        }
        else
            test = PyOps.IsTruthy;
        return Generator("select_or_reject", () => IterateIfTruthy(value).Where(item => test(transform(item)) == select));
    }

    public static object? Select(RenderContext rc, object? value, CallArguments args) => SelectOrReject(rc, value, args, true, false);
    public static object? Reject(RenderContext rc, object? value, CallArguments args) => SelectOrReject(rc, value, args, false, false);
    public static object? SelectAttr(RenderContext rc, object? value, CallArguments args) => SelectOrReject(rc, value, args, true, true);
    public static object? RejectAttr(RenderContext rc, object? value, CallArguments args) => SelectOrReject(rc, value, args, false, true);
}
