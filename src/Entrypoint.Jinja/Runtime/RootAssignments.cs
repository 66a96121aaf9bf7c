using Entrypoint.Jinja.Syntax;

namespace Entrypoint.Jinja.Runtime;

/// <summary>The names a template's top-level frame assigns (set, macro, import), looking through if-bodies only.</summary>
internal static class RootAssignments
{
    public static HashSet<string> Collect(Node[] body)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        Visit(body, names);
        return names;
    }

    static void Visit(Node[] body, HashSet<string> names)
    {
        foreach (var node in body)
        {
            switch (node)
            {
                case Assign a: Target(a.Target, names); break;
                case AssignBlock a: Target(a.Target, names); break;
                case Syntax.Macro m: names.Add(m.MacroName); break;
                case Import i: names.Add(i.Target); break;
                case FromImport i:
                    foreach (var kv in i.Names)
                        names.Add(kv.Value);
                    break;
                case If i:
                    Visit(i.Body, names);
                    foreach (var e in i.Elifs)
                        Visit(e.Body, names);
                    Visit(i.Else, names);
                    break;
                case Syntax.Autoescape a: Visit(a.Body, names); break;
            }
        }
    }

    static void Target(Expr target, HashSet<string> names)
    {
        if (target is Name n)
            names.Add(n.Identifier);
        else if (target is TupleLiteral t)
            foreach (var item in t.Items)
                Target(item, names);
    }
}
