using System.Runtime.CompilerServices;
using Entrypoint.Jinja.Lexing;
using Entrypoint.Jinja.Syntax;

namespace Entrypoint.Jinja.Parsing;

/// <summary>Expressions, by Jinja's precedence: condexpr, or, and, not, compare, + -, ~, * / // %, **, unary, postfix.</summary>
internal sealed partial class Parser
{
    const int MaxNesting = 300;
    int _depth;

    void Enter()
    {
        if (++_depth > MaxNesting || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
            throw new TemplateError("RecursionError", "maximum recursion depth exceeded", _s.Name, _s.Current.Line);
    }

    Expr ParseExpression(bool withCondExpr = true) => withCondExpr ? ParseCondExpr() : ParseOr();

    Expr ParseCondExpr()
    {
        Enter();
        int line = _s.Current.Line;
        var expr1 = ParseOr();
        while (_s.SkipIfName("if"))
        {
            var expr2 = ParseOr();
            Expr? expr3 = _s.SkipIfName("else") ? ParseCondExpr() : null;
            expr1 = new CondExpr(expr2, expr1, expr3, line);
            line = _s.Current.Line;
        }
        _depth--;
        return expr1;
    }

    Expr ParseOr()
    {
        int line = _s.Current.Line;
        var left = ParseAnd();
        while (_s.SkipIfName("or"))
        {
            left = new Or(left, ParseAnd(), line);
            line = _s.Current.Line;
        }
        return left;
    }

    Expr ParseAnd()
    {
        int line = _s.Current.Line;
        var left = ParseNot();
        while (_s.SkipIfName("and"))
        {
            left = new And(left, ParseNot(), line);
            line = _s.Current.Line;
        }
        return left;
    }

    Expr ParseNot()
    {
        if (_s.Current.IsName("not"))
        {
            Enter();
            int line = _s.Next().Line;
            var e = new Unary(UnaryOp.Not, ParseNot(), line);
            _depth--;
            return e;
        }
        return ParseCompare();
    }

    Expr ParseCompare()
    {
        int line = _s.Current.Line;
        var expr = ParseMath1();
        List<Operand>? ops = null;
        while (true)
        {
            CompareOp op;
            switch (_s.Current.Kind)
            {
                case TokenKind.Eq: op = CompareOp.Eq; break;
                case TokenKind.Ne: op = CompareOp.Ne; break;
                case TokenKind.Lt: op = CompareOp.Lt; break;
                case TokenKind.LtEq: op = CompareOp.LtEq; break;
                case TokenKind.Gt: op = CompareOp.Gt; break;
                case TokenKind.GtEq: op = CompareOp.GtEq; break;
                default:
                    if (_s.Current.IsName("in"))
                        op = CompareOp.In;
                    else if (_s.Current.IsName("not") && _s.Look.IsName("in"))
                    {
                        _s.Next();
                        op = CompareOp.NotIn;
                    }
                    else
                        goto done;
                    break;
            }
            _s.Next();
            (ops ??= []).Add(new Operand(op, ParseMath1()));
            line = _s.Current.Line;
        }
    done:
        return ops is null ? expr : new Compare(expr, [.. ops], line);
    }

    Expr ParseMath1()
    {
        int line = _s.Current.Line;
        var left = ParseConcat();
        while (_s.Current.Kind is TokenKind.Add or TokenKind.Sub)
        {
            var op = _s.Next().Kind == TokenKind.Add ? BinaryOp.Add : BinaryOp.Sub;
            left = new Binary(op, left, ParseConcat(), line);
            line = _s.Current.Line;
        }
        return left;
    }

    Expr ParseConcat()
    {
        int line = _s.Current.Line;
        var first = ParseMath2();
        if (_s.Current.Kind != TokenKind.Tilde)
            return first;
        var items = new List<Expr> { first };
        while (_s.SkipIf(TokenKind.Tilde))
            items.Add(ParseMath2());
        return new Concat([.. items], line);
    }

    Expr ParseMath2()
    {
        int line = _s.Current.Line;
        var left = ParsePow();
        while (true)
        {
            BinaryOp op;
            switch (_s.Current.Kind)
            {
                case TokenKind.Mul: op = BinaryOp.Mul; break;
                case TokenKind.Div: op = BinaryOp.Div; break;
                case TokenKind.FloorDiv: op = BinaryOp.FloorDiv; break;
                case TokenKind.Mod: op = BinaryOp.Mod; break;
                default: return left;
            }
            _s.Next();
            left = new Binary(op, left, ParsePow(), line);
            line = _s.Current.Line;
        }
    }

    // Jinja makes ** left-associative: 2 ** 3 ** 2 == 64.
    Expr ParsePow()
    {
        int line = _s.Current.Line;
        var left = ParseUnary();
        while (_s.SkipIf(TokenKind.Pow))
        {
            left = new Binary(BinaryOp.Pow, left, ParseUnary(), line);
            line = _s.Current.Line;
        }
        return left;
    }

    Expr ParseUnary(bool withFilter = true)
    {
        Enter();
        int line = _s.Current.Line;
        Expr node;
        if (_s.SkipIf(TokenKind.Sub))
            node = new Unary(UnaryOp.Neg, ParseUnary(false), line);
        else if (_s.SkipIf(TokenKind.Add))
            node = new Unary(UnaryOp.Pos, ParseUnary(false), line);
        else
            node = ParsePrimary();
        node = ParsePostfix(node);
        if (withFilter)
            node = ParseFilterExpr(node);
        _depth--;
        return node;
    }

    Expr ParsePrimary(bool withNamespace = false)
    {
        var token = _s.Current;
        switch (token.Kind)
        {
            case TokenKind.Name:
                _s.Next();
                switch (token.Value)
                {
                    case "true" or "True": return new Const(true, token.Line);
                    case "false" or "False": return new Const(false, token.Line);
                    case "none" or "None": return new Const(null, token.Line);
                }
                if (withNamespace && _s.Current.Kind == TokenKind.Dot)
                {
                    _s.Next();
                    return new NamespaceRef(Identifiers.Intern(token.Value), _s.Expect(TokenKind.Name).Value, token.Line);
                }
                // Interned: frames find variables by reference first (see Frame).
                return new Name(Identifiers.Intern(token.Value), token.Line);
            case TokenKind.String:
                _s.Next();
                if (_s.Current.Kind != TokenKind.String)
                    return new Const(token.Value, token.Line);
                var sb = new System.Text.StringBuilder(token.Value);
                while (_s.Current.Kind == TokenKind.String)
                    sb.Append(_s.Next().Value);
                return new Const(sb.ToString(), token.Line);
            case TokenKind.Integer or TokenKind.Float:
                _s.Next();
                return new Const(token.Literal, token.Line);
            case TokenKind.LParen:
                _s.Next();
                var inner = ParseTuple(explicitParentheses: true);
                _s.Expect(TokenKind.RParen);
                return inner;
            case TokenKind.LBracket:
                return ParseList();
            case TokenKind.LBrace:
                return ParseDict();
            default:
                throw _s.Fail($"unexpected {TokenStream.Quote(token.Describe())}", token.Line);
        }
    }

    bool IsTupleEnd(string[]? extraEndNames) =>
        _s.Current.Kind is TokenKind.VariableEnd or TokenKind.BlockEnd or TokenKind.RParen
        || (extraEndNames is not null && _s.Current.Kind == TokenKind.Name && Array.IndexOf(extraEndNames, _s.Current.Value) >= 0);

    Expr ParseTuple(bool simplified = false, bool withCondExpr = true, string[]? extraEndNames = null,
        bool explicitParentheses = false, bool withNamespace = false)
    {
        int line = _s.Current.Line;
        var args = new List<Expr>();
        bool isTuple = false;
        while (true)
        {
            if (args.Count > 0)
                _s.Expect(TokenKind.Comma);
            if (IsTupleEnd(extraEndNames))
                break;
            args.Add(simplified ? ParsePrimary(withNamespace) : ParseExpression(withCondExpr));
            if (_s.Current.Kind == TokenKind.Comma)
                isTuple = true;
            else
                break;
            line = _s.Current.Line;
        }
        if (!isTuple)
        {
            if (args.Count > 0)
                return args[0];
            if (!explicitParentheses)
                throw _s.Fail($"Expected an expression, got {TokenStream.Quote(_s.Current.Describe())}", _s.Current.Line);
        }
        return new TupleLiteral([.. args], line);
    }

    Expr ParseList()
    {
        var token = _s.Expect(TokenKind.LBracket);
        var items = new List<Expr>();
        while (_s.Current.Kind != TokenKind.RBracket)
        {
            if (items.Count > 0)
                _s.Expect(TokenKind.Comma);
            if (_s.Current.Kind == TokenKind.RBracket)
                break;
            items.Add(ParseExpression());
        }
        _s.Expect(TokenKind.RBracket);
        return new ListLiteral([.. items], token.Line);
    }

    Expr ParseDict()
    {
        var token = _s.Expect(TokenKind.LBrace);
        var items = new List<KeyValuePair<Expr, Expr>>();
        while (_s.Current.Kind != TokenKind.RBrace)
        {
            if (items.Count > 0)
                _s.Expect(TokenKind.Comma);
            if (_s.Current.Kind == TokenKind.RBrace)
                break;
            var key = ParseExpression();
            _s.Expect(TokenKind.Colon);
            items.Add(new(key, ParseExpression()));
        }
        _s.Expect(TokenKind.RBrace);
        return new DictLiteral([.. items], token.Line);
    }

    Expr ParsePostfix(Expr node)
    {
        while (true)
        {
            switch (_s.Current.Kind)
            {
                case TokenKind.Dot or TokenKind.LBracket: node = ParseSubscript(node); break;
                case TokenKind.LParen: node = ParseCall(node); break;
                default: return node;
            }
        }
    }

    Expr ParseFilterExpr(Expr node)
    {
        while (true)
        {
            if (_s.Current.Kind == TokenKind.Pipe)
                node = ParseFilter(node)!;
            else if (_s.Current.IsName("is"))
                node = ParseTest(node);
            else if (_s.Current.Kind == TokenKind.LParen)
                node = ParseCall(node);
            else
                return node;
        }
    }

    Expr ParseSubscript(Expr node)
    {
        var token = _s.Next();
        if (token.Kind == TokenKind.Dot)
        {
            var attr = _s.Next();
            if (attr.Kind == TokenKind.Name)
                return new GetAttr(node, Identifiers.Intern(attr.Value), token.Line); // interned: see PyDict
            if (attr.Kind != TokenKind.Integer)
                throw _s.Fail("expected name or number", attr.Line);
            return new GetItem(node, new Const(attr.Literal, attr.Line), token.Line);
        }
        var args = new List<Expr>();
        while (_s.Current.Kind != TokenKind.RBracket)
        {
            if (args.Count > 0)
                _s.Expect(TokenKind.Comma);
            args.Add(ParseSubscribed());
        }
        _s.Expect(TokenKind.RBracket);
        return new GetItem(node, args.Count == 1 ? args[0] : new TupleLiteral([.. args], token.Line), token.Line);
    }

    Expr ParseSubscribed()
    {
        int line = _s.Current.Line;
        Expr? start = null;
        if (!_s.SkipIf(TokenKind.Colon))
        {
            var node = ParseExpression();
            if (!_s.SkipIf(TokenKind.Colon))
                return node;
            start = node;
        }
        Expr? stop = null, step = null;
        if (_s.Current.Kind is not (TokenKind.Colon or TokenKind.RBracket or TokenKind.Comma))
            stop = ParseExpression();
        if (_s.SkipIf(TokenKind.Colon) && _s.Current.Kind is not (TokenKind.RBracket or TokenKind.Comma))
            step = ParseExpression();
        return new Slice(start, stop, step, line);
    }

    CallArgs ParseCallArgs()
    {
        var token = _s.Expect(TokenKind.LParen);
        var args = new List<Expr>();
        var kwargs = new List<Keyword>();
        Expr? dynArgs = null, dynKwargs = null;
        bool requireComma = false;
        void Ensure(bool ok)
        {
            if (!ok)
                throw _s.Fail("invalid syntax for function call expression", token.Line);
        }
        while (_s.Current.Kind != TokenKind.RParen)
        {
            if (requireComma)
            {
                _s.Expect(TokenKind.Comma);
                if (_s.Current.Kind == TokenKind.RParen)
                    break;
            }
            if (_s.SkipIf(TokenKind.Mul))
            {
                Ensure(dynArgs is null && dynKwargs is null);
                dynArgs = ParseExpression();
            }
            else if (_s.SkipIf(TokenKind.Pow))
            {
                Ensure(dynKwargs is null);
                dynKwargs = ParseExpression();
            }
            else if (_s.Current.Kind == TokenKind.Name && _s.Look.Kind == TokenKind.Assign)
            {
                Ensure(dynKwargs is null);
                string key = _s.Current.Value;
                _s.Skip(2);
                kwargs.Add(new Keyword(key, ParseExpression()));
            }
            else
            {
                Ensure(dynArgs is null && dynKwargs is null && kwargs.Count == 0);
                args.Add(ParseExpression());
            }
            requireComma = true;
        }
        _s.Expect(TokenKind.RParen);
        return new CallArgs([.. args], [.. kwargs], dynArgs, dynKwargs);
    }

    Call ParseCall(Expr node)
    {
        int line = _s.Current.Line;
        return new Call(node, ParseCallArgs(), line);
    }

    Filter? ParseFilter(Expr? node, bool startInline = false)
    {
        Filter? result = null;
        while (_s.Current.Kind == TokenKind.Pipe || startInline)
        {
            if (!startInline)
                _s.Next();
            var token = _s.Expect(TokenKind.Name);
            string name = token.Value;
            while (_s.SkipIf(TokenKind.Dot))
                name += "." + _s.Expect(TokenKind.Name).Value;
            var args = _s.Current.Kind == TokenKind.LParen ? ParseCallArgs() : CallArgs.Empty;
            node = result = new Filter(node, name, args, token.Line);
            startInline = false;
        }
        return result;
    }

    Expr ParseTest(Expr node)
    {
        var token = _s.Next();
        bool negated = _s.SkipIfName("not");
        string name = _s.Expect(TokenKind.Name).Value;
        while (_s.SkipIf(TokenKind.Dot))
            name += "." + _s.Expect(TokenKind.Name).Value;
        CallArgs args;
        var cur = _s.Current;
        if (cur.Kind == TokenKind.LParen)
            args = ParseCallArgs();
        else if (cur.Kind is TokenKind.Name or TokenKind.String or TokenKind.Integer or TokenKind.Float
                     or TokenKind.LParen or TokenKind.LBracket or TokenKind.LBrace
                 && !(cur.IsName("else") || cur.IsName("or") || cur.IsName("and")))
        {
            if (cur.IsName("is"))
                throw _s.Fail("You cannot chain multiple tests with is", cur.Line);
            args = new CallArgs([ParsePostfix(ParsePrimary())], [], null, null);
        }
        else
            args = CallArgs.Empty;
        Expr result = new Test(node, name, args, token.Line);
        return negated ? new Unary(UnaryOp.Not, result, token.Line) : result;
    }
}
