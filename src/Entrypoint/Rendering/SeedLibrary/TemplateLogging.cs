using Entrypoint.Diagnostics;
using Entrypoint.Jinja.Python;

namespace Entrypoint.Rendering.SeedLibrary;

/// <summary>Receives a template's log_* message with Python's level name (DEBUG, INFO, WARNING, ERROR, CRITICAL).</summary>
public delegate void TemplateLogSink(string level, string message);

/// <summary>
/// log_debug, log_info, log_warning, log_error and log_fatal: the message is built like Python logging's
/// <c>msg % args</c> (a single non-empty mapping argument is the mapping), written at that level, and the call
/// returns '' so <c>{{ log_info('x') }}</c> prints nothing. A message that cannot be formatted is logged
/// with its arguments instead of failing the render, as logging reports and carries on.
/// </summary>
internal sealed class TemplateLogging(TemplateLogSink sink)
{
    static readonly string[] IgnoredKeywords = ["exc_info", "stack_info", "stacklevel", "extra"];

    /// <summary>Writes through <see cref="Log"/>; CRITICAL has no level of its own there and goes out as an error.</summary>
    public static void WriteToLog(string level, string message)
    {
        switch (level)
        {
            case "DEBUG": Log.Debug(message); break;
            case "INFO": Log.Info(message); break;
            case "WARNING": Log.Warning(message); break;
            default: Log.Error(level == "CRITICAL" ? "CRITICAL: " + message : message); break;
        }
    }

    /// <summary>The global for one level; method is the Logger method the seed calls (its name shows in errors).</summary>
    public PyCallable At(string level, string method) => (args, kwargs) =>
    {
        foreach (var (key, _) in kwargs)
        {
            if (Array.IndexOf(IgnoredKeywords, key) < 0) throw PyException.TypeError($"Logger._log() got an unexpected keyword argument '{key}'");
        }
        if (args.Count == 0) throw PyException.TypeError($"Logger.{method}() missing 1 required positional argument: 'msg'");
        sink(level, Message(args));
        return "";
    };

    static string Message(IReadOnlyList<object?> args)
    {
        string msg = PyRepr.Str(args[0]);
        if (args.Count == 1) return msg;
        object? values = args.Count == 2 && args[1] is PyDict { Count: > 0 } mapping ? mapping : new PyTuple(args.Skip(1));
        try
        {
            return PyFormat.Percent(msg, values);
        }
        catch (PyException e)
        {
            return $"{msg} (arguments {PyRepr.Repr(values)} do not fit the message: {e.PythonType}: {e.Message})";
        }
    }
}
