using System.Numerics;
using Entrypoint.Hooks;
using Entrypoint.Jinja.Python;
using static Entrypoint.Configuration.Tests.Hooks.HooksDirectory;

namespace Entrypoint.Configuration.Tests.Hooks;

/// <summary>Every value type crosses to Python and back unchanged: compared by repr on both sides.</summary>
public sealed class ValueRoundTripTests : IDisposable
{
    private readonly HooksDirectory _hooks = new();

    public void Dispose() => _hooks.Dispose();

    private static PyDict EveryType() => Dict(
        ("none", null),
        ("true", true),
        ("false", false),
        ("int", 42L),
        ("negative", -7L),
        ("long_max", long.MaxValue),
        ("big", BigInteger.Parse("-123456789012345678901234567890")),
        ("float", 1.5),
        ("float_whole", 2.0),
        ("float_tiny", 5e-324),
        ("float_huge", 1e300),
        ("negative_zero", -0.0),
        ("inf", double.PositiveInfinity),
        ("minus_inf", double.NegativeInfinity),
        ("nan", double.NaN),
        ("str", "h\u00e9llo \"w\u00f6rld\"\n\t\u2603 \U0001F600 \\"),
        ("empty", ""),
        ("list", new PyList([1L, "two", null, new PyList()])),
        ("tuple", new PyTuple(1L, new PyTuple(), new PyTuple("x"))),
        ("dict", Dict(("nested", Dict(("deep", new PyList([Dict()])))))),
        ("keys", Dict((1L, "int key"), (false, "bool key"), (null, "none key"), (2.5, "float key"),
            (new PyTuple(1L, "a"), "tuple key"), (new PyDate(2020, 1, 2), "date key"))),
        ("date", new PyDate(2001, 12, 14)),
        ("datetime_naive", new PyDateTime(2001, 12, 14, 21, 59, 43, 100000, null)),
        ("datetime_utc", new PyDateTime(2001, 12, 15, 2, 59, 43, 0, 0)),
        ("datetime_offset", new PyDateTime(2001, 12, 14, 21, 59, 0, 0, -5 * 3600)),
        ("datetime_odd_offset", new PyDateTime(1, 1, 1, 0, 0, 0, 1, 5 * 3600 + 30 * 60 + 15)),
        ("bytes", new PyBytes([0, 1, 2, 0xff, (byte)'\'', (byte)'a'])),
        ("bytes_empty", new PyBytes([])));

    [Fact]
    public void Every_value_reaches_Python_as_Python_itself_would_print_it()
    {
        _hooks.Python("10-repr.py", """
            def prehook(variables):
                seen = repr(variables)
                types = {k: type(v).__name__ for k, v in variables.items()}
                variables.clear()
                variables['repr'] = seen
                variables['types'] = types
            """);
        PyDict original = EveryType();
        string expected = PyRepr.Repr(original);

        using var runner = _hooks.Runner();
        var result = runner.Run(HookPhase.Prehook, EveryType());

        Assert.Equal(expected, result["repr"]);
        Assert.Equal(
            "{'none': 'NoneType', 'true': 'bool', 'false': 'bool', 'int': 'int', 'negative': 'int', 'long_max': 'int', "
            + "'big': 'int', 'float': 'float', 'float_whole': 'float', 'float_tiny': 'float', 'float_huge': 'float', "
            + "'negative_zero': 'float', 'inf': 'float', 'minus_inf': 'float', 'nan': 'float', 'str': 'str', 'empty': 'str', "
            + "'list': 'list', 'tuple': 'tuple', 'dict': 'dict', 'keys': 'dict', 'date': 'date', 'datetime_naive': 'datetime', "
            + "'datetime_utc': 'datetime', 'datetime_offset': 'datetime', 'datetime_odd_offset': 'datetime', 'bytes': 'bytes', "
            + "'bytes_empty': 'bytes'}",
            PyRepr.Repr(result["types"]));
    }

    [Fact]
    public void Every_value_comes_back_unchanged()
    {
        _hooks.Python("10-touch.py", "def prehook(variables):\n    pass\n");
        string expected = PyRepr.Repr(EveryType());

        using var runner = _hooks.Runner();
        var result = runner.Run(HookPhase.Prehook, EveryType());

        Assert.Equal(expected, PyRepr.Repr(result));
        Assert.IsType<BigInteger>(result["big"]);
        Assert.IsType<long>(result["long_max"]);
        Assert.True(double.IsNegative((double)result["negative_zero"]!));
    }

    [Fact]
    public void Values_made_in_Python_arrive_as_Python_printed_them()
    {
        _hooks.Python("10-make.py", """
            import collections, datetime, enum
            class Level(enum.IntEnum):
                HIGH = 3
            def prehook(variables):
                made = {
                    'big': 2 ** 100, 'neg_big': -(2 ** 64), 'float': 0.1 + 0.2, 'exp': 1e16, 'inf': float('-inf'),
                    'tuple': (1, (2,), ()), 'keys': {1: 'a', None: 'b', True: 'c', (1, 'x'): 'd', 1.5: 'e'},
                    'date': datetime.date(2024, 2, 29),
                    'aware': datetime.datetime(2024, 2, 29, 23, 59, 59, 999999, tzinfo=datetime.timezone(datetime.timedelta(hours=-3, minutes=-30))),
                    'utc': datetime.datetime(2024, 1, 1, tzinfo=datetime.timezone.utc),
                    'bytes': b'\x00"\'\\', 'ordered': collections.OrderedDict(b=1, a=2), 'enum': Level.HIGH,
                    'text': 'caf\u00e9 \U0001F600',
                }
                variables['made'] = made
                normal = dict(made, ordered=dict(made['ordered']), enum=int(made['enum']))
                variables['repr'] = repr(normal)
            """);
        using var runner = _hooks.Runner();
        var result = runner.Run(HookPhase.Prehook, new PyDict());
        Assert.Equal(result["repr"], PyRepr.Repr(result["made"]));
    }
}
