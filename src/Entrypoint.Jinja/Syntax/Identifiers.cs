using System.Collections.Concurrent;

namespace Entrypoint.Jinja.Syntax;

/// <summary>
/// One string instance per identifier, so frames compare names by reference. Our own table, not
/// <c>string.Intern</c>: under NativeAOT string literals are frozen objects outside the runtime's intern pool,
/// so <c>string.Intern("loop")</c> from the parser need not return the runtime's literal "loop" (which left
/// <c>loop</c>, <c>caller</c>, <c>super</c>... undefined in the AOT binary). The names the runtime binds itself
/// are seeded here, and the runtime uses these fields, never literals.
/// </summary>
internal static class Identifiers
{
    public static readonly string Loop = "loop";
    public static readonly string Caller = "caller";
    public static readonly string Kwargs = "kwargs";
    public static readonly string Varargs = "varargs";
    public static readonly string Super = "super";

    static readonly ConcurrentDictionary<string, string> Table = Seed();

    static ConcurrentDictionary<string, string> Seed()
    {
        var table = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in (ReadOnlySpan<string>)[Loop, Caller, Kwargs, Varargs, Super])
            table[name] = name;
        return table;
    }

    /// <summary>The one instance of this identifier.</summary>
    public static string Intern(string name) => Table.GetOrAdd(name, name);

    public static bool IsInterned(string name) => Table.TryGetValue(name, out var known) && ReferenceEquals(known, name);
}
