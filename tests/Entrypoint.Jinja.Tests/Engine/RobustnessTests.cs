namespace Entrypoint.Jinja.Tests.Engine;

/// <summary>Hostile inputs end in a clean TemplateError, never a crash or a hang, even on a small stack.</summary>
public sealed class RobustnessTests
{
    static TemplateError RenderFails(string source, int stackSize = 1024 * 1024)
    {
        TemplateError? error = null;
        Exception? other = null;
        var thread = new Thread(() =>
        {
            try
            {
                new Environment(new EnvironmentOptions()).FromString(source).Render(new Dictionary<string, object?>());
            }
            catch (TemplateError e)
            {
                error = e;
            }
#pragma warning disable CA1031 // the test reports any other exception as the failure
            catch (Exception e)
#pragma warning restore CA1031
            {
                other = e;
            }
        }, stackSize);
        thread.Start();
        Assert.True(thread.Join(TimeSpan.FromSeconds(20)), "render did not finish");
        Assert.Null(other);
        Assert.NotNull(error);
        return error!;
    }

    [Fact]
    public void TenThousandNestedParenthesesFailCleanly() =>
        Assert.Equal("RecursionError", RenderFails("{{ " + new string('(', 10_000) + "1" + new string(')', 10_000) + " }}").PythonType);

    [Fact]
    public void TenThousandNestedIfsFailCleanly()
    {
        var source = string.Concat(Enumerable.Repeat("{% if true %}", 10_000)) + "x" + string.Concat(Enumerable.Repeat("{% endif %}", 10_000));
        Assert.Equal("RecursionError", RenderFails(source).PythonType);
    }

    [Fact]
    public void RunawayMacroRecursionFailsCleanly() =>
        Assert.Equal("RecursionError", RenderFails("{% macro f(n) %}{{ f(n + 1) }}{% endmacro %}{{ f(0) }}").PythonType);

    [Fact]
    public void RunawayRecursiveLoopFailsCleanly() =>
        Assert.Equal("RecursionError", RenderFails("{% set l = [1] %}{% for x in l recursive %}{{ loop(l) }}{% endfor %}").PythonType);

    [Fact]
    public void HugeRangeFailsInsteadOfExhaustingMemory() =>
        Assert.Equal("MemoryError", RenderFails("{% for i in range(10 ** 12) %}{% endfor %}").PythonType);

    [Theory]
    [InlineData("{{")]
    [InlineData("{{ 'abc")]
    [InlineData("{% for %}")]
    [InlineData("{% if x %}{% else %}{% else %}{% endif %}")]
    [InlineData("{{ a[ }}")]
    [InlineData("{% raw %}never closed")]
    [InlineData("{# never closed")]
    public void MalformedTemplatesAreSyntaxErrors(string source) =>
        Assert.Equal("TemplateSyntaxError", RenderFails(source).PythonType);
}
