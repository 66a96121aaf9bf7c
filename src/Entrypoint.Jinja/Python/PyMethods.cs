using System.Diagnostics.CodeAnalysis;

namespace Entrypoint.Jinja.Python;

/// <summary>The bound methods of str, list and dict that templates may call (x.upper(), d.items(), ...).</summary>
public static class PyMethods
{
    /// <summary>The method `name` bound to receiver, when receiver is a str, list or dict that has it.</summary>
    public static bool TryGetMethod(object? receiver, string name, [NotNullWhen(true)] out PyCallable? method)
    {
        method = receiver switch
        {
            string s => StringMethods.Bind(s, name),
            PyList l => ListMethods.Bind(l, name),
            PyTuple t => ListMethods.Bind(t, name),
            PyDict d => DictMethods.Bind(d, name),
            _ => null,
        };
        return method is not null;
    }

    /// <summary>Calls receiver.name(*args, **kwargs), raising AttributeError when there is no such method.</summary>
    public static object? Invoke(object? receiver, string name, IReadOnlyList<object?> args, IReadOnlyList<KeyValuePair<string, object?>>? kwargs = null)
    {
        if (!PyOps.TryGetAttr(receiver, name, out var m))
        {
            throw PyException.AttributeError("'" + PyOps.TypeName(receiver) + "' object has no attribute '" + name + "'");
        }
        return PyOps.Call(m, args, kwargs ?? []);
    }
}
