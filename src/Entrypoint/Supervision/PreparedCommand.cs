namespace Entrypoint.Supervision;

/// <summary>
/// The command as configuration left it: its arguments rendered, and its environment, which is entrypoint's own
/// (null) unless something such as --file-env changed it.
/// </summary>
public sealed record PreparedCommand(IReadOnlyList<string> Arguments, IReadOnlyList<string>? Environment);
