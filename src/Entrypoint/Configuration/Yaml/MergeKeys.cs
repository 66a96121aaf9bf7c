namespace Entrypoint.Configuration.Yaml;

/// <summary>
/// The merge key "<<" as PyYAML applies it: the merged pairs go first and the mapping's own pairs after them, so
/// own keys win while merged keys keep their earlier position. With a list of mappings, earlier mappings win,
/// which PyYAML gets by putting the list's pairs in reverse order before the later assignments overwrite.
/// A "=" key (YAML's value key) simply becomes the string "=".
/// </summary>
internal static class MergeKeys
{
    public static List<KeyValuePair<YamlNode, YamlNode>> Flatten(MappingNode node) => Flatten(node, []);

    private static List<KeyValuePair<YamlNode, YamlNode>> Flatten(MappingNode node, HashSet<MappingNode> inProgress)
    {
        if (!inProgress.Add(node))
        {
            throw new YamlLoadException("ConstructorError", "found a mapping that merges itself", node.Start);
        }
        var merged = new List<KeyValuePair<YamlNode, YamlNode>>();
        var own = new List<KeyValuePair<YamlNode, YamlNode>>(node.Pairs.Count);
        foreach (var pair in node.Pairs)
        {
            if (pair.Key.Tag != YamlTags.Merge)
            {
                own.Add(pair);
                continue;
            }
            switch (pair.Value)
            {
                case MappingNode single:
                    merged.AddRange(Flatten(single, inProgress));
                    break;
                case SequenceNode list:
                    var parts = new List<List<KeyValuePair<YamlNode, YamlNode>>>(list.Items.Count);
                    foreach (var item in list.Items)
                    {
                        if (item is not MappingNode mapping)
                        {
                            throw new YamlLoadException("ConstructorError",
                                "expected a mapping for merging, but found " + item.Kind, item.Start);
                        }
                        parts.Add(Flatten(mapping, inProgress));
                    }
                    for (int i = parts.Count - 1; i >= 0; i--) merged.AddRange(parts[i]);
                    break;
                default:
                    throw new YamlLoadException("ConstructorError",
                        "expected a mapping or list of mappings for merging, but found " + pair.Value.Kind, pair.Value.Start);
            }
        }
        inProgress.Remove(node);
        merged.AddRange(own);
        return merged;
    }
}
