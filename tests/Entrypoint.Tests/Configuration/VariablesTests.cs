using Entrypoint.Tests.Infrastructure;

namespace Entrypoint.Tests.Configuration;

public class VariablesTests
{
    [Fact]
    public void Command_arguments_render_with_yaml_and_environment()
    {
        using var s = new Scratch();
        s.Write("variables.yml", "greeting: hello\nnumbers: [1, 2]\n");
        var run = Launched.Entrypoint(new Dictionary<string, string> { ["WHO"] = "world" },
            [.. s.Options, "printf", "%s|", "{{ greeting }} {{ WHO }}", "{{ numbers | sum }}", "{# gone #}", "{% if true %}yes{% endif %}", "plain {x}"]);
        Assert.Equal(0, run.WaitForExit());
        Assert.Equal(["hello world|3||yes|plain {x}|"], run.Stdout);
    }

    [Fact]
    public void SKIP_ENTRYPOINT_passes_arguments_verbatim_and_renders_nothing()
    {
        using var s = new Scratch();
        s.Template("conf", "x");
        var run = Launched.Entrypoint(new Dictionary<string, string> { ["SKIP_ENTRYPOINT"] = "1" }, [.. s.Options, "echo", "{{ anything }}"]);
        Assert.Equal(0, run.WaitForExit());
        Assert.Equal(["{{ anything }}"], run.Stdout);
        Assert.Empty(s.OutputEntries());
    }

    [Fact]
    public void An_undefined_variable_in_the_command_is_an_error()
    {
        var (code, run) = Launched.Run("echo", "{{ missing }}");
        Assert.Equal(1, code);
        Assert.Contains("UndefinedError: 'missing' is undefined", run.StderrText);
        Assert.Empty(run.Stdout);
    }

    [Fact]
    public void Print_variables_shows_yaml_that_reads_back_the_same()
    {
        using var s = new Scratch();
        s.Write("variables.yml", "a: 1\nb: 'yes'\nc: yes\nd: [x, '010']\ne: {f: ~}\ng: 2001-12-14\nh: !!binary aGVsbG8=\n");
        var run = Launched.Entrypoint(new Dictionary<string, string> { ["ZZ_FROM_ENV"] = "007" }, [.. s.Options, "--print-variables", "true"]);
        Assert.Equal(0, run.WaitForExit());
        string yaml = run.StdoutText;
        Assert.StartsWith("a: 1\nb: \"yes\"\nc: true\nd:\n- x\n- \"010\"\ne:\n  f: null\ng: 2001-12-14\nh: !!binary aGVsbG8=\n", yaml);
        Assert.Contains("ZZ_FROM_ENV: \"007\"", yaml);
    }

    [Fact]
    public void A_yaml_syntax_error_names_the_file_line_and_column()
    {
        using var s = new Scratch();
        s.Write("variables.yml", "a: 1\nb: [unclosed\n");
        var run = Launched.Entrypoint([.. s.Options, "echo", "{{ a }}"]);
        Assert.Equal(1, run.WaitForExit());
        Assert.Matches($@"{s.VariablesFile}:\d+:\d+: YAML syntax error", run.StderrText);
        Assert.Empty(run.Stdout);
    }

    [Fact]
    public void File_env_reads_secrets_and_hides_the_file_variables_from_the_command()
    {
        using var s = new Scratch();
        string secret = s.Write("secret", "s3cret\n\n");
        var run = Launched.Entrypoint(new Dictionary<string, string> { ["DB_PASSWORD_FILE"] = secret },
            [.. s.Options, "--file-env", "sh", "-c", "echo \"$DB_PASSWORD|${DB_PASSWORD_FILE-unset}|{{ DB_PASSWORD }}\""]);
        Assert.Equal(0, run.WaitForExit());
        Assert.Equal(["s3cret|unset|s3cret"], run.Stdout);
    }

    [Fact]
    public void File_env_refuses_a_variable_set_both_ways()
    {
        using var s = new Scratch();
        string secret = s.Write("secret", "x");
        var run = Launched.Entrypoint(new Dictionary<string, string> { ["TOKEN"] = "a", ["TOKEN_FILE"] = secret }, [.. s.Options, "--file-env", "true"]);
        Assert.Equal(1, run.WaitForExit());
        Assert.Contains("TOKEN", run.StderrText);
        Assert.Contains("TOKEN_FILE", run.StderrText);
    }
}
