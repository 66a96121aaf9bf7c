namespace Entrypoint.Startup;

/// <summary>
/// The command word and each argument are templates too, rendered with the final variables as the seed did.
/// An argument without any Jinja delimiter renders to itself, so it skips the engine entirely.
/// </summary>
internal static class CommandTemplate
{
    public static List<string> Render(IReadOnlyList<string> arguments, Func<Jinja.Environment> engine, Func<IReadOnlyDictionary<string, object?>> variables)
    {
        var rendered = new List<string>(arguments.Count);
        IReadOnlyDictionary<string, object?>? context = null;
        foreach (string argument in arguments)
        {
            if (!MayBeTemplate(argument))
            {
                rendered.Add(argument);
                continue;
            }
            context ??= variables();
            rendered.Add(engine().FromString(argument).Render(context));
        }
        return rendered;
    }

    public static bool MayBeTemplate(string text) =>
        text.Contains("{{", StringComparison.Ordinal) || text.Contains("{%", StringComparison.Ordinal) || text.Contains("{#", StringComparison.Ordinal);
}
