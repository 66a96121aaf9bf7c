namespace Entrypoint.Jinja.Syntax;

/// <summary>Every AST node knows the template line it came from (for error locations).</summary>
internal abstract record Node(int Line);

internal abstract record Expr(int Line) : Node(Line);

internal sealed record Const(object? Value, int Line) : Expr(Line);
internal sealed record Name(string Identifier, int Line) : Expr(Line);
/// <summary><c>ns.attr</c> as an assignment target.</summary>
internal sealed record NamespaceRef(string Identifier, string Attr, int Line) : Expr(Line);
internal sealed record TupleLiteral(Expr[] Items, int Line) : Expr(Line);
internal sealed record ListLiteral(Expr[] Items, int Line) : Expr(Line);
internal sealed record DictLiteral(KeyValuePair<Expr, Expr>[] Items, int Line) : Expr(Line);
internal sealed record GetAttr(Expr Target, string Attr, int Line) : Expr(Line);
internal sealed record GetItem(Expr Target, Expr Key, int Line) : Expr(Line);
internal sealed record Slice(Expr? Start, Expr? Stop, Expr? Step, int Line) : Expr(Line);

internal sealed record Keyword(string Key, Expr Value);

/// <summary>Arguments of a call, filter or test, as written.</summary>
internal sealed record CallArgs(Expr[] Args, Keyword[] Kwargs, Expr? DynArgs, Expr? DynKwargs)
{
    public static readonly CallArgs Empty = new([], [], null, null);
}

internal sealed record Call(Expr Callee, CallArgs Arguments, int Line) : Expr(Line);
/// <summary><c>target | name(args)</c>; Target is null inside filter blocks and block sets.</summary>
internal sealed record Filter(Expr? Target, string FilterName, CallArgs Arguments, int Line) : Expr(Line);
internal sealed record Test(Expr Target, string TestName, CallArgs Arguments, int Line) : Expr(Line);

internal enum UnaryOp { Not, Neg, Pos }
internal sealed record Unary(UnaryOp Op, Expr Operand, int Line) : Expr(Line);

internal enum BinaryOp { Add, Sub, Mul, Div, FloorDiv, Mod, Pow }
internal sealed record Binary(BinaryOp Op, Expr Left, Expr Right, int Line) : Expr(Line);

/// <summary><c>a ~ b ~ c</c>: string concatenation of str() of each.</summary>
internal sealed record Concat(Expr[] Items, int Line) : Expr(Line);

internal enum CompareOp { Eq, Ne, Lt, LtEq, Gt, GtEq, In, NotIn }
internal sealed record Operand(CompareOp Op, Expr Value);
/// <summary>A chained comparison <c>a &lt; b &lt;= c</c>.</summary>
internal sealed record Compare(Expr First, Operand[] Rest, int Line) : Expr(Line);

internal sealed record And(Expr Left, Expr Right, int Line) : Expr(Line);
internal sealed record Or(Expr Left, Expr Right, int Line) : Expr(Line);
/// <summary><c>then if test else otherwise</c>; Else is null when omitted (yields undefined).</summary>
internal sealed record CondExpr(Expr Test, Expr Then, Expr? Else, int Line) : Expr(Line);
