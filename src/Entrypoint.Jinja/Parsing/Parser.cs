using Entrypoint.Jinja.Lexing;
using Entrypoint.Jinja.Syntax;

namespace Entrypoint.Jinja.Parsing;

/// <summary>Recursive-descent parser for Jinja statements (this file) and expressions (Parser.Expressions.cs).</summary>
internal sealed partial class Parser
{
    readonly TokenStream _s;
    readonly bool _doExtension;
    readonly List<string> _tagStack = [];
    readonly List<string[]> _endTokenStack = [];

    Parser(TokenStream stream, bool doExtension)
    {
        _s = stream;
        _doExtension = doExtension;
    }

    public static TemplateBody Parse(string source, string? name, EnvironmentOptions options)
    {
        var tokens = Lexer.Tokenize(source, name, options);
        var parser = new Parser(new TokenStream(tokens, name), options.EnableDoExtension);
        return new TemplateBody([.. parser.Subparse(null)]);
    }

    List<Node> Subparse(string[]? endTokens)
    {
        var body = new List<Node>();
        var data = new List<Node>();
        if (endTokens is not null)
            _endTokenStack.Add(endTokens);
        try
        {
            while (!_s.AtEof)
            {
                var token = _s.Current;
                switch (token.Kind)
                {
                    case TokenKind.Data:
                        data.Add(new TemplateData(token.Value, token.Line));
                        _s.Next();
                        break;
                    case TokenKind.VariableBegin:
                        _s.Next();
                        data.Add(ParseTuple());
                        _s.Expect(TokenKind.VariableEnd);
                        break;
                    case TokenKind.BlockBegin:
                        Flush(body, data);
                        _s.Next();
                        if (endTokens is not null && _s.Current.Kind == TokenKind.Name && Array.IndexOf(endTokens, _s.Current.Value) >= 0)
                            return body;
                        body.Add(ParseStatement());
                        _s.Expect(TokenKind.BlockEnd);
                        break;
                    default:
                        throw _s.Fail("internal parsing error", token.Line);
                }
            }
            Flush(body, data);
            return body;
        }
        finally
        {
            if (endTokens is not null)
                _endTokenStack.RemoveAt(_endTokenStack.Count - 1);
        }
    }

    static void Flush(List<Node> body, List<Node> data)
    {
        if (data.Count == 0)
            return;
        body.Add(new Output([.. data], data[0].Line));
        data.Clear();
    }

    Node ParseStatement()
    {
        var token = _s.Current;
        if (token.Kind != TokenKind.Name)
            throw _s.Fail("tag name expected", token.Line);
        Enter();
        _tagStack.Add(token.Value);
        Node result = token.Value switch
        {
            "for" => ParseFor(),
            "if" => ParseIf(),
            "block" => ParseBlock(),
            "extends" => new Extends(ParseExpressionAfterTag(), token.Line),
            "print" => ParsePrint(),
            "macro" => ParseMacro(),
            "include" => ParseInclude(),
            "from" => ParseFrom(),
            "import" => ParseImport(),
            "set" => ParseSet(),
            "with" => ParseWith(),
            "autoescape" => ParseAutoescape(),
            "call" => ParseCallBlock(),
            "filter" => ParseFilterBlock(),
            "do" when _doExtension => ParseDo(),
            _ => FailUnknownTag(token),
        };
        _tagStack.RemoveAt(_tagStack.Count - 1);
        _depth--;
        return result;
    }

    Node FailUnknownTag(Token token)
    {
        _tagStack.RemoveAt(_tagStack.Count - 1);
        throw UnknownTagOrEof(token.Value, _endTokenStack, token.Line);
    }

    TemplateError UnknownTagOrEof(string? name, List<string[]> endTokenStack, int line)
    {
        var parts = new List<string> { name is null ? "Unexpected end of template." : $"Encountered unknown tag {TokenStream.Quote(name)}." };
        if (endTokenStack.Count > 0)
        {
            var top = endTokenStack[^1];
            string looking = string.Join(" or ", top.Select(TokenStream.Quote));
            bool expected = name is not null && endTokenStack.Any(e => e.Contains(name));
            parts.Add(expected
                ? $"You probably made a nesting mistake. Jinja is expecting this tag, but currently looking for {looking}."
                : $"Jinja was looking for the following tags: {looking}.");
        }
        if (_tagStack.Count > 0)
            parts.Add($"The innermost block that needs to be closed is {TokenStream.Quote(_tagStack[^1])}.");
        return _s.Fail(string.Join(" ", parts), line);
    }

