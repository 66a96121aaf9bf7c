using Entrypoint.Jinja.Python;

namespace Entrypoint.Configuration.Yaml;

/// <summary>
/// Turns the node graph into Python values as PyYAML's SafeConstructor does: one value per node, so an alias
/// yields the same PyList/PyDict object (and a list may contain itself); an unknown or unsafe tag is an error.
/// </summary>
internal sealed class YamlConstructor
{
    private const int MaxDepth = 1000;
    private readonly Dictionary<YamlNode, object?> _constructed = new(ReferenceEqualityComparer.Instance);
    private int _depth;

    public object? Construct(YamlNode node)
    {
        if (_constructed.TryGetValue(node, out var done)) return done;
        if (++_depth > MaxDepth) throw new YamlLoadException("ConstructorError", "the document is nested too deeply", node.Start);
        try
        {
            return node.Tag switch
            {
                YamlTags.Seq => Sequence(node),
                YamlTags.Map => Mapping(node),
                YamlTags.Omap => Pairs(node, "while constructing an ordered map"),
                YamlTags.Pairs => Pairs(node, "while constructing pairs"),
                _ => Remember(node, Scalar(node)),
            };
        }
        catch (PyException e)
        {
            // PyYAML lets Python's own ValueError/KeyError escape for bad explicitly tagged scalars.
            throw new YamlLoadException(e.PythonType, e.Message, node.Start);
        }
        finally
        {
            _depth--;
        }
    }

    private object? Remember(YamlNode node, object? value)
    {
        _constructed[node] = value;
        return value;
    }

    private object? Scalar(YamlNode node)
    {
        if (node.Tag == YamlTags.Set)
        {
            throw new YamlLoadException("ConstructorError", "!!set is not supported (templates have no Python set)", node.Start);
        }
        string? text = null;
        if (node.Tag is YamlTags.Null or YamlTags.Bool or YamlTags.Int or YamlTags.Float or YamlTags.Str
            or YamlTags.Binary or YamlTags.Timestamp)
        {
            text = (node as ScalarNode)?.Value
                ?? throw new YamlLoadException("ConstructorError", "expected a scalar node, but found " + node.Kind, node.Start);
        }
        return node.Tag switch
        {
            YamlTags.Null => null,
            YamlTags.Str => text,
            YamlTags.Bool => text!.ToLowerInvariant() switch
            {
                "yes" or "true" or "on" => true,
                "no" or "false" or "off" => false,
                var other => throw PyException.KeyError(other),
            },
            YamlTags.Int => YamlInteger.Construct(text!),
            YamlTags.Float => YamlFloat.Construct(text!),
            YamlTags.Timestamp => (YamlTimestamp.Parse(text!)
                ?? throw PyException.AttributeError("'NoneType' object has no attribute 'groupdict'")).ToPython(),
            YamlTags.Binary => Binary(node, text!),
            _ => throw new YamlLoadException("ConstructorError",
                "could not determine a constructor for the tag " + PyRepr.Repr(node.Tag), node.Start),
        };
    }

    private static PyBytes Binary(YamlNode node, string text)
    {
        try
        {
            return YamlBinary.Decode(text);
        }
        catch (FormatException e)
        {
            throw new YamlLoadException("ConstructorError", e.Message, node.Start);
        }
    }

    private PyList Sequence(YamlNode node)
    {
        if (node is not SequenceNode seq)
        {
            throw new YamlLoadException("ConstructorError", "expected a sequence node, but found " + node.Kind, node.Start);
        }
        var list = new PyList(seq.Items.Count);
        _constructed[node] = list; // before the items, so an item may alias the list itself
        foreach (var item in seq.Items) list.Add(Construct(item));
        return list;
    }

    private PyDict Mapping(YamlNode node)
    {
        if (node is not MappingNode map)
        {
            throw new YamlLoadException("ConstructorError", "expected a mapping node, but found " + node.Kind, node.Start);
        }
        var dict = new PyDict();
        _constructed[node] = dict;
        foreach (var (keyNode, valueNode) in MergeKeys.Flatten(map))
        {
            // "=" as a key is the plain string "=" (PyYAML retags it); elsewhere it has no constructor.
            var key = keyNode is ScalarNode { Tag: YamlTags.Value } equals ? equals.Value : Construct(keyNode);
            if (key is PyList or PyDict)
            {
                throw new YamlLoadException("ConstructorError", "found unhashable key", keyNode.Start);
            }
            dict[key] = Construct(valueNode);
        }
        return dict;
    }

    private PyList Pairs(YamlNode node, string context)
    {
        if (node is not SequenceNode seq)
        {
            throw new YamlLoadException("ConstructorError", context + ": expected a sequence, but found " + node.Kind, node.Start);
        }
        var list = new PyList(seq.Items.Count);
        _constructed[node] = list;
        foreach (var item in seq.Items)
        {
            if (item is not MappingNode pair)
            {
                throw new YamlLoadException("ConstructorError", context + ": expected a mapping of length 1, but found " + item.Kind, item.Start);
            }
            if (pair.Pairs.Count != 1)
            {
                throw new YamlLoadException("ConstructorError",
                    context + ": expected a single mapping item, but found " + pair.Pairs.Count + " items", item.Start);
            }
            list.Add(new PyTuple(Construct(pair.Pairs[0].Key), Construct(pair.Pairs[0].Value)));
        }
        return list;
    }
}
