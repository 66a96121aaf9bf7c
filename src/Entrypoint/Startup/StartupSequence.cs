using Entrypoint.Cli;
using Entrypoint.Configuration;
using Entrypoint.Diagnostics;
using Entrypoint.Jinja;
using Entrypoint.Rendering;
using Entrypoint.Supervision;

namespace Entrypoint.Startup;

/// <summary>
/// Everything before the command starts, in the seed's order: variables (YAML files, then the environment),
/// templates rendered in memory and written all or nothing, then the command's own arguments rendered.
/// Any failure stops here with a message for people and exit 1: nothing is written, the command never starts.
/// </summary>
public static class StartupSequence
{
    public static StartupOutcome Prepare(Options options)
    {
        if (System.Environment.GetEnvironmentVariable("SKIP_ENTRYPOINT") is { Length: > 0 })
        {
            Log.Debug("SKIP_ENTRYPOINT is set: no variables, hooks or templates; the command runs as given");
            return StartupOutcome.Run(new PreparedCommand(options.Command, null));
        }
        bool haveTemplates = Directory.Exists(options.TemplatesPath);
        if (!haveTemplates && !options.FileEnv && !options.PrintVariables && !options.DryRun && !options.Command.Any(CommandTemplate.MayBeTemplate))
        {
            // Pay for what you use: with nothing to render, no variables are assembled and no engine is built.
            Log.Debug($"no template directory {options.TemplatesPath} and no template in the command: nothing to configure");
            return StartupOutcome.Run(new PreparedCommand(options.Command, null));
        }
        Jinja.Environment? engine = null;
        IReadOnlyList<string> roots = [];
        try
        {
            var environment = ProcessEnvironment.Read();
            Variables variables = VariableSources.Load(options.VariablesFiles, environment, options.FileEnv);
            if (options.PrintVariables)
            {
                Log.WriteLine(1, VariablesYaml.Write(variables.Values));
                return StartupOutcome.Exit(0);
            }

            Jinja.Environment Engine() => engine ??= TemplateEnvironment.Create(haveTemplates ? options.TemplatesPath : null, options.JinjaPath);
            TreePlan? plan = null;
            IReadOnlyList<RenderedFile> rendered = [];
            if (haveTemplates)
            {
                engine = Engine();
                roots = engine.Options.LoaderRoots;
                plan = TemplateTree.Plan(options.TemplatesPath, options.OutputPath, options.Overwrite);
                foreach (TemplateFile skipped in plan.Skipped)
                    Log.Warning($"{skipped.Destination} already exists, so its template {skipped.SourcePath} is not rendered (--overwrite replaces it)");
                rendered = TreeRenderer.Render(plan, engine, TemplateVariables.From(variables.Values));
            }
            else Log.Debug($"no template directory {options.TemplatesPath}: nothing to render");

            if (options.DryRun)
            {
                var preview = CommandTemplate.Render(options.Command, Engine, variables.Values);
                if (plan is not null) Log.WriteLine(1, DryRunReport.Format(plan));
                Log.Warning($"dry run: hooks were not run, nothing was written, and the command was not started: {string.Join(' ', preview)}");
                return StartupOutcome.Exit(0);
            }
            if (plan is not null)
            {
                StagedWriter.Commit(plan.Directories, rendered);
                Log.Debug($"templates: {rendered.Count} written, {plan.Skipped.Count} skipped (destination exists)");
            }

            var arguments = CommandTemplate.Render(options.Command, Engine, variables.Values);
            IReadOnlyList<string>? childEnvironment = options.FileEnv ? ChildEnvironment(environment, variables) : null;
            return StartupOutcome.Run(new PreparedCommand(arguments, childEnvironment));
        }
        catch (TemplateError e)
        {
            Log.Error(TemplateErrorReport.Format(e, roots));
        }
        catch (Exception e) when (e is ConfigurationException or RenderingException)
        {
            Log.Error(e.Message);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Reading the tree itself (a directory we may not list, a file that vanished): nothing was written yet.
            Log.Error($"cannot read the configuration: {SystemErrors.Describe(e)}");
        }
        return StartupOutcome.Exit(ExitCodes.Configuration);
    }

    /// <summary>--file-env: the command loses each NAME_FILE and gains NAME, the rest stays in order.</summary>
    private static List<string> ChildEnvironment(List<KeyValuePair<string, string>> environment, Variables variables)
    {
        var dropped = variables.EnvironmentToDrop.ToHashSet(StringComparer.Ordinal);
        var kept = environment.Where(e => !dropped.Contains(e.Key)).ToList();
        kept.AddRange(variables.EnvironmentFromFiles);
        return ProcessEnvironment.Format(kept);
    }
}