    /// <summary>Parses a body up to one of the end tags; leaves the end tag current unless dropNeedle.</summary>
    Node[] ParseStatements(string[] endTokens, bool dropNeedle = false)
    {
        _s.SkipIf(TokenKind.Colon);
        _s.Expect(TokenKind.BlockEnd);
        var result = Subparse(endTokens);
        if (_s.AtEof)
        {
            var stack = new List<string[]>(_endTokenStack) { endTokens };
            throw UnknownTagOrEof(null, stack, _s.Current.Line);
        }
        if (dropNeedle)
            _s.Next();
        return [.. result];
    }

    Expr ParseExpressionAfterTag()
    {
        _s.Next();
        return ParseExpression();
    }

    Node ParseSet()
    {
        int line = _s.Next().Line;
        var target = ParseAssignTarget(withNamespace: true);
        if (_s.SkipIf(TokenKind.Assign))
            return new Assign(target, ParseTuple(), line);
        var filter = ParseFilter(null);
        var body = ParseStatements(["endset"], dropNeedle: true);
        return new AssignBlock(target, filter, body, line);
    }

    Node ParseFor()
    {
        int line = _s.ExpectName("for").Line;
        var target = ParseAssignTarget(extraEndNames: ["in"]);
        _s.ExpectName("in");
        var iter = ParseTuple(withCondExpr: false, extraEndNames: ["recursive"]);
        Expr? test = _s.SkipIfName("if") ? ParseExpression() : null;
        bool recursive = _s.SkipIfName("recursive");
        var body = ParseStatements(["endfor", "else"]);
        Node[] elseBody = _s.Next().Value == "endfor" ? [] : ParseStatements(["endfor"], dropNeedle: true);
        CheckLoopTarget(target);
        return new For(target, iter, body, elseBody, test, recursive, line);
    }

    void CheckLoopTarget(Expr target)
    {
        if (target is Name { Identifier: "loop" } n)
            throw _s.Fail("Can't assign to special loop variable in for-loop target", n.Line, "TemplateAssertionError");
        if (target is TupleLiteral t)
            foreach (var item in t.Items)
                CheckLoopTarget(item);
    }

    Node ParseIf()
    {
        int line = _s.ExpectName("if").Line;
        var test = ParseTuple(withCondExpr: false);
        var body = ParseStatements(["elif", "else", "endif"]);
        var elifs = new List<If>();
        Node[] elseBody = [];
        while (true)
        {
            var token = _s.Next();
            if (token.Value == "elif")
            {
                int elifLine = _s.Current.Line;
                var elifTest = ParseTuple(withCondExpr: false);
                var elifBody = ParseStatements(["elif", "else", "endif"]);
                elifs.Add(new If(elifTest, elifBody, [], [], elifLine));
                continue;
            }
            if (token.Value == "else")
                elseBody = ParseStatements(["endif"], dropNeedle: true);
            break;
        }
        return new If(test, body, [.. elifs], elseBody, line);
    }

    Node ParseWith()
    {
        int line = _s.Next().Line;
        var targets = new List<Expr>();
        var values = new List<Expr>();
        while (_s.Current.Kind != TokenKind.BlockEnd)
        {
            if (targets.Count > 0)
                _s.Expect(TokenKind.Comma);
            targets.Add(ParseAssignTarget());
            _s.Expect(TokenKind.Assign);
            values.Add(ParseExpression());
        }
        var body = ParseStatements(["endwith"], dropNeedle: true);
        return new With([.. targets], [.. values], body, line);
    }

    Node ParseAutoescape()
    {
        int line = _s.Next().Line;
        var enabled = ParseExpression();
        return new Autoescape(enabled, ParseStatements(["endautoescape"], dropNeedle: true), line);
    }

    Node ParseBlock()
    {
        int line = _s.Next().Line;
        string name = _s.Expect(TokenKind.Name).Value;
        bool scoped = _s.SkipIfName("scoped");
        bool required = _s.SkipIfName("required");
        if (_s.Current.Kind == TokenKind.Sub)
            throw _s.Fail("Block names in Jinja have to be valid Python identifiers and may not contain hyphens, use an underscore instead.", _s.Current.Line);
        var body = ParseStatements(["endblock"], dropNeedle: true);
        if (required)
        {
            foreach (var node in body)
            {
                if (node is not Output o || o.Items.Any(i => i is not TemplateData d || !IsSpaceOnly(d.Text)))
                    throw _s.Fail("Required blocks can only contain comments or whitespace", _s.Current.Line);
            }
        }
        _s.SkipIfName(name);
        return new Block(name, body, scoped, required, line);
    }

    static bool IsSpaceOnly(string s) => s.Length > 0 && s.All(Lexer.IsSpace);

    bool ParseImportContext(bool defaultValue)
    {
        if ((_s.Current.IsName("with") || _s.Current.IsName("without")) && _s.Look.IsName("context"))
        {
            bool with = _s.Next().Value == "with";
            _s.Next();
            return with;
        }
        return defaultValue;
    }

