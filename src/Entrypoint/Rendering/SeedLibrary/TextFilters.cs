using Entrypoint.Jinja;
using Entrypoint.Jinja.Python;
using Entrypoint.Jinja.Runtime;

namespace Entrypoint.Rendering.SeedLibrary;

/// <summary>The seed's split filter: value.split(sep, maxsplit), so whatever str.split (or Markup.split) does.</summary>
internal static class TextFilters
{
    static readonly PythonSignature SplitSignature = new("split", ["value", "sep", "maxsplit"], [null, -1L]);

    public static object? Split(RenderContext rc, object? value, CallArguments args)
    {
        var p = SplitSignature.Bind(SetFilters.WithValue(value, args), args.Named);
        if (!PyOps.TryGetAttr(p[0], "split", out var split))
        {
            throw PyException.AttributeError($"'{PyOps.TypeName(p[0])}' object has no attribute 'split'");
        }
        return PyOps.Call(split, [p[1], p[2]], PythonSignature.NoKeywords);
    }
}
