namespace Entrypoint.Jinja.Lexing;

/// <summary>Jinja's operator spellings; two-character operators are matched before one-character ones.</summary>
internal static class OperatorTable
{
    public static bool TryMatch(string s, int pos, out TokenKind kind, out int length)
    {
        char c = s[pos];
        char n = pos + 1 < s.Length ? s[pos + 1] : '\0';
        length = 2;
        switch (c)
        {
            case '/' when n == '/': kind = TokenKind.FloorDiv; return true;
            case '*' when n == '*': kind = TokenKind.Pow; return true;
            case '=' when n == '=': kind = TokenKind.Eq; return true;
            case '!' when n == '=': kind = TokenKind.Ne; return true;
            case '>' when n == '=': kind = TokenKind.GtEq; return true;
            case '<' when n == '=': kind = TokenKind.LtEq; return true;
        }
        length = 1;
        kind = c switch
        {
            '+' => TokenKind.Add, '-' => TokenKind.Sub, '/' => TokenKind.Div, '*' => TokenKind.Mul,
            '%' => TokenKind.Mod, '~' => TokenKind.Tilde, '[' => TokenKind.LBracket, ']' => TokenKind.RBracket,
            '(' => TokenKind.LParen, ')' => TokenKind.RParen, '{' => TokenKind.LBrace, '}' => TokenKind.RBrace,
            '>' => TokenKind.Gt, '<' => TokenKind.Lt, '=' => TokenKind.Assign, '.' => TokenKind.Dot,
            ':' => TokenKind.Colon, '|' => TokenKind.Pipe, ',' => TokenKind.Comma, ';' => TokenKind.Semicolon,
            _ => TokenKind.Eof,
        };
        return kind != TokenKind.Eof;
    }

    public static string Spelling(TokenKind kind) => kind switch
    {
        TokenKind.Add => "+", TokenKind.Sub => "-", TokenKind.Div => "/", TokenKind.FloorDiv => "//",
        TokenKind.Mul => "*", TokenKind.Mod => "%", TokenKind.Pow => "**", TokenKind.Tilde => "~",
        TokenKind.LBracket => "[", TokenKind.RBracket => "]", TokenKind.LParen => "(", TokenKind.RParen => ")",
        TokenKind.LBrace => "{", TokenKind.RBrace => "}", TokenKind.Eq => "==", TokenKind.Ne => "!=",
        TokenKind.Gt => ">", TokenKind.GtEq => ">=", TokenKind.Lt => "<", TokenKind.LtEq => "<=",
        TokenKind.Assign => "=", TokenKind.Dot => ".", TokenKind.Colon => ":", TokenKind.Pipe => "|",
        TokenKind.Comma => ",", TokenKind.Semicolon => ";",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
