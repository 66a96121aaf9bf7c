using System.Text;
using Entrypoint.Jinja.Python;

namespace Entrypoint.Jinja.Runtime;

/// <summary>
/// What a filter, test or engine callable may use during one render: the environment, the current
/// autoescape setting, Jinja's attribute/item lookup rules and undefined values.
/// </summary>
public sealed class RenderContext
{
    internal const int MaxDepth = 200;

    internal RenderContext(Environment environment)
    {
        Environment = environment;
        UndefinedBehavior = environment.Options.Undefined;
        Autoescape = environment.Options.Autoescape;
    }

    public Environment Environment { get; }
    public UndefinedBehavior UndefinedBehavior { get; }

    /// <summary>Jinja's eval_ctx.autoescape; autoescape blocks change it.</summary>
    public bool Autoescape { get; internal set; }

    /// <summary>Nesting of macro calls, includes, imports and recursive loops.</summary>
    internal int Depth;

    internal void Enter()
    {
        if (++Depth > MaxDepth || !System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            Depth--;
            throw new PyException("RecursionError", "maximum recursion depth exceeded");
        }
    }

    internal void Leave() => Depth--;

    // Buffers a {% filter %} block wrote a non-str into, with the TypeError Jinja's concat of that buffer raises.
    Dictionary<StringBuilder, PyException>? _poisoned;

    /// <summary>
    /// A {% filter %} block's result that is not a str: Jinja writes it into the output as it is, and the
    /// ''.join that ends the buffer fails. Only the first such item of a buffer counts. The item's index is exact
    /// when nothing was written before it; otherwise we do not count Jinja's output pieces and say 1.
    /// </summary>
    internal void Poison(StringBuilder sb, object? value)
    {
        _poisoned ??= new(ReferenceEqualityComparer.Instance);
        if (!_poisoned.ContainsKey(sb))
            _poisoned[sb] = PyException.TypeError(
                $"sequence item {(sb.Length == 0 ? 0 : 1)}: expected str instance, {PyOps.TypeName(value)} found");
    }

    /// <summary>Throws the TypeError of a buffer a {% filter %} block wrote a non-str into (see Poison).</summary>
    internal void CheckBuffer(StringBuilder sb)
    {
        if (TakeBufferError(sb) is { } error)
            throw error;
    }

    /// <summary>The TypeError joining this buffer raises, if a {% filter %} block wrote a non-str into it.</summary>
    internal PyException? TakeBufferError(StringBuilder sb) =>
        _poisoned is not null && _poisoned.Remove(sb, out var error) ? error : null;

    // Output buffers of finished macro calls, reused by the next call of this render.
    readonly Stack<StringBuilder> _builders = new();

    internal StringBuilder RentBuilder() => _builders.TryPop(out var sb) ? sb : new StringBuilder();

    /// <summary>The buffer's text; the buffer goes back to the pool unless it grew large.</summary>
    internal string ReturnBuilder(StringBuilder sb)
    {
        CheckBuffer(sb);
        string text = sb.ToString();
        if (sb.Capacity <= 16 * 1024)
        {
            sb.Clear();
            _builders.Push(sb);
        }
        return text;
    }

    public static bool IsUndefined(object? value) => value is Undefined;

    /// <summary>An undefined value carrying a custom message, like environment.undefined(hint).</summary>
    public object MakeUndefined(string hint) => Undefined.WithHint(UndefinedBehavior, hint);

    internal Undefined UndefinedName(string name) => Undefined.ForName(UndefinedBehavior, name);
    internal Undefined UndefinedMember(object? obj, object? name) => Undefined.ForMember(UndefinedBehavior, obj, name);

    /// <summary>environment.getattr: Python attribute first, then item; undefined when neither exists.</summary>
    public object? GetAttribute(object? obj, string name) => Lookup.GetAttr(this, obj, name);

    /// <summary>environment.getitem: item first, then (for string keys) attribute.</summary>
    public object? GetItem(object? obj, object? key) => Lookup.GetItem(this, obj, key);

    /// <summary>Applies a registered filter by name (used by map, select and friends).</summary>
    public object? CallFilter(string name, object? value, CallArguments arguments)
    {
        if (!Environment.Filters.TryGetValue(name, out var filter))
            throw new PyException("TemplateRuntimeError", $"No filter named {PyRepr.Repr(name)}.");
        return filter(this, value, arguments);
    }

    /// <summary>Applies a registered test by name (used by select, reject and friends).</summary>
    public bool CallTest(string name, object? value, CallArguments arguments)
    {
        if (!Environment.Tests.TryGetValue(name, out var test))
            throw new PyException("TemplateRuntimeError", $"No test named {PyRepr.Repr(name)}.");
        return test(this, value, arguments);
    }

    /// <summary>str() for output, escaping when autoescape is on.</summary>
    public string ToOutput(object? value)
    {
        if (Autoescape)
            return Markup.Escape(value).Value;
        return value is string s ? s : PyRepr.Str(value);
    }
}
