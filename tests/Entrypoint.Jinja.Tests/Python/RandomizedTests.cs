using Entrypoint.Jinja.Python;
using Entrypoint.Jinja.Tests.Python.Cases;
using static Entrypoint.Jinja.Tests.Python.OracleTable;

namespace Entrypoint.Jinja.Tests.Python;

/// <summary>Seeded random formatting, arithmetic, str-method and slicing cases, expected values from python3.</summary>
public sealed class RandomizedTests
{
    [Fact]
    public void RandomFormattingMatchesPython() => Run(RandomFormatCases.Data, f => f[0] == "format"
        ? PyFormat.Format(Lit(f[1]), (string)Lit(f[2])!)
        : PyFormat.Percent((string)Lit(f[1])!, Lit(f[2])));

    [Fact]
    public void RandomValuesMatchPython() => Run(RandomValueCases.Data, f => f[0] switch
    {
        "method" => new PyTuple(PyMethods.Invoke(Lit(f[1]), (string)Lit(f[2])!, (PyTuple)Lit(f[3])!), Lit(f[1])),
        "getitem" => PyOps.GetItem(Lit(f[1]), Lit(f[2])),
        "repr" => PyRepr.Repr(Lit(f[1])),
        "+" => PyOps.Add(Lit(f[1]), Lit(f[2])),
        "-" => PyOps.Sub(Lit(f[1]), Lit(f[2])),
        "*" => PyOps.Mul(Lit(f[1]), Lit(f[2])),
        "/" => PyOps.TrueDiv(Lit(f[1]), Lit(f[2])),
        "//" => PyOps.FloorDiv(Lit(f[1]), Lit(f[2])),
        "%" => PyOps.Mod(Lit(f[1]), Lit(f[2])),
        "**" => PyOps.Pow(Lit(f[1]), Lit(f[2])),
        "<" => PyOps.Compare(PyCompareOp.Lt, Lit(f[1]), Lit(f[2])),
        "==" => PyOps.Compare(PyCompareOp.Eq, Lit(f[1]), Lit(f[2])),
        ">=" => PyOps.Compare(PyCompareOp.Ge, Lit(f[1]), Lit(f[2])),
        _ => throw new InvalidOperationException(f[0]),
    });
}
