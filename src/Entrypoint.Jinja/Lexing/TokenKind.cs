namespace Entrypoint.Jinja.Lexing;

/// <summary>Token types, matching the names Jinja's lexer uses.</summary>
internal enum TokenKind
{
    Data, VariableBegin, VariableEnd, BlockBegin, BlockEnd,
    Name, String, Integer, Float,
    Add, Sub, Div, FloorDiv, Mul, Mod, Pow, Tilde,
    LBracket, RBracket, LParen, RParen, LBrace, RBrace,
    Eq, Ne, Gt, GtEq, Lt, LtEq, Assign, Dot, Colon, Pipe, Comma, Semicolon,
    Eof,
}
