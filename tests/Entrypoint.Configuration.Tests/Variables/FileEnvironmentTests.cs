using Entrypoint.Jinja.Python;

namespace Entrypoint.Configuration.Tests.Variables;

public sealed class FileEnvironmentTests
{
    private static IEnumerable<KeyValuePair<string, string>> Env(params (string Name, string Value)[] pairs) =>
        pairs.Select(p => KeyValuePair.Create(p.Name, p.Value));

    [Fact]
    public void NameBecomesTheFileContentWithoutTrailingNewlines()
    {
        using var dir = new TempDirectory();
        var secret = dir.Write("pw", "s3cret\nsecond line\n\n\n");
        var v = VariableSources.Load([], Env(("A", "1"), ("DB_PASSWORD_FILE", secret), ("Z", "2")), fileEnv: true);
        Assert.Equal("{'A': '1', 'DB_PASSWORD': 's3cret\\nsecond line', 'Z': '2'}", PyRepr.Repr(v.Values));
        Assert.Equal(["DB_PASSWORD_FILE"], v.EnvironmentToDrop);
        Assert.Equal([KeyValuePair.Create("DB_PASSWORD", "s3cret\nsecond line")], v.EnvironmentFromFiles);
    }

    [Fact]
    public void OnlyNewlinesAreStripped()
    {
        using var dir = new TempDirectory();
        var secret = dir.Write("pw", "  value \r\n");
        var v = VariableSources.Load([], Env(("X_FILE", secret)), fileEnv: true);
        Assert.Equal("{'X': '  value \\r'}", PyRepr.Repr(v.Values));
    }

    [Fact]
    public void WithoutTheOptionFileVariablesAreOrdinaryVariables()
    {
        var v = VariableSources.Load([], Env(("X_FILE", "/nonexistent")), fileEnv: false);
        Assert.Equal("{'X_FILE': '/nonexistent'}", PyRepr.Repr(v.Values));
        Assert.Empty(v.EnvironmentToDrop);
    }

    [Fact]
    public void BothNameAndNameFileIsAnErrorNamingBoth()
    {
        using var dir = new TempDirectory();
        var secret = dir.Write("pw", "x");
        var e = Assert.Throws<ConfigurationException>(() =>
            VariableSources.Load([], Env(("DB_PASSWORD", "inline"), ("DB_PASSWORD_FILE", secret)), fileEnv: true));
        Assert.Contains("both DB_PASSWORD and DB_PASSWORD_FILE are set", e.Message);
    }

    [Fact]
    public void AnEmptyNameDoesNotConflictAndTakesTheFileContentInPlace()
    {
        using var dir = new TempDirectory();
        var secret = dir.Write("pw", "fromfile\n");
        var v = VariableSources.Load([], Env(("TOKEN", ""), ("B", "b"), ("TOKEN_FILE", secret)), fileEnv: true);
        Assert.Equal("{'TOKEN': 'fromfile', 'B': 'b'}", PyRepr.Repr(v.Values));
    }

    [Fact]
    public void AnEmptyNameFileIsDroppedAndReadsNothing()
    {
        var v = VariableSources.Load([], Env(("TOKEN_FILE", ""), ("TOKEN", "kept")), fileEnv: true);
        Assert.Equal("{'TOKEN': 'kept'}", PyRepr.Repr(v.Values));
        Assert.Equal(["TOKEN_FILE"], v.EnvironmentToDrop);
    }

    [Fact]
    public void AnUnreadableFileIsAnErrorNamingTheVariableAndPath()
    {
        using var dir = new TempDirectory();
        var missing = dir.File("nope");
        var e = Assert.Throws<ConfigurationException>(() => VariableSources.Load([], Env(("API_KEY_FILE", missing)), fileEnv: true));
        Assert.StartsWith($"API_KEY_FILE: cannot read {missing}:", e.Message);
    }

    [Fact]
    public void TheFileValueOverridesYamlAndAYamlNameFileKeyIsRemoved()
    {
        using var dir = new TempDirectory();
        var yaml = dir.Write("v.yml", "PASSWORD: from-yaml\nPASSWORD_FILE: /x\nother: 1\n");
        var secret = dir.Write("pw", "from-file\n");
        var v = VariableSources.Load([yaml], Env(("PASSWORD_FILE", secret)), fileEnv: true);
        Assert.Equal("{'PASSWORD': 'from-file', 'other': 1}", PyRepr.Repr(v.Values));
    }

    [Fact]
    public void TheBareSuffixIsNotAFileVariable()
    {
        var v = VariableSources.Load([], Env(("_FILE", "x")), fileEnv: true);
        Assert.Equal("{'_FILE': 'x'}", PyRepr.Repr(v.Values));
        Assert.Empty(v.EnvironmentToDrop);
    }
}
