using Entrypoint.Configuration.Yaml;
using Entrypoint.Jinja.Python;

namespace Entrypoint.Configuration.Tests.Yaml;

/// <summary>What the corpus's repr cannot show: object identity, str() of dates, comparisons.</summary>
public sealed class YamlValueTests
{
    private static PyDict LoadMapping(string text) => (PyDict)YamlDocumentReader.Load(text)!;

    [Fact]
    public void AnAliasIsTheSameListAndDictObject()
    {
        var d = LoadMapping("a: &l [1]\nb: *l\nc: &m {k: v}\nd: *m\n");
        Assert.Same(d["a"], d["b"]);
        Assert.Same(d["c"], d["d"]);
    }

    [Fact]
    public void ARecursiveListContainsItself()
    {
        var d = LoadMapping("a: &r [1, *r]\n");
        var list = (PyList)d["a"]!;
        Assert.Same(list, list[1]);
    }

    [Fact]
    public void MergedValuesAreSharedLikePyYamls()
    {
        var d = LoadMapping("base: &b {list: [1]}\nchild: {<<: *b}\n");
        Assert.Same(((PyDict)d["base"]!)["list"], ((PyDict)d["child"]!)["list"]);
    }

    [Theory]
    [InlineData("2001-12-14", "2001-12-14")]
    [InlineData("2001-12-14 21:59:43.10 -5", "2001-12-14 21:59:43.100000-05:00")]
    [InlineData("2001-12-15T02:59:43.1Z", "2001-12-15 02:59:43.100000+00:00")]
    [InlineData("2001-12-14T21:59:43+05:30", "2001-12-14 21:59:43+05:30")]
    [InlineData("2001-12-15 2:59:43", "2001-12-15 02:59:43")]
    [InlineData("0001-01-01", "0001-01-01")]
    public void TimestampsPrintAsPythonStrPrintsThem(string yaml, string str)
    {
        Assert.Equal(str, PyRepr.Str(LoadMapping("v: " + yaml)["v"]));
    }

    [Fact]
    public void AwareDatetimesCompareByInstantAndNaiveNeverEqualsAware()
    {
        var d = LoadMapping("a: 2001-12-14 21:59:43 -5\nb: 2001-12-15 02:59:43Z\nc: 2001-12-15 02:59:43\nday: 2001-12-15\n");
        Assert.True(PyOps.Equal(d["a"], d["b"]));
        Assert.False(PyOps.Equal(d["b"], d["c"]));
        Assert.False(PyOps.Equal(d["day"], d["c"]));
    }

    [Fact]
    public void DatesExposeTheirFieldsToTemplates()
    {
        var date = (IPyObject)LoadMapping("v: 2001-12-14")["v"]!;
        Assert.True(date.TryGetAttr("year", out var year));
        Assert.Equal(2001L, year);
    }

    [Fact]
    public void IntegersBeyondLongAreBigIntegers()
    {
        var d = LoadMapping("a: 9223372036854775807\nb: 9223372036854775808\n");
        Assert.IsType<long>(d["a"]);
        Assert.IsType<System.Numerics.BigInteger>(d["b"]);
    }

    [Fact]
    public void DeepNestingIsAnErrorNotACrash()
    {
        var text = "v: " + new string('[', 5000) + new string(']', 5000) + "\n";
        var e = Assert.Throws<YamlLoadException>(() => YamlDocumentReader.Load(text));
        Assert.Contains("nested too deeply", e.Problem);
    }
}
