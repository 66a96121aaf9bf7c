using System.Globalization;
using System.Numerics;
using System.Text;

namespace Entrypoint.Jinja.Lexing;

/// <summary>
/// Turns template source into tokens the way Jinja's regex lexer does, by hand: data, tags,
/// whitespace control (- and +), trim_blocks, lstrip_blocks, comments and raw blocks.
/// </summary>
internal sealed class Lexer
{
    readonly string _src;
    readonly string? _name;
    readonly bool _trimBlocks;
    readonly bool _lstripBlocks;
    readonly List<Token> _tokens = [];
    int _lineCursor;
    int _lineNo = 1;
    readonly Stack<char> _balance = new();

    Lexer(string source, string? name, EnvironmentOptions options)
    {
        _src = NormalizeNewlines(source, options.KeepTrailingNewline);
        _name = name;
        _trimBlocks = options.TrimBlocks;
        _lstripBlocks = options.LstripBlocks;
    }

    public static List<Token> Tokenize(string source, string? name, EnvironmentOptions options)
    {
        var lexer = new Lexer(source, name, options);
        lexer.Run();
        return lexer._tokens;
    }

    // Only \r\n, \r and \n are line breaks; one trailing newline is dropped unless kept.
    static string NormalizeNewlines(string source, bool keepTrailingNewline)
    {
        string s = source.Contains('\r') ? source.Replace("\r\n", "\n").Replace('\r', '\n') : source;
        if (!keepTrailingNewline && s.EndsWith('\n'))
            s = s[..^1];
        return s;
    }

    internal static bool IsSpace(char c) => char.IsWhiteSpace(c) || (c >= '\x1c' && c <= '\x1f');

    int LineAt(int pos)
    {
        if (pos < _lineCursor)
        {
            _lineCursor = 0;
            _lineNo = 1;
        }
        for (; _lineCursor < pos && _lineCursor < _src.Length; _lineCursor++)
            if (_src[_lineCursor] == '\n')
                _lineNo++;
        return _lineNo;
    }

    TemplateError Error(string message, int pos) => new("TemplateSyntaxError", message, _name, LineAt(pos));

    void Emit(TokenKind kind, string value, int pos, object? literal = null) =>
        _tokens.Add(new Token(kind, value, LineAt(pos), literal));

    void Run()
    {
        int pos = 0;
        bool lineStarting = true;
        while (pos < _src.Length)
        {
            int tag = FindTagStart(pos);
            if (tag < 0)
            {
                Emit(TokenKind.Data, _src[pos..], pos);
                break;
            }
            char kind = _src[tag + 1];
            char sign = tag + 2 < _src.Length ? _src[tag + 2] : '\0';
            int rawEnd = kind == '%' ? MatchRawBegin(tag) : -1;
            string text = _src[pos..tag];
            if (sign == '-')
                text = text.TrimEnd(IsSpaceChars);
            else if (sign != '+' && _lstripBlocks && kind != '{')
                text = LstripText(text, lineStarting);
            if (text.Length > 0)
                Emit(TokenKind.Data, text, pos);

            if (rawEnd >= 0)
            {
                lineStarting = _src[rawEnd - 1] == '\n';
                pos = LexRawBody(rawEnd, ref lineStarting);
                continue;
            }
            int afterOpen = tag + 2 + (sign is '-' or '+' ? 1 : 0);
            switch (kind)
            {
                case '#':
                    pos = LexComment(tag, afterOpen, out lineStarting);
                    break;
                case '%':
                    Emit(TokenKind.BlockBegin, "{%", tag);
                    pos = LexTag(afterOpen, block: true, out lineStarting);
                    break;
                default:
                    Emit(TokenKind.VariableBegin, "{{", tag);
                    pos = LexTag(afterOpen, block: false, out lineStarting);
                    break;
            }
        }
        // Like Jinja's token stream, end of template reports the line of the last token.
        _tokens.Add(new Token(TokenKind.Eof, "", _tokens.Count > 0 ? _tokens[^1].Line : 1));
    }

    internal static readonly char[] IsSpaceChars = BuildSpaceChars();

    static char[] BuildSpaceChars()
    {
        var list = new List<char>();
        for (int c = 0; c < 0x3100; c++)
            if (IsSpace((char)c))
                list.Add((char)c);
        return [.. list];
    }

    // lstrip_blocks: drop spaces between the last line start and a block or comment tag.
    static string LstripText(string text, bool lineStarting)
    {
        int lpos = text.LastIndexOf('\n') + 1;
        if (lpos == 0 && !lineStarting)
            return text;
        if (lpos == text.Length)
            return text;
        for (int i = lpos; i < text.Length; i++)
            if (!IsSpace(text[i]))
                return text;
        return text[..lpos];
    }

    int FindTagStart(int from)
    {
        for (int i = _src.IndexOf('{', from); i >= 0 && i + 1 < _src.Length; i = _src.IndexOf('{', i + 1))
        {
            char c = _src[i + 1];
            if (c is '{' or '%' or '#')
                return i;
        }
        return -1;
    }

