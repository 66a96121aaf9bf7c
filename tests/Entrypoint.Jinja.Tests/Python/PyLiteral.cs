using System.Globalization;
using System.Numerics;
using System.Text;
using Entrypoint.Jinja.Python;

namespace Entrypoint.Jinja.Tests.Python;

/// <summary>Parses the Python literals the oracle writes (repr output plus inf, nan, slice(...)) into object-model values.</summary>
internal sealed class PyLiteral
{
    private readonly string _s;
    private int _i;

    private PyLiteral(string s) => _s = s;

    public static object? Parse(string text)
    {
        var p = new PyLiteral(text);
        var v = p.Value();
        p.Ws();
        if (p._i != text.Length)
        {
            throw new FormatException("trailing text in literal: " + text);
        }
        return v;
    }

    private void Ws()
    {
        while (_i < _s.Length && _s[_i] == ' ')
        {
            _i++;
        }
    }

    private bool Eat(char c)
    {
        Ws();
        if (_i < _s.Length && _s[_i] == c)
        {
            _i++;
            return true;
        }
        return false;
    }

    private object? Value()
    {
        Ws();
        char c = _s[_i];
        switch (c)
        {
            case '[':
                {
                    _i++;
                    var l = new PyList();
                    while (!Eat(']'))
                    {
                        l.Add(Value());
                        Eat(',');
                    }
                    return l;
                }
            case '(':
                {
                    _i++;
                    var items = new List<object?>();
                    while (!Eat(')'))
                    {
                        items.Add(Value());
                        Eat(',');
                    }
                    return new PyTuple(items);
                }
            case '{':
                {
                    _i++;
                    var d = new PyDict();
                    while (!Eat('}'))
                    {
                        var k = Value();
                        if (!Eat(':'))
                        {
                            throw new FormatException("expected ':' in " + _s);
                        }
                        d[k] = Value();
                        Eat(',');
                    }
                    return d;
                }
            case '\'' or '"':
                return Str();
            case '-':
                {
                    _i++;
                    return PyOps.Neg(Value());
                }
        }
        if (char.IsDigit(c) || c == '.')
        {
            return Number();
        }
        int start = _i;
        while (_i < _s.Length && char.IsLetter(_s[_i]))
        {
            _i++;
        }
        string word = _s[start.._i];
        switch (word)
        {
            case "None": return null;
            case "True": return true;
            case "False": return false;
            case "inf": return double.PositiveInfinity;
            case "nan": return double.NaN;
            case "slice":
                {
                    Eat('(');
                    var a = Value();
                    Eat(',');
                    var b = Value();
                    Eat(',');
                    var st = Value();
                    Eat(')');
                    return new PySlice(a, b, st);
                }
        }
        throw new FormatException("bad literal at " + _i + ": " + _s);
    }

    private object Number()
    {
        int start = _i;
        bool isFloat = false;
        while (_i < _s.Length && (char.IsDigit(_s[_i]) || _s[_i] is '.' or 'e' or 'E' or '_' ||
               (_s[_i] is '+' or '-' && _s[_i - 1] is 'e' or 'E')))
        {
            isFloat |= _s[_i] is '.' or 'e' or 'E';
            _i++;
        }
        string t = _s[start.._i].Replace("_", "", StringComparison.Ordinal);
        if (isFloat)
        {
            return double.Parse(t, NumberStyles.Float, CultureInfo.InvariantCulture);
        }
        return PyInt.Normalize(BigInteger.Parse(t, CultureInfo.InvariantCulture));
    }

    private string Str()
    {
        char q = _s[_i++];
        var sb = new StringBuilder();
        while (_s[_i] != q)
        {
            char c = _s[_i++];
            if (c != '\\')
            {
                sb.Append(c);
                continue;
            }
            char e = _s[_i++];
            switch (e)
            {
                case 'n': sb.Append('\n'); break;
                case 't': sb.Append('\t'); break;
                case 'r': sb.Append('\r'); break;
                case 'x': sb.Append((char)Hex(2)); break;
                case 'u': sb.Append((char)Hex(4)); break;
                case 'U': sb.Append(char.ConvertFromUtf32(Hex(8))); break;
                default: sb.Append(e); break;
            }
        }
        _i++;
        return sb.ToString();
    }

    private int Hex(int n)
    {
        int v = int.Parse(_s.AsSpan(_i, n), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        _i += n;
        return v;
    }
}
