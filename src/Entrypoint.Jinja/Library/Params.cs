using Entrypoint.Jinja.Python;

namespace Entrypoint.Jinja.Library;

/// <summary>
/// Binds filter/test/global arguments to named parameters the way Python binds a call,
/// with Python's TypeError wording for extra or unknown arguments.
/// </summary>
internal static class Params
{
    /// <summary>Sentinel default meaning "required".</summary>
    public static readonly object Required = new();

    // Spans, not arrays: the collection expressions at the call sites (["d", "attribute"], ["", null]) then live on
    // the stack instead of allocating two arrays per filter call.
    public static object?[] Bind(CallArguments args, string function, ReadOnlySpan<string> names, ReadOnlySpan<object?> defaults)
    {
        var positional = args.Positional;
        var named = args.Named;
        if (positional.Count > names.Length)
            throw PyException.TypeError($"{function}() takes {Describe(names, defaults)} positional argument{(names.Length + 1 == 1 ? "" : "s")} but {positional.Count + 1} were given");
        var result = defaults.ToArray();
        Span<bool> set = names.Length <= 32 ? stackalloc bool[names.Length] : new bool[names.Length];
        for (int i = 0; i < positional.Count; i++)
        {
            result[i] = positional[i];
            set[i] = true;
        }
        for (int n = 0; n < named.Count; n++)
        {
            var (key, value) = named[n];
            int index = names.IndexOf(key);
            if (index < 0)
                throw PyException.TypeError($"{function}() got an unexpected keyword argument {PyRepr.Repr(key)}");
            if (set[index])
                throw PyException.TypeError($"{function}() got multiple values for argument {PyRepr.Repr(key)}");
            result[index] = value;
            set[index] = true;
        }
        for (int i = 0; i < names.Length; i++)
        {
            if (ReferenceEquals(result[i], Required))
                throw PyException.TypeError($"{function}() missing 1 required positional argument: {PyRepr.Repr(names[i])}");
        }
        return result;
    }

    // The value argument counts as the first parameter in Python's message.
    static string Describe(ReadOnlySpan<string> names, ReadOnlySpan<object?> defaults)
    {
        int required = 1;
        foreach (var d in defaults)
        {
            if (ReferenceEquals(d, Required))
                required++;
        }
        int total = names.Length + 1;
        return required == total ? total.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"from {required} to {total}";
    }

    public static void None(CallArguments args, string function)
    {
        if (args.Count != 0)
            Bind(args, function, [], []);
    }

    public static long ToInt(object? value, string what = "an integer") => value switch
    {
        long l => l,
        bool b => b ? 1 : 0,
        double d => (long)d,
        _ => throw PyException.TypeError($"'{PyOps.TypeName(value)}' object cannot be interpreted as {what}"),
    };
}
