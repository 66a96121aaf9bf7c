using System.Runtime.CompilerServices;

namespace Entrypoint.Jinja.Python;

/// <summary>
/// The Python data model for values that are not plain .NET primitives or PyList/PyTuple/PyDict
/// (Undefined, Markup, macros, loop contexts...). Every member defaults to what a plain Python
/// object does, so implementers override only what they support.
/// </summary>
public interface IPyObject
{
    /// <summary>type(x).__name__, used in error messages.</summary>
    string TypeName { get; }

    /// <summary>repr(x).</summary>
    string Repr() => "<" + TypeName + " object>";

    /// <summary>str(x).</summary>
    string Str() => Repr();

    /// <summary>bool(x).</summary>
    bool IsTruthy() => true;

    /// <summary>len(x).</summary>
    int Length() => throw PyException.TypeError("object of type '" + TypeName + "' has no len()");

    /// <summary>iter(x).</summary>
    IEnumerable<object?> Iterate() => throw PyException.TypeError("'" + TypeName + "' object is not iterable");

    /// <summary>item in x. Iterable implementers should override (e.g. with <see cref="PyOps.ContainsByIteration"/>).</summary>
    bool Contains(object? item) => throw PyException.TypeError("argument of type '" + TypeName + "' is not iterable");

    /// <summary>getattr(x, name); false when there is no such attribute.</summary>
    bool TryGetAttr(string name, out object? value)
    {
        value = null;
        return false;
    }

    /// <summary>x[key]; throws KeyError/IndexError/TypeError as Python does.</summary>
    object? GetItem(object? key) => throw PyException.TypeError("'" + TypeName + "' object is not subscriptable");

    /// <summary>x(*args, **kwargs).</summary>
    object? Call(IReadOnlyList<object?> args, IReadOnlyList<KeyValuePair<string, object?>> kwargs) =>
        throw PyException.TypeError("'" + TypeName + "' object is not callable");

    /// <summary>x == other (identity by default).</summary>
    bool PyEquals(object? other) => ReferenceEquals(this, other);

    /// <summary>hash(x) (identity by default); throw TypeError for unhashable types.</summary>
    int PyHash() => RuntimeHelpers.GetHashCode(this);

    /// <summary>Ordering against other: negative, zero, positive, or null for NotImplemented (PyOps then raises TypeError).</summary>
    int? CompareTo(object? other) => null;

    /// <summary>
    /// Arithmetic with this object as the left operand (reflected = false) or the right one (reflected = true);
    /// for Neg/Pos other is null. Return false for NotImplemented.
    /// </summary>
    bool TryOperator(PyOperator op, object? other, bool reflected, out object? result)
    {
        result = null;
        return false;
    }
}
