using System.Text;
using Entrypoint.Jinja.Python;

namespace Entrypoint.Jinja.Runtime;

/// <summary>markupsafe.Markup: a string that is already safe and is not escaped again.</summary>
internal sealed class Markup(string value) : IPyObject
{
    public string Value { get; } = value;

    public string TypeName => "Markup";
    public string Str() => Value;
    public string Repr() => "Markup(" + PyRepr.Repr(Value) + ")";
    public bool IsTruthy() => Value.Length > 0;
    public int Length() => PyOps.Length(Value);
    public IEnumerable<object?> Iterate() => PyOps.Iterate(Value);
    public bool Contains(object? item) => PyOps.Contains(Value, item is Markup m ? m.Value : item);
    public object? GetItem(object? key) => PyOps.GetItem(Value, key) is string s ? new Markup(s) : null;
    public bool PyEquals(object? other) => other switch
    {
        string s => s == Value,
        Markup m => m.Value == Value,
        _ => false,
    };
    public int PyHash() => PyOps.Hash(Value);
    public int? CompareTo(object? other) => other switch
    {
        string s => PyStr.Compare(Value, s),
        Markup m => PyStr.Compare(Value, m.Value),
        _ => null,
    };

    public bool TryGetAttr(string name, out object? value)
    {
        if (PyMethods.TryGetMethod(Value, name, out var method))
        {
            value = MarkupMethods.Wrap(name, method);
            return true;
        }
        value = null;
        return false;
    }

    public bool TryOperator(PyOperator op, object? other, bool reflected, out object? result)
    {
        result = null;
        if (op == PyOperator.Add && other is string or Markup)
        {
            string o = Escape(other).Value;
            result = new Markup(reflected ? o + Value : Value + o);
            return true;
        }
        if (op == PyOperator.Mul && PyInt.IsInt(other))
        {
            result = new Markup((string)PyOps.Mul(Value, other)!);
            return true;
        }
        if (op == PyOperator.Mod && !reflected)
        {
            result = new Markup(PyFormat.Percent(Value, EscapeArgs(other)));
            return true;
        }
        return false;
    }

    static object? EscapeArgs(object? args) => args switch
    {
        PyTuple t => new PyTuple(t.Select(x => x is string or Markup ? (object?)Escape(x) : x).ToArray()),
        string or Markup => Escape(args),
        _ => args,
    };

    /// <summary>markupsafe.escape: Markup passes through, everything else is str()'d and escaped.</summary>
    public static Markup Escape(object? value)
    {
        if (value is Markup m)
            return m;
        return new Markup(EscapeText(PyRepr.Str(value)));
    }

    public static string EscapeText(string s)
    {
        if (s.AsSpan().IndexOfAny("&<>'\"") < 0)
            return s;
        var sb = new StringBuilder(s.Length + 16);
        foreach (char c in s)
        {
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '\'': sb.Append("&#39;"); break;
                case '"': sb.Append("&#34;"); break;
                default: sb.Append(c); break;
            }
        }
        return sb.ToString();
    }

    public override string ToString() => Value;
}
