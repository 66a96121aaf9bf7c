using System.Numerics;
using Entrypoint.Jinja.Python;

namespace Entrypoint.Rendering.SeedLibrary;

/// <summary>
/// The Python builtins the seed exposes as globals: min, max, abs, all, any, and zip (which the seed wraps
/// in a lambda returning a list). Argument handling and error wording are CPython 3.11's.
/// </summary>
internal static class PythonBuiltins
{
    public static object? Min(IReadOnlyList<object?> args, IReadOnlyList<KeyValuePair<string, object?>> kwargs) =>
        MinMax(args, kwargs, "min", PyCompareOp.Lt);

    public static object? Max(IReadOnlyList<object?> args, IReadOnlyList<KeyValuePair<string, object?>> kwargs) =>
        MinMax(args, kwargs, "max", PyCompareOp.Gt);

    // builtin min_max: several positional arguments or one iterable; key= and default= by keyword only.
    static object? MinMax(IReadOnlyList<object?> args, IReadOnlyList<KeyValuePair<string, object?>> kwargs, string name, PyCompareOp op)
    {
        if (args.Count == 0) throw PyException.TypeError($"{name} expected at least 1 argument, got 0");
        object? key = null, fallback = null;
        bool hasDefault = false;
        foreach (var (keyword, value) in kwargs)
        {
            switch (keyword)
            {
                case "key": key = value; break;
                case "default": fallback = value; hasDefault = true; break;
                default: throw PyException.TypeError($"'{keyword}' is an invalid keyword argument for {name}()");
            }
        }
        bool positional = args.Count > 1;
        if (positional && hasDefault)
        {
            throw PyException.TypeError($"Cannot specify a default for {name}() with multiple positional arguments");
        }
        IEnumerable<object?> items = positional ? args : PyOps.Iterate(args[0]);
        bool found = false;
        object? best = null, bestValue = null;
        foreach (var item in items)
        {
            var value = key is null ? item : PyOps.Call(key, [item], PythonSignature.NoKeywords);
            if (!found || PyOps.Compare(op, value, bestValue))
            {
                found = true;
                best = item;
                bestValue = value;
            }
        }
        if (found) return best;
        if (hasDefault) return fallback;
        throw PyException.ValueError($"{name}() arg is an empty sequence");
    }

    public static object? Abs(IReadOnlyList<object?> args, IReadOnlyList<KeyValuePair<string, object?>> kwargs) =>
        OneArgument("abs", args, kwargs) switch
        {
            bool b => b ? 1L : 0L,
            long l => l == long.MinValue ? -(BigInteger)l : Math.Abs(l),
            BigInteger big => PyInt.Normalize(BigInteger.Abs(big)),
            double d => Math.Abs(d),
            var other => throw PyException.TypeError($"bad operand type for abs(): '{PyOps.TypeName(other)}'"),
        };

    public static object? All(IReadOnlyList<object?> args, IReadOnlyList<KeyValuePair<string, object?>> kwargs) =>
        PyOps.Iterate(OneArgument("all", args, kwargs)).All(PyOps.IsTruthy);

    public static object? Any(IReadOnlyList<object?> args, IReadOnlyList<KeyValuePair<string, object?>> kwargs) =>
        PyOps.Iterate(OneArgument("any", args, kwargs)).Any(PyOps.IsTruthy);

    // METH_O builtins.
    static object? OneArgument(string name, IReadOnlyList<object?> args, IReadOnlyList<KeyValuePair<string, object?>> kwargs)
    {
        if (kwargs.Count > 0) throw PyException.TypeError($"{name}() takes no keyword arguments");
        if (args.Count != 1) throw PyException.TypeError($"{name}() takes exactly one argument ({args.Count} given)");
        return args[0];
    }

    /// <summary>The seed's <c>zip = lambda *args: list(zip(*args))</c>: a list of tuples, no keywords.</summary>
    public static object? Zip(IReadOnlyList<object?> args, IReadOnlyList<KeyValuePair<string, object?>> kwargs)
    {
        if (kwargs.Count > 0) throw PyException.TypeError($"<lambda>() got an unexpected keyword argument '{kwargs[0].Key}'");
        var result = new PyList();
        if (args.Count == 0) return result;
        // zip() asks every argument for its iterator before reading any item.
        var iterators = args.Select(a => PyOps.Iterate(a).GetEnumerator()).ToArray();
        while (true)
        {
            var row = new object?[iterators.Length];
            for (int i = 0; i < iterators.Length; i++)
            {
                if (!iterators[i].MoveNext()) return result;
                row[i] = iterators[i].Current;
            }
            result.Add(new PyTuple(row));
        }
    }
}
