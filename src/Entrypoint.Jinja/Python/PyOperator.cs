namespace Entrypoint.Jinja.Python;

/// <summary>Arithmetic operators an <see cref="IPyObject"/> may implement (Neg and Pos are unary).</summary>
public enum PyOperator { Add, Sub, Mul, TrueDiv, FloorDiv, Mod, Pow, Neg, Pos }

/// <summary>Rich comparison operators.</summary>
public enum PyCompareOp { Lt, Le, Eq, Ne, Gt, Ge }
