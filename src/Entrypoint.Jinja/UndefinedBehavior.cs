namespace Entrypoint.Jinja;

/// <summary>Which of Jinja's undefined classes stands in for a missing variable.</summary>
public enum UndefinedBehavior
{
    /// <summary>jinja2.Undefined: prints as empty, raises on most other use.</summary>
    Default,
    /// <summary>jinja2.StrictUndefined: raises on any use except <c>is defined</c> and <c>default</c>.</summary>
    Strict,
    /// <summary>jinja2.ChainableUndefined: attribute/item access yields undefined again.</summary>
    Chainable,
    /// <summary>jinja2.DebugUndefined: prints as <c>{{ name }}</c>.</summary>
    Debug,
}
