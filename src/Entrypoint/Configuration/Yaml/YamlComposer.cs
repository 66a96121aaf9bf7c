using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Entrypoint.Configuration.Yaml;

/// <summary>
/// Builds the node graph of the single document in a YAML stream from YamlDotNet's parser events, doing what
/// PyYAML's composer does on top of the syntax: anchors (a duplicate is an error, as in PyYAML), aliases (the
/// same node again), tag resolution of plain scalars, and refusing a second document (safe_load's rule).
/// Iterative, so deep nesting cannot overflow the stack.
/// </summary>
internal static class YamlComposer
{
    private const int MaxDepth = 1000;

    /// <summary>The document's root node, or null for a stream with no document.</summary>
    public static YamlNode? ComposeSingleDocument(string text)
    {
        var parser = new EventReader(text);
        Expect<StreamStart>(parser);
        var first = Next(parser);
        if (first is StreamEnd) return null;
        if (first is not DocumentStart) throw new YamlLoadException("ParserError", "expected a document", ToMark(first.Start));
        var root = ComposeNode(parser);
        Expect<DocumentEnd>(parser);
        var next = Next(parser);
        if (next is not StreamEnd)
        {
            throw new YamlLoadException("ComposerError",
                "expected a single document in the stream, but found another document", ToMark(next.Start));
        }
        return root;
    }

    private static YamlNode ComposeNode(EventReader parser)
    {
        var anchors = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        var open = new Stack<YamlNode>();
        YamlNode? pendingKey = null;
        var keys = new Stack<YamlNode?>(); // the pending key of each enclosing mapping
        var flow = new Stack<bool>();      // whether each enclosing collection is written in [] or {}
        while (true)
        {
            var e = Next(parser);
            YamlNode node;
            switch (e)
            {
                case AnchorAlias alias:
                    CheckAnchorName(alias.Value.Value, e);
                    node = anchors.TryGetValue(alias.Value.Value, out var target) ? target
                        : throw new YamlLoadException("ComposerError", "found undefined alias '" + alias.Value.Value + "'", ToMark(e.Start));
                    break;
                case Scalar scalar:
                    if (scalar.Style == ScalarStyle.Plain) CheckPlainScalar(scalar, flow.Count > 0 && flow.Peek());
                    node = new ScalarNode(ScalarTag(scalar), scalar.Value, ToMark(e.Start));
                    Anchor(anchors, scalar, node);
                    break;
                case SequenceStart start:
                    node = new SequenceNode(CollectionTag(start.Tag, YamlTags.Seq), ToMark(e.Start));
                    Anchor(anchors, start, node);
                    flow.Push(start.Style == SequenceStyle.Flow);
                    break;
                case MappingStart start:
                    node = new MappingNode(CollectionTag(start.Tag, YamlTags.Map), ToMark(e.Start));
                    Anchor(anchors, start, node);
                    flow.Push(start.Style == MappingStyle.Flow);
                    break;
                case SequenceEnd or MappingEnd:
                    flow.Pop();
                    node = open.Pop();
                    pendingKey = keys.Pop();
                    if (open.Count == 0) return node;
                    Attach(open.Peek(), node, ref pendingKey);
                    continue;
                default:
                    throw new YamlLoadException("ParserError", "unexpected " + e.GetType().Name, ToMark(e.Start));
            }
            if (e is SequenceStart or MappingStart)
            {
                if (open.Count >= MaxDepth) throw new YamlLoadException("ComposerError", "the document is nested too deeply", node.Start);
                open.Push(node);
                keys.Push(pendingKey);
                pendingKey = null;
                continue;
            }
            if (open.Count == 0) return node;
            Attach(open.Peek(), node, ref pendingKey);
        }
    }

    private static void Attach(YamlNode parent, YamlNode child, ref YamlNode? pendingKey)
    {
        if (parent is SequenceNode seq)
        {
            seq.Items.Add(child);
        }
        else if (pendingKey is null)
        {
            pendingKey = child;
        }
        else
        {
            ((MappingNode)parent).Pairs.Add(new(pendingKey, child));
            pendingKey = null;
        }
    }

