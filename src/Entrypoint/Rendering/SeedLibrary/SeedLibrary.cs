using Entrypoint.Jinja.Python;

namespace Entrypoint.Rendering.SeedLibrary;

/// <summary>
/// The filters and globals the seed (the Python entrypoint) adds to every Jinja environment, registered
/// in one call. Behaviour and errors follow the seed under Python 3.11 and Jinja2 3.1.6; the differences
/// are listed in docs/templates.md under "Differences from the seed".
/// </summary>
public static class SeedLibrary
{
    static readonly PythonSignature GlobSignature = new("glob", "pattern");
    static readonly PythonSignature IglobSignature = new("iglob", "pattern");
    static readonly PythonSignature FatalErrorSignature = new("fatal_error", "text");

    /// <summary>
    /// Adds the seed's filters (replacing Jinja's own <c>unique</c>, as the seed does) and globals.
    /// <paramref name="variables"/> are the values templates render with, as engine values; context()
    /// returns them. Template log_* calls go to <paramref name="log"/>, by default entrypoint's log.
    /// </summary>
    public static void Register(Jinja.Environment environment, IReadOnlyDictionary<string, object?> variables, TemplateLogSink? log = null)
    {
        var filters = environment.Filters;
        filters["split"] = TextFilters.Split;
        filters["to_json"] = JsonFilters.ToJson;
        filters["to_pretty_json"] = JsonFilters.ToPrettyJson;
        filters["unique"] = SetFilters.UniqueFilter;
        filters["union"] = SetFilters.UnionFilter;
        filters["intersect"] = SetFilters.IntersectFilter;
        filters["difference"] = SetFilters.DifferenceFilter;
        filters["symmetric_difference"] = SetFilters.SymmetricDifferenceFilter;

        var logging = new TemplateLogging(log ?? TemplateLogging.WriteToLog);
        var globals = environment.Globals;
        globals["min"] = new PyCallable(PythonBuiltins.Min);
        globals["max"] = new PyCallable(PythonBuiltins.Max);
        globals["abs"] = new PyCallable(PythonBuiltins.Abs);
        globals["all"] = new PyCallable(PythonBuiltins.All);
        globals["any"] = new PyCallable(PythonBuiltins.Any);
        globals["round"] = new PyCallable(PythonRound.Round);
        globals["zip"] = new PyCallable(PythonBuiltins.Zip);
        globals["context"] = new PyCallable(new ContextFunction(variables).Call);
        globals["glob"] = new PyCallable(Glob);
        globals["iglob"] = new PyCallable(Iglob);
        globals["fatal_error"] = new PyCallable(FatalError);
        globals["log_debug"] = logging.At("DEBUG", "debug");
        globals["log_info"] = logging.At("INFO", "info");
        globals["log_warning"] = logging.At("WARNING", "warning");
        globals["log_error"] = logging.At("ERROR", "error");
        globals["log_fatal"] = logging.At("CRITICAL", "critical");
    }

    static object? Glob(IReadOnlyList<object?> args, IReadOnlyList<KeyValuePair<string, object?>> kwargs)
    {
        var pattern = Pattern(GlobSignature.Bind(args, kwargs)[0]);
        return new PyList(FileGlob.Match(pattern));
    }

    // A lazy generator, as glob.iglob returns.
    static object? Iglob(IReadOnlyList<object?> args, IReadOnlyList<KeyValuePair<string, object?>> kwargs)
    {
        var pattern = Pattern(IglobSignature.Bind(args, kwargs)[0]);
        return FileGlob.Match(pattern).Select(path => (object?)path);
    }

    static string Pattern(object? pattern) => pattern switch
    {
        string s => s,
        IPyObject { TypeName: "Markup" } markup => markup.Str(),
        _ => throw PyException.TypeError($"expected str, bytes or os.PathLike object, not {PyOps.TypeName(pattern)}"),
    };

    static object? FatalError(IReadOnlyList<object?> args, IReadOnlyList<KeyValuePair<string, object?>> kwargs)
    {
        var text = FatalErrorSignature.Bind(args, kwargs)[0];
        throw new TemplateFatalError(PyRepr.Str(text));
    }
}
