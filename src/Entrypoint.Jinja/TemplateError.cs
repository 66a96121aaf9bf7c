namespace Entrypoint.Jinja;

/// <summary>Every error the engine raises to the host.</summary>
public class TemplateError : Exception
{
    public TemplateError(string pythonType, string message, string? templateName = null, int? line = null, Exception? inner = null)
        : base(message, inner)
    {
        PythonType = pythonType;
        TemplateName = templateName;
        Line = line;
    }

    /// <summary>Jinja's or Python's exception class name, e.g. "UndefinedError", "TypeError".</summary>
    public string PythonType { get; }

    /// <summary>Name of the template where it happened; "&lt;template&gt;" or null for unnamed strings.</summary>
    public string? TemplateName { get; internal set; }

    /// <summary>1-based line in <see cref="TemplateName"/>, when known.</summary>
    public int? Line { get; internal set; }

    public override string ToString()
    {
        var where = Line is int l ? $"{TemplateName ?? "<template>"}:{l}: " : TemplateName is null ? "" : $"{TemplateName}: ";
        return $"{where}{PythonType}: {Message}";
    }
}