    private static void Anchor(Dictionary<string, YamlNode> anchors, NodeEvent e, YamlNode node)
    {
        if (e.Anchor.IsEmpty) return;
        var name = e.Anchor.Value;
        CheckAnchorName(name, e);
        if (anchors.TryGetValue(name, out var first))
        {
            throw new YamlLoadException("ComposerError",
                $"found duplicate anchor '{name}' (first occurrence at line {first.Start.Line}, column {first.Start.Column})",
                ToMark(e.Start));
        }
        anchors[name] = node;
    }

    /// <summary>
    /// PyYAML's anchor and alias names are letters, digits, '-' and '_'; it ends "&amp;a:b" at the colon, where
    /// YamlDotNet keeps going. Refuse such names rather than load a different value.
    /// </summary>
    private static void CheckAnchorName(string name, ParsingEvent e)
    {
        foreach (char c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('-' or '_'))
            {
                throw new YamlLoadException("ScannerError",
                    $"anchor and alias names may only use letters, digits, '-' and '_', but '{name}' has '{c}'", ToMark(e.Start));
            }
        }
    }

    /// <summary>
    /// Unquoted text that PyYAML's scanner would have cut differently than YamlDotNet's did. PyYAML ends
    /// unquoted text at ':' followed by a space or line end (and, inside [] or {}, by , [ ] { }), and reads '?'
    /// or ':' at the start of a word in [] or {} as an indicator; text that contains either came from a spelling the
    /// two read differently, so it is refused rather than loaded as something else.
    /// </summary>
    private static void CheckPlainScalar(Scalar scalar, bool inFlow)
    {
        var value = scalar.Value;
        if (inFlow && value.Length > 0 && value[0] is '?' or ':')
        {
            throw new YamlLoadException("ScannerError",
                $"an unquoted value inside [] or {{}} cannot start with '{value[0]}'; quote it", ToMark(scalar.Start));
        }
        for (int i = value.IndexOf(':'); i >= 0; i = value.IndexOf(':', i + 1))
        {
            char next = i + 1 < value.Length ? value[i + 1] : '\n';
            if (next is ' ' or '\t' or '\n' || (inFlow && next is ',' or '[' or ']' or '{' or '}'))
            {
                throw new YamlLoadException("ScannerError",
                    $"ambiguous ':' in the unquoted value '{value}'; quote the value", ToMark(scalar.Start));
            }
        }
    }

    /// <summary>A plain scalar, or one tagged with "!", is typed by its text; a quoted one is a string.</summary>
    private static string ScalarTag(Scalar scalar)
    {
        if (scalar.Tag.IsEmpty) return scalar.Style == ScalarStyle.Plain ? ScalarResolver.Resolve(scalar.Value) : YamlTags.Str;
        return scalar.Tag.Value == YamlTags.NonSpecific ? ScalarResolver.Resolve(scalar.Value) : scalar.Tag.Value;
    }

    private static string CollectionTag(YamlDotNet.Core.TagName tag, string defaultTag) =>
        tag.IsEmpty || tag.Value == YamlTags.NonSpecific ? defaultTag : tag.Value;

    private static T Expect<T>(EventReader parser) where T : ParsingEvent
    {
        var e = Next(parser);
        return e as T ?? throw new YamlLoadException("ParserError", "unexpected " + e.GetType().Name, ToMark(e.Start));
    }

    private static ParsingEvent Next(EventReader parser) => parser.Next();

    /// <summary>YamlDotNet's parser, with its failures turned into syntax errors that have a position.</summary>
    private sealed class EventReader(string text)
    {
        private readonly Scanner _scanner = new(new StringReader(text), skipComments: true);
        private Parser? _parser;

        public ParsingEvent Next()
        {
            _parser ??= new Parser(_scanner);
            try
            {
                if (!_parser.MoveNext()) throw new YamlLoadException("ParserError", "unexpected end of stream", ToMark(_scanner.CurrentPosition));
                return _parser.Current!;
            }
            catch (YamlException e)
            {
                throw YamlSyntax.FromYamlDotNet(e);
            }
            catch (Exception e) when (e is InvalidOperationException or ArgumentException)
            {
                // YamlDotNet fails this way on some malformed input (flow collections, odd characters in tags)
                // instead of with a YamlException; found by mutating the corpus.
                throw new YamlLoadException("ParserError", "malformed YAML (check brackets, braces and quotes)",
                    ToMark(_scanner.CurrentPosition));
            }
        }
    }

    private static YamlMark ToMark(Mark mark) => new((int)mark.Line, (int)mark.Column);
}
