namespace Entrypoint.Configuration.Yaml;

/// <summary>A position in the YAML text, 1-based as people count lines and columns.</summary>
public readonly record struct YamlMark(int Line, int Column);

/// <summary>
/// The representation graph PyYAML's composer builds: nodes carry their resolved tag and start position;
/// an alias is the very same node object, which is why aliased lists and dicts end up shared.
/// </summary>
internal abstract class YamlNode(string tag, YamlMark start)
{
    public string Tag { get; } = tag;
    public YamlMark Start { get; } = start;

    /// <summary>PyYAML's node.id, used in its error messages.</summary>
    public abstract string Kind { get; }
}

internal sealed class ScalarNode(string tag, string value, YamlMark start) : YamlNode(tag, start)
{
    public string Value { get; } = value;
    public override string Kind => "scalar";
}

internal sealed class SequenceNode(string tag, YamlMark start) : YamlNode(tag, start)
{
    public List<YamlNode> Items { get; } = [];
    public override string Kind => "sequence";
}

internal sealed class MappingNode(string tag, YamlMark start) : YamlNode(tag, start)
{
    public List<KeyValuePair<YamlNode, YamlNode>> Pairs { get; } = [];
    public override string Kind => "mapping";
}
