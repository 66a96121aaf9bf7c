namespace Entrypoint.Jinja.Library;

/// <summary>Every built-in test of Jinja2 3.1.6, by name; implementations are in Tests.cs.</summary>
internal static class TestTable
{
    public static Dictionary<string, TestFunction> CreateDefault() => new(StringComparer.Ordinal)
    {
        ["!="] = Tests.Ne,
        ["<"] = Tests.Lt,
        ["<="] = Tests.Le,
        ["=="] = Tests.Eq,
        [">"] = Tests.Gt,
        [">="] = Tests.Ge,
        ["boolean"] = Tests.Boolean,
        ["callable"] = Tests.Callable,
        ["defined"] = Tests.Defined,
        ["divisibleby"] = Tests.DivisibleBy,
        ["eq"] = Tests.Eq,
        ["equalto"] = Tests.Eq,
        ["escaped"] = Tests.Escaped,
        ["even"] = Tests.Even,
        ["false"] = Tests.False,
        ["filter"] = Tests.Filter,
        ["float"] = Tests.Float,
        ["ge"] = Tests.Ge,
        ["greaterthan"] = Tests.Gt,
        ["gt"] = Tests.Gt,
        ["in"] = Tests.In,
        ["integer"] = Tests.Integer,
        ["iterable"] = Tests.Iterable,
        ["le"] = Tests.Le,
        ["lessthan"] = Tests.Lt,
        ["lower"] = Tests.Lower,
        ["lt"] = Tests.Lt,
        ["mapping"] = Tests.Mapping,
        ["ne"] = Tests.Ne,
        ["none"] = Tests.None,
        ["number"] = Tests.Number,
        ["odd"] = Tests.Odd,
        ["sameas"] = Tests.SameAs,
        ["sequence"] = Tests.Sequence,
        ["string"] = Tests.String,
        ["test"] = Tests.Test,
        ["true"] = Tests.True,
        ["undefined"] = Tests.IsUndefined,
        ["upper"] = Tests.Upper,
    };
}
