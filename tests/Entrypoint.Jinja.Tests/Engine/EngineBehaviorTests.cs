using Entrypoint.Jinja.Python;

namespace Entrypoint.Jinja.Tests.Engine;

/// <summary>Focused checks of engine behaviour a host relies on (expected values come from Jinja2 3.1.6).</summary>
public sealed class EngineBehaviorTests
{
    static string Render(string source, Dictionary<string, object?>? vars = null, EnvironmentOptions? options = null) =>
        new Environment(options ?? new EnvironmentOptions()).FromString(source).Render(vars ?? []);

    [Theory]
    [InlineData("{{ 2 ** 3 ** 2 }}", "64")]
    [InlineData("{{ 0x1F + 0o17 + 0b11 + 1_000 }}", "1049")]
    [InlineData("{{ 'a' 'b' ~ 1 }}", "ab1")]
    [InlineData("{{ 7 // 2 }}|{{ -7 // 2 }}|{{ -7 % 3 }}", "3|-4|2")]
    [InlineData("{{ 1 if false }}|{{ 2 if true else 3 }}", "|2")]
    [InlineData("{{ [1, 2, 3][::-1] }}|{{ 'hello'[1:3] }}", "[3, 2, 1]|el")]
    [InlineData("{{ 3 is not odd }}|{{ 1 not in [1] }}", "False|False")]
    public void ExpressionsFollowJinjaPrecedenceAndLiterals(string source, string expected) =>
        Assert.Equal(expected, Render(source));

    [Theory]
    [InlineData("a\n  {%- if true %}b{% endif -%}\n  c", "abc")]
    [InlineData("{% raw %}{{ x }}{% endraw %}", "{{ x }}")]
    [InlineData("x{# comment #}y", "xy")]
    public void WhitespaceControlAndRaw(string source, string expected) => Assert.Equal(expected, Render(source));

    [Fact]
    public void TrimAndLstripBlocks()
    {
        var options = new EnvironmentOptions { TrimBlocks = true, LstripBlocks = true };
        Assert.Equal("x\ny", Render("    {% if true %}\nx\n    {% endif %}\ny\n", options: options));
        Assert.Equal("  x", Render("{%+ if true %}  x{% endif %}", options: options));
    }

    [Fact]
    public void TrailingNewlineIsDroppedUnlessKept()
    {
        Assert.Equal("a", Render("a\n"));
        Assert.Equal("a\n", Render("a\n", options: new EnvironmentOptions { KeepTrailingNewline = true }));
    }

    [Fact]
    public void LoopScopeDoesNotLeakButNamespaceDoes() =>
        Assert.Equal("0|3", Render("{% set n = 0 %}{% set ns = namespace(t=0) %}{% for i in [1, 2] %}{% set n = n + i %}{% set ns.t = ns.t + i %}{% endfor %}{{ n }}|{{ ns.t }}"));

    [Fact]
    public void StrictUndefinedRaisesWithJinjasMessage()
    {
        var options = new EnvironmentOptions { Undefined = UndefinedBehavior.Strict };
        var error = Assert.Throws<TemplateError>(() => Render("line1\n{{ d.y }}", new() { ["d"] = new Dictionary<string, object?>() }, options));
        Assert.Equal("UndefinedError", error.PythonType);
        Assert.Equal("'dict object' has no attribute 'y'", error.Message);
        Assert.Equal(2, error.Line);
        Assert.Equal("ok", Render("{{ x | default('ok') }}{% if x is defined %}!{% endif %}", options: options));
    }

    [Fact]
    public void SyntaxErrorsCarryJinjasWordingAndLine()
    {
        var error = Assert.Throws<TemplateError>(() => Render("a\n{% for x in y %}"));
        Assert.Equal("TemplateSyntaxError", error.PythonType);
        Assert.Equal("Unexpected end of template. Jinja was looking for the following tags: 'endfor' or 'else'. The innermost block that needs to be closed is 'for'.", error.Message);
        Assert.Equal(2, error.Line);
    }

    [Fact]
    public void InheritanceWithSuperAndIncludes()
    {
        var env = new Environment(new EnvironmentOptions
        {
            Templates = new Dictionary<string, string>
            {
                ["base"] = "<{% block body %}base{% endblock %}>",
                ["child"] = "{% extends 'base' %}{% block body %}child+{{ super() }}{% include 'part' %}{% endblock %}",
                ["part"] = "[{{ who }}]",
            },
        });
        Assert.Equal("<child+base[me]>", env.GetTemplate("child").Render(new Dictionary<string, object?> { ["who"] = "me" }));
    }

    [Fact]
    public void MacrosWithDefaultsVarargsKwargsAndCaller() =>
        Assert.Equal("a-2-(3,)-{'k': 4}-body", Render(
            "{% macro m(x, y=2) %}{{ x }}-{{ y }}-{{ varargs }}-{{ kwargs }}-{{ caller() }}{% endmacro %}{% call m('a', 2, 3, k=4) %}body{% endcall %}"));

    [Fact]
    public void HostRegistersFiltersTestsAndGlobals()
    {
        var env = new Environment(new EnvironmentOptions());
        env.Filters["shout"] = (_, value, _) => PyRepr.Str(value).ToUpperInvariant() + "!";
        env.Tests["short"] = (_, value, _) => PyRepr.Str(value).Length < 3;
        env.Globals["greet"] = new PyCallable((args, _) => "hi " + PyRepr.Str(args[0]));
        Assert.Equal("HEY!|True|hi x", env.FromString("{{ 'hey' | shout }}|{{ 'ab' is short }}|{{ greet('x') }}").Render(new Dictionary<string, object?>()));
    }

    [Fact]
    public void HostValuesBecomePythonValues() =>
        Assert.Equal("[1, 'a', None, True, 2.5]|{'k': [1]}", Render("{{ l }}|{{ d }}", new()
        {
            ["l"] = new List<object?> { 1, "a", null, true, 2.5 },
            ["d"] = new Dictionary<string, object?> { ["k"] = new object?[] { 1L } },
        }));
}
