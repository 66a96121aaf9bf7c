namespace Entrypoint.Jinja.Runtime;

/// <summary>In-memory templates first, then each loader root in order, like DictLoader + FileSystemLoader.</summary>
internal sealed class TemplateLoader(EnvironmentOptions options)
{
    public string Load(string name) =>
        TryLoad(name, out var source) ? source : throw new TemplateError("TemplateNotFound", name, name);

    public bool TryLoad(string name, out string source)
    {
        if (options.Templates is { } templates && templates.TryGetValue(name, out var text))
        {
            source = text;
            return true;
        }
        var pieces = SplitTemplatePath(name);
        if (pieces is not null)
        {
            foreach (var root in options.LoaderRoots)
            {
                var path = Path.Combine(root, Path.Combine(pieces));
                if (File.Exists(path))
                {
                    source = File.ReadAllText(path);
                    return true;
                }
            }
        }
        source = "";
        return false;
    }

    // Jinja's split_template_path: '..' escapes the root and is refused, '.' and empty pieces drop out.
    static string[]? SplitTemplatePath(string name)
    {
        var result = new List<string>();
        foreach (var piece in name.Split('/'))
        {
            if (piece == "..")
                return null;
            if (piece.Length > 0 && piece != ".")
                result.Add(piece);
        }
        return result.Count == 0 ? null : [.. result];
    }
}
