namespace Entrypoint.Jinja.Python;

/// <summary>Python's three formatting entry points: format(value, spec), str.format, and printf-style %.</summary>
public static class PyFormat
{
    /// <summary>format(value, spec), e.g. Format(3.14159, ">10.2f").</summary>
    public static string Format(object? value, string spec) => FormatSpec.Apply(value, spec);

    /// <summary>template.format(*args, **kwargs).</summary>
    public static string StrFormat(string template, IReadOnlyList<object?> args, IReadOnlyList<KeyValuePair<string, object?>> kwargs) =>
        StrFormatter.Format(template, args, kwargs);

    /// <summary>template % args: args is a tuple for several values, a dict for %(name)s, or a single value.</summary>
    public static string Percent(string template, object? args) => PercentFormat.Format(template, args);
}
