using System.Text;
using Entrypoint.Jinja.Python;

namespace Entrypoint.Jinja.Runtime;

/// <summary>Runs compiled templates: the public render entry point and the top-level run of one template.</summary>
internal static class Renderer
{
    public static string Render(Template template, IReadOnlyDictionary<string, object?> variables)
    {
        var env = template.Environment;
        var rc = new RenderContext(env);
        var parent = new Dictionary<string, object?>(env.Globals, StringComparer.Ordinal);
        foreach (var kv in variables)
            parent[kv.Key] = HostValues.Convert(kv.Value);
        var ctx = new TemplateContext(rc, template, parent);
        var sb = new StringBuilder(Math.Min(template.Compiled.LastOutputLength + 256, 1 << 20));
        try
        {
            RenderRoot(ctx, template, sb);
        }
        catch (TemplateError)
        {
            throw;
        }
        catch (PyException e)
        {
            throw new TemplateError(e.PythonType, e.Message, template.Name, null, e);
        }
        catch (Exception e) when (e is InvalidOperationException or InvalidCastException or ArgumentException
                                      or IndexOutOfRangeException or NullReferenceException or OverflowException
                                      or OutOfMemoryException or NotImplementedException or NotSupportedException
                                      or KeyNotFoundException or FormatException or InsufficientExecutionStackException)
        {
            // A bug or resource limit must never take the host down: report it like any template error.
            throw new TemplateError(e is OutOfMemoryException ? "MemoryError" : "InternalError", e.Message, template.Name, null, e);
        }
        try
        {
            rc.CheckBuffer(sb);
        }
        catch (PyException e)
        {
            // Jinja's final concat fails outside any template code: no template, no line.
            throw new TemplateError(e.PythonType, e.Message, null, null, e);
        }
        template.Compiled.LastOutputLength = sb.Length;
        return sb.ToString();
    }

    /// <summary>Runs a template's top-level body in ctx, then the parent it extends (same context).</summary>
    public static void RenderRoot(TemplateContext ctx, Template template, StringBuilder output, bool isParent = false)
    {
        // A parent's blocks were queued behind the child's when {% extends %} ran.
        if (!isParent)
            ctx.AddBlocks(template.Compiled);
        var frame = ctx.RootFrame(output);
        var saved = frame.Root;
        var run = new RootRun();
        frame.Root = run;
        try
        {
            template.Compiled.Body(frame);
        }
        finally
        {
            frame.Root = saved;
        }
        if (run.ParentTemplate is { } parent)
        {
            ctx.Render.Enter();
            try
            {
                RenderRoot(ctx, parent, output, isParent: true);
            }
            finally
            {
                ctx.Render.Leave();
            }
        }
    }
}
