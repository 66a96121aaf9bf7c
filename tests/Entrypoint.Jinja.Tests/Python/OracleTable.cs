using System.Text;
using Entrypoint.Jinja.Python;

namespace Entrypoint.Jinja.Tests.Python;

/// <summary>Runs a table of oracle cases and reports every mismatch at once (first 40), so one failing area reads as a list.</summary>
internal static class OracleTable
{
    /// <summary>For each line: split on tabs, run the case on all fields but the last, compare with the last (the Python outcome).</summary>
    public static void Run(string data, Func<string[], object?> run, Func<object?, string>? show = null)
    {
        show ??= PyRepr.Repr;
        var failures = new StringBuilder();
        int failed = 0, total = 0, shown = 0;
        var perKind = new Dictionary<string, int>();
        foreach (var line in data.Split('\n'))
        {
            if (line.Length == 0)
            {
                continue;
            }
            total++;
            var fields = line.Split('\t');
            string expected = fields[^1];
            string actual;
            try
            {
                actual = "=" + show(run(fields[..^1]));
            }
            catch (PyException e)
            {
                actual = "!" + e.PythonType + ":" + PyRepr.StrRepr(e.Message);
            }
            catch (Exception e) when (e is not Xunit.Sdk.XunitException)
            {
                actual = "#" + e.GetType().Name + ": " + e.Message;
            }
            if (actual != expected)
            {
                failed++;
                // Show a few failures of each kind so one bug does not hide the others.
                string kind = fields[0] + (expected.Length > 0 ? expected[0] : ' ');
                perKind[kind] = perKind.GetValueOrDefault(kind) + 1;
                if (perKind[kind] <= 8 && ++shown <= 60)
                {
                    failures.Append(string.Join("  ", fields[..^1])).Append("\n    expected ").Append(expected)
                        .Append("\n    actual   ").Append(actual).Append('\n');
                }
            }
        }
        Assert.True(total > 0, "empty case table");
        Assert.True(failed == 0, $"{failed} of {total} cases differ from Python:\n{failures}");
    }

    /// <summary>A field that is a Python literal.</summary>
    public static object? Lit(string field) => PyLiteral.Parse(field);
}
