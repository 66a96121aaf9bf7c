# Cases for str/list/dict methods: (receiver, method, args, kwargs) -> repr((result, receiver afterwards)); loaded by generate_cases.py.
import copy

def V(r):
    return r

S = ['', 'a', 'Hello World', '  spaced  out\t\n', 'a,b,,c', 'a b  c\td\ne', "they're bill's friends from the UK", 'hello-world foo_bar 3rd ABC',
     'line1\nline2\r\nline3\rline4\x0bline5\x0c\x1c\x1d\x1e\x85\u2028end\n', 'ǅemo ßtraße ŉ ﬁ', 'café ÉCOLE', 'aaa', 'x\ty\tz', '0012', '-42', '+7', 'ab\U0001f600cd',
     '٣٤', '½', 'Ab1', '   ', 'ABC def', 'Title Case Here', 'mIxEd']

STR_CALLS = [
    ('split', ()), ('split', (',',)), ('split', (',', 1)), ('split', (None, 1)), ('split', (' ',)), ('split', ('',)), ('split', (1,)), ('split', (',', 1, 2)),
    ('split', (), {'sep': ','}), ('split', (), {'maxsplit': 1}), ('split', (',',), {'sep': ','}), ('split', (), {'x': 1}), ('split', ('a', 0)), ('split', ('ll',)),
    ('rsplit', ()), ('rsplit', (',', 1)), ('rsplit', (None, 1)), ('rsplit', (' ', 2)), ('rsplit', ('',)),
    ('strip', ()), ('strip', ('a',)), ('strip', ('ad',)), ('strip', (None,)), ('strip', (1,)), ('strip', ('a', 'b')), ('lstrip', ()), ('lstrip', (' H',)), ('rstrip', ()), ('rstrip', ('\n',)),
    ('startswith', ('He',)), ('startswith', (('x', 'a'),)), ('startswith', ('l', 2)), ('startswith', ('',)), ('startswith', (1,)), ('startswith', ()), ('startswith', ('a', -3, -1)),
    ('endswith', ('d',)), ('endswith', (('x', 'e'),)), ('endswith', ('o', 0, 5)), ('endswith', ((1,),)),
    ('replace', ('l', 'L')), ('replace', ('l', 'L', 1)), ('replace', ('', '-')), ('replace', ('', '-', 2)), ('replace', ('a',)), ('replace', (1, 'a')), ('replace', ('a', 'b'), {'count': 1}),
    ('upper', ()), ('lower', ()), ('title', ()), ('capitalize', ()), ('swapcase', ()), ('casefold', ()), ('upper', (1,)), ('upper', (), {'a': 1}),
    ('join', (['x', 'y'],)), ('join', (('1', '2', '3'),)), ('join', ('xyz',)), ('join', ([],)), ('join', ([1],)), ('join', (['a', None],)), ('join', ({'k': 1, 'j': 2},)), ('join', ()), ('join', (5,)),
    ('find', ('l',)), ('find', ('z',)), ('find', ('l', 4)), ('find', ('l', -3)), ('find', ('', 3)), ('find', ('', 50)), ('find', (1,)), ('find', ()), ('find', ('a',), {'start': 1}), ('find', ('l', None, 3)),
    ('rfind', ('l',)), ('rfind', ('o', 0, 5)), ('count', ('l',)), ('count', ('',)), ('count', ('a', 1)), ('index', ('o',)), ('index', ('z',)), ('rindex', ('o',)), ('rindex', ('zz',)),
    ('zfill', (6,)), ('zfill', (1,)), ('zfill', ('a',)), ('zfill', ()),
    ('ljust', (8,)), ('ljust', (8, '*')), ('rjust', (8, '-')), ('center', (8,)), ('center', (9, '*')), ('center', (4, '*')), ('center', (12, '.')), ('center', (5, 'ab')), ('center', ('a',)), ('center', ()), ('ljust', (5, 1)),
    ('splitlines', ()), ('splitlines', (True,)), ('splitlines', (), {'keepends': True}), ('splitlines', ('a',)),
    ('partition', (',',)), ('partition', (' ',)), ('partition', ('zz',)), ('partition', ('',)), ('partition', (1,)), ('rpartition', (',',)), ('rpartition', ('zz',)), ('rpartition', ('l',)),
    ('isdigit', ()), ('isalpha', ()), ('isalnum', ()), ('isspace', ()), ('islower', ()), ('isupper', ()), ('istitle', ()), ('isdecimal', ()), ('isnumeric', ()), ('isascii', ()), ('isidentifier', ()), ('isprintable', ()),
    ('expandtabs', ()), ('expandtabs', (4,)), ('expandtabs', (), {'tabsize': 2}), ('expandtabs', (0,)),
    ('removeprefix', ('He',)), ('removeprefix', ('x',)), ('removesuffix', ('ld',)), ('removesuffix', ('',)), ('removeprefix', (1,)),
    ('format', ('x',)), ('format_map', ({'a': 1},)), ('nosuch', ()),
]

