namespace Entrypoint.Jinja.Python;

/// <summary>
/// The complex number that float ** float yields for a negative base and fractional exponent.
/// Only printing, truthiness, equality and negation are modelled: templates rarely get here.
/// </summary>
public sealed class PyComplex : IPyObject
{
    public PyComplex(double real, double imag)
    {
        Real = real;
        Imag = imag;
    }

    public double Real { get; }
    public double Imag { get; }

    public string TypeName => "complex";

    /// <summary>CPython's c_pow for a non-zero base and a non-integral real exponent.</summary>
    internal static PyComplex Pow(double baseReal, double exponent)
    {
        double len = Math.Pow(Math.Abs(baseReal), exponent);
        double phase = Math.Atan2(0.0, baseReal) * exponent;
        var r = new PyComplex(len * Math.Cos(phase), len * Math.Sin(phase));
        if (double.IsInfinity(r.Real) || double.IsInfinity(r.Imag))
        {
            throw PyException.Overflow("complex exponentiation");
        }
        return r;
    }

    public string Repr()
    {
        string im = Short(Imag) + "j";
        if (Real == 0.0 && !double.IsNegative(Real))
        {
            return im;
        }
        return "(" + Short(Real) + (double.IsNaN(Imag) || !double.IsNegative(Imag) ? "+" : "") + im + ")";
    }

    public string Str() => Repr();

    public bool IsTruthy() => Real != 0.0 || Imag != 0.0;

    public bool PyEquals(object? other) => other switch
    {
        PyComplex c => c.Real == Real && c.Imag == Imag,
        double or long or bool or System.Numerics.BigInteger => Imag == 0.0 && PyOps.Equal(Real, other),
        _ => false,
    };

    public int PyHash() => Imag == 0.0 ? PyOps.Hash(Real) : HashCode.Combine(Real, Imag);

    public bool TryOperator(PyOperator op, object? other, bool reflected, out object? result)
    {
        result = op switch
        {
            PyOperator.Neg => new PyComplex(-Real, -Imag),
            PyOperator.Pos => this,
            _ => null,
        };
        return result is not null;
    }

    // repr of a float without the ".0" Python adds only for plain floats.
    private static string Short(double d)
    {
        string s = PyFloatRepr.Format(d);
        return s.EndsWith(".0", StringComparison.Ordinal) ? s[..^2] : s;
    }
}
