using Entrypoint.Jinja.Lexing;

namespace Entrypoint.Jinja.Parsing;

/// <summary>A cursor over the lexed tokens with Jinja's expect/skip_if helpers and error wording.</summary>
internal sealed class TokenStream(List<Token> tokens, string? name)
{
    int _pos;

    public string? Name => name;
    public Token Current => tokens[_pos];
    public Token Look => tokens[Math.Min(_pos + 1, tokens.Count - 1)];
    public bool AtEof => Current.Kind == TokenKind.Eof;

    public Token Next()
    {
        var t = tokens[_pos];
        if (_pos < tokens.Count - 1)
            _pos++;
        return t;
    }

    public void Skip(int n = 1)
    {
        for (int i = 0; i < n; i++)
            Next();
    }

    public bool SkipIf(TokenKind kind)
    {
        if (Current.Kind != kind)
            return false;
        Next();
        return true;
    }

    public bool SkipIfName(string value)
    {
        if (!Current.IsName(value))
            return false;
        Next();
        return true;
    }

    public Token Expect(TokenKind kind) =>
        Current.Kind == kind ? Next() : throw ExpectError(Token.Describe(kind));

    public Token ExpectName(string value) =>
        Current.IsName(value) ? Next() : throw ExpectError(value);

    TemplateError ExpectError(string expected)
    {
        if (AtEof)
            return Fail($"unexpected end of template, expected {Quote(expected)}.", Current.Line);
        return Fail($"expected token {Quote(expected)}, got {Quote(Current.Describe())}", Current.Line);
    }

    public static string Quote(string s) => StringLiteral.Repr(s);

    public TemplateError Fail(string message, int line, string type = "TemplateSyntaxError") =>
        new(type, message, name, line);
}
