using Entrypoint.Diagnostics;
using Entrypoint.Jinja.Python;

namespace Entrypoint.Hooks;

/// <summary>
/// Runs the hooks of the hooks directory, phase by phase (docs/hooks.md). Within a phase, Python modules and
/// executable hooks run together in file-name order; consecutive Python modules go to the Python host in one
/// request. python3 starts at the first phase, only if there are *.py hooks, and imports every module before any
/// hook runs (as the seed did at start). Dispose ends it; call it after the posthook phase.
/// </summary>
public sealed class HookRunner : IDisposable
{
    private static readonly HookPhase[] AllPhases = [HookPhase.Prehook, HookPhase.Hook, HookPhase.Posthook];

    private readonly string? _searchPath;
    private PythonHost? _python;
    private Dictionary<string, HashSet<string>>? _functions;

    /// <param name="directory">The -H directory; missing means no hooks.</param>
    /// <param name="searchPath">Where to look for python3, PATH-style; null means the PATH entrypoint was started with.</param>
    public HookRunner(string directory, string? searchPath = null)
    {
        Files = HookDirectory.Discover(directory);
        _searchPath = searchPath ?? Environment.GetEnvironmentVariable("PATH");
    }

    /// <summary>The hooks found, in the order they run.</summary>
    public IReadOnlyList<HookFile> Files { get; }

    /// <summary>
    /// Runs one phase. The hooks' changes are applied to <paramref name="variables"/> in place, which is also returned.
    /// Throws <see cref="HookException"/> naming the hook that failed.
    /// </summary>
    public PyDict Run(HookPhase phase, PyDict variables)
    {
        StartPython();
        var pending = new List<HookFile>();
        foreach (HookFile hook in Files)
        {
            if (hook.Kind == HookKind.PythonModule)
            {
                if (_functions![hook.Path].Contains(phase.Name())) pending.Add(hook);
                continue;
            }
            RunPython(phase, pending, variables);
            if (ExecutableHook.Run(hook, phase, variables) is { } changed) Replace(variables, changed);
        }
        RunPython(phase, pending, variables);
        return variables;
    }

    /// <summary>Runs all three phases in order, for callers with nothing to do between them (tests, tools).</summary>
    public PyDict RunAll(PyDict variables)
    {
        foreach (HookPhase phase in AllPhases) Run(phase, variables);
        return variables;
    }

    public void Dispose()
    {
        _python?.Dispose();
        _python = null;
    }

    private void StartPython()
    {
        if (_functions is not null) return;
        var modules = Files.Where(f => f.Kind == HookKind.PythonModule).ToList();
        if (modules.Count == 0)
        {
            _functions = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
            return;
        }

        string python = ProgramSearch.Find("python3", _searchPath)
            ?? throw new HookException(modules[0].Path,
                $"Python hooks need python3, which is not on PATH ({_searchPath ?? ProgramSearch.DefaultPath}); "
                + "install python3 in the image, or remove the *.py hooks");
        var host = PythonHost.Start(python, modules[0].Path);
        try
        {
            _functions = host.Import(modules);
        }
        catch
        {
            host.Dispose();
            throw;
        }
        _python = host;
        foreach (HookFile module in modules)
            if (_functions[module.Path].Count == 0)
                Log.Info($"hooks: {module.Path} defines none of prehook, hook, posthook; ignored");
    }

    private void RunPython(HookPhase phase, List<HookFile> pending, PyDict variables)
    {
        if (pending.Count == 0) return;
        Replace(variables, _python!.Run(phase, pending, variables));
        pending.Clear();
    }

    private static void Replace(PyDict variables, PyDict result)
    {
        variables.Clear();
        foreach (var (key, value) in result) variables.Set(key, value);
    }
}
