namespace Entrypoint.Configuration.Yaml;

/// <summary>The YAML 1.1 tags PyYAML's SafeLoader knows.</summary>
internal static class YamlTags
{
    private const string Prefix = "tag:yaml.org,2002:";
    public const string Null = Prefix + "null";
    public const string Bool = Prefix + "bool";
    public const string Int = Prefix + "int";
    public const string Float = Prefix + "float";
    public const string Str = Prefix + "str";
    public const string Binary = Prefix + "binary";
    public const string Timestamp = Prefix + "timestamp";
    public const string Merge = Prefix + "merge";
    public const string Value = Prefix + "value";
    public const string Seq = Prefix + "seq";
    public const string Map = Prefix + "map";
    public const string Omap = Prefix + "omap";
    public const string Pairs = Prefix + "pairs";
    public const string Set = Prefix + "set";

    /// <summary>The non-specific tag "!": PyYAML resolves such a scalar as if it were plain.</summary>
    public const string NonSpecific = "!";
}