    // {%[-+]?\s*raw\s*(-%}\s*|%}) ; returns the end of the match or -1.
    int MatchRawBegin(int tag)
    {
        int p = tag + 2;
        if (p < _src.Length && _src[p] is '-' or '+')
            p++;
        p = SkipSpace(p);
        if (string.CompareOrdinal(_src, p, "raw", 0, 3) != 0)
            return -1;
        p = SkipSpace(p + 3);
        if (string.CompareOrdinal(_src, p, "-%}", 0, 3) == 0)
            return SkipSpace(p + 3);
        if (string.CompareOrdinal(_src, p, "%}", 0, 2) == 0)
            return p + 2;
        return -1;
    }

    int SkipSpace(int p)
    {
        while (p < _src.Length && IsSpace(_src[p]))
            p++;
        return p;
    }

    // Everything up to {% endraw %} is data; the end tag honours -, + and the block options.
    int LexRawBody(int start, ref bool lineStarting)
    {
        for (int i = _src.IndexOf("{%", start, StringComparison.Ordinal); i >= 0; i = _src.IndexOf("{%", i + 1, StringComparison.Ordinal))
        {
            int p = i + 2;
            char sign = p < _src.Length ? _src[p] : '\0';
            if (sign is '-' or '+')
                p++;
            p = SkipSpace(p);
            if (string.CompareOrdinal(_src, p, "endraw", 0, 6) != 0)
                continue;
            int end = MatchBlockEnd(SkipSpace(p + 6), allowPlus: true);
            if (end < 0)
                continue;
            string text = _src[start..i];
            if (sign == '-')
                text = text.TrimEnd(IsSpaceChars);
            else if (sign != '+' && _lstripBlocks)
                text = LstripText(text, lineStarting);
            if (text.Length > 0)
                Emit(TokenKind.Data, text, start);
            lineStarting = _src[end - 1] == '\n';
            return end;
        }
        throw Error("Missing end of raw directive", start);
    }

    // +%} | -%}\s* | %}\n? (the newline only with trim_blocks); -1 when there is none at p.
    int MatchBlockEnd(int p, bool allowPlus)
    {
        if (p >= _src.Length)
            return -1;
        char c = _src[p];
        if (c == '+' && allowPlus && string.CompareOrdinal(_src, p + 1, "%}", 0, 2) == 0)
            return p + 3;
        if (c == '-' && string.CompareOrdinal(_src, p + 1, "%}", 0, 2) == 0)
            return SkipSpace(p + 3);
        if (c == '%' && p + 1 < _src.Length && _src[p + 1] == '}')
            return _trimBlocks && p + 2 < _src.Length && _src[p + 2] == '\n' ? p + 3 : p + 2;
        return -1;
    }

    int LexComment(int tag, int from, out bool lineStarting)
    {
        for (int i = from; i < _src.Length; i++)
        {
            char c = _src[i];
            int end = -1;
            if (c == '+' && string.CompareOrdinal(_src, i + 1, "#}", 0, 2) == 0)
                end = i + 3;
            else if (c == '-' && string.CompareOrdinal(_src, i + 1, "#}", 0, 2) == 0)
                end = SkipSpace(i + 3);
            else if (c == '#' && i + 1 < _src.Length && _src[i + 1] == '}')
                end = _trimBlocks && i + 2 < _src.Length && _src[i + 2] == '\n' ? i + 3 : i + 2;
            if (end >= 0)
            {
                lineStarting = _src[end - 1] == '\n';
                return end;
            }
        }
        throw Error("Missing end of comment tag", tag);
    }

    // Tokens inside {{ }} or {% %}; returns the position after the closing delimiter (or the end).
    int LexTag(int p, bool block, out bool lineStarting)
    {
        _balance.Clear();
        while (p < _src.Length)
        {
            if (_balance.Count == 0)
            {
                int end = block ? MatchBlockEnd(p, allowPlus: true) : MatchVariableEnd(p);
                if (end >= 0)
                {
                    Emit(block ? TokenKind.BlockEnd : TokenKind.VariableEnd, block ? "%}" : "}}", p);
                    lineStarting = _src[end - 1] == '\n';
                    return end;
                }
            }
            char c = _src[p];
            if (IsSpace(c))
            {
                p = SkipSpace(p);
                continue;
            }
            if (char.IsAsciiDigit(c))
            {
                p = LexNumber(p);
                continue;
            }
            if (c == '_' || char.IsLetter(c))
            {
                int s = p;
                while (p < _src.Length && (_src[p] == '_' || char.IsLetterOrDigit(_src[p])))
                    p++;
                Emit(TokenKind.Name, _src[s..p], s);
                continue;
            }
            if (c is '\'' or '"')
            {
                int end = ScanString(p);
                if (end > 0)
                {
                    Emit(TokenKind.String, StringLiteral.Unescape(_src, p + 1, end - 1, out var err), p);
                    if (err is not null)
                        throw Error(err, p);
                    p = end;
                    continue;
                }
            }
            if (OperatorTable.TryMatch(_src, p, out var op, out int len))
            {
                CheckBalance(op, p);
                Emit(op, _src.Substring(p, len), p);
                p += len;
                continue;
            }
            throw Error($"unexpected char {StringLiteral.Repr(c.ToString())} at {p}", p);
        }
        lineStarting = false;
        return p;
    }

