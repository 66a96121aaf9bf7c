using Entrypoint.Hooks;
using Entrypoint.Jinja.Python;
using static Entrypoint.Configuration.Tests.Hooks.HooksDirectory;

namespace Entrypoint.Configuration.Tests.Hooks;

public sealed class PythonHookTests : IDisposable
{
    private readonly HooksDirectory _hooks = new();

    public void Dispose() => _hooks.Dispose();

    [Fact]
    public void Prehook_changes_are_seen_by_the_caller()
    {
        _hooks.Python("10-edit.py", """
            def prehook(variables):
                variables['added'] = 1
                del variables['removed']
                variables.update({'name': variables['name'].upper(), 'port': variables['port'] + 1})
            """);
        var variables = Dict(("name", "web"), ("port", 8079L), ("removed", true));

        using var runner = _hooks.Runner();
        PyDict result = runner.Run(HookPhase.Prehook, variables);

        Assert.Same(variables, result);
        Assert.Equal("{'name': 'WEB', 'port': 8080, 'added': 1}", PyRepr.Repr(variables));
    }

    [Fact]
    public void Module_state_persists_across_phases_and_each_module_is_imported_once()
    {
        _hooks.Python("10-state.py", """
            imports = globals().get('imports', 0) + 1
            seen = []
            def prehook(variables):
                seen.append('pre:' + __name__)
            def hook(variables):
                seen.append('hook')
            def posthook(variables):
                seen.append('post')
                variables['seen'] = seen
                variables['imports'] = imports
            """);
        using var runner = _hooks.Runner();
        var variables = runner.RunAll(new PyDict());

        Assert.Equal("{'seen': ['pre:entrypoint_hook_10-state', 'hook', 'post'], 'imports': 1}", PyRepr.Repr(variables));
    }

    [Fact]
    public void Posthook_gets_the_variables_not_the_builtin_vars()
    {
        _hooks.Python("10-post.py", """
            def posthook(variables):
                variables['type'] = type(variables).__name__
            """);
        using var runner = _hooks.Runner();
        Assert.Equal("{'type': 'dict'}", PyRepr.Repr(runner.Run(HookPhase.Posthook, new PyDict())));
    }

    [Fact]
    public void A_kept_reference_to_the_variables_still_sees_later_phases()
    {
        _hooks.Python("10-keep.py", """
            kept = None
            def prehook(variables):
                global kept
                kept = variables
            def posthook(variables):
                variables['same'] = kept is variables
                variables['x_seen'] = kept.get('x')
            """);
        using var runner = _hooks.Runner();
        var variables = runner.Run(HookPhase.Prehook, new PyDict());
        variables.Set("x", 5L);
        runner.Run(HookPhase.Posthook, variables);
        Assert.Equal("{'x': 5, 'same': True, 'x_seen': 5}", PyRepr.Repr(variables));
    }

    [Fact]
    public void A_module_with_no_hook_function_is_ignored()
    {
        _hooks.Python("10-helper.py", "VALUE = 42\n");
        _hooks.Python("20-real.py", "def hook(variables):\n    variables['ran'] = True\n");
        using var runner = _hooks.Runner();
        Assert.Equal("{'ran': True}", PyRepr.Repr(runner.RunAll(new PyDict())));
    }

    [Fact]
    public void An_exception_at_import_names_the_module_and_shows_the_traceback()
    {
        _hooks.Python("10-ok.py", "def prehook(variables):\n    variables['ok'] = True\n");
        string bad = _hooks.Python("20-bad.py", "import os\nraise ValueError('boom at import')\n");
        using var runner = _hooks.Runner();

        var e = Assert.Throws<HookException>(() => runner.Run(HookPhase.Prehook, new PyDict()));

        Assert.Equal(bad, e.HookPath);
        Assert.StartsWith($"hook {bad}: failed at import: ValueError: boom at import", e.Message);
        Assert.StartsWith("Traceback (most recent call last):", e.Detail);
        Assert.Contains($"File \"{bad}\", line 2, in <module>", e.Detail);
        Assert.EndsWith("ValueError: boom at import\n", e.Detail);
        Assert.DoesNotContain("frozen importlib", e.Detail);
        Assert.Contains("\n  Traceback (most recent call last):\n", e.Message);
    }

    [Fact]
    public void A_syntax_error_at_import_shows_where()
    {
        string bad = _hooks.Python("10-syntax.py", "def prehook(variables):\n    return (\n");
        using var runner = _hooks.Runner();
        var e = Assert.Throws<HookException>(() => runner.Run(HookPhase.Prehook, new PyDict()));
        Assert.Equal(bad, e.HookPath);
        Assert.Contains("SyntaxError", e.Message);
        Assert.Contains(bad, e.Detail);
    }

    [Fact]
    public void An_exception_in_a_hook_stops_the_phase_and_names_the_module()
    {
        _hooks.Python("10-first.py", "def hook(variables):\n    variables['first'] = True\n");
        string bad = _hooks.Python("20-fails.py", """
            def helper(v):
                return v['missing']
            def hook(variables):
                helper(variables)
            """);
        _hooks.Python("30-never.py", "def hook(variables):\n    raise AssertionError('must not run')\n");
        using var runner = _hooks.Runner();

        var e = Assert.Throws<HookException>(() => runner.Run(HookPhase.Hook, new PyDict()));

        Assert.Equal(bad, e.HookPath);
        Assert.StartsWith($"hook {bad}: failed in hook: KeyError: 'missing'", e.Message);
        Assert.Contains("line 4, in hook", e.Detail);
        Assert.Contains("line 2, in helper", e.Detail);
        Assert.DoesNotContain("<string>", e.Detail);
    }

