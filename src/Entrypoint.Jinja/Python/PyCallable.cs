namespace Entrypoint.Jinja.Python;

/// <summary>Anything callable from a template: positional arguments, then keyword arguments in call order.</summary>
public delegate object? PyCallable(IReadOnlyList<object?> args, IReadOnlyList<KeyValuePair<string, object?>> kwargs);