LISTS = [[], [1, 2, 3], ['b', 'a', 'c'], [3, 1.5, True, 2], [1, 'a'], [[2, 1], [1, 2], [1]], [None, 1]]
LIST_CALLS = [
    ('append', (4,)), ('append', ()), ('append', (1, 2)), ('extend', ([4, 5],)), ('extend', ('ab',)), ('extend', ((9,),)), ('extend', (5,)), ('extend', ({'k': 1},)),
    ('pop', ()), ('pop', (0,)), ('pop', (-1,)), ('pop', (10,)), ('pop', ('a',)), ('pop', (1, 2)), ('insert', (0, 'x')), ('insert', (-1, 'x')), ('insert', (100, 'x')), ('insert', (-100, 'x')), ('insert', (1,)),
    ('remove', (1,)), ('remove', ('z',)), ('remove', (True,)), ('index', (1,)), ('index', ('a',)), ('index', (2, 1)), ('index', (1, 0, 1)), ('index', (9,)), ('index', ('x',)), ('count', (1,)), ('count', ('a',)),
    ('copy', ()), ('sort', ()), ('sort', (), {'reverse': True}), ('sort', (1,)), ('reverse', ()), ('clear', ()), ('copy', (1,)), ('nosuch', ()),
]

DICTS = [{}, {'a': 1, 'b': 2}, {1: 'x', 'k': None}, {'a': [1]}]
DICT_CALLS = [
    ('items', ()), ('keys', ()), ('values', ()), ('get', ('a',)), ('get', ('z',)), ('get', ('z', 0)), ('get', (1.0,)), ('get', ()), ('get', ([1],)), ('get', ('a', 1, 2)),
    ('update', ({'a': 9, 'c': 3},)), ('update', ([('x', 1), ('y', 2)],)), ('update', (), {'a': 5, 'z': 0}), ('update', ({'q': 1},), {'r': 2}), ('update', ()), ('update', (5,)), ('update', ([1],)), ('update', ({}, {})),
    ('pop', ('a',)), ('pop', ('z',)), ('pop', ('z', None)), ('pop', ()), ('popitem', ()), ('setdefault', ('a',)), ('setdefault', ('z',)), ('setdefault', ('z', 5)), ('setdefault', ()),
    ('copy', ()), ('clear', ()), ('items', (1,)), ('nosuch', ()),
]

def run(r, name, a, k):
    r = copy.deepcopy(r)
    res = getattr(r, name)(*a, **k)
    if type(res).__name__ in ('dict_items', 'dict_keys', 'dict_values'):
        res = (type(res).__name__, list(res))
    return (res, r)

def method_cases():
    lines = []
    def add(r, c):
        name, a = c[0], c[1]
        k = c[2] if len(c) > 2 else {}
        lines.append('\t'.join(['method', lit(r), lit(name), lit(a), lit(k), outcome(lambda: run(r, name, a, k))]))
    for s in S:
        for c in STR_CALLS:
            add(s, c)
    for l in LISTS:
        for c in LIST_CALLS:
            add(l, c)
    for d in DICTS:
        for c in DICT_CALLS:
            add(d, c)
    return lines

TABLES = {'MethodCases': method_cases}
