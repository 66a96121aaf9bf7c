using System.Text;
using Entrypoint.Jinja;

namespace Entrypoint.Rendering;

/// <summary>A template error for people: the file and line, Jinja's message, and the lines around it with a marker.</summary>
public static class TemplateErrorReport
{
    private const int Context = 3;

    public static string Format(TemplateError error, IReadOnlyList<string> loaderRoots)
    {
        string? file = Locate(error.TemplateName, loaderRoots);
        var text = new StringBuilder();
        text.Append("template error in ").Append(file ?? error.TemplateName ?? "<template>");
        if (error.Line is int line) text.Append(':').Append(line);
        text.Append(": ").Append(error.PythonType).Append(": ").Append(error.Message);
        if (file is not null && error.Line is int at) AppendContext(text, file, at);
        return text.ToString();
    }

    private static string? Locate(string? name, IReadOnlyList<string> roots)
    {
        if (name is null || name == "<template>") return null;
        foreach (string root in roots)
        {
            string candidate = Path.Combine(root, name);
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }

    private static void AppendContext(StringBuilder text, string file, int line)
    {
        string[] lines;
        try { lines = File.ReadAllLines(file); }
        catch (IOException) { return; }
        int first = Math.Max(1, line - Context), last = Math.Min(lines.Length, line + Context);
        int width = last.ToString().Length;
        for (int n = first; n <= last; n++)
            text.Append('\n').Append(n == line ? "  > " : "    ").Append(n.ToString().PadLeft(width)).Append(" | ").Append(lines[n - 1]);
    }
}
