using System.Runtime.CompilerServices;

namespace Entrypoint.Jinja.Python;

/// <summary>
/// Python's recursion limit for nested containers (repr, ==, &lt;, hash): RecursionError at depth 1000
/// as in CPython, long before the .NET stack could overflow and without unwinding thousands of frames.
/// </summary>
public static class PyRecursionGuard
{
    public const int Limit = 1000;

    [ThreadStatic] private static int s_depth;

    public static void Enter(string what)
    {
        if (++s_depth > Limit || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            s_depth--;
            throw new PyException("RecursionError", "maximum recursion depth exceeded" + what);
        }
    }

    public static void Leave() => s_depth--;
}
