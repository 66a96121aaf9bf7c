using System.Text;
using Entrypoint.Diagnostics;
using Entrypoint.Interop;

namespace Entrypoint.Rendering;

/// <summary>
/// Writes a rendered tree all or nothing. Every output is first staged as a hidden temp file in its destination
/// directory, owned and moded as its template before a byte of content is written; only when every file is staged
/// are they renamed into place, each rename atomic. A failure before that removes the temp files and the
/// directories made for them, so no final path is touched and nothing is half-written.
/// </summary>
public static class StagedWriter
{
    public static void Commit(IReadOnlyList<OutputDirectory> directories, IReadOnlyList<RenderedFile> files)
    {
        var madeDirectories = new List<string>();
        var staged = new List<(string Temp, string Destination)>();
        string current = "";
        try
        {
            foreach (OutputDirectory dir in directories)
            {
                current = dir.Path;
                MakeDirectory(dir);
                madeDirectories.Add(dir.Path);
            }
            foreach (RenderedFile file in files)
            {
                current = file.Template.Destination;
                string temp = TempPathFor(file.Template.Destination);
                staged.Add((temp, file.Template.Destination));
                Stage(temp, file);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            foreach (var (temp, _) in staged) TryDelete(temp);
            for (int i = madeDirectories.Count - 1; i >= 0; i--) TryRemoveDirectory(madeDirectories[i]);
            throw new RenderingException($"{current}: {SystemErrors.Describe(e)}; nothing was written", e);
        }

        for (int i = 0; i < staged.Count; i++)
        {
            try
            {
                File.Move(staged[i].Temp, staged[i].Destination, overwrite: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                for (int j = i; j < staged.Count; j++) TryDelete(staged[j].Temp);
                throw new RenderingException($"{staged[i].Destination}: {SystemErrors.Describe(e)}; {i} of {staged.Count} files were already in place", e);
            }
        }
        // Modes last: a directory whose template is read-only must still take its files first (for a non-root user).
        foreach (OutputDirectory dir in directories) SetMode(dir.Path, dir.Ownership);
    }

    private static string TempPathFor(string destination) =>
        Path.Combine(Path.GetDirectoryName(destination)!, $".{Path.GetFileName(destination)}.entrypoint-{Guid.NewGuid():N}");

    private static void Stage(string temp, RenderedFile file)
    {
        var options = new FileStreamOptions
        {
            Mode = FileMode.CreateNew,
            Access = FileAccess.Write,
            UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite,
        };
        using var stream = new FileStream(temp, options);
        int fd = (int)stream.SafeFileHandle.DangerousGetHandle();
        FileOwnership want = file.Template.Ownership;
        // Owner first: chown clears setuid/setgid, so the mode goes on after it.
        if (Libc.geteuid() == 0 && Libc.fchown(fd, want.Uid, want.Gid) != 0)
            throw new IOException($"cannot give it to {want.Uid}:{want.Gid}: {Libc.ErrorText(Libc.LastError)}");
        if (Libc.fchmod(fd, want.Mode) != 0)
            throw new IOException($"cannot set mode {want}: {Libc.ErrorText(Libc.LastError)}");
        stream.Write(new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(file.Content));
        stream.Flush(flushToDisk: true);
    }

    private static unsafe void MakeDirectory(OutputDirectory dir)
    {
        Directory.CreateDirectory(dir.Path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        using var strings = new NativeStrings();
        byte* path = strings.String(dir.Path);
        if (Libc.geteuid() == 0 && Libc.chown(path, dir.Ownership.Uid, dir.Ownership.Gid) != 0)
            throw new IOException($"cannot give it to {dir.Ownership.Uid}:{dir.Ownership.Gid}: {Libc.ErrorText(Libc.LastError)}");
    }

    private static unsafe void SetMode(string path, FileOwnership ownership)
    {
        using var strings = new NativeStrings();
        if (Libc.chmod(strings.String(path), ownership.Mode) != 0)
            throw new RenderingException($"{path}: cannot set mode {ownership}: {Libc.ErrorText(Libc.LastError)}");
    }

    private static void TryDelete(string path)
    {
        try { File.Delete(path); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    private static void TryRemoveDirectory(string path)
    {
        try { Directory.Delete(path, recursive: false); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
