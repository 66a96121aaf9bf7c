using System.Text;
using Entrypoint.Jinja.Python;
using Entrypoint.Jinja.Syntax;

namespace Entrypoint.Jinja.Runtime;

internal sealed partial class TemplateCompiler
{
    StmtFn ForFn(For node)
    {
        var iter = CompileExpr(node.Iter);
        _frameDepth++;
        var filter = node.Filter is null ? null : CompileExpr(node.Filter);
        var body = CompileBody(node.Body);
        var otherwise = node.Else.Length == 0 ? null : CompileBody(node.Else);
        _frameDepth--;
        var target = node.Target;
        bool recursive = node.Recursive;
        string? targetName = (target as Name)?.Identifier;

        // Renders the loop over one iterable; recursive loops call it again through loop(...).
        void Run(Frame outer, StringBuilder output, object? iterable, int depth0)
        {
            List<object?> items;
            if (filter is null)
                items = Snapshot(iterable);
            else
            {
                items = [];
                var test = new Frame(outer, output, outer.Root);
                foreach (var item in PyOps.Iterate(iterable))
                {
                    test.ClearVars();
                    AssignTarget(test, target, item);
                    if (PyOps.IsTruthy(filter(test)))
                        items.Add(item);
                }
            }
            Func<object?, int, object?>? recurse = null;
            if (recursive)
            {
                recurse = (inner, depth) =>
                {
                    var rc = outer.Render;
                    rc.Enter();
                    try
                    {
                        var sb = new StringBuilder();
                        Run(outer, sb, inner, depth);
                        rc.CheckBuffer(sb);
                        return rc.Autoescape ? new Markup(sb.ToString()) : sb.ToString();
                    }
                    finally
                    {
                        rc.Leave();
                    }
                };
            }
            var loop = new LoopContext(outer.Render, items, depth0, recurse);
            var frame = new Frame(outer, output, outer.Root);
            for (int i = 0; i < items.Count; i++)
            {
                frame.ClearVars();
                loop.Index0 = i;
                if (targetName is not null)
                    frame.Set(targetName, items[i]);
                else
                    AssignTarget(frame, target, items[i]);
                frame.Set(Identifiers.Loop, loop);
                body(frame);
            }
            if (items.Count == 0 && otherwise is not null)
                otherwise(new Frame(outer, output, outer.Root));
        }

        return f => Run(f, f.Out, iter(f), 0);
    }

    /// <summary>The items the loop runs over, taken before the body runs; lists and tuples without an iterator.</summary>
    static List<object?> Snapshot(object? iterable)
    {
        switch (iterable)
        {
            case PyList list:
                var fromList = new List<object?>(list.Count);
                for (int i = 0; i < list.Count; i++)
                    fromList.Add(list[i]);
                return fromList;
            case PyTuple tuple:
                var fromTuple = new List<object?>(tuple.Count);
                for (int i = 0; i < tuple.Count; i++)
                    fromTuple.Add(tuple[i]);
                return fromTuple;
            default:
                return [.. PyOps.Iterate(iterable)];
        }
    }
}
