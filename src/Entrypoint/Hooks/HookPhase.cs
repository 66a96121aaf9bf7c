namespace Entrypoint.Hooks;

/// <summary>The three moments hooks run: before rendering (may change the variables), after it, and last.</summary>
public enum HookPhase { Prehook, Hook, Posthook }

public static class HookPhaseNames
{
    /// <summary>The Python function name, and the argv[1] of executable hooks.</summary>
    public static string Name(this HookPhase phase) => phase switch
    {
        HookPhase.Prehook => "prehook",
        HookPhase.Hook => "hook",
        _ => "posthook",
    };
}
