namespace Entrypoint.Rendering;

/// <summary>
/// Maps every file under the templates root to the same relative path under the output root, as the seed does:
/// an existing destination is skipped (unless overwriting), and a missing output directory is made with the
/// ownership of its template directory. Symbolic links to directories are not followed (os.walk's default);
/// files are visited in ordinal order so runs are repeatable.
/// </summary>
public static class TemplateTree
{
    public static TreePlan Plan(string templatesRoot, string outputRoot, bool overwrite)
    {
        var directories = new List<OutputDirectory>();
        var files = new List<TemplateFile>();
        var skipped = new List<TemplateFile>();
        var planned = new HashSet<string>(StringComparer.Ordinal);
        string output = Path.GetFullPath(outputRoot);
        if (!Directory.Exists(output))
            throw new RenderingException($"the output directory {output} does not exist (create it, or point --output elsewhere)");
        Visit(Path.GetFullPath(templatesRoot), "", output, overwrite, directories, files, skipped, planned);
        return new TreePlan(directories, files, skipped);
    }

    private static void Visit(string templateDir, string relative, string outputRoot, bool overwrite,
        List<OutputDirectory> directories, List<TemplateFile> files, List<TemplateFile> skipped, HashSet<string> planned)
    {
        string outputDir = relative.Length == 0 ? outputRoot : Path.Combine(outputRoot, relative);
        PlanMissingDirectories(outputDir, templateDir, directories, planned);

        var entries = new DirectoryInfo(templateDir).GetFileSystemInfos();
        Array.Sort(entries, (a, b) => string.CompareOrdinal(a.Name, b.Name));
        foreach (FileSystemInfo entry in entries)
        {
            string name = relative.Length == 0 ? entry.Name : relative + "/" + entry.Name;
            if (entry is DirectoryInfo dir)
            {
                if (dir.LinkTarget is null)
                    Visit(dir.FullName, name, outputRoot, overwrite, directories, files, skipped, planned);
                continue;
            }
            var file = new TemplateFile(name, entry.FullName, Path.Combine(outputRoot, name), FileOwnership.Of(entry.FullName));
            bool exists = File.Exists(file.Destination) || Directory.Exists(file.Destination);
            (exists && !overwrite ? skipped : files).Add(file);
        }
    }

    /// <summary>Walks up from <paramref name="outputDir"/> while it is missing, pairing each level with its template directory.</summary>
    private static void PlanMissingDirectories(string outputDir, string templateDir, List<OutputDirectory> directories, HashSet<string> planned)
    {
        var missing = new Stack<OutputDirectory>();
        string? output = outputDir, template = templateDir;
        while (output is not null && template is not null && !Directory.Exists(output) && !planned.Contains(output)
               && Path.GetFileName(output) == Path.GetFileName(template))
        {
            missing.Push(new OutputDirectory(output, FileOwnership.Of(template)));
            output = Path.GetDirectoryName(output);
            template = Path.GetDirectoryName(template);
        }
        foreach (OutputDirectory d in missing)
        {
            directories.Add(d);
            planned.Add(d.Path);
        }
    }
}
