using Entrypoint.Jinja.Python;

namespace Entrypoint.Jinja.Runtime;

/// <summary>What <c>{% import %}</c> binds: the template's exported names; str() is its rendered output.</summary>
internal sealed class TemplateModule(string? name, PyDict exports, string output) : IPyObject
{
    public string TypeName => "TemplateModule";
    public string Str() => output;
    public string Repr() => name is null ? "<TemplateModule memory:0>" : "<TemplateModule " + PyRepr.Repr(name) + ">";

    public bool TryGetAttr(string attr, out object? value) => exports.TryGetValue(attr, out value);
}
