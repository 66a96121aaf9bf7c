using System.Runtime.CompilerServices;

// The engine's own unit tests (tests/Entrypoint.Jinja.Tests/Engine) exercise the lexer directly.
[assembly: InternalsVisibleTo("Entrypoint.Jinja.Tests")]
