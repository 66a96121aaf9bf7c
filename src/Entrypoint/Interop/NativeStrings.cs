using System.Runtime.InteropServices;
using System.Text;

namespace Entrypoint.Interop;

/// <summary>NUL-terminated UTF-8 strings and argv-style arrays in native memory, freed together.</summary>
internal sealed unsafe class NativeStrings : IDisposable
{
    private readonly List<nint> _allocations = [];

    public byte* String(string value)
    {
        int length = Encoding.UTF8.GetByteCount(value);
        byte* buffer = (byte*)NativeMemory.Alloc((nuint)length + 1);
        _allocations.Add((nint)buffer);
        Encoding.UTF8.GetBytes(value, new Span<byte>(buffer, length));
        buffer[length] = 0;
        return buffer;
    }

    /// <summary>A NULL-terminated array such as argv.</summary>
    public byte** Array(IReadOnlyList<string> values)
    {
        byte** array = (byte**)NativeMemory.Alloc((nuint)(values.Count + 1), (nuint)sizeof(byte*));
        _allocations.Add((nint)array);
        for (int i = 0; i < values.Count; i++) array[i] = String(values[i]);
        array[values.Count] = null;
        return array;
    }

    public void Dispose()
    {
        foreach (nint p in _allocations) NativeMemory.Free((void*)p);
        _allocations.Clear();
    }
}
