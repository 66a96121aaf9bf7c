namespace Entrypoint.Jinja.Syntax;

internal abstract record Stmt(int Line) : Node(Line);

/// <summary>Literal template text.</summary>
internal sealed record TemplateData(string Text, int Line) : Node(Line);

/// <summary>A run of text and <c>{{ }}</c> expressions; Items are TemplateData or Expr.</summary>
internal sealed record Output(Node[] Items, int Line) : Stmt(Line);

internal sealed record If(Expr Test, Node[] Body, If[] Elifs, Node[] Else, int Line) : Stmt(Line);

internal sealed record For(Expr Target, Expr Iter, Node[] Body, Node[] Else, Expr? Filter, bool Recursive, int Line) : Stmt(Line);

internal sealed record Assign(Expr Target, Expr Value, int Line) : Stmt(Line);

internal sealed record AssignBlock(Expr Target, Filter? Filter, Node[] Body, int Line) : Stmt(Line);

/// <summary>Parameters of a macro or call block: names and the defaults of the trailing ones.</summary>
internal sealed record Signature(string[] Params, Expr[] Defaults);

internal sealed record Macro(string MacroName, Signature Signature, Node[] Body, int Line) : Stmt(Line);

internal sealed record CallBlock(Call Call, Signature Signature, Node[] Body, int Line) : Stmt(Line);

internal sealed record FilterBlock(Filter Filter, Node[] Body, int Line) : Stmt(Line);

internal sealed record With(Expr[] Targets, Expr[] Values, Node[] Body, int Line) : Stmt(Line);

internal sealed record Include(Expr Template, bool WithContext, bool IgnoreMissing, int Line) : Stmt(Line);

internal sealed record Import(Expr Template, string Target, bool WithContext, int Line) : Stmt(Line);

internal sealed record FromImport(Expr Template, KeyValuePair<string, string>[] Names, bool WithContext, int Line) : Stmt(Line);

internal sealed record Extends(Expr Template, int Line) : Stmt(Line);

internal sealed record Block(string BlockName, Node[] Body, bool Scoped, bool Required, int Line) : Stmt(Line);

/// <summary><c>{% do expr %}</c> (jinja2.ext.do).</summary>
internal sealed record ExprStmt(Expr Value, int Line) : Stmt(Line);

internal sealed record Autoescape(Expr Enabled, Node[] Body, int Line) : Stmt(Line);

/// <summary>The whole template.</summary>
internal sealed record TemplateBody(Node[] Body);