    Node ParseInclude()
    {
        int line = _s.Next().Line;
        var template = ParseExpression();
        bool ignoreMissing = false;
        if (_s.Current.IsName("ignore") && _s.Look.IsName("missing"))
        {
            ignoreMissing = true;
            _s.Skip(2);
        }
        return new Include(template, ParseImportContext(true), ignoreMissing, line);
    }

    Node ParseImport()
    {
        int line = _s.Next().Line;
        var template = ParseExpression();
        _s.ExpectName("as");
        string target = _s.Expect(TokenKind.Name).Value;
        return new Import(template, target, ParseImportContext(false), line);
    }

    Node ParseFrom()
    {
        int line = _s.Next().Line;
        var template = ParseExpression();
        _s.ExpectName("import");
        var names = new List<KeyValuePair<string, string>>();
        bool? withContext = null;
        bool ParseContext()
        {
            if ((_s.Current.Value is "with" or "without") && _s.Look.IsName("context"))
            {
                withContext = _s.Next().Value == "with";
                _s.Next();
                return true;
            }
            return false;
        }
        while (true)
        {
            if (names.Count > 0)
                _s.Expect(TokenKind.Comma);
            if (_s.Current.Kind == TokenKind.Name)
            {
                if (ParseContext())
                    break;
                var target = _s.Expect(TokenKind.Name);
                if (target.Value.StartsWith('_'))
                    throw _s.Fail("names starting with an underline can not be imported", target.Line, "TemplateAssertionError");
                string alias = _s.SkipIfName("as") ? _s.Expect(TokenKind.Name).Value : target.Value;
                names.Add(new(target.Value, alias));
                if (ParseContext() || _s.Current.Kind != TokenKind.Comma)
                    break;
            }
            else
                _s.Expect(TokenKind.Name);
        }
        return new FromImport(template, [.. names], withContext ?? false, line);
    }

    Signature ParseSignature()
    {
        var args = new List<string>();
        var defaults = new List<Expr>();
        _s.Expect(TokenKind.LParen);
        while (_s.Current.Kind != TokenKind.RParen)
        {
            if (args.Count > 0)
                _s.Expect(TokenKind.Comma);
            string arg = Identifiers.Intern(_s.Expect(TokenKind.Name).Value);
            if (_s.SkipIf(TokenKind.Assign))
                defaults.Add(ParseExpression());
            else if (defaults.Count > 0)
                throw _s.Fail("non-default argument follows default argument", _s.Current.Line);
            args.Add(arg);
        }
        _s.Expect(TokenKind.RParen);
        return new Signature([.. args], [.. defaults]);
    }

    Node ParseCallBlock()
    {
        int line = _s.Next().Line;
        var signature = _s.Current.Kind == TokenKind.LParen ? ParseSignature() : new Signature([], []);
        var call = ParseExpression() as Call ?? throw _s.Fail("expected call", line);
        return new CallBlock(call, signature, ParseStatements(["endcall"], dropNeedle: true), line);
    }

    Node ParseFilterBlock()
    {
        int line = _s.Next().Line;
        var filter = ParseFilter(null, startInline: true)!;
        return new FilterBlock(filter, ParseStatements(["endfilter"], dropNeedle: true), line);
    }

    Node ParseMacro()
    {
        int line = _s.Next().Line;
        string name = Identifiers.Intern(_s.Expect(TokenKind.Name).Value);
        var signature = ParseSignature();
        return new Macro(name, signature, ParseStatements(["endmacro"], dropNeedle: true), line);
    }

    Node ParsePrint()
    {
        int line = _s.Next().Line;
        var items = new List<Node>();
        while (_s.Current.Kind != TokenKind.BlockEnd)
        {
            if (items.Count > 0)
                _s.Expect(TokenKind.Comma);
            items.Add(ParseExpression());
        }
        return new Output([.. items], line);
    }

    Node ParseDo()
    {
        int line = _s.Next().Line;
        return new ExprStmt(ParseTuple(), line);
    }

    Expr ParseAssignTarget(string[]? extraEndNames = null, bool withNamespace = false)
    {
        var target = ParseTuple(simplified: true, extraEndNames: extraEndNames, withNamespace: withNamespace);
        if (!CanAssign(target))
            throw _s.Fail($"can't assign to {TokenStream.Quote(NodeKindName(target))}", target.Line);
        return target;
    }

    static bool CanAssign(Expr e) => e switch
    {
        Name or NamespaceRef => true,
        TupleLiteral t => t.Items.All(CanAssign),
        _ => false,
    };

    static string NodeKindName(Expr e) => e switch
    {
        Const => "const",
        TupleLiteral => "tuple",
        ListLiteral => "list",
        DictLiteral => "dict",
        GetAttr => "getattr",
        GetItem => "getitem",
        Call => "call",
        Filter => "filter",
        Test => "test",
        _ => e.GetType().Name.ToLowerInvariant(),
    };
}
