using System.Text;
using Entrypoint.Rendering;

namespace Entrypoint.Startup;

/// <summary>One line per template: what would happen to its destination, with the mode and owner it would get.</summary>
internal static class DryRunReport
{
    public static string Format(TreePlan plan)
    {
        var text = new StringBuilder();
        foreach (TemplateFile file in plan.Files.Concat(plan.Skipped).OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            string action = plan.Skipped.Contains(file) ? "skip" : File.Exists(file.Destination) ? "overwrite" : "create";
            if (text.Length > 0) text.Append('\n');
            text.Append(action).Append(' ').Append(file.Destination).Append(' ')
                .Append(Convert.ToString(file.Ownership.Mode, 8).PadLeft(4, '0')).Append(' ')
                .Append(file.Ownership.Uid).Append(':').Append(file.Ownership.Gid);
        }
        return text.ToString();
    }
}
