using Entrypoint.Jinja.Python;

namespace Entrypoint.Rendering.SeedLibrary;

/// <summary>
/// Binds a call to a plain Python <c>def name(a, b=default, ...)</c>, raising the TypeErrors CPython 3.11
/// raises: the seed's filters and globals are such functions, so their argument errors read like these.
/// </summary>
internal sealed class PythonSignature(string name, string[] parameters, object?[] defaults)
{
    public string Name { get; } = name;

    /// <summary>All parameters required.</summary>
    public PythonSignature(string name, params string[] parameters) : this(name, parameters, []) { }

    int Required => parameters.Length - defaults.Length;

    /// <summary>One value per parameter, defaults filled in.</summary>
    public object?[] Bind(IReadOnlyList<object?> args, IReadOnlyList<KeyValuePair<string, object?>> kwargs)
    {
        var values = new object?[parameters.Length];
        var bound = new bool[parameters.Length];
        for (int i = 0; i < args.Count && i < parameters.Length; i++)
        {
            values[i] = args[i];
            bound[i] = true;
        }
        // CPython reports keyword problems before a surplus of positional arguments.
        foreach (var (key, value) in kwargs)
        {
            int i = Array.IndexOf(parameters, key);
            if (i < 0) throw PyException.TypeError($"{Name}() got an unexpected keyword argument '{key}'");
            if (bound[i]) throw PyException.TypeError($"{Name}() got multiple values for argument '{key}'");
            values[i] = value;
            bound[i] = true;
        }
        if (args.Count > parameters.Length) throw TooManyPositional(args.Count);
        var missing = new List<string>();
        for (int i = 0; i < parameters.Length; i++)
        {
            if (bound[i]) continue;
            if (i >= Required) values[i] = defaults[i - Required];
            else missing.Add("'" + parameters[i] + "'");
        }
        if (missing.Count > 0)
        {
            throw PyException.TypeError($"{Name}() missing {missing.Count} required positional argument{(missing.Count == 1 ? "" : "s")}: {JoinNames(missing)}");
        }
        return values;
    }

    PyException TooManyPositional(int given)
    {
        string takes = Required == parameters.Length
            ? $"{parameters.Length} positional argument{(parameters.Length == 1 ? "" : "s")}"
            : $"from {Required} to {parameters.Length} positional arguments";
        return PyException.TypeError($"{Name}() takes {takes} but {given} {(given == 1 ? "was" : "were")} given");
    }

    static string JoinNames(List<string> names) => names.Count switch
    {
        1 => names[0],
        2 => names[0] + " and " + names[1],
        _ => string.Join(", ", names.Take(names.Count - 1)) + ", and " + names[^1],
    };

    /// <summary>An empty argument list, for calls that pass only the filtered value.</summary>
    public static readonly IReadOnlyList<KeyValuePair<string, object?>> NoKeywords = [];
}
