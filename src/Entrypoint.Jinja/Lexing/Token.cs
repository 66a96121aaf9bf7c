namespace Entrypoint.Jinja.Lexing;

/// <summary>One lexed token. <see cref="Value"/> holds the text (names, data, unescaped strings) and
/// <see cref="Literal"/> the parsed number for Integer/Float tokens.</summary>
internal readonly record struct Token(TokenKind Kind, string Value, int Line, object? Literal = null)
{
    public bool IsName(string name) => Kind == TokenKind.Name && Value == name;

    /// <summary>How Jinja's describe_token names this token in error messages.</summary>
    public string Describe() => Kind == TokenKind.Name ? Value : Describe(Kind);

    public static string Describe(TokenKind kind) => kind switch
    {
        TokenKind.Data => "template data / text",
        TokenKind.VariableBegin => "begin of print statement",
        TokenKind.VariableEnd => "end of print statement",
        TokenKind.BlockBegin => "begin of statement block",
        TokenKind.BlockEnd => "end of statement block",
        TokenKind.Name => "name",
        TokenKind.String => "string",
        TokenKind.Integer => "integer",
        TokenKind.Float => "float",
        TokenKind.Eof => "end of template",
        _ => OperatorTable.Spelling(kind),
    };
}
