# Seeded random cases (formatting, arithmetic, str methods, slices) on top of the hand-picked tables; loaded by generate_cases.py.
import operator as op
import random
import struct

def _float(rnd):
    return struct.unpack('<d', struct.pack('<Q', rnd.getrandbits(64)))[0]

def random_format_cases():
    rnd = random.Random(11)
    lines = []
    for _ in range(1500):
        k = rnd.random()
        v = _float(rnd) if k < 0.3 else rnd.uniform(-1000, 1000) if k < 0.6 else round(rnd.uniform(-100, 100), rnd.randint(0, 4)) if k < 0.8 \
            else rnd.randint(-10**6, 10**6) * 10.0 ** rnd.randint(-20, 20)
        spec = rnd.choice(['', '+', ' ', '-']) + rnd.choice(['', '#']) + rnd.choice(['', '0', '012', '20', '<15', '^17', '=18']) + \
            rnd.choice(['', ',', '_']) + rnd.choice(['', '.0', '.1', '.3', '.6', '.12', '.17', '.20']) + rnd.choice(['e', 'E', 'f', 'F', 'g', 'G', '%', '', 'n'])
        lines.append('\t'.join(['format', lit(v), lit(spec), outcome(lambda: format(v, spec))]))
    for _ in range(500):
        v = rnd.choice([rnd.randint(-10**30, 10**30), rnd.randint(-1000, 1000)])
        spec = rnd.choice(['', '+', ' ']) + rnd.choice(['', '#']) + rnd.choice(['', '0', '015', '<12', '^13']) + rnd.choice(['', ',', '_']) + \
            rnd.choice(['d', 'x', 'X', 'o', 'b', '', 'n', 'e', 'f', 'g', '%'])
        lines.append('\t'.join(['format', lit(v), lit(spec), outcome(lambda: format(v, spec))]))
    for _ in range(500):
        fmt = '%' + rnd.choice(['', '-', '+', ' ', '0', '#', '-0', '+0']) + rnd.choice(['', '8', '12']) + rnd.choice(['', '.0', '.2', '.5', '.15']) + rnd.choice('dfeEgGxXosr')
        v = rnd.choice([rnd.uniform(-1e6, 1e6), rnd.randint(-10**9, 10**9), _float(rnd)])
        if fmt[-1] in 'xXo' and isinstance(v, float):
            v = int(v) if abs(v) < 1e30 and v == v else 5
        lines.append('\t'.join(['percent', lit(fmt), lit(v), outcome(lambda: fmt % v)]))
    return lines

OPS = {'+': op.add, '-': op.sub, '*': op.mul, '/': op.truediv, '//': op.floordiv, '%': op.mod, '**': op.pow, '<': op.lt, '==': op.eq, '>=': op.ge}
ALPHA = ['a', 'b', ' ', ',', '\t', '\n', 'ß', 'Σ', 'x', 'A', '1', "'", '\u2028', '\U0001f600', 'ǅ', '.']

def random_value_cases():
    rnd = random.Random(5)
    def num():
        k = rnd.random()
        if k < 0.25: return rnd.randint(-10**rnd.randint(1, 40), 10**rnd.randint(1, 40))
        if k < 0.5: return rnd.randint(-20, 20)
        if k < 0.75: return rnd.uniform(-100, 100)
        if k < 0.85: return rnd.choice([True, False, 0.0, -0.0, 2**63, -2**63, 2**63 - 1])
        return _float(rnd)
    def rs():
        return ''.join(rnd.choice(ALPHA) for _ in range(rnd.randint(0, 10)))
    calls = [lambda: ('split', ()), lambda: ('split', (rnd.choice([' ', ',', 'a', 'ab']), rnd.randint(-1, 3))), lambda: ('rsplit', (None, rnd.randint(-1, 3))),
             lambda: ('rsplit', (rnd.choice([' ', ',', 'a']), rnd.randint(-1, 3))), lambda: ('strip', (rs()[:3],)), lambda: ('center', (rnd.randint(0, 14), rnd.choice(ALPHA))),
             lambda: ('find', (rs()[:2], rnd.randint(-12, 12), rnd.randint(-12, 12))), lambda: ('rfind', (rs()[:2], rnd.randint(-12, 12))), lambda: ('count', (rs()[:2],)),
             lambda: ('title', ()), lambda: ('capitalize', ()), lambda: ('swapcase', ()), lambda: ('lower', ()), lambda: ('upper', ()), lambda: ('casefold', ()),
             lambda: ('splitlines', (rnd.random() < 0.5,)), lambda: ('replace', (rs()[:2], rs()[:2], rnd.randint(-1, 3))), lambda: ('startswith', (rs()[:2], rnd.randint(-5, 5))),
             lambda: ('endswith', (rs()[:2], 0, rnd.randint(-5, 12))), lambda: ('istitle', ()), lambda: ('islower', ()), lambda: ('isupper', ()), lambda: ('zfill', (rnd.randint(0, 12),)),
             lambda: ('expandtabs', (rnd.randint(0, 5),)), lambda: ('partition', (rnd.choice(ALPHA),)), lambda: ('rpartition', (rnd.choice(ALPHA),))]
    lines = []
    for _ in range(2000):
        name = rnd.choice(list(OPS)); a = num(); b = num()
        if name == '**' and isinstance(b, int) and not isinstance(b, bool) and (abs(b) > 64 or (isinstance(a, int) and abs(a) > 10**6 and b > 8)):
            b = rnd.randint(-5, 8)
        lines.append('\t'.join([name, lit(a), lit(b), outcome(lambda: OPS[name](a, b))]))
    for _ in range(1500):
        s = rs(); name, a = rnd.choice(calls)()
        lines.append('\t'.join(['method', lit(s), lit(name), lit(a), '{}', outcome(lambda: (getattr(s, name)(*a), s))]))
    for _ in range(500):
        s = rs(); sl = slice(rnd.choice([None, rnd.randint(-12, 12)]), rnd.choice([None, rnd.randint(-12, 12)]), rnd.choice([None, 1, -1, 2, -3]))
        lines.append('\t'.join(['getitem', lit(s), lit(sl), outcome(lambda: s[sl])]))
        lines.append('\t'.join(['repr', lit(s), outcome(lambda: repr(s))]))
    return lines

TABLES = {'RandomFormatCases': random_format_cases, 'RandomValueCases': random_value_cases}
