using Entrypoint.Jinja.Runtime;

namespace Entrypoint.Jinja;

/// <summary>A filter: <c>value | name(arguments)</c>.</summary>
public delegate object? FilterFunction(RenderContext context, object? value, CallArguments arguments);

/// <summary>A test: <c>value is name(arguments)</c>.</summary>
public delegate bool TestFunction(RenderContext context, object? value, CallArguments arguments);
