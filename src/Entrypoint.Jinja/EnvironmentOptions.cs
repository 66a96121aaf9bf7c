namespace Entrypoint.Jinja;

/// <summary>Settings of an <see cref="Environment"/>, mirroring jinja2.Environment's keyword arguments.</summary>
public sealed class EnvironmentOptions
{
    /// <summary>Directories searched in order, like FileSystemLoader([...]).</summary>
    public IReadOnlyList<string> LoaderRoots { get; init; } = [];

    /// <summary>In-memory templates (like DictLoader), consulted before <see cref="LoaderRoots"/>.</summary>
    public IReadOnlyDictionary<string, string>? Templates { get; init; }

    public bool TrimBlocks { get; init; }
    public bool LstripBlocks { get; init; }
    public bool KeepTrailingNewline { get; init; }
    public bool Autoescape { get; init; }
    public UndefinedBehavior Undefined { get; init; } = UndefinedBehavior.Default;

    /// <summary>Enables the <c>{% do %}</c> statement of jinja2.ext.do.</summary>
    public bool EnableDoExtension { get; init; } = true;
}
