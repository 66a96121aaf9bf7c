using System.Collections;

namespace Entrypoint.Jinja.Python;

/// <summary>
/// A Python iterator (a generator or a reversed() iterator): lazy, consumed once, printed with its type and
/// function name. The address Python prints cannot be reproduced; a fixed one of the usual width stands in.
/// </summary>
public sealed class PyGenerator(string typeName, string? function, IEnumerable<object?> items) : IEnumerable<object?>
{
    const string Address = "0x7f0000000000";

    IEnumerator<object?>? _source;

    public string TypeName { get; } = typeName;

    public string Repr() => function is null
        ? $"<{TypeName} object at {Address}>"
        : $"<{TypeName} object {function} at {Address}>";

    public IEnumerator<object?> GetEnumerator()
    {
        _source ??= items.GetEnumerator();
        while (_source.MoveNext())
            yield return _source.Current;
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
