using Entrypoint.Jinja.Python;

namespace Entrypoint.Jinja.Runtime;

/// <summary>
/// Jinja's Undefined family in one type: <see cref="Behavior"/> selects what printing, iteration,
/// truth and comparison do. Everything else (arithmetic, calls, attributes) raises UndefinedError.
/// </summary>
internal sealed class Undefined : IPyObject
{
    static readonly object Missing = new();

    readonly string? _hint;
    readonly object? _obj;
    readonly object? _name;

    Undefined(UndefinedBehavior behavior, string? hint, object? obj, object? name)
    {
        Behavior = behavior;
        _hint = hint;
        _obj = obj;
        _name = name;
    }

    public UndefinedBehavior Behavior { get; }

    public static Undefined ForName(UndefinedBehavior b, string name) => new(b, null, Missing, name);
    public static Undefined ForMember(UndefinedBehavior b, object? obj, object? name) => new(b, null, obj, name);
    public static Undefined WithHint(UndefinedBehavior b, string hint, string? name = null) => new(b, hint, Missing, name);

    bool Strict => Behavior == UndefinedBehavior.Strict;

    /// <summary>Jinja's _undefined_message.</summary>
    public string Message
    {
        get
        {
            if (!string.IsNullOrEmpty(_hint))
                return _hint;
            if (ReferenceEquals(_obj, Missing))
                return PyRepr.Repr(_name) + " is undefined";
            if (_name is not string s)
                return ObjectTypeRepr(_obj) + " has no element " + PyRepr.Repr(_name);
            return PyRepr.Repr(ObjectTypeRepr(_obj)) + " has no attribute " + PyRepr.Repr(s);
        }
    }

    /// <summary>Jinja's object_type_repr: "None", "dict object", or a module-qualified name.</summary>
    internal static string ObjectTypeRepr(object? obj) => obj switch
    {
        null => "None",
        TemplateModule => "jinja2.environment.TemplateModule object",
        Macro => "jinja2.runtime.Macro object",
        LoopContext => "jinja2.runtime.LoopContext object",
        Namespace => "jinja2.utils.Namespace object",
        Undefined u => "jinja2.runtime." + u.TypeName + " object",
        Markup => "markupsafe.Markup object",
        TemplateReference => "jinja2.runtime.TemplateReference object",
        BlockReference => "jinja2.runtime.BlockReference object",
        _ => PyOps.TypeName(obj) + " object",
    };

    public PyException Fail() => new("UndefinedError", Message);

    public string TypeName => Behavior switch
    {
        UndefinedBehavior.Strict => "StrictUndefined",
        UndefinedBehavior.Chainable => "ChainableUndefined",
        UndefinedBehavior.Debug => "DebugUndefined",
        _ => "Undefined",
    };

    public string Repr() => "Undefined";

    public string Str()
    {
        switch (Behavior)
        {
            case UndefinedBehavior.Strict:
                throw Fail();
            case UndefinedBehavior.Debug:
                string message;
                if (!string.IsNullOrEmpty(_hint))
                    message = "undefined value printed: " + _hint;
                else if (ReferenceEquals(_obj, Missing))
                    message = _name as string ?? PyRepr.Str(_name);
                else
                    message = "no such element: " + ObjectTypeRepr(_obj) + "[" + PyRepr.Repr(_name) + "]";
                return "{{ " + message + " }}";
            default:
                return "";
        }
    }

    public bool IsTruthy() => Strict ? throw Fail() : false;
    public int Length() => Strict ? throw Fail() : 0;
    public IEnumerable<object?> Iterate() => Strict ? throw Fail() : [];
    public bool Contains(object? item) => Strict ? throw Fail() : false;

    public bool TryGetAttr(string name, out object? value)
    {
        if (Behavior == UndefinedBehavior.Chainable)
        {
            value = this;
            return true;
        }
        throw Fail();
    }

    public object? GetItem(object? key) => Behavior == UndefinedBehavior.Chainable ? this : throw Fail();

    public object? Call(IReadOnlyList<object?> args, IReadOnlyList<KeyValuePair<string, object?>> kwargs) => throw Fail();

    public bool PyEquals(object? other) => Strict ? throw Fail() : other is Undefined u && u.Behavior == Behavior;
    public int PyHash() => Strict ? throw Fail() : (int)Behavior * 7919 + 17;
    public int? CompareTo(object? other) => throw Fail();
    public bool TryOperator(PyOperator op, object? other, bool reflected, out object? result) => throw Fail();
}
