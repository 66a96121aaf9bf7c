using Entrypoint.Cli;
using Entrypoint.Configuration;
using Entrypoint.Diagnostics;
using Entrypoint.Hooks;
using Entrypoint.Jinja;
using Entrypoint.Rendering;
using Entrypoint.Rendering.SeedLibrary;
using Entrypoint.Supervision;

namespace Entrypoint.Startup;

/// <summary>
/// Everything before the command starts, in the seed's order: variables (YAML files, then the environment),
/// prehooks, the template tree rendered in memory and written all or nothing, hooks and posthooks, then the
/// command's own arguments rendered with the final variables. Any failure stops here with a message for people
/// and exit 1: nothing is written, the command never starts.
/// </summary>
public sealed class StartupSequence
{
    private readonly Options _options;
    private readonly bool _haveTemplates;
    private readonly Dictionary<string, object?> _context = new(StringComparer.Ordinal);
    private Jinja.Environment? _engine;

    private StartupSequence(Options options)
    {
        _options = options;
        _haveTemplates = Directory.Exists(options.TemplatesPath);
    }

    public static StartupOutcome Prepare(Options options)
    {
        if (System.Environment.GetEnvironmentVariable("SKIP_ENTRYPOINT") is { Length: > 0 })
        {
            Log.Debug("SKIP_ENTRYPOINT is set: no variables, hooks or templates; the command runs as given");
            return StartupOutcome.Run(new PreparedCommand(options.Command, null));
        }
        var sequence = new StartupSequence(options);
        if (sequence.NothingToConfigure())
        {
            // Pay for what you use: no variables are assembled and no engine is built.
            Log.Debug("no templates, no hooks and no template in the command: nothing to configure");
            return StartupOutcome.Run(new PreparedCommand(options.Command, null));
        }
        return sequence.Run();
    }

    private bool NothingToConfigure() =>
        !_haveTemplates && !Directory.Exists(_options.HooksPath) && !_options.FileEnv && !_options.PrintVariables
        && !_options.DryRun && !_options.Command.Any(CommandTemplate.MayBeTemplate);

    private StartupOutcome Run()
    {
        HookRunner? hooks = null;
        try
        {
            var environment = ProcessEnvironment.Read();
            Variables variables = VariableSources.Load(_options.VariablesFiles, environment, _options.FileEnv);
            if (_options.PrintVariables)
            {
                Log.WriteLine(1, VariablesYaml.Write(variables.Values));
                return StartupOutcome.Exit(0);
            }
            if (!_options.DryRun)
            {
                hooks = new HookRunner(_options.HooksPath);
                hooks.Run(HookPhase.Prehook, variables.Values);
            }

            (TreePlan Plan, IReadOnlyList<RenderedFile> Files)? tree = _haveTemplates ? RenderTree(variables) : null;
            if (_options.DryRun)
            {
                if (tree is { } t) Log.WriteLine(1, DryRunReport.Format(t.Plan));
                Log.Warning($"dry run: hooks were not run, nothing was written, and the command was not started: {string.Join(' ', RenderCommand(variables))}");
                return StartupOutcome.Exit(0);
            }
            if (tree is { } written)
            {
                StagedWriter.Commit(written.Plan.Directories, written.Files);
                Log.Debug($"templates: {written.Files.Count} written, {written.Plan.Skipped.Count} skipped (destination exists)");
            }
            hooks!.Run(HookPhase.Hook, variables.Values);
            hooks.Run(HookPhase.Posthook, variables.Values);

            IReadOnlyList<string>? childEnvironment = _options.FileEnv ? ChildEnvironment(environment, variables) : null;
            return StartupOutcome.Run(new PreparedCommand(RenderCommand(variables), childEnvironment));
        }
        catch (Exception e) when (TemplateFatalError.Find(e) is { } fatal)
        {
            Log.Error($"fatal_error() in a template: {fatal.Text}");
        }
        catch (TemplateError e)
        {
            Log.Error(TemplateErrorReport.Format(e, _engine?.Options.LoaderRoots ?? []));
        }
        catch (Exception e) when (e is ConfigurationException or RenderingException or HookException)
        {
            Log.Error(e.Message);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Reading the tree itself (a directory we may not list, a file that vanished): nothing was written yet.
            Log.Error($"cannot read the configuration: {SystemErrors.Describe(e)}");
        }
        catch (Exception e)
        {
            // A bug of ours must still end as a clear, documented failure, not an abort: nothing was written.
            Log.Error($"internal error while configuring ({e.GetType().Name}: {SystemErrors.Describe(e)}); please report it");
        }
        finally
        {
            hooks?.Dispose();
        }
        return StartupOutcome.Exit(ExitCodes.Configuration);
    }

    /// <summary>The seed's environment with its extra filters and globals, built once, on first need.</summary>
    private Jinja.Environment Engine()
    {
        if (_engine is null)
        {
            _engine = TemplateEnvironment.Create(_haveTemplates ? _options.TemplatesPath : null, _options.JinjaPath);
            SeedLibrary.Register(_engine, _context);
        }
        return _engine;
    }

    /// <summary>The variables as templates see them now (hooks may have changed them since the last render).</summary>
    private Dictionary<string, object?> Context(Variables variables) => TemplateVariables.Refill(_context, variables.Values);

    private (TreePlan, IReadOnlyList<RenderedFile>) RenderTree(Variables variables)
    {
        Jinja.Environment engine = Engine();
        TreePlan plan = TemplateTree.Plan(_options.TemplatesPath, _options.OutputPath, _options.Overwrite);
        foreach (TemplateFile skipped in plan.Skipped)
            Log.Warning($"{skipped.Destination} already exists, so its template {skipped.SourcePath} is not rendered (--overwrite replaces it)");
        return (plan, TreeRenderer.Render(plan, engine, Context(variables)));
    }

    private List<string> RenderCommand(Variables variables) => CommandTemplate.Render(_options.Command, Engine, () => Context(variables));

    /// <summary>--file-env: the command loses each NAME_FILE and gains NAME, the rest stays in order.</summary>
    private static List<string> ChildEnvironment(List<KeyValuePair<string, string>> environment, Variables variables)
    {
        var dropped = variables.EnvironmentToDrop.ToHashSet(StringComparer.Ordinal);
        var kept = environment.Where(e => !dropped.Contains(e.Key)).ToList();
        kept.AddRange(variables.EnvironmentFromFiles);
        return ProcessEnvironment.Format(kept);
    }
}
