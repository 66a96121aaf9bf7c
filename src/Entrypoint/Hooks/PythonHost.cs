using System.Buffers;
using System.Text;
using System.Text.Json;
using Entrypoint.Diagnostics;
using Entrypoint.Interop;
using Entrypoint.Jinja.Python;

namespace Entrypoint.Hooks;

/// <summary>
/// The one long-lived python3 process that hosts every *.py hook for the whole run, so module state persists across
/// phases as it did in the seed, where hooks ran inside the tool itself. See <see cref="PythonHostScript"/> for the
/// protocol. The host inherits stdin, stdout and stderr: what hooks print goes to the container log.
/// </summary>
internal sealed class PythonHost : IDisposable
{
    private readonly ProtocolChannel _channel;
    private readonly int _pid;
    private readonly string _python;
    private bool _ended;

    private PythonHost(ProtocolChannel channel, int pid, string python) => (_channel, _pid, _python) = (channel, pid, python);

    public static PythonHost Start(string python, string firstModule)
    {
        var channel = new ProtocolChannel();
        // -u: hook output reaches the log as it is printed, in order with executable hooks' output.
        // -B: no __pycache__ written into the hooks directory (often a read-only mount).
        int error = HookSpawn.Start(
            python,
            [python, "-u", "-B", "-c", PythonHostScript.Source],
            [],
            [(channel.HostRequestEnd, ProtocolChannel.HostRequestFd), (channel.HostResponseEnd, ProtocolChannel.HostResponseFd)],
            out int pid);
        channel.CloseHostEnds();
        if (error != 0)
        {
            channel.Dispose();
            throw new HookException(firstModule, $"cannot start {python} to run the Python hooks: {Libc.ErrorText(error)}");
        }
        Log.Debug($"hooks: started {python} (pid {pid}) for the Python hooks");
        return new PythonHost(channel, pid, python);
    }

    /// <summary>Imports every module once, in order; returns, per module path, which phase functions it defines.</summary>
    public Dictionary<string, HashSet<string>> Import(IReadOnlyList<HookFile> modules)
    {
        byte[] request = Request(w =>
        {
            w.WriteString("op", "import");
            w.WriteStartArray("modules");
            foreach (HookFile m in modules)
            {
                w.WriteStartArray();
                w.WriteStringValue(m.Path);
                w.WriteStringValue(m.ModuleName);
                w.WriteEndArray();
            }
            w.WriteEndArray();
        });
        byte[] response = Exchange(request, modules[0].Path, "importing the Python hooks");
        var functions = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var reader = Ok(response, modules[0].Path, "at import");
        Expect(ref reader, JsonTokenType.StartArray);
        while (reader.Read() && reader.TokenType == JsonTokenType.StartArray)
        {
            reader.Read();
            string path = reader.GetString()!;
            var names = new HashSet<string>(StringComparer.Ordinal);
            reader.Read();
            while (reader.Read() && reader.TokenType == JsonTokenType.String) names.Add(reader.GetString()!);
            reader.Read();
            functions[path] = names;
        }
        return functions;
    }

    /// <summary>Calls phase(variables) of each module in order and returns the variables as they left the last one.</summary>
    public PyDict Run(HookPhase phase, IReadOnlyList<HookFile> modules, PyDict variables)
    {
        byte[] request;
        try
        {
            request = Request(w =>
            {
                w.WriteString("op", "run");
                w.WriteString("phase", phase.Name());
                w.WriteStartArray("modules");
                foreach (HookFile m in modules) w.WriteStringValue(m.Path);
                w.WriteEndArray();
                w.WritePropertyName("variables");
                WireValues.Write(w, variables, new StringBuilder());
            });
        }
        catch (UnsupportedValueException e)
        {
            throw new HookException(modules[0].Path, $"cannot pass the variables to {phase.Name()}: {e.Message}");
        }
        catch (ArgumentException e)
        {
            // Utf8JsonWriter refuses strings that are not valid UTF-16 (a lone surrogate).
            throw new HookException(modules[0].Path, $"cannot pass the variables to {phase.Name()}: {e.Message}");
        }
        byte[] response = Exchange(request, modules[0].Path, $"running {phase.Name()}");
        var reader = Ok(response, modules[0].Path, $"in {phase.Name()}");
        try
        {
            return (PyDict)WireValues.Read(ref reader)!;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException or OverflowException or InvalidCastException)
        {
            // Python strings may hold lone surrogates (undecodable bytes from os.environ, for instance); .NET's cannot.
            string names = string.Join(", ", modules.Select(m => m.Name));
            throw new HookException(modules[^1].Path, $"after {phase.Name()} of {names}, the variables hold a value entrypoint cannot read: {e.Message}");
        }
    }

    /// <summary>Closes the channel and waits for the host to exit (it exits at end of input).</summary>
    public void Dispose()
    {
        _channel.CloseRequests();
        if (!_ended)
        {
            _ended = true;
            var status = HookSpawn.Wait(_pid);
            Log.Debug($"hooks: {_python} ended ({status})");
        }
        _channel.Dispose();
    }

    private byte[] Exchange(byte[] request, string hookPath, string doing)
    {
        if (_channel.Send(request) && _channel.Receive() is { } response) return response;
        _ended = true;
        var status = HookSpawn.Wait(_pid);
        throw new HookException(hookPath, $"{_python} ended unexpectedly ({status}) while {doing}");
    }

    /// <summary>A reader positioned on the "ok" value; an "error" response becomes the HookException.</summary>
    private static Utf8JsonReader Ok(byte[] response, string fallbackPath, string where)
    {
        var reader = new Utf8JsonReader(response, WireValues.ReaderOptions);
        reader.Read();
        Expect(ref reader, JsonTokenType.StartObject);
        reader.Read();
        string kind = reader.GetString()!;
        reader.Read();
        if (kind == "ok") return reader;

        string? path = null, summary = null, traceback = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            string name = reader.GetString()!;
            reader.Read();
            string? value = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            if (name == "path") path = value;
            else if (name == "summary") summary = value;
            else if (name == "traceback") traceback = value;
        }
        throw new HookException(path ?? fallbackPath, $"failed {where}: {summary}", traceback);
    }

    private static byte[] Request(Action<Utf8JsonWriter> body)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, WireValues.WriterOptions))
        {
            writer.WriteStartObject();
            body(writer);
            writer.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType expected)
    {
        if (reader.TokenType != expected) throw new JsonException($"hook host protocol: expected {expected}, found {reader.TokenType}");
    }
}
