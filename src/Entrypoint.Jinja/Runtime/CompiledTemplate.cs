namespace Entrypoint.Jinja.Runtime;

/// <summary>A template's top-level body and its blocks, as closures.</summary>
internal sealed record CompiledTemplate(string? Name, StmtFn Body, IReadOnlyList<CompiledBlock> Blocks)
{
    /// <summary>Length of the last output, to size the next render's buffer in one allocation.</summary>
    public int LastOutputLength { get; set; }
}

/// <summary>One <c>{% block %}</c> definition.</summary>
internal sealed record CompiledBlock(string Name, bool Scoped, bool Required, StmtFn Body);
