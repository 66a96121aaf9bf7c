using Entrypoint.Jinja.Python;

namespace Entrypoint.Jinja.Runtime;

/// <summary>
/// What <c>{% import %}</c> binds: the template's exported names; str() is its rendered output, or the TypeError
/// joining that output raises (a {% filter %} block wrote a non-str into it, see RenderContext.Poison).
/// </summary>
internal sealed class TemplateModule(string? name, PyDict exports, string output, PyException? joinError = null) : IPyObject
{
    public string TypeName => "TemplateModule";
    public string Str() => joinError is null ? output : throw joinError;
    public string Repr() => name is null ? "<TemplateModule memory:0>" : "<TemplateModule " + PyRepr.Repr(name) + ">";

    public bool TryGetAttr(string attr, out object? value) => exports.TryGetValue(attr, out value);
}
