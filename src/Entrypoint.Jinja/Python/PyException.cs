namespace Entrypoint.Jinja.Python;

/// <summary>A Python exception raised by the object model; the engine adds template location.</summary>
public sealed class PyException : Exception
{
    public PyException(string pythonType, string message) : base(message) => PythonType = pythonType;

    /// <summary>Python's class name: "TypeError", "ValueError", "KeyError", ...</summary>
    public string PythonType { get; }

    public static PyException TypeError(string message) => new("TypeError", message);
    public static PyException ValueError(string message) => new("ValueError", message);
    public static PyException IndexError(string message) => new("IndexError", message);
    public static PyException ZeroDivision(string message) => new("ZeroDivisionError", message);
    public static PyException Overflow(string message) => new("OverflowError", message);
    public static PyException AttributeError(string message) => new("AttributeError", message);

    /// <summary>KeyError's message is the repr of the key, as str(KeyError(k)) prints it.</summary>
    public static PyException KeyError(object? key) => new("KeyError", PyRepr.Repr(key));
}
