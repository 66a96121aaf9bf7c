using Entrypoint.Interop;

namespace Entrypoint.Rendering;

/// <summary>Owner, group and permission bits (including setuid, setgid and sticky) that an output copies from its template.</summary>
public readonly record struct FileOwnership(uint Uid, uint Gid, uint Mode)
{
    /// <summary>What stat(2) says of <paramref name="path"/>, following symbolic links as the seed's os.stat did.</summary>
    public static unsafe FileOwnership Of(string path)
    {
        using var strings = new NativeStrings();
        Libc.StatBuffer buffer;
        if (Libc.stat(strings.String(path), &buffer) != 0)
            throw new IOException($"{path}: {Libc.ErrorText(Libc.LastError)}");
        return new FileOwnership(buffer.Uid, buffer.Gid, buffer.Mode & 0xFFF);
    }

    public override string ToString() => $"{Uid}:{Gid} {Convert.ToString(Mode, 8).PadLeft(4, '0')}";
}
