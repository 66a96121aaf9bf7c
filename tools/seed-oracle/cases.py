"""The differential corpus: (name, template, variables) rendered by the seed's library and by ours.

Sets of strings iterate in a per-process random order under Python, so every case that shows one sorts
it in the template; sets of ints, floats and tuples of them iterate deterministically and are shown as is.
Glob cases see a fixture tree (GLOB_TREE) whose root is the variable `root`.
"""

NUMS = {"a": [3, 1, 2, 3], "b": [2, 3, 4], "e": []}
BIG = {"x": [100, 8, 16, 3, 64, 1000, 9, 33], "y": [16, 1000, 5, 77, 8, 13, 21]}
NESTED = {"l": [[1], [2], [1], 3], "m": [[2], 4, 3]}
DICTS = {"d": [{"k": 1}, {"k": 2}, {"k": 1}], "o": [{"k": 2}]}
# Jinja2 folds a constant 'nan'|float into the name `nan` (a NameError), so non-finite floats come from variables.
NONFINITE = {"nan": "nan", "inf": "inf"}
STRS = {"s": ["b", "a", "c", "a"], "t": ["c", "d"]}

CASES = [
    # ---- split: str.split with the seed's positional pass-through
    ("split/whitespace", "{{ 'a b  c\t\nd'|split }}", {}),
    ("split/sep", "{{ 'a,b,,c'|split(',') }}", {}),
    ("split/maxsplit", "{{ 'a,b,c'|split(',', 1) }}", {}),
    ("split/none-maxsplit", "{{ ' a b c '|split(None, 1) }}", {}),
    ("split/kw-maxsplit", "{{ 'a b c'|split(maxsplit=1) }}", {}),
    ("split/kw-sep", "{{ 'a-b-c'|split(sep='-') }}", {}),
    ("split/blank", "{{ '   '|split }}", {}),
    ("split/empty", "{{ ''|split }}", {}),
    ("split/empty-sep", "{{ ''|split(',') }}", {}),
    ("split/multichar", "{{ 'a::b::c'|split('::') }}", {}),
    ("split/error-empty-separator", "{{ 'abc'|split('') }}", {}),
    ("split/error-sep-type", "{{ 'abc'|split(1) }}", {}),
    ("split/error-int", "{{ 5|split }}", {}),
    ("split/error-list", "{{ [1]|split }}", {}),
    ("split/error-too-many", "{{ 'a'|split(',', 1, 2) }}", {}),
    ("split/error-unknown-kw", "{{ 'a'|split(foo=1) }}", {}),
    ("split/error-twice", "{{ 'a'|split(',', sep=',') }}", {}),
    ("split/variable", "{% for p in path|split('/') %}[{{ p }}]{% endfor %}", {"path": "/usr/local/bin"}),
    ("split/unicode", "{{ 'α\u2003β'|split }}", {}),
    ("split/error-undefined", "{{ missing|split }}", {}),

    # ---- to_json / to_pretty_json: json.dumps
    ("json/dict", "{{ d|to_json }}", {"d": {"b": 1, "a": [1, 2.5, None, True, False], "c": "x"}}),
    ("json/scalars", "{{ 1|to_json }} {{ 1.0|to_json }} {{ 'x'|to_json }} {{ none|to_json }} {{ true|to_json }}", {}),
    ("json/floats", "{{ [0.1, 1e16, 1e-7, 123456789.125, -0.0, 1.5e300]|to_json }}", {}),
    ("json/nonfinite", "{{ [nan|float, inf|float, ('-' ~ inf)|float]|to_json }}", NONFINITE),
    ("json/nonfinite-disallowed", "{{ [nan|float]|to_json(allow_nan=False) }}", NONFINITE),
    ("json/bigint", "{{ [2**70, -2**64]|to_json }}", {}),
    ("json/ascii-escapes", "{{ s|to_json }}", {"s": "é ü € \U0001F600 \x01 \x7f \t\n\r\b\f \" \\ /"}),
    ("json/no-ensure-ascii", "{{ s|to_json(ensure_ascii=False) }}", {"s": "é € \U0001F600 \x01 \" \\"}),
    ("json/tuple", "{{ (1, (2, 3))|to_json }}", {}),
    ("json/int-keys", "{{ {1: 'a', 2.5: 'b', true: 'c', none: 'd', -3: 'e'}|to_json }}", {}),
    ("json/float-key-repr", "{{ {1e20: 1, 0.1: 2}|to_json }}", {}),
    ("json/error-tuple-key", "{{ {(1, 2): 'a'}|to_json }}", {}),
    ("json/skipkeys", "{{ {(1, 2): 'a', 'b': 1}|to_json(skipkeys=True) }}", {}),
    ("json/sort-keys", "{{ d|to_json(sort_keys=True) }}", {"d": {"b": 1, "a": 2, "C": 3}}),
    ("json/error-sort-mixed", "{{ {1: 'a', 'b': 2}|to_json(sort_keys=True) }}", {}),
    ("json/indent", "{{ d|to_json(indent=2) }}", {"d": {"a": [1, {"b": []}, {}], "c": {"d": None}}}),
    ("json/indent-zero", "{{ [1, [2]]|to_json(indent=0) }}", {}),
    ("json/indent-string", "{{ {'a': [1]}|to_json(indent='\t') }}", {}),
    ("json/indent-none", "{{ [1, 2]|to_json(indent=none) }}", {}),
    ("json/separators", "{{ {'a': [1, 2]}|to_json(separators=(',', ':')) }}", {}),
    ("json/separators-indent", "{{ {'a': [1, 2]}|to_json(indent=1, separators=(', ', ' = ')) }}", {}),
    ("json/error-set", "{{ [1, 2]|unique|to_json }}", {}),
    ("json/error-undefined", "{{ missing|to_json }}", {}),
    ("json/error-range", "{{ range(3)|to_json }}", {}),
    ("json/error-circular", "{% set l = [1] %}{% do l.append(l) %}{{ l|to_json }}", {}),
    ("json/error-positional", "{{ 1|to_json(2) }}", {}),
    ("json/error-unknown-kw", "{{ 1|to_json(foo=1) }}", {}),
    ("json/markup", "{{ ('<a>'|e)|to_json }}", {}),
    ("json/empty", "{{ [[], {}, '']|to_json }} {{ []|to_json(indent=2) }} {{ {}|to_json(indent=2) }}", {}),
    ("json/pretty", "{{ d|to_pretty_json }}", {"d": {"z": [1, 2], "a": {"y": "é", "b": None}, "m": []}}),
    ("json/pretty-scalar", "{{ 'x'|to_pretty_json }}", {}),
    ("json/pretty-separators", "{{ {'b': 1, 'a': [2]}|to_pretty_json(separators=(',', ': ')) }}", {}),
    ("json/pretty-ensure-ascii", "{{ ['é']|to_pretty_json(ensure_ascii=False) }}", {}),
    ("json/error-pretty-indent", "{{ 1|to_pretty_json(indent=2) }}", {}),
    ("json/error-pretty-sort-keys", "{{ 1|to_pretty_json(sort_keys=False) }}", {}),
    ("json/error-pretty-mixed-keys", "{{ {1: 2, 'a': 3}|to_pretty_json }}", {}),
    ("json/dict-items-variable", "{{ d.items()|list|to_json }}", {"d": {"a": 1}}),

    # ---- unique and the set operations (ints iterate in CPython's table order)
    ("set/unique", "{{ a|unique }}", NUMS),
    ("set/unique-empty", "{{ e|unique }}", NUMS),
    ("set/unique-big", "{{ x|unique }}", BIG),
    ("set/unique-negative", "{{ [-1, -2, 5, -9, 0, 7]|unique }}", {}),
    ("set/unique-huge-ints", "{{ [2**62, 2**61 - 1, 2**61, -2**63, 10**20]|unique }}", {}),
    ("set/unique-range", "{{ range(40, 0, -3)|unique }}", {}),
    ("set/unique-floats", "{{ [2.5, 1.5, 0.25, 1.0, 1, 3.75, -0.5]|unique }}", {}),
    ("set/unique-bool-int", "{{ [true, 1, 1.0, false, 0]|unique }}", {}),
    ("set/unique-tuples", "{{ [(1, 2), (2, 1), (1, 2), (3,)]|unique }}", {}),
    ("set/unique-inf", "{{ [inf|float, 1, ('-' ~ inf)|float]|unique }}", NONFINITE),
    ("set/unique-strings-sorted", "{{ s|unique|sort }}", STRS),
    ("set/unique-string-chars-sorted", "{{ 'hello'|unique|sort|join }}", {}),
    ("set/unique-empty-string", "{{ ['', 3, 1]|unique }}", {}),
    ("set/unique-dict-keys", "{{ {3: 'a', 1: 'b'}|unique }}", {}),
    ("set/unique-nested-fallback", "{{ l|unique }}", NESTED),
    ("set/unique-dicts-fallback", "{{ d|unique }}", DICTS),
    ("set/unique-error-int", "{{ 5|unique }}", {}),
    ("set/unique-error-args", "{{ [1]|unique(1) }}", {}),
    ("set/unique-generator", "{{ [3, 1, 3]|map('int')|unique }}", {}),
    ("set/unique-generator-fallback", "{{ [1, [2], 3, [2], 4]|select|unique }}", {}),
    ("set/union", "{{ a|union(b) }}", NUMS),
    ("set/union-big", "{{ x|union(y) }}", BIG),
    ("set/union-empty", "{{ e|union(e) }} {{ e|union(b) }} {{ b|union(e) }}", NUMS),
    ("set/union-fallback", "{{ l|union(m) }}", NESTED),
    ("set/union-strings-sorted", "{{ s|union(t)|sort }}", STRS),
    ("set/union-error-missing", "{{ a|union }}", NUMS),
    ("set/union-error-other", "{{ a|union(5) }}", NUMS),
    ("set/union-chain", "{{ a|union(b)|union(x) }}", {**NUMS, **BIG}),
    ("set/intersect", "{{ a|intersect(b) }}", NUMS),
    ("set/intersect-big", "{{ x|intersect(y) }} {{ y|intersect(x) }}", BIG),
    ("set/intersect-empty", "{{ a|intersect(e) }}", NUMS),
    ("set/intersect-fallback", "{{ l|intersect(m) }}", NESTED),
    ("set/intersect-fallback-hashable", "{{ l|intersect([3, 1]) }}", NESTED),
    ("set/intersect-strings-sorted", "{{ s|intersect(t)|sort }}", STRS),
    ("set/intersect-string-other", "{{ ['a', 'bc', 'x']|intersect('abc')|sort }}", {}),
    ("set/difference", "{{ a|difference(b) }} {{ b|difference(a) }}", NUMS),
    ("set/difference-big", "{{ x|difference(y) }} {{ y|difference(x) }}", BIG),
    ("set/difference-copy-path", "{{ range(40)|difference([3, 17, 30]) }}", {}),
    ("set/difference-empty", "{{ e|difference(a) }} {{ a|difference(e) }}", NUMS),
    ("set/difference-fallback", "{{ l|difference(m) }}", NESTED),
    ("set/difference-fallback-consumes", "{{ [1, [2], 3, [4], 5]|difference([3]) }}", {}),
    ("set/difference-fallback-set-other", "{{ [[1], 2, 3, 16]|difference(x|unique) }}", BIG),
    ("set/difference-generator", "{{ [1, [2], 3, 4]|select|difference([3]) }}", {}),
    ("set/union-generator", "{{ [1, [2], 3]|select|union([4]) }} {{ [1, 2]|select|union([[3]]) }}", {}),
    ("set/intersect-mixed-number", "{{ [1]|intersect([1.0]) }} {{ [1.0, 2]|intersect([1]) }}", {}),
    ("set/symmetric-fallback-predicate-raises", "{{ [[1], 2, 5]|symmetric_difference([2]) }}", {}),
    ("set/difference-dicts", "{{ d|difference(o) }}", DICTS),
    ("set/symmetric", "{{ a|symmetric_difference(b) }}", NUMS),
    ("set/symmetric-big", "{{ x|symmetric_difference(y) }} {{ y|symmetric_difference(x) }}", BIG),
    ("set/symmetric-grows", "{{ range(0, 30, 2)|symmetric_difference(range(1, 30, 3)) }}", {}),
    ("set/symmetric-fallback", "{{ l|symmetric_difference(m) }}", NESTED),
    ("set/symmetric-fallback-dicts", "{{ d|symmetric_difference(o) }}", DICTS),
    ("set/symmetric-strings-sorted", "{{ s|symmetric_difference(t)|sort }}", STRS),
    ("set/of-set", "{{ a|unique|union(b|unique) }} {{ x|unique|intersect(y|unique) }}", {**NUMS, **BIG}),
    ("set/length", "{{ a|unique|length }} {{ a|unique|count }}", NUMS),
    ("set/in", "{{ 2 in a|unique }} {{ 9 in a|unique }} {{ 2.0 in a|unique }}", NUMS),
    ("set/error-in-unhashable", "{{ [1] in a|unique }}", NUMS),
    ("set/truthiness", "{{ 'yes' if e|unique else 'no' }} {{ 'yes' if a|unique else 'no' }}", NUMS),
    ("set/for", "{% for i in x|unique %}{{ i }};{% endfor %}", BIG),
    ("set/list", "{{ x|unique|list }}", BIG),
    ("set/join", "{{ x|unique|join(',') }}", BIG),
    ("set/sort", "{{ x|unique|sort }}", BIG),
    ("set/sum-max", "{{ x|unique|sum }} {{ x|unique|max }} {{ x|unique|min }}", BIG),
    ("set/first", "{{ x|unique|first }}", BIG),
    ("set/equality", "{{ a|unique == b|union(a)|difference([4]) }} {{ a|unique != b|unique }}", NUMS),
    ("set/string", "{{ a|unique|string }} {{ e|unique|string }}", NUMS),
    ("set/select", "{{ x|unique|select('odd')|list }}", BIG),
    ("set/error-subscript", "{{ (a|unique)[0] }}", NUMS),
    ("set/iterable-test", "{{ a|unique is iterable }}", NUMS),

    # ---- min, max
    ("minmax/args", "{{ min(3, 1, 2) }} {{ max(3, 1, 2) }}", {}),
    ("minmax/iterable", "{{ min(a) }} {{ max(a) }}", NUMS),
    ("minmax/mixed-numbers", "{{ min(1, 0.5, true) }} {{ max(1, 1.0) }} {{ max(1.0, 1) }}", {}),
    ("minmax/strings", "{{ min('bca') }} {{ max(['b', 'abc', 'c']) }}", {}),
    ("minmax/key", "{{ max([-3, 2], key=abs) }} {{ min(-3, 2, key=abs) }}", {}),
    ("minmax/key-none", "{{ max([1, 5, 2], key=none) }}", {}),
    ("minmax/default", "{{ min([], default=7) }} {{ max(e, default='none') }} {{ min([1], default=0) }}", NUMS),
    ("minmax/dict", "{{ min({'b': 1, 'a': 2}) }}", {}),
    ("minmax/set", "{{ max(x|unique) }}", BIG),
    ("minmax/error-empty", "{{ min([]) }}", {}),
    ("minmax/error-max-empty", "{{ max(e) }}", NUMS),
    ("minmax/error-none", "{{ min() }}", {}),
    ("minmax/error-not-iterable", "{{ max(5) }}", {}),
    ("minmax/error-default-multiple", "{{ min(1, 2, default=0) }}", {}),
    ("minmax/error-types", "{{ max([1, 'a']) }}", {}),
    ("minmax/error-types-min", "{{ min('a', 1) }}", {}),
    ("minmax/error-unknown-kw", "{{ min([1], foo=1) }}", {}),

    # ---- abs, all, any
    ("abs/numbers", "{{ abs(-3) }} {{ abs(-2.5) }} {{ abs(true) }} {{ abs(-0.0) }} {{ abs(4) }}", {}),
    ("abs/big", "{{ abs(n) }} {{ abs(-2**80) }}", {"n": -9223372036854775808}),
    ("abs/error-str", "{{ abs('x') }}", {}),
    ("abs/error-none", "{{ abs() }}", {}),
    ("abs/error-two", "{{ abs(1, 2) }}", {}),
    ("all/values", "{{ all([]) }} {{ all([1, 0]) }} {{ all([1, 'a', [0]]) }} {{ all('') }}", {}),
    ("any/values", "{{ any([]) }} {{ any([0, '', none]) }} {{ any('ab') }} {{ any(a|unique) }}", NUMS),
    ("all/error-int", "{{ all(5) }}", {}),
    ("any/error-none", "{{ any() }}", {}),
    ("all/error-kw", "{{ all(x=[1]) }}", {}),

    # ---- round: the builtin (banker's rounding, int without ndigits)
    ("round/halves", "{{ round(0.5) }} {{ round(1.5) }} {{ round(2.5) }} {{ round(-0.5) }} {{ round(-1.5) }}", {}),
    ("round/ndigits", "{{ round(2.675, 2) }} {{ round(3.14159, 3) }} {{ round(0.125, 2) }} {{ round(0.5, 0) }}", {}),
    ("round/negative-ndigits", "{{ round(1234, -2) }} {{ round(1250, -2) }} {{ round(1350, -2) }} {{ round(123.456, -1) }} {{ round(-1250, -2) }}", {}),
    ("round/ints", "{{ round(5) }} {{ round(true) }} {{ round(7, 2) }} {{ round(5, none) }} {{ round(2.5, none) }}", {}),
    ("round/big", "{{ round(1e20) }} {{ round(2**70, -20) }} {{ round(1.5e300, -299) }}", {}),
    ("round/extreme-ndigits", "{{ round(1.5, 400) }} {{ round(1.5, -400) }} {{ round(-1.5, -400) }} {{ round(1e-320, 330) }}", {}),
    ("round/nonfinite-ndigits", "{{ round(inf|float, 2) }} {{ round(nan|float, 1) }}", NONFINITE),
    ("round/error-nan", "{{ round(nan|float) }}", NONFINITE),
    ("round/error-inf", "{{ round(inf|float) }}", NONFINITE),
    ("round/error-str", "{{ round('1.5') }}", {}),
    ("round/error-float-ndigits", "{{ round(1.5, 1.0) }}", {}),
    ("round/error-none", "{{ round() }}", {}),
    ("round/error-three", "{{ round(1, 2, 3) }}", {}),
    ("round/kw", "{{ round(number=2.567, ndigits=1) }}", {}),
    ("round/variable", "{{ round(v * 1.1, 2) }}", {"v": 3}),

    # ---- zip
    ("zip/two", "{{ zip(a, b) }}", NUMS),
    ("zip/three-uneven", "{{ zip([1, 2, 3], 'ab', (true, false, none)) }}", {}),
    ("zip/none", "{{ zip() }}", {}),
    ("zip/dict", "{{ zip({'a': 1, 'b': 2}, [1, 2]) }}", {}),
    ("zip/loop", "{% for k, v in zip(['a', 'b'], [1, 2]) %}{{ k }}={{ v }} {% endfor %}", {}),
    ("zip/error-int", "{{ zip([1], 5) }}", {}),
    ("zip/error-strict", "{{ zip([1], [2], strict=true) }}", {}),

    # ---- context()
    ("context/keys", "{{ context().keys() }}", {"x": "x", "y": "y"}),
    ("context/empty", "{{ context() }}", {}),
    ("context/values", "{{ context() }}", {"a": 1, "b": [1, 2], "c": {"d": None}}),
    ("context/hides-global-names", "{{ context() }}", {"max": 1, "range": 2, "keep": 3, "glob": 5, "__name__": 6}),
    ("context/items-loop", "{% for k, v in context()|dictsort %}{{ k }}={{ v }};{% endfor %}", {"b": 2, "a": 1}),
    ("context/in-macro", "{% macro m() %}{{ context()|length }}{% endmacro %}{{ m() }}", {"a": 1, "b": 2}),
    ("context/after-set", "{% set extra = 1 %}{{ context() }}", {"a": 1}),
    ("context/error-args", "{{ context(1) }}", {}),

    # ---- glob and iglob (absolute patterns under the fixture root)
    ("glob/star", "{{ glob(root ~ '/*.conf')|sort }}", {}),
    ("glob/all", "{{ glob(root ~ '/*')|sort }}", {}),
    ("glob/hidden", "{{ glob(root ~ '/.*')|sort }}", {}),
    ("glob/nested", "{{ glob(root ~ '/*/*.conf')|sort }}", {}),
    ("glob/double-star-not-recursive", "{{ glob(root ~ '/**/*.conf')|sort }}", {}),
    ("glob/dirs-only", "{{ glob(root ~ '/*/')|sort }}", {}),
    ("glob/literal-exists", "{{ glob(root ~ '/sub') }} {{ glob(root ~ '/sub/') }} {{ glob(root ~ '/a.conf/') }}", {}),
    ("glob/literal-missing", "{{ glob(root ~ '/nope') }} {{ glob(root ~ '/nope/*') }} {{ glob('') }}", {}),
    ("glob/question", "{{ glob(root ~ '/s?b*')|sort }}", {}),
    ("glob/class", "{{ glob(root ~ '/[ab].conf')|sort }} {{ glob(root ~ '/[!a].conf')|sort }} {{ glob(root ~ '/[a-b].*')|sort }}", {}),
    ("glob/unclosed-class", "{{ glob(root ~ '/[a.conf') }}", {}),
    ("glob/hidden-dir-content", "{{ glob(root ~ '/.hid/*')|sort }} {{ glob(root ~ '/*/.*')|sort }}", {}),
    ("glob/symlink", "{{ glob(root ~ '/link*/*')|sort }} {{ glob(root ~ '/dangling') }}", {}),
    ("glob/magic-dir-literal-base", "{{ glob(root ~ '/*/d.conf')|sort }}", {}),
    ("glob/kw", "{{ glob(pattern=root ~ '/c.*') }}", {}),
    ("glob/error-recursive", "{{ glob(root ~ '/**', recursive=true) }}", {}),
    ("glob/error-missing", "{{ glob() }}", {}),
    ("iglob/sorted", "{{ iglob(root ~ '/*.conf')|sort }}", {}),
    ("iglob/loop", "{% for f in iglob(root ~ '/sub/*')|sort %}{{ f|replace(root, '') }} {% endfor %}", {}),
    ("iglob/error-two", "{{ iglob('a', 'b') }}", {}),

    # ---- fatal_error
    ("fatal/do", "before{% do fatal_error('the end of the universe') %}after", {}),
    ("fatal/expression", "{{ fatal_error('bad ' ~ x) }}", {"x": 42}),
    ("fatal/conditional", "{% if x > 1 %}{{ fatal_error('x too big') }}{% endif %}ok", {"x": 1}),
    ("fatal/error-none", "{{ fatal_error() }}", {}),

    # ---- log_*: print nothing, log msg % args at the level
    ("log/info", "a{{ log_info('hello') }}b", {}),
    ("log/levels", "{% do log_debug('d') %}{% do log_info('i') %}{% do log_warning('w') %}{% do log_error('e') %}{% do log_fatal('f') %}", {}),
    ("log/args", "{% do log_info('%s is %d', 'x', 5) %}", {}),
    ("log/mapping", "{% do log_warning('%(a)s-%(b)r', {'a': 1, 'b': 'z'}) %}", {}),
    ("log/no-args-percent", "{% do log_info('100%') %}", {}),
    ("log/non-string", "{% do log_error(42) %}{% do log_error([1, 'a']) %}", {}),
    ("log/variables", "{% do log_info('port %s', port) %}", {"port": 8080}),
    ("log/error-none", "{{ log_info() }}", {}),
]



def _random_set_cases():
    """Seeded random int lists through every set operation: CPython's table order under growth, dummies and merges."""
    import random
    rng = random.Random(20240611)
    ops = ["unique", "union(b)", "intersect(b)", "difference(b)", "symmetric_difference(b)"]
    out = []
    for n in range(30):
        spread = rng.choice([10, 64, 1000, 2 ** 40])
        a = [rng.randrange(-spread, spread) for _ in range(rng.randrange(0, 40))]
        b = [rng.randrange(-spread, spread) for _ in range(rng.randrange(0, 40))]
        op = ops[n % len(ops)]
        out.append((f"set/random-{n:02d}", "{{ a|%s }} {{ a|unique|%s|list }}" % (op, op), {"a": a, "b": b}))
    return out


CASES += _random_set_cases()

# The fixture tree for glob cases: directories end with '/', symlinks are 'name -> target'.
GLOB_TREE = [
    "a.conf", "b.conf", "c.txt", ".hidden.conf", ".hid/", ".hid/x.conf",
    "sub/", "sub/d.conf", "sub/.e.conf", "sub/f.txt", "sub2/", "sub2/d.conf", "sub2/g.conf", "emptydir/",
    "link -> sub", "dangling -> nowhere",
]
