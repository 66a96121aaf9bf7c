using System.Text.Json;
using Entrypoint.Diagnostics;
using Entrypoint.Interop;
using Entrypoint.Jinja.Python;

namespace Entrypoint.Hooks;

/// <summary>
/// Runs an executable hook for one phase: argv[1] is the phase, ENTRYPOINT_VARIABLES_FILE names a private temp file
/// holding the variables as plain JSON (<see cref="VariablesJson"/>), and if the hook leaves different content there,
/// that content becomes the variables. Output passes straight through; a non-zero status stops startup.
/// </summary>
internal static class ExecutableHook
{
    public const string VariablesFileVariable = "ENTRYPOINT_VARIABLES_FILE";

    /// <summary>The new variables, or null when the hook left the file as it was (the values keep their exact types).</summary>
    public static PyDict? Run(HookFile hook, HookPhase phase, PyDict variables)
    {
        byte[] written;
        try
        {
            written = VariablesJson.Write(variables);
        }
        catch (UnsupportedValueException e)
        {
            throw new HookException(hook.Path, $"cannot pass the variables to it: {e.Message}");
        }

        string file = CreatePrivateFile(written, hook);
        try
        {
            Log.Debug($"hooks: running {hook.Path} {phase.Name()}");
            int error = HookSpawn.Start(hook.Path, [hook.Path, phase.Name()], [new(VariablesFileVariable, file)], [], out int pid);
            if (error != 0)
            {
                string hint = error switch
                {
                    Libc.ENOEXEC => " (a script needs a #! line)",
                    Libc.ENOENT => " (is the interpreter on its #! line installed?)",
                    _ => "",
                };
                throw new HookException(hook.Path, $"cannot run it for {phase.Name()}: {Libc.ErrorText(error)}{hint}");
            }
            var status = HookSpawn.Wait(pid);
            if (status.Raw != 0)
            {
                string how = status.Signaled ? $"{status} (status {status.Code})" : status.ToString();
                throw new HookException(hook.Path, $"failed in {phase.Name()}: {how}");
            }

            byte[] after;
            try
            {
                after = File.ReadAllBytes(file);
            }
            catch (FileNotFoundException)
            {
                Log.Debug($"hooks: {hook.Path} removed {VariablesFileVariable}; variables unchanged");
                return null;
            }
            if (after.AsSpan().SequenceEqual(written)) return null;
            try
            {
                return VariablesJson.Read(after);
            }
            catch (JsonException e)
            {
                throw new HookException(hook.Path, $"rewrote {VariablesFileVariable} in {phase.Name()} with invalid JSON: {e.Message}");
            }
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>Owner-only from its creation: the variables often carry secrets.</summary>
    private static string CreatePrivateFile(byte[] content, HookFile hook)
    {
        string path = Path.Combine(Path.GetTempPath(), $"entrypoint-variables-{Guid.NewGuid():N}.json");
        try
        {
            using var stream = new FileStream(path, new FileStreamOptions
            {
                Mode = FileMode.CreateNew,
                Access = FileAccess.Write,
                UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite,
            });
            stream.Write(content);
            return path;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new HookException(hook.Path, $"cannot create the variables file {path}: {e.Message} (set TMPDIR to a writable directory)");
        }
    }
}
