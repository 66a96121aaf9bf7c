using System.Text.Json;
using Entrypoint.Hooks;
using Entrypoint.Jinja.Python;
using static Entrypoint.Configuration.Tests.Hooks.HooksDirectory;

namespace Entrypoint.Configuration.Tests.Hooks;

public sealed class ExecutableHookTests : IDisposable
{
    private readonly HooksDirectory _hooks = new();

    public void Dispose() => _hooks.Dispose();

    private string Out(string name) => Path.Combine(_hooks.Root, name);

    [Fact]
    public void Python_and_executable_hooks_run_together_in_file_name_order_in_every_phase()
    {
        string python = RequirePython();
        const string pythonHook = """
            import os
            def prehook(variables): variables['order'].append('pre ' + os.path.basename(__file__))
            def hook(variables): variables['order'].append('hook ' + os.path.basename(__file__))
            def posthook(variables): variables['order'].append('post ' + os.path.basename(__file__))
            """;
        string executable = $$"""
            #!{{python}}
            import json, os, sys
            path = os.environ['ENTRYPOINT_VARIABLES_FILE']
            with open(path) as f:
                variables = json.load(f)
            variables['order'].append(sys.argv[1] + ' ' + os.path.basename(sys.argv[0]))
            with open(path, 'w') as f:
                json.dump(variables, f)
            """;
        _hooks.Python("30-c.py", pythonHook);
        _hooks.Executable("20-b", executable);
        _hooks.Python("10-a.py", pythonHook);
        _hooks.Python("15-aa.py", pythonHook);
        _hooks.Executable("40-d.sh", executable);
        _hooks.Write("50-not-executable", "#!/bin/sh\nexit 1\n", executable: false);
        _hooks.Executable(".hidden", "#!/bin/sh\nexit 1\n");

        using var runner = _hooks.Runner();
        Assert.Equal(["10-a.py", "15-aa.py", "20-b", "30-c.py", "40-d.sh"], runner.Files.Select(f => f.Name));
        var variables = runner.RunAll(Dict(("order", new PyList())));

        string[] expected = [.. new[] { "pre", "hook", "post" }.SelectMany(phase =>
        {
            string arg = phase switch { "pre" => "prehook", "post" => "posthook", _ => "hook" };
            return new[] { $"{phase} 10-a.py", $"{phase} 15-aa.py", $"{arg} 20-b", $"{phase} 30-c.py", $"{arg} 40-d.sh" };
        })];
        Assert.Equal(expected, ((PyList)variables["order"]!).Cast<string>());
    }

    [Fact]
    public void The_variables_file_holds_plain_JSON_owner_only()
    {
        _hooks.Executable("10-copy", $"#!/bin/sh\nstat -c %a \"$ENTRYPOINT_VARIABLES_FILE\" > {Out("mode")}\ncp \"$ENTRYPOINT_VARIABLES_FILE\" {Out("seen.json")}\n");
        var variables = Dict(
            ("name", "caf\u00e9 <b>"), ("n", System.Numerics.BigInteger.Parse("12345678901234567890123")), ("f", 1.0), ("inf", double.PositiveInfinity), ("none", null),
            ("list", new PyList([true, new PyTuple(1L, 2L)])), ("keys", Dict((7L, "a"), (true, "b"), (null, "c"), (2.5, "d"))),
            ("date", new PyDate(2001, 12, 14)), ("dt", new PyDateTime(2001, 12, 14, 21, 59, 43, 100000, -5 * 3600)),
            ("bytes", new PyBytes("hi"u8.ToArray())));

        using var runner = _hooks.Runner();
        runner.Run(HookPhase.Prehook, variables);

        Assert.Equal("600", File.ReadAllText(Out("mode")).Trim());
        string json = File.ReadAllText(Out("seen.json"));
        using var doc = JsonDocument.Parse(json);
        Assert.Equal(
            """{"name":"café <b>","n":12345678901234567890123,"f":1.0,"inf":"inf","none":null,"list":[true,[1,2]],"keys":{"7":"a","true":"b","null":"c","2.5":"d"},"date":"2001-12-14","dt":"2001-12-14T21:59:43.100000-05:00","bytes":"aGk="}""",
            Compact(json));
        Assert.Equal("{'name': 'café <b>'", PyRepr.Repr(variables)[..19]);
    }