    [Fact]
    public void SystemExit_in_a_hook_is_a_failure_too()
    {
        string bad = _hooks.Python("10-exit.py", "import sys\ndef prehook(variables):\n    sys.exit(3)\n");
        using var runner = _hooks.Runner();
        var e = Assert.Throws<HookException>(() => runner.Run(HookPhase.Prehook, new PyDict()));
        Assert.Equal(bad, e.HookPath);
        Assert.Contains("SystemExit: 3", e.Message);
    }

    [Fact]
    public void A_host_that_dies_is_reported_with_its_status()
    {
        string bad = _hooks.Python("10-die.py", "import os\ndef prehook(variables):\n    os._exit(5)\n");
        using var runner = _hooks.Runner();
        var e = Assert.Throws<HookException>(() => runner.Run(HookPhase.Prehook, new PyDict()));
        Assert.Equal(bad, e.HookPath);
        Assert.Contains("ended unexpectedly (exit status 5)", e.Message);
    }

    [Fact]
    public void A_value_that_cannot_come_back_is_named()
    {
        string bad = _hooks.Python("10-set.py", "def prehook(variables):\n    variables['a'] = {'b': [1, {2, 3}]}\n");
        using var runner = _hooks.Runner();
        var e = Assert.Throws<HookException>(() => runner.Run(HookPhase.Prehook, new PyDict()));
        Assert.Equal(bad, e.HookPath);
        Assert.Contains("variables['a']['b'][1] is a 'set'", e.Message);
    }

    [Fact]
    public void A_string_that_is_not_valid_text_is_named()
    {
        string bad = _hooks.Python("10-surrogate.py", "def prehook(variables):\n    variables['s'] = b'\\xff'.decode('utf-8', 'surrogateescape')\n");
        using var runner = _hooks.Runner();
        var e = Assert.Throws<HookException>(() => runner.Run(HookPhase.Prehook, new PyDict()));
        Assert.Equal(bad, e.HookPath);
        Assert.Contains("cannot read", e.Message);
    }

    [Fact]
    public void Print_output_does_not_disturb_the_protocol()
    {
        _hooks.Python("10-noisy.py", """
            import os, sys
            def prehook(variables):
                print('{"ok": {"dict": []}}')
                print('not json\n' * 1000, end='')
                sys.stdout.write('{"error": {"path": null, "summary": "fake", "traceback": null}}\n')
                print('to stderr', file=sys.stderr)
                variables['stdout'] = sys.stdout.fileno()
                variables['stderr'] = sys.stderr.fileno()
                # The host's stdout and stderr are entrypoint's own, not a pipe entrypoint reads.
                variables['inherited'] = [os.path.samestat(os.fstat(fd), os.stat('/proc/%d/fd/%d' % (os.getppid(), fd))) for fd in (1, 2)]
                variables['kept'] = variables['value']
            """);
        using var runner = _hooks.Runner();
        var variables = runner.Run(HookPhase.Prehook, Dict(("value", "v")));
        Assert.Equal("{'value': 'v', 'stdout': 1, 'stderr': 2, 'inherited': [True, True], 'kept': 'v'}", PyRepr.Repr(variables));
    }

    [Fact]
    public void Hooks_find_no_protocol_descriptors_to_leak_into_their_children()
    {
        _hooks.Python("10-fds.py", """
            import os
            def prehook(variables):
                variables['inheritable'] = [os.get_inheritable(fd) for fd in (3, 4)]
            """);
        using var runner = _hooks.Runner();
        Assert.Equal("{'inheritable': [False, False]}", PyRepr.Repr(runner.Run(HookPhase.Prehook, new PyDict())));
    }

    [Fact]
    public void Python_hooks_without_python3_on_PATH_are_a_clear_error()
    {
        string hook = _hooks.Python("10-any.py", "def prehook(variables):\n    pass\n");
        using var runner = _hooks.Runner(searchPath: "/nonexistent/bin");
        var e = Assert.Throws<HookException>(() => runner.Run(HookPhase.Prehook, new PyDict()));
        Assert.Equal(hook, e.HookPath);
        Assert.Contains("need python3, which is not on PATH (/nonexistent/bin)", e.Message);
    }

    [Fact]
    public void Without_python_hooks_python3_is_not_needed()
    {
        _hooks.Executable("10-true", "#!/bin/sh\nexit 0\n");
        using var runner = _hooks.Runner(searchPath: "/nonexistent/bin");
        var variables = Dict(("a", 1L));
        Assert.Equal("{'a': 1}", PyRepr.Repr(runner.RunAll(variables)));
    }

    [Fact]
    public void A_hooks_path_that_is_a_file_is_an_error()
    {
        string file = Path.Combine(_hooks.Root, "file");
        File.WriteAllText(file, "");
        var e = Assert.Throws<HookException>(() => new HookRunner(file));
        Assert.Equal($"hook {file}: the hooks path is a file, not a directory", e.Message);
    }

    [Fact]
    public void A_missing_directory_means_no_hooks()
    {
        using var runner = new HookRunner(Path.Combine(_hooks.Root, "absent"));
        Assert.Empty(runner.Files);
        Assert.Equal("{'a': 1}", PyRepr.Repr(runner.RunAll(Dict(("a", 1L)))));
    }
}
