using Entrypoint.Diagnostics;
using Entrypoint.Jinja;

namespace Entrypoint.Rendering;

/// <summary>Renders every planned template in memory, so that one failing template leaves the filesystem untouched.</summary>
public static class TreeRenderer
{
    public static IReadOnlyList<RenderedFile> Render(TreePlan plan, Jinja.Environment environment, IReadOnlyDictionary<string, object?> variables)
    {
        var rendered = new List<RenderedFile>(plan.Files.Count);
        foreach (TemplateFile file in plan.Files)
        {
            string content;
            try
            {
                content = environment.GetTemplate(file.Name).Render(variables);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new RenderingException($"{file.SourcePath}: cannot read the template: {SystemErrors.Describe(e)}", e);
            }
            rendered.Add(new RenderedFile(file, content));
        }
        return rendered;
    }
}
