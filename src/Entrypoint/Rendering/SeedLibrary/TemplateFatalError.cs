namespace Entrypoint.Rendering.SeedLibrary;

/// <summary>
/// A template called <c>fatal_error(text)</c>: entrypoint must stop and show <see cref="Text"/>.
/// The seed raises RuntimeError(text); this is its own type so the pipeline can tell a deliberate stop
/// from a broken template (report it as "&lt;template&gt;: &lt;text&gt;", exit 1, write nothing).
/// </summary>
public sealed class TemplateFatalError(string text) : Exception(text)
{
    public string Text { get; } = text;

    /// <summary>
    /// Finds the fatal error behind an exception from rendering. The engine lets host exceptions through
    /// unwrapped today; should it start wrapping them, the error is then the inner exception.
    /// </summary>
    public static TemplateFatalError? Find(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
        {
            if (e is TemplateFatalError fatal) return fatal;
        }
        return null;
    }
}
