using Entrypoint.Jinja;
using Entrypoint.Rendering.SeedLibrary;

namespace Entrypoint.Configuration.Tests.SeedLibrary;

/// <summary>What the oracle cannot pin down: our chosen order where Python's is random, and how failures reach the host.</summary>
public sealed class SeedLibraryTests
{
    static string Render(string template, Dictionary<string, object?>? variables = null, List<string>? log = null)
    {
        variables ??= [];
        var env = new Jinja.Environment(new EnvironmentOptions { KeepTrailingNewline = true, Undefined = UndefinedBehavior.Strict });
        Entrypoint.Rendering.SeedLibrary.SeedLibrary.Register(env, variables, (level, message) => log?.Add(level + " " + message));
        return env.FromString(template).Render(variables);
    }

    [Theory]
    [InlineData("{{ ['b', 'a', 'c', 'a']|unique }}", "{'b', 'a', 'c'}")]
    [InlineData("{{ ['b', 'a']|union(['c', 'b']) }}", "{'b', 'a', 'c'}")]
    [InlineData("{{ 'hello'|unique|join }}", "helo")]
    [InlineData("{{ [1, 'x', none, 2]|unique }}", "{1, 'x', None, 2}")]
    [InlineData("{{ ['x', 1]|unique|difference(['x']) }}", "{1}")]
    public void SetsOfStringsKeepFirstInsertionOrder(string template, string expected) =>
        Assert.Equal(expected, Render(template));

    [Fact]
    public void FatalErrorReachesTheHostAsItsOwnError()
    {
        var e = Assert.ThrowsAny<Exception>(() => Render("a{% do fatal_error('stop: ' ~ n) %}b", new() { ["n"] = 3L }));
        Assert.Equal("stop: 3", TemplateFatalError.Find(e)?.Text);
    }

    [Fact]
    public void LogCallsPrintNothingAndLogTheFormattedMessage()
    {
        var log = new List<string>();
        Assert.Equal("[]", Render("[{{ log_info('%s=%s', 'a', 1) }}{{ log_fatal('down') }}{{ log_warning('%d', 'x') }}]", log: log));
        Assert.Equal("INFO a=1", log[0]);
        Assert.Equal("CRITICAL down", log[1]);
        Assert.StartsWith("WARNING %d (arguments ('x',) do not fit the message: TypeError", log[2]);
    }

    [Fact]
    public void ContextReadsTheVariablesWhenCalled()
    {
        var variables = new Dictionary<string, object?> { ["a"] = 1L };
        var env = new Jinja.Environment(new EnvironmentOptions());
        Entrypoint.Rendering.SeedLibrary.SeedLibrary.Register(env, variables);
        variables["b"] = 2L;
        Assert.Equal("['a', 'b']", env.FromString("{{ context()|list }}").Render(variables));
    }

    [Fact]
    public void GlobIsRelativeToTheWorkingDirectoryLikePython()
    {
        // A pattern without a directory lists the current directory; nothing here should start with this name.
        Assert.Equal("[]", Render("{{ glob('no-such-file-*.seed') }}"));
    }
}
