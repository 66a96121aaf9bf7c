namespace Entrypoint.Hooks;

public enum HookKind { PythonModule, Executable }

/// <summary>One file of the hooks directory that takes part in the phases.</summary>
public sealed record HookFile(string Path, HookKind Kind)
{
    public string Name => System.IO.Path.GetFileName(Path);

    /// <summary>The seed's module name: entrypoint_hook_ plus the file name without ".py".</summary>
    public string ModuleName => "entrypoint_hook_" + System.IO.Path.GetFileNameWithoutExtension(Path);
}
