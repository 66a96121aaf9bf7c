namespace Entrypoint.Rendering;

/// <summary>A template's output, held in memory until the whole tree has rendered.</summary>
public sealed record RenderedFile(TemplateFile Template, string Content);