    [Fact]
    public void A_hook_that_leaves_the_file_alone_keeps_the_exact_values()
    {
        _hooks.Executable("10-noop", "#!/bin/sh\ntest \"$1\" = prehook\n");
        var variables = Dict(("date", new PyDate(2001, 12, 14)), ("t", new PyTuple(1L)), ("inf", double.PositiveInfinity));
        using var runner = _hooks.Runner();
        Assert.Equal("{'date': datetime.date(2001, 12, 14), 't': (1,), 'inf': inf}", PyRepr.Repr(runner.Run(HookPhase.Prehook, variables)));
    }

    [Fact]
    public void A_hook_that_rewrites_the_file_replaces_the_variables()
    {
        _hooks.Executable("10-rewrite", """
            #!/bin/sh
            cat > "$ENTRYPOINT_VARIABLES_FILE" <<'JSON'
            {"port": 8080, "ratio": 0.5, "exp": 1e3, "big": 123456789012345678901234567890, "name": "db",
             "flags": [true, false, null], "nested": {"a": {"b": []}}, "dup": 1, "dup": 2}
            JSON
            """);
        using var runner = _hooks.Runner();
        var variables = runner.Run(HookPhase.Prehook, Dict(("old", 1L)));
        Assert.Equal(
            "{'port': 8080, 'ratio': 0.5, 'exp': 1000.0, 'big': 123456789012345678901234567890, 'name': 'db', "
            + "'flags': [True, False, None], 'nested': {'a': {'b': []}}, 'dup': 2}",
            PyRepr.Repr(variables));
    }

    [Fact]
    public void A_file_rewritten_with_something_other_than_an_object_is_an_error()
    {
        string hook = _hooks.Executable("10-bad", "#!/bin/sh\necho '[1, 2' > \"$ENTRYPOINT_VARIABLES_FILE\"\n");
        using var runner = _hooks.Runner();
        var e = Assert.Throws<HookException>(() => runner.Run(HookPhase.Hook, new PyDict()));
        Assert.Equal(hook, e.HookPath);
        Assert.Contains("rewrote ENTRYPOINT_VARIABLES_FILE in hook with invalid JSON", e.Message);
    }

    [Fact]
    public void A_non_zero_exit_stops_startup_naming_the_hook_and_its_status()
    {
        string hook = _hooks.Executable("10-fail", "#!/bin/sh\necho failing >&2\nexit 3\n");
        _hooks.Executable("20-never", $"#!/bin/sh\ntouch {Out("ran")}\n");
        using var runner = _hooks.Runner();
        var e = Assert.Throws<HookException>(() => runner.Run(HookPhase.Prehook, new PyDict()));
        Assert.Equal(hook, e.HookPath);
        Assert.Equal($"hook {hook}: failed in prehook: exit status 3", e.Message);
        Assert.False(File.Exists(Out("ran")));
    }

    [Fact]
    public void A_hook_killed_by_a_signal_reports_128_plus_the_signal()
    {
        string hook = _hooks.Executable("10-killed", "#!/bin/sh\nkill -TERM $$\n");
        using var runner = _hooks.Runner();
        var e = Assert.Throws<HookException>(() => runner.Run(HookPhase.Posthook, new PyDict()));
        Assert.Equal($"hook {hook}: failed in posthook: killed by SIGTERM (status 143)", e.Message);
    }

    [Fact]
    public void A_script_without_an_interpreter_line_is_a_clear_error()
    {
        string hook = _hooks.Executable("10-noshebang", "echo hi\n");
        using var runner = _hooks.Runner();
        var e = Assert.Throws<HookException>(() => runner.Run(HookPhase.Prehook, new PyDict()));
        Assert.Equal(hook, e.HookPath);
        Assert.Contains("#! line", e.Message);
    }

    [Fact]
    public void The_variables_file_is_removed_afterwards()
    {
        _hooks.Executable("10-where", $"#!/bin/sh\necho \"$ENTRYPOINT_VARIABLES_FILE\" > {Out("where")}\n");
        using var runner = _hooks.Runner();
        runner.Run(HookPhase.Prehook, new PyDict());
        Assert.False(File.Exists(File.ReadAllText(Out("where")).Trim()));
    }

    private static string Compact(string json)
    {
        using var doc = JsonDocument.Parse(json);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            doc.WriteTo(writer);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
