using Entrypoint.Jinja.Python;

namespace Entrypoint.Configuration.Tests.Variables;

public sealed class VariableSourcesTests
{
    private static readonly KeyValuePair<string, string>[] NoEnvironment = [];

    private static string Load(IReadOnlyList<string> files, params (string Name, string Value)[] environment) =>
        PyRepr.Repr(VariableSources.Load(files, environment.Select(e => KeyValuePair.Create(e.Name, e.Value)), fileEnv: false).Values);

    [Fact]
    public void OneFileGivesItsMappingWithPythonTypes()
    {
        using var dir = new TempDirectory();
        var file = dir.Write("v.yml", "port: 8080\ndebug: off\nmode: 0755\nwhen: 2001-12-14\nratio: .5\nname: web\n");
        Assert.Equal("{'port': 8080, 'debug': False, 'mode': 493, 'when': datetime.date(2001, 12, 14), 'ratio': 0.5, 'name': 'web'}",
            Load([file]));
    }

    [Fact]
    public void LaterFilesWinAndMappingsMergeDeeply()
    {
        using var dir = new TempDirectory();
        var first = dir.Write("a.yml", "db: {host: a, port: 5432, opts: {ssl: yes, pool: 5}}\nlist: [1, 2]\nkeep: 1\n");
        var second = dir.Write("b.yml", "db: {host: b, opts: {pool: 10}}\nlist: [3]\nnew: x\n");
        Assert.Equal(
            "{'db': {'host': 'b', 'port': 5432, 'opts': {'ssl': True, 'pool': 10}}, 'list': [3], 'keep': 1, 'new': 'x'}",
            Load([first, second]));
    }

    [Fact]
    public void AMappingReplacesAScalarAndTheOtherWayRound()
    {
        using var dir = new TempDirectory();
        var first = dir.Write("a.yml", "a: 1\nb: {x: 1}\n");
        var second = dir.Write("b.yml", "a: {y: 2}\nb: plain\n");
        Assert.Equal("{'a': {'y': 2}, 'b': 'plain'}", Load([first, second]));
    }

    [Fact]
    public void MergingDoesNotChangeAMappingSharedThroughAnAlias()
    {
        using var dir = new TempDirectory();
        var first = dir.Write("a.yml", "base: &b {x: 1}\nother: *b\n");
        var second = dir.Write("b.yml", "base: {y: 2}\n");
        Assert.Equal("{'base': {'x': 1, 'y': 2}, 'other': {'x': 1}}", Load([first, second]));
    }

    [Fact]
    public void AMissingFileGivesNoVariables()
    {
        using var dir = new TempDirectory();
        var present = dir.Write("a.yml", "a: 1\n");
        Assert.Equal("{'a': 1}", Load([dir.File("missing.yml"), present, dir.File("also-missing.yml")]));
    }

    [Theory]
    [InlineData("")]
    [InlineData("# only a comment\n")]
    [InlineData("---\n")]
    [InlineData("~\n")]
    public void AnEmptyDocumentGivesNoVariables(string content)
    {
        using var dir = new TempDirectory();
        Assert.Equal("{}", Load([dir.Write("v.yml", content)]));
    }

    [Fact]
    public void EnvironmentOverridesTopLevelKeysAsStrings()
    {
        using var dir = new TempDirectory();
        var file = dir.Write("v.yml", "PORT: 8080\nnested: {PORT: 1}\nother: 1\n");
        Assert.Equal("{'PORT': '9090', 'nested': {'PORT': 1}, 'other': 1, 'HOME': '/root', 'EMPTY': ''}",
            Load([file], ("PORT", "9090"), ("HOME", "/root"), ("EMPTY", "")));
    }

    [Fact]
    public void EnvironmentValuesAreNeverTyped()
    {
        Assert.Equal("{'A': 'yes', 'B': '0755', 'C': '~'}", Load([], ("A", "yes"), ("B", "0755"), ("C", "~")));
    }

