namespace Entrypoint.Hooks;

/// <summary>A value of a type hooks cannot exchange (for instance a Jinja object); names where it sits.</summary>
internal sealed class UnsupportedValueException(string path, string typeName)
    : Exception($"variables{path} is a '{typeName}', which hooks cannot receive")
{
    public string ValuePath { get; } = path;
    public string TypeName { get; } = typeName;
}
