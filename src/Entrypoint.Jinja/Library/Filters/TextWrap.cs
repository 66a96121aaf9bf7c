using System.Text.RegularExpressions;
using Entrypoint.Jinja.Python;

namespace Entrypoint.Jinja.Library.Filters;

/// <summary>
/// Python's textwrap.wrap as Jinja's wordwrap calls it (expand_tabs and replace_whitespace off, whitespace
/// dropped at line edges): the same chunking (words, whitespace runs, hyphenated parts) and greedy filling.
/// </summary>
internal static partial class TextWrap
{
    // textwrap.TextWrapper.wordsep_re: whitespace runs, em-dashes between words, words split after hyphens.
    [GeneratedRegex("""
        ( [\t\n\x0b\x0c\r\x20]+
        | (?<=[\w!"'&.,?]) -{2,} (?=\w)
        | [^\t\n\x0b\x0c\r\x20]+? (?:
              -(?: (?<=[^\d\W]{2}-) | (?<=[^\d\W]-[^\d\W]-))
              (?= [^\d\W] -? [^\d\W])
            | (?=[\t\n\x0b\x0c\r\x20]|\z)
            | (?<=[\w!"'&.,?]) (?=-{2,}\w)
          )
        )
        """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex WordSeparator();

    [GeneratedRegex(@"([\t\n\x0b\x0c\r\x20]+)")]
    private static partial Regex WhitespaceRun();

    public static List<string> Wrap(string text, long width, bool breakLongWords, bool breakOnHyphens)
    {
        var pieces = (breakOnHyphens ? WordSeparator() : WhitespaceRun()).Split(text);
        var chunks = new List<string>(pieces.Where(c => c.Length > 0));
        var lines = new List<string>();
        if (width <= 0)
            throw new PyException("ValueError", $"invalid width {width} (must be > 0)");
        chunks.Reverse();
        while (chunks.Count > 0)
        {
            var line = new List<string>();
            long length = 0;
            if (IsBlank(chunks[^1]) && lines.Count > 0)
                chunks.RemoveAt(chunks.Count - 1);
            while (chunks.Count > 0 && length + PyStr.Length(chunks[^1]) <= width)
            {
                length += PyStr.Length(chunks[^1]);
                line.Add(chunks[^1]);
                chunks.RemoveAt(chunks.Count - 1);
            }
            if (chunks.Count > 0 && PyStr.Length(chunks[^1]) > width)
                BreakLongWord(chunks, line, length, width, breakLongWords, breakOnHyphens);
            if (line.Count > 0 && IsBlank(line[^1]))
                line.RemoveAt(line.Count - 1);
            if (line.Count > 0)
                lines.Add(string.Concat(line));
        }
        return lines;
    }

    static void BreakLongWord(List<string> reversedChunks, List<string> line, long length, long width, bool breakLongWords, bool breakOnHyphens)
    {
        long spaceLeft = width < 1 ? 1 : width - length;
        if (breakLongWords)
        {
            string chunk = reversedChunks[^1];
            int end = (int)Math.Min(spaceLeft, chunk.Length);
            if (breakOnHyphens && chunk.Length > spaceLeft)
            {
                int hyphen = spaceLeft > 0 ? chunk.LastIndexOf('-', (int)spaceLeft - 1, (int)spaceLeft) : -1;
                if (hyphen > 0 && chunk[..hyphen].Any(c => c != '-'))
                    end = hyphen + 1;
            }
            line.Add(chunk[..end]);
            reversedChunks[^1] = chunk[end..];
        }
        else if (line.Count == 0)
        {
            line.Add(reversedChunks[^1]);
            reversedChunks.RemoveAt(reversedChunks.Count - 1);
        }
    }

    // chunk.strip() == '' with Python's notion of whitespace
    static bool IsBlank(string s) => s.Trim(PythonWhitespace).Length == 0;

    static readonly char[] PythonWhitespace = [' ', '\t', '\n', '\r', '\x0b', '\x0c', '\x1c', '\x1d', '\x1e', '\x1f', '\x85', '\xa0', '\u1680', '\u2000', '\u2001', '\u2002', '\u2003', '\u2004', '\u2005', '\u2006', '\u2007', '\u2008', '\u2009', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000'];
}
