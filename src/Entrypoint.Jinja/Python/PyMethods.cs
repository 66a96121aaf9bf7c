using System.Diagnostics.CodeAnalysis;

namespace Entrypoint.Jinja.Python;

/// <summary>The bound methods of str, list and dict that templates may call (x.upper(), d.items(), ...).</summary>
public static class PyMethods
{
    /// <summary>The method `name` bound to receiver, when receiver is a str, list or dict that has it.</summary>
    public static bool TryGetMethod(object? receiver, string name, [NotNullWhen(true)] out PyCallable? method)
    {
        method = null;
        return false;
    }
}
