namespace Entrypoint.Jinja.Python;

/// <summary>The format-spec mini-language: [[fill]align][sign][z][#][0][width][grouping][.precision][type].</summary>
internal static class FormatSpec
{
    public static string Apply(object? value, string spec) => throw new NotImplementedException();
}
