namespace Entrypoint.Rendering;

/// <summary>The template tree could not be rendered or written; the message says what, where and what to do.</summary>
public sealed class RenderingException(string message, Exception? inner = null) : Exception(message, inner);
