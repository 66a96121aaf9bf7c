namespace Entrypoint.Cli;

/// <summary>
/// getopt_long with '+': options stop at the first word that is not one, so "entrypoint sh -c 'echo hi'" needs no "--".
/// Long options take "--name value" or "--name=value" and may be abbreviated to a unique prefix; short ones bundle ("-vc").
/// An option absent from the command line falls back to its ENTRYPOINT_* environment variable.
/// </summary>
public static class CommandLine
{
    public static Options Parse(IReadOnlyList<string> args, Func<string, string?> environment)
    {
        var given = new List<(OptionSpec Spec, string Value)>();
        int i = 0;
        for (; i < args.Count; i++)
        {
            string word = args[i];
            if (word == "--") { i++; break; }
            if (word.StartsWith("--", StringComparison.Ordinal)) ReadLong(word, args, ref i, given);
            else if (word.Length > 1 && word[0] == '-') ReadShortCluster(word, args, ref i, given);
            else break;
            // --help and --version act at once, whatever follows them.
            if (given.Count > 0 && given[^1].Spec.Long is "help" or "version")
                return given[^1].Spec.Apply(new Options(), "1");
        }

        // The environment first, then the command line on top, in order: the command line wins.
        Options options = FromEnvironment(environment, given.Select(g => g.Spec).ToHashSet());
        foreach (var (spec, value) in given) options = spec.Apply(options, value);
        return options with { Command = args.Skip(i).ToArray() };
    }

    private static void ReadLong(string word, IReadOnlyList<string> args, ref int i, List<(OptionSpec, string)> given)
    {
        string body = word[2..];
        int eq = body.IndexOf('=');
        string name = eq >= 0 ? body[..eq] : body;
        OptionSpec spec = FindLong(name);
        if (!spec.TakesValue)
        {
            if (eq >= 0) throw new UsageException($"option '--{spec.Long}' doesn't take a value");
            given.Add((spec, "1"));
            return;
        }
        if (eq >= 0) given.Add((spec, body[(eq + 1)..]));
        else if (i + 1 < args.Count) given.Add((spec, args[++i]));
        else throw new UsageException($"option '--{spec.Long}' needs a value ({spec.ValueName})");
    }

    private static void ReadShortCluster(string word, IReadOnlyList<string> args, ref int i, List<(OptionSpec, string)> given)
    {
        for (int k = 1; k < word.Length; k++)
        {
            char c = word[k];
            OptionSpec spec = OptionTable.All.FirstOrDefault(s => s.Short == c)
                ?? throw new UsageException($"unknown option '-{c}'");
            if (!spec.TakesValue)
            {
                given.Add((spec, "1"));
                continue;
            }
            if (k + 1 < word.Length) given.Add((spec, word[(k + 1)..]));
            else if (i + 1 < args.Count) given.Add((spec, args[++i]));
            else throw new UsageException($"option '-{c}' needs a value ({spec.ValueName})");
            return;
        }
    }

    private static OptionSpec FindLong(string name)
    {
        OptionSpec? exact = OptionTable.All.FirstOrDefault(s => s.Long == name);
        if (exact is not null) return exact;
        OptionSpec[] candidates = name.Length == 0 ? [] : OptionTable.All.Where(s => s.Long.StartsWith(name, StringComparison.Ordinal)).ToArray();
        return candidates.Length switch
        {
            1 => candidates[0],
            0 => throw new UsageException($"unknown option '--{name}'"),
            _ => throw new UsageException($"option '--{name}' is ambiguous: " + string.Join(", ", candidates.Select(c => "--" + c.Long))),
        };
    }

    private static Options FromEnvironment(Func<string, string?> environment, HashSet<OptionSpec> onCommandLine)
    {
        var options = new Options();
        foreach (OptionSpec spec in OptionTable.All)
        {
            if (spec.Long is "help" or "version" || onCommandLine.Contains(spec)) continue;
            if (environment(spec.EnvironmentName) is not string raw) continue;
            try
            {
                if (!spec.TakesValue)
                {
                    if (ParseSwitch(raw)) options = spec.Apply(options, "1");
                }
                else if (spec.Repeatable)
                {
                    foreach (string item in raw.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                        options = spec.Apply(options, item);
                }
                else options = spec.Apply(options, raw);
            }
            catch (UsageException e)
            {
                throw new UsageException($"{spec.EnvironmentName}: {e.Message}");
            }
        }
        return options;
    }

    private static bool ParseSwitch(string raw) => raw.Trim().ToLowerInvariant() switch
    {
        "1" or "true" or "yes" or "on" => true,
        "0" or "false" or "no" or "off" or "" => false,
        _ => throw new UsageException($"'{raw}' is not a switch (use 1/0, true/false, yes/no or on/off)"),
    };
}
