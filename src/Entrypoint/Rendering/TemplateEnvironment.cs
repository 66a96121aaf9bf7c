using Entrypoint.Jinja;

namespace Entrypoint.Rendering;

/// <summary>The seed's Jinja environment: the template tree and the -j root as loader roots, trailing newlines kept, StrictUndefined, `do`.</summary>
public static class TemplateEnvironment
{
    public static Jinja.Environment Create(string? templatesRoot, string? jinjaRoot)
    {
        var roots = new List<string>();
        if (templatesRoot is not null) roots.Add(Path.GetFullPath(templatesRoot));
        if (jinjaRoot is not null)
        {
            string jinja = Path.GetFullPath(jinjaRoot);
            if (templatesRoot is not null && IsInside(jinja, roots[0]))
                throw new RenderingException($"--jinja {jinjaRoot} lies inside --templates {templatesRoot}, so its files would be rendered as outputs too; move it out");
            if (Directory.Exists(jinja)) roots.Add(jinja);
        }
        return new Jinja.Environment(new EnvironmentOptions
        {
            LoaderRoots = roots,
            KeepTrailingNewline = true,
            Undefined = UndefinedBehavior.Strict,
            EnableDoExtension = true,
        });
    }

    private static bool IsInside(string path, string root)
    {
        string relative = Path.GetRelativePath(root, path);
        return relative == "." || !(relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative));
    }
}