    [Fact]
    public void NonStringKeysStayAsPyYamlMakesThem()
    {
        using var dir = new TempDirectory();
        var file = dir.Write("v.yml", "1: one\nfalse: no\n~: none\n");
        Assert.Equal("{1: 'one', False: False, None: 'none', '1': 'env'}", Load([file], ("1", "env")));
    }

    [Fact]
    public void ADirectoryIsAnErrorNamingIt()
    {
        using var dir = new TempDirectory();
        var e = Assert.Throws<ConfigurationException>(() => VariableSources.Load([dir.Path], NoEnvironment, false));
        Assert.Contains(dir.Path, e.Message);
        Assert.Contains("is a directory", e.Message);
    }

    [Theory]
    [InlineData("- a\n- b\n", "a list")]
    [InlineData("just text\n", "a string")]
    [InlineData("42\n", "an integer")]
    public void ATopLevelThatIsNotAMappingIsAnError(string content, string what)
    {
        using var dir = new TempDirectory();
        var file = dir.Write("v.yml", content);
        var e = Assert.Throws<ConfigurationException>(() => VariableSources.Load([file], NoEnvironment, false));
        Assert.Equal($"{file}: the top level must be a mapping of variable names to values, but it is {what}.", e.Message);
    }

    [Fact]
    public void ASyntaxErrorNamesFileLineAndColumnAndShowsTheLine()
    {
        using var dir = new TempDirectory();
        var file = dir.Write("v.yml", "a: 1\nb: [1, 2\nc: 3\n");
        var e = Assert.Throws<ConfigurationException>(() => VariableSources.Load([file], NoEnvironment, false));
        var lines = e.Message.Split('\n');
        Assert.StartsWith(file + ":3:", lines[0]);
        Assert.Contains("YAML syntax error", lines[0]);
        Assert.Equal("    c: 3", lines[1]);
        Assert.Matches(@"^    \s*\^$", lines[2]);
    }

    [Fact]
    public void AValueErrorPointsAtTheValue()
    {
        using var dir = new TempDirectory();
        var file = dir.Write("v.yml", "ok: 1\nwhen:  2001-02-30\n");
        var e = Assert.Throws<ConfigurationException>(() => VariableSources.Load([file], NoEnvironment, false));
        Assert.Equal($"{file}:2:8: invalid value (ValueError): day is out of range for month\n    when:  2001-02-30\n           ^", e.Message);
    }

    [Fact]
    public void AnUnknownTagIsAnErrorWithItsPosition()
    {
        using var dir = new TempDirectory();
        var file = dir.Write("v.yml", "cmd: !!python/object:os.system x\n");
        var e = Assert.Throws<ConfigurationException>(() => VariableSources.Load([file], NoEnvironment, false));
        Assert.StartsWith($"{file}:1:6: YAML error: could not determine a constructor for the tag 'tag:yaml.org,2002:python/object:os.system'", e.Message);
    }

    [Fact]
    public void InvalidUtf8IsAnErrorNamingTheFile()
    {
        using var dir = new TempDirectory();
        var file = dir.File("v.yml");
        System.IO.File.WriteAllBytes(file, [(byte)'a', (byte)':', (byte)' ', 0xff, (byte)'\n']);
        var e = Assert.Throws<ConfigurationException>(() => VariableSources.Load([file], NoEnvironment, false));
        Assert.StartsWith(file + ": is not valid UTF-8", e.Message);
    }

    [Fact]
    public void TheErrorNamesTheFileThatFailedAmongSeveral()
    {
        using var dir = new TempDirectory();
        var good = dir.Write("good.yml", "a: 1\n");
        var bad = dir.Write("bad.yml", "a: 1\n---\nb: 2\n");
        var e = Assert.Throws<ConfigurationException>(() => VariableSources.Load([good, bad], NoEnvironment, false));
        Assert.StartsWith(bad + ":2:1: YAML error: expected a single document in the stream, but found another document", e.Message);
    }
}