    int MatchVariableEnd(int p)
    {
        if (_src[p] == '-' && string.CompareOrdinal(_src, p + 1, "}}", 0, 2) == 0)
            return SkipSpace(p + 3);
        if (_src[p] == '}' && p + 1 < _src.Length && _src[p + 1] == '}')
            return p + 2;
        return -1;
    }

    void CheckBalance(TokenKind op, int p)
    {
        switch (op)
        {
            case TokenKind.LBrace: _balance.Push('}'); break;
            case TokenKind.LParen: _balance.Push(')'); break;
            case TokenKind.LBracket: _balance.Push(']'); break;
            case TokenKind.RBrace or TokenKind.RParen or TokenKind.RBracket:
                char got = _src[p];
                if (_balance.Count == 0)
                    throw Error($"unexpected '{got}'", p);
                char expected = _balance.Pop();
                if (expected != got)
                    throw Error($"unexpected '{got}', expected '{expected}'", p);
                break;
        }
    }

    // '...' or "..." with backslash escapes; returns the index after the closing quote or -1.
    int ScanString(int p)
    {
        char q = _src[p];
        for (int i = p + 1; i < _src.Length; i++)
        {
            char c = _src[i];
            if (c == '\\')
                i++;
            else if (c == q)
                return i + 1;
        }
        return -1;
    }

    int LexNumber(int p)
    {
        int floatEnd = p > 0 && _src[p - 1] == '.' ? -1 : ScanFloat(p);
        if (floatEnd > 0)
        {
            string text = _src[p..floatEnd].Replace("_", "");
            Emit(TokenKind.Float, _src[p..floatEnd], p, double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture));
            return floatEnd;
        }
        int end;
        int radix = 10;
        char n = p + 1 < _src.Length ? char.ToLowerInvariant(_src[p + 1]) : '\0';
        if (_src[p] == '0' && n is 'b' or 'o' or 'x' && (end = ScanRadixDigits(p + 2, radix = n == 'b' ? 2 : n == 'o' ? 8 : 16)) > 0)
        {
        }
        else
        {
            radix = 10;
            end = p + 1;
            bool zero = _src[p] == '0';
            while (true)
            {
                int q = end < _src.Length && _src[end] == '_' ? end + 1 : end;
                if (q < _src.Length && (zero ? _src[q] == '0' : char.IsAsciiDigit(_src[q])))
                    end = q + 1;
                else
                    break;
            }
        }
        string digits = _src[(radix == 10 ? p : p + 2)..end].Replace("_", "");
        Emit(TokenKind.Integer, _src[p..end], p, ParseInteger(digits, radix));
        return end;
    }

    static object ParseInteger(string digits, int radix)
    {
        BigInteger value = BigInteger.Zero;
        foreach (char c in digits)
            value = value * radix + (c <= '9' ? c - '0' : char.ToLowerInvariant(c) - 'a' + 10);
        return value >= long.MinValue && value <= long.MaxValue ? (object)(long)value : value;
    }

    // (_?digit)+ in the given radix; returns the end or -1.
    int ScanRadixDigits(int p, int radix)
    {
        int end = -1;
        while (true)
        {
            int q = p < _src.Length && _src[p] == '_' ? p + 1 : p;
            if (q < _src.Length && IsRadixDigit(_src[q], radix))
                end = p = q + 1;
            else
                return end;
        }
    }

    static bool IsRadixDigit(char c, int radix) => radix switch
    {
        2 => c is '0' or '1',
        8 => c is >= '0' and <= '7',
        _ => char.IsAsciiHexDigit(c),
    };

    // \d+(_\d+)* ; returns the end or -1.
    int ScanDigitGroup(int p)
    {
        if (p >= _src.Length || !char.IsAsciiDigit(_src[p]))
            return -1;
        while (true)
        {
            while (p < _src.Length && char.IsAsciiDigit(_src[p]))
                p++;
            if (p + 1 < _src.Length && _src[p] == '_' && char.IsAsciiDigit(_src[p + 1]))
                p++;
            else
                return p;
        }
    }

    // digits ( (.digits)? e[+-]?digits | .digits ) ; returns the end or -1.
    int ScanFloat(int p)
    {
        int intEnd = ScanDigitGroup(p);
        if (intEnd < 0)
            return -1;
        int fracEnd = intEnd < _src.Length && _src[intEnd] == '.' ? ScanDigitGroup(intEnd + 1) : -1;
        int expEnd = ScanExponent(fracEnd > 0 ? fracEnd : intEnd);
        if (expEnd > 0)
            return expEnd;
        return fracEnd;
    }

    int ScanExponent(int p)
    {
        if (p >= _src.Length || _src[p] is not ('e' or 'E'))
            return -1;
        p++;
        if (p < _src.Length && _src[p] is '+' or '-')
            p++;
        return ScanDigitGroup(p);
    }
}
