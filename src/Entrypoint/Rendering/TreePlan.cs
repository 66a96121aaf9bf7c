namespace Entrypoint.Rendering;

/// <summary>A template of the tree: its loader name, where it lives, and where its output goes with which ownership.</summary>
public sealed record TemplateFile(string Name, string SourcePath, string Destination, FileOwnership Ownership);

/// <summary>An output directory that does not exist yet, to be made with the ownership of its template directory.</summary>
public sealed record OutputDirectory(string Path, FileOwnership Ownership);

/// <summary>What rendering the tree will do: directories to make (parents first), templates to render, and templates skipped.</summary>
public sealed record TreePlan(IReadOnlyList<OutputDirectory> Directories, IReadOnlyList<TemplateFile> Files, IReadOnlyList<TemplateFile> Skipped);
