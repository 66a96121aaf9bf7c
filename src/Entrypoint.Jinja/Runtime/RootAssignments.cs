using Entrypoint.Jinja.Syntax;

namespace Entrypoint.Jinja.Runtime;

/// <summary>
/// The names a template's top-level frame binds to undefined before their assignment, as Jinja's symbol
/// analysis of the root frame decides (idtracking): a name whose first appearance there, in source order, is
/// an assignment (set, macro, import) starts undefined, so an inner frame that reads it before the assignment
/// sees undefined. A name the root frame reads first, or assigns only in some branches of an if, is resolved
/// from the context instead (the render variable of the same name), and is not in the result.
/// </summary>
/// <remarks>
/// The root frame sees expressions of its own statements, if-bodies (each branch on a copy of the table,
/// merged afterwards) and autoescape bodies; not the bodies of for, with, macros, call/filter/set blocks or
/// blocks, which are inner frames.
/// </remarks>
internal static class RootAssignments
{
    sealed class Symbols
    {
        public readonly Dictionary<string, bool> Loads = new(StringComparer.Ordinal); // true: resolve from context
        public readonly HashSet<string> Stores = new(StringComparer.Ordinal);

        public Symbols Copy()
        {
            var copy = new Symbols();
            foreach (var kv in Loads)
                copy.Loads[kv.Key] = kv.Value;
            copy.Stores.UnionWith(Stores);
            return copy;
        }

        public void Load(string name) => Loads.TryAdd(name, true);

        public void Store(string name)
        {
            Stores.Add(name);
            Loads.TryAdd(name, false);
        }

        public void BranchUpdate(Symbols[] branches)
        {
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var branch in branches)
                foreach (var name in branch.Stores)
                    if (!Stores.Contains(name))
                        counts[name] = counts.GetValueOrDefault(name) + 1;
            foreach (var branch in branches)
            {
                foreach (var kv in branch.Loads)
                    Loads[kv.Key] = kv.Value;
                Stores.UnionWith(branch.Stores);
            }
            foreach (var (name, count) in counts)
                if (count != branches.Length)
                    Loads[name] = true;
        }
    }

    public static HashSet<string> Collect(Node[] body)
    {
        var symbols = new Symbols();
        Visit(body, ref symbols);
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var kv in symbols.Loads)
            if (!kv.Value)
                names.Add(kv.Key);
        return names;
    }

    static void Visit(Node[] body, ref Symbols symbols)
    {
        foreach (var node in body)
            Visit(node, ref symbols);
    }

    static void Visit(Node node, ref Symbols symbols)
    {
        switch (node)
        {
            case Output o:
                foreach (var item in o.Items)
                    Loads(item, symbols);
                break;
            case Assign a: Loads(a.Value, symbols); Target(a.Target, symbols); break;
            case AssignBlock a: Target(a.Target, symbols); break;
            case Syntax.Macro m: symbols.Store(m.MacroName); break;
            case Import i: Loads(i.Template, symbols); symbols.Store(i.Target); break;
            case FromImport i:
                Loads(i.Template, symbols);
                foreach (var kv in i.Names)
                    symbols.Store(kv.Value);
                break;
            case If i: VisitIf(i, ref symbols); break;
            case For f: Loads(f.Iter, symbols); break;
            case CallBlock c: Loads(c.Call, symbols); break;
            case FilterBlock f: Loads(f.Filter, symbols); break;
            case With w:
                foreach (var v in w.Values)
                    Loads(v, symbols);
                break;
            case Include i: Loads(i.Template, symbols); break;
            case Extends e: Loads(e.Template, symbols); break;
            case ExprStmt e: Loads(e.Value, symbols); break;
            case Syntax.Autoescape a: Loads(a.Enabled, symbols); Visit(a.Body, ref symbols); break;
        }
    }

    // Jinja's visit_If: the test in this table, then body, elifs (as one branch) and else each on a copy.
    static void VisitIf(If i, ref Symbols symbols)
    {
        Loads(i.Test, symbols);
        var original = symbols;
        Symbols Branch(IEnumerable<Node> nodes)
        {
            var copy = original.Copy();
            foreach (var n in nodes)
                Visit(n, ref copy);
            return copy;
        }
        var bodySymbols = Branch(i.Body);
        var elifSymbols = Branch(i.Elifs);
        var elseSymbols = Branch(i.Else);
        original.BranchUpdate([bodySymbols, elifSymbols, elseSymbols]);
        symbols = original;
    }

    static void Loads(Node? expr, Symbols symbols)
    {
        if (expr is null)
            return;
        foreach (var name in NameUsage.Names(expr))
            symbols.Load(name);
    }

    static void Target(Expr target, Symbols symbols)
    {
        switch (target)
        {
            case Name n: symbols.Store(n.Identifier); break;
            case NamespaceRef r: symbols.Load(r.Identifier); break;
            case TupleLiteral t:
                foreach (var item in t.Items)
                    Target(item, symbols);
                break;
        }
    }
}
