using Entrypoint.Jinja.Python;

namespace Entrypoint.Jinja.Runtime;

/// <summary>The object <c>namespace(...)</c> returns: attributes that <c>{% set ns.x = ... %}</c> may change from any scope.</summary>
internal sealed class Namespace : IPyObject
{
    readonly PyDict _attrs = new();

    public string TypeName => "Namespace";
    public string Repr() => "<Namespace " + PyRepr.Repr(_attrs) + ">";

    public void Set(string name, object? value) => _attrs.Set(name, value);

    public bool TryGetAttr(string name, out object? value) => _attrs.TryGetValue(name, out value);
}
