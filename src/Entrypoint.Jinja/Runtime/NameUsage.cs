using Entrypoint.Jinja.Syntax;

namespace Entrypoint.Jinja.Runtime;

/// <summary>Finds which of caller/varargs/kwargs a macro body refers to (Jinja's find_undeclared; blocks are skipped).</summary>
internal static class NameUsage
{
    public static MacroUsage Scan(Node[] body)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in body)
            Visit(node, found);
        return new MacroUsage(found.Contains("caller"), found.Contains("varargs"), found.Contains("kwargs"));
    }

    /// <summary>Every name an expression reads.</summary>
    public static HashSet<string> Names(Node expr)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        Visit(expr, found);
        return found;
    }

    static void Visit(Node? node, HashSet<string> found)
    {
        switch (node)
        {
            case null or Const or TemplateData or NamespaceRef or Block:
                return;
            case Name n: found.Add(n.Identifier); return;
            case Output o: VisitAll(o.Items, found); return;
            case TupleLiteral t: VisitAll(t.Items, found); return;
            case ListLiteral l: VisitAll(l.Items, found); return;
            case DictLiteral d:
                foreach (var kv in d.Items) { Visit(kv.Key, found); Visit(kv.Value, found); }
                return;
            case GetAttr g: Visit(g.Target, found); return;
            case GetItem g: Visit(g.Target, found); Visit(g.Key, found); return;
            case Slice s: Visit(s.Start, found); Visit(s.Stop, found); Visit(s.Step, found); return;
            case Call c: Visit(c.Callee, found); Args(c.Arguments, found); return;
            case Filter f: Visit(f.Target, found); Args(f.Arguments, found); return;
            case Test t: Visit(t.Target, found); Args(t.Arguments, found); return;
            case Unary u: Visit(u.Operand, found); return;
            case Binary b: Visit(b.Left, found); Visit(b.Right, found); return;
            case Concat c: VisitAll(c.Items, found); return;
            case Compare c:
                Visit(c.First, found);
                foreach (var o in c.Rest) Visit(o.Value, found);
                return;
            case And a: Visit(a.Left, found); Visit(a.Right, found); return;
            case Or o: Visit(o.Left, found); Visit(o.Right, found); return;
            case CondExpr c: Visit(c.Test, found); Visit(c.Then, found); Visit(c.Else, found); return;
            case If i:
                Visit(i.Test, found); VisitAll(i.Body, found); VisitAll(i.Else, found);
                foreach (var e in i.Elifs) Visit(e, found);
                return;
            case For f:
                Visit(f.Iter, found); Visit(f.Filter, found); VisitAll(f.Body, found); VisitAll(f.Else, found);
                return;
            case Assign a: Visit(a.Value, found); return;
            case AssignBlock a: Visit(a.Filter, found); VisitAll(a.Body, found); return;
            case Syntax.Macro m: VisitAll(m.Signature.Defaults, found); VisitAll(m.Body, found); return;
            case CallBlock c: Visit(c.Call, found); VisitAll(c.Signature.Defaults, found); VisitAll(c.Body, found); return;
            case FilterBlock f: Visit(f.Filter, found); VisitAll(f.Body, found); return;
            case With w: VisitAll(w.Values, found); VisitAll(w.Body, found); return;
            case Include i: Visit(i.Template, found); return;
            case Import i: Visit(i.Template, found); return;
            case FromImport i: Visit(i.Template, found); return;
            case Extends e: Visit(e.Template, found); return;
            case ExprStmt e: Visit(e.Value, found); return;
            case Syntax.Autoescape a: Visit(a.Enabled, found); VisitAll(a.Body, found); return;
        }
    }

    static void VisitAll(IEnumerable<Node> nodes, HashSet<string> found)
    {
        foreach (var n in nodes)
            Visit(n, found);
    }

    static void Args(CallArgs a, HashSet<string> found)
    {
        VisitAll(a.Args, found);
        foreach (var k in a.Kwargs)
            Visit(k.Value, found);
        Visit(a.DynArgs, found);
        Visit(a.DynKwargs, found);
    }
}
