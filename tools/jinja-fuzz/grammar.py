"""Random Jinja expressions and templates over typed values, as small trees that know how to shrink.

Every node renders to template text and lists the smaller nodes it could be replaced by; the
minimizer in fuzz.py uses that to cut a mismatch down to its core.
"""
import random

SMALL_INTS = [0, 1, 2, 3, -1, -2, 7, 10, 42, 100]
BIG_INTS = [2 ** 63 - 1, 2 ** 63, -(2 ** 63), 10 ** 20, -(10 ** 30) + 7, 12345678901234567890123]
FLOATS = [0.0, -0.0, 0.5, 1.0, 1.5, -2.25, 0.1, 1e20, 1e-05, 1e16, 123.456, 3.14159, 2.5, 1e300]
STRINGS = ["", "a", "abc", "Hello World", "it's", 'say "hi"', "back\\slash", "tab\there", "line\nbreak",
           "  padded  ", "a,b,,c", "ÄÖü", "日本", "42", "3.5", "x y z", "%s", "{}", "<b>&amp;</b>", "'\""]
NAMES = ["a", "b", "c", "n", "f", "s", "l", "d", "nothing", "t", "big"]

BINARY_OPS = ["+", "-", "*", "/", "//", "%", "~", "and", "or", "==", "!=", "<", ">", "<=", ">=", "in", "not in"]
FILTERS_0 = ["abs", "capitalize", "count", "first", "float", "int", "last", "length", "list", "lower", "max",
             "min", "reverse", "sort", "string", "sum", "title", "trim", "unique", "upper", "wordcount",
             "tojson", "pprint", "e", "dictsort", "items", "join", "filesizeformat", "striptags", "center",
             "indent", "urlencode", "escape", "safe", "forceescape", "d", "round", "batch(2)", "slice(2)"]
FILTERS_ARGS = ["default('dflt')", "default('x', true)", "join(', ')", "replace('a', 'b')", "truncate(5)",
                "round(1)", "round(1, 'floor')", "round(0, 'ceil')", "int(7)", "float(1.5)", "indent(2, true)",
                "center(9)", "batch(2, 0)", "slice(2, 'x')", "sort(reverse=true)", "map('string')", "select('odd')",
                "reject('none')", "wordwrap(5)", "format(1, 2)", "sum(start=1)", "unique(case_sensitive=true)",
                "groupby(0)", "dictsort(by='value')", "min(case_sensitive=true)", "filesizeformat(true)", "int(base=16)",
                "truncate(8, true, '~')", "tojson(indent=1)", "xmlattr", "attr('upper')", "map('upper')"]
TESTS = ["defined", "undefined", "none", "boolean", "false", "true", "integer", "float", "number", "string",
         "mapping", "sequence", "iterable", "callable", "odd", "even", "lower", "upper", "escaped",
         "divisibleby(3)", "eq(1)", "ne(1)", "lt(2)", "gt(2)", "le(0)", "ge(0)", "in([1, 'a'])", "sameas(none)",
         "filter", "test"]
METHODS = ["upper()", "lower()", "split()", "split(',')", "strip()", "startswith('a')", "endswith('c')",
           "replace('a', 'x')", "title()", "capitalize()", "find('b')", "count('a')", "zfill(5)", "ljust(6)",
           "rjust(6, '*')", "center(7)", "splitlines()", "partition(',')", "format(1, 2)", "isdigit()",
           "items()", "keys()", "values()", "get('a')", "get('zz', 0)", "index(1)", "copy()", "join(['x', 'y'])",
           "rsplit(' ', 1)", "lstrip('a')", "swapcase()", "isupper()"]

STR_FILTERS = ["upper", "lower", "title", "capitalize", "trim", "striptags", "e", "string", "reverse", "center",
               "wordcount|string", "length|string", "first", "last", "urlencode", "list|join(',')", "safe", "forceescape"]
STR_FILTER_ARGS = ["replace('a', 'b')", "replace(' ', '', 1)", "truncate(5)", "truncate(8, true, '~')", "center(9)",
                   "indent(2)", "indent(2, true, true)", "wordwrap(5)", "wordwrap(6, false)", "default('d', true)",
                   "format(1, 2)", "trim('a')", "urlize", "urlize(10)", "filesizeformat" if False else "lower"]
STR_METHODS = ["upper()", "lower()", "strip()", "title()", "capitalize()", "swapcase()", "replace('a', 'x')",
               "zfill(5)", "ljust(6, '.')", "rjust(6)", "center(7, '*')", "lstrip('a ')", "rstrip()",
               "removeprefix('a')", "format(1, 'z')", "casefold()", "expandtabs(2)", "partition(',')[2]"]
LIST_FILTERS = ["sort", "sort(reverse=true)", "unique|list", "reverse|list", "list", "map('string')|list",
                "select('odd')|list", "reject('none')|list", "batch(2)|list", "slice(2)|list", "batch(3, 0)|list",
                "map('int')|list", "select('number')|list", "reject('string')|list", "sort(case_sensitive=true)",
                "groupby(0)|list" if False else "list"]
LIST_FILTER_ARGS = ["map('upper')|list", "map('default', 0)|list", "select('gt', 1)|list", "reject('in', [1, 'a'])|list",
                    "map('abs')|list", "select('defined')|list", "map('length')|list"]
USER_FILTERS = ["sort(attribute='age')|map(attribute='name')|list", "sort(attribute='age,name')|map(attribute='name')|list",
                "map(attribute='city', default='?')|list", "selectattr('age', 'gt', 20)|map(attribute='name')|list",
                "rejectattr('city')|list", "groupby('city')|map(attribute='grouper')|list", "sum(attribute='age')",
                "map(attribute='name')|join(', ')", "unique(attribute='age')|list", "min(attribute='age')",
                "max(attribute='name')", "selectattr('city', 'none')|list|length", "groupby('age')|list",
                "map(attribute='name')|map('upper')|sort|list", "dictsort" if False else "first"]


class Node:
    def render(self):
        raise NotImplementedError

    def children(self):
        return []


class Text(Node):
    """Pre-rendered text with optional shrinkable parts (used for literals and fixed syntax)."""

    def __init__(self, text, parts=()):
        self.text, self.parts = text, list(parts)

    def render(self):
        return self.text

    def children(self):
        return self.parts


class Binary(Node):
    def __init__(self, op, left, right):
        self.op, self.left, self.right = op, left, right

    def render(self):
        return f"({self.left.render()} {self.op} {self.right.render()})"

    def children(self):
        return [self.left, self.right]


class Unary(Node):
    def __init__(self, op, operand):
        self.op, self.operand = op, operand

    def render(self):
        return f"({self.op}{self.operand.render()})"

    def children(self):
        return [self.operand]


class Postfix(Node):
    """expr|filter, expr is test, expr.method(), expr[index]: a suffix applied to one operand."""

    def __init__(self, operand, suffix):
        self.operand, self.suffix = operand, suffix

    def render(self):
        return f"({self.operand.render()}){self.suffix}"

    def children(self):
        return [self.operand]


class Ternary(Node):
    def __init__(self, cond, yes, no):
        self.cond, self.yes, self.no = cond, yes, no

    def render(self):
        tail = f" else {self.no.render()}" if self.no is not None else ""
        return f"({self.yes.render()} if {self.cond.render()}{tail})"

    def children(self):
        return [n for n in (self.cond, self.yes, self.no) if n is not None]


class DictEntry(Node):
    def __init__(self, key, value):
        self.key, self.value = key, value

    def render(self):
        return f"{self.key.render()}: {self.value.render()}"

    def children(self):
        return []


class Sequence(Node):
    def __init__(self, kind, items):
        self.kind, self.items = kind, items

    def render(self):
        inner = ", ".join(i.render() for i in self.items)
        if self.kind == "list":
            return f"[{inner}]"
        if self.kind == "tuple":
            return f"({inner}{',' if len(self.items) == 1 else ''})"
        return "{" + inner + "}"

    def children(self):
        return list(self.items)


def _string_literal(rng, text):
    quote = rng.choice(["'", '"'])
    escaped = text.replace("\\", "\\\\").replace(quote, "\\" + quote).replace("\n", "\\n").replace("\t", "\\t")
    return f"{quote}{escaped}{quote}"


class Generator:
    def __init__(self, rng):
        self.rng = rng

    # ---- values (variables) ----
    def value(self, depth=0):
        r = self.rng
        kind = r.choice(["int", "int", "big", "float", "str", "str", "none", "bool", "list", "dict"] if depth < 2
                        else ["int", "float", "str", "none", "bool"])
        if kind == "int":
            return r.choice(SMALL_INTS)
        if kind == "big":
            return r.choice(BIG_INTS)
        if kind == "float":
            return r.choice(FLOATS)
        if kind == "str":
            return r.choice(STRINGS)
        if kind == "none":
            return None
        if kind == "bool":
            return r.choice([True, False])
        if kind == "list":
            return [self.value(depth + 1) for _ in range(r.randint(0, 4))]
        return {r.choice(["a", "b", "k", "name", "items", "0"]): self.value(depth + 1) for _ in range(r.randint(0, 3))}

    def variables(self):
        """Typed names the typed grammar relies on (always defined), plus names of random type, some missing."""
        r = self.rng
        names = r.sample(NAMES[:-2], 5)
        values = {name: self.value() for name in names}
        values["t"] = [r.choice(STRINGS), r.choice(SMALL_INTS)]
        values["big"] = r.choice(BIG_INTS)
        values.update({
            "i": r.choice(SMALL_INTS), "j": r.choice(SMALL_INTS + BIG_INTS[:2]), "x": r.choice(FLOATS),
            "w": r.choice(STRINGS), "ws": [r.choice(STRINGS) for _ in range(r.randint(0, 4))],
            "ns_": [r.choice(SMALL_INTS) for _ in range(r.randint(0, 5))],
            "m": {k: r.choice(SMALL_INTS) for k in r.sample(["a", "b", "k", "name", "zz"], r.randint(0, 4))},
            "users": [{"name": r.choice(["ann", "Bob", "carl", "dina"]), "age": r.choice([19, 25, 31]),
                       "city": r.choice(["Oslo", "Rome", None])} for _ in range(r.randint(0, 4))],
        })
        return values

    # ---- expressions ----
    def literal(self):
        r = self.rng
        kind = r.choice(["int", "int", "float", "str", "str", "const", "big", "radix"])
        if kind == "int":
            return Text(str(r.choice(SMALL_INTS)))
        if kind == "big":
            return Text(str(r.choice(BIG_INTS)))
        if kind == "radix":
            return Text(r.choice(["0x1F", "0o17", "0b101", "1_000", "0xff_ff"]))
        if kind == "float":
            return Text(repr(r.choice(FLOATS)))
        if kind == "str":
            return Text(_string_literal(r, r.choice(STRINGS)))
        return Text(r.choice(["none", "true", "false", "None", "True"]))

    def expr(self, depth=0):
        r = self.rng
        if depth >= 3 or r.random() < 0.35:
            return self.literal() if r.random() < 0.6 else Text(r.choice(NAMES))
        choice = r.choice(["binary", "binary", "binary", "unary", "filter", "filter", "test", "method", "index",
                           "ternary", "list", "tuple", "dict", "slice", "pow", "mul"])
        sub = lambda: self.expr(depth + 1)
        if choice == "binary":
            return Binary(r.choice(BINARY_OPS), sub(), sub())
        if choice == "pow":
            # exponent stays tiny so no case builds a gigantic number
            return Binary("**", sub(), Text(str(r.randint(-2, 4))))
        if choice == "mul":
            return Binary("*", sub(), Text(str(r.randint(-1, 3))))
        if choice == "unary":
            return Unary(r.choice(["-", "+", "not "]), sub())
        if choice == "filter":
            return Postfix(sub(), "|" + r.choice(FILTERS_0 + FILTERS_ARGS))
        if choice == "test":
            return Postfix(sub(), r.choice([" is ", " is not "]) + r.choice(TESTS))
        if choice == "method":
            return Postfix(sub(), "." + r.choice(METHODS))
        if choice == "index":
            return Postfix(sub(), r.choice(["[0]", "[-1]", "[1]", "['a']", ".a", ".0", "['items']", ".name"]))
        if choice == "slice":
            return Postfix(sub(), r.choice(["[1:]", "[:2]", "[::-1]", "[::2]", "[-2:]", "[1:-1]"]))
        if choice == "ternary":
            return Ternary(sub(), sub(), sub() if r.random() < 0.8 else None)
        if choice == "dict":
            keys = [_string_literal(r, k) for k in r.sample(["a", "b", "k", "name"], r.randint(0, 3))]
            return Sequence("dict", [DictEntry(Text(k), sub()) for k in keys])
        return Sequence(choice, [sub() for _ in range(r.randint(0, 3))])

    # ---- typed expressions: mostly well-typed, so most cases render output ----
    def texpr(self, kind, depth=0):
        r = self.rng
        sub = lambda k: self.texpr(k, depth + 1)
        if depth >= 3 or r.random() < 0.3:
            return self.tleaf(kind)
        if r.random() < 0.08:
            return self.expr(depth + 1)  # anything: keeps type errors in the mix
        if kind == "int":
            c = r.choice(["bin", "bin", "len", "filter", "method", "neg", "cond", "pow"])
            if c == "bin":
                return Binary(r.choice(["+", "-", "*", "//", "%"]), sub("int"), sub("int"))
            if c == "pow":
                return Binary("**", sub("int"), Text(str(r.randint(0, 3))))
            if c == "len":
                return Postfix(sub(r.choice(["str", "list", "dict"])), "|" + r.choice(["length", "count"]))
            if c == "filter":
                return Postfix(sub(r.choice(["int", "float", "str"])), "|" + r.choice(
                    ["int", "abs", "round|int", "int(0)", "default(3)"]))
            if c == "method":
                return Postfix(sub("str"), "." + r.choice(["count('a')", "find('b')", "__len__()" if False else "count(' ')"]))
            if c == "neg":
                return Unary("-", sub("int"))
            return Ternary(sub("bool"), sub("int"), sub("int"))
        if kind == "float":
            c = r.choice(["bin", "div", "filter", "cond"])
            if c == "bin":
                return Binary(r.choice(["+", "-", "*"]), sub("float"), sub(r.choice(["int", "float"])))
            if c == "div":
                return Binary("/", sub(r.choice(["int", "float"])), Text(r.choice(["2", "4", "0.5", "3"])))
            if c == "filter":
                return Postfix(sub(r.choice(["int", "float"])), "|" + r.choice(
                    ["float", "round(1)", "round(2, 'floor')", "round(0, 'ceil')", "abs", "float|round"]))
            return Ternary(sub("bool"), sub("float"), sub("float"))
        if kind == "str":
            c = r.choice(["concat", "filter", "filter", "filterargs", "method", "format", "slice", "join", "cond", "str"])
            if c == "concat":
                return Binary("~", sub(r.choice(["str", "int", "float", "any"])), sub(r.choice(["str", "int", "list"])))
            if c == "filter":
                return Postfix(sub("str"), "|" + r.choice(STR_FILTERS))
            if c == "filterargs":
                return Postfix(sub("str"), "|" + r.choice(STR_FILTER_ARGS))
            if c == "method":
                return Postfix(sub("str"), "." + r.choice(STR_METHODS))
            if c == "format":
                return Text("(" + _string_literal(r, r.choice(["%s-%s", "%d|%s", "%5.1f/%r", "%x %o"])) + " % (" +
                            sub("int").render() + ", " + sub(r.choice(["str", "int", "float"])).render() + "))")
            if c == "slice":
                return Postfix(sub("str"), r.choice(["[1:]", "[:2]", "[::-1]", "[::2]", "[-2:]", "[1:-1]", "[0]"]))
            if c == "join":
                return Postfix(sub("list"), "|" + r.choice(["join", "join(', ')", "join('-')", "map('string')|join('/')"]))
            if c == "str":
                return Postfix(sub(r.choice(["list", "dict", "int", "float", "bool", "any"])), "|" + r.choice(["string", "pprint", "tojson", "e", "urlencode" if False else "string"]))
            return Ternary(sub("bool"), sub("str"), sub("str"))
        if kind == "list":
            c = r.choice(["lit", "filter", "filter", "filterargs", "split", "range", "concat", "slice", "users", "cond"])
            if c == "lit":
                k = r.choice(["int", "str", "float", "any"])
                return Sequence("list", [sub(k) for _ in range(r.randint(0, 4))])
            if c == "filter":
                return Postfix(sub("list"), "|" + r.choice(LIST_FILTERS))
            if c == "filterargs":
                return Postfix(sub("list"), "|" + r.choice(LIST_FILTER_ARGS))
            if c == "split":
                return Postfix(sub("str"), "." + r.choice(["split()", "split(',')", "split(' ', 1)", "rsplit(' ', 1)", "splitlines()", "partition(' ')|list"]))
            if c == "range":
                return Text("range(" + sub("int").render() + ")|list" if r.random() < 0.3 else
                            "range(" + str(r.randint(0, 5)) + ", " + str(r.randint(3, 12)) + ", " + str(r.choice([1, 2, 3, -1])) + ")|list")
            if c == "concat":
                return Binary(r.choice(["+", "*"]), sub("list"), sub("list") if r.random() < 0.5 else Text(str(r.randint(0, 2))))
            if c == "slice":
                return Postfix(sub("list"), r.choice(["[1:]", "[:2]", "[::-1]", "[::2]", "[-2:]"]))
            if c == "users":
                return Text("users|" + r.choice(USER_FILTERS))
            return Ternary(sub("bool"), sub("list"), sub("list"))
        if kind == "dict":
            c = r.choice(["lit", "lit", "dictcall", "cond"])
            if c == "lit":
                keys = r.sample(["a", "b", "k", "name", "zz"], r.randint(0, 4))
                return Sequence("dict", [DictEntry(Text(_string_literal(r, k)), sub(r.choice(["int", "str", "list", "any"]))) for k in keys])
            if c == "dictcall":
                return Text("dict(" + ", ".join(f"{k}={sub('int').render()}" for k in r.sample(["a", "b", "c"], r.randint(0, 3))) + ")")
            return Ternary(sub("bool"), sub("dict"), sub("dict"))
        if kind == "bool":
            c = r.choice(["cmp", "cmp", "test", "in", "logic", "not"])
            if c == "cmp":
                k = r.choice(["int", "str", "float", "list"])
                return Binary(r.choice(["==", "!=", "<", ">", "<=", ">="]), sub(k), sub(k if r.random() < 0.8 else "int"))
            if c == "test":
                return Postfix(sub(r.choice(["int", "str", "list", "dict", "float", "any"])), r.choice([" is ", " is not "]) + r.choice(TESTS))
            if c == "in":
                return Binary(r.choice(["in", "not in"]), sub(r.choice(["int", "str"])), sub(r.choice(["list", "str", "dict"])))
            if c == "logic":
                return Binary(r.choice(["and", "or"]), sub("bool"), sub(r.choice(["bool", "int", "str"])))
            return Unary("not ", sub("bool"))
        return self.expr(depth)

    def tleaf(self, kind):
        r = self.rng
        if kind == "int":
            return Text(r.choice([str(r.choice(SMALL_INTS)), "i", "j", "ns_|length", "0x1F", "1_000", "t[1]"]))
        if kind == "float":
            return Text(r.choice([repr(r.choice(FLOATS)), "x", "1.5e3", "0.25"]))
        if kind == "str":
            return Text(r.choice([_string_literal(r, r.choice(STRINGS)), "w", "t[0]", "ws|join(',')"]))
        if kind == "list":
            return Text(r.choice(["ns_", "ws", "[1, 2, 3]", "['b', 'a', 'B']", "[]", "[3, 1.5, -2]", "[[1, 2], [3]]"]))
        if kind == "dict":
            return Text(r.choice(["m", "{}", "{'a': 1, 'b': [2]}", "{'k': 'v', 'z': none}"]))
        if kind == "bool":
            return Text(r.choice(["true", "false", "i > 2", "w is string", "not ns_"]))
        return self.literal() if r.random() < 0.6 else Text(r.choice(NAMES))

    def any_expr(self):
        """What a template prints: typed most of the time, the untyped grammar otherwise."""
        r = self.rng
        if r.random() < 0.3:
            return self.expr()
        return self.texpr(r.choice(["int", "float", "str", "str", "list", "list", "dict", "bool"]))

    # ---- templates ----
    def template(self):
        r = self.rng
        e = self.any_expr
        shape = r.choice(["print", "print", "print", "for", "if", "set", "macro", "loopvars", "multi", "for_unpack",
                          "for_filter", "recursive", "namespace", "call", "filter_block", "with", "macro_kwargs", "do",
                          "set_tuple", "cycler", "whitespace", "values", "block_set", "loop_more"])
        if shape == "print":
            x = e()
            return Text("{{ " + x.render() + " }}", [x]), [x]
        if shape == "for":
            x, y = self.texpr(r.choice(["list", "list", "str", "dict"])), e()
            text = "{% for v in " + x.render() + " %}[{{ v }}:{{ " + y.render() + " }}]{% else %}empty{% endfor %}"
            return Text(text), [x, y]
        if shape == "if":
            x, y, z = self.texpr("bool"), e(), self.texpr("bool")
            text = "{% if " + x.render() + " %}{{ " + y.render() + " }}{% elif " + z.render() + " %}elif{% else %}no{% endif %}"
            return Text(text), [x, y, z]
        if shape == "set":
            x, y = e(), e()
            text = "{% set v = " + x.render() + " %}{% set w %}{{ " + y.render() + " }}{% endset %}{{ v }}|{{ w }}|{{ v is defined }}"
            return Text(text), [x, y]
        if shape == "macro":
            x, y = e(), e()
            text = ("{% macro m(p, q=" + x.render() + ") %}<{{ p }}/{{ q }}/{{ varargs }}>{% endmacro %}"
                    "{{ m(" + y.render() + ") }}{{ m(1, 2, 3) }}")
            return Text(text), [x, y]
        if shape == "loopvars":
            x = self.texpr(r.choice(["list", "str"]))
            text = ("{% for v in " + x.render() + " %}{{ loop.index }}{{ loop.revindex0 }}{{ loop.first }}"
                    "{{ loop.last }}{{ loop.length }}{{ loop.cycle('a', 'b') }}{% endfor %}")
            return Text(text), [x]
        if shape == "loop_more":
            x = self.texpr("list")
            text = ("{% for v in " + x.render() + " %}{{ loop.index0 }}{{ loop.revindex }}({{ loop.previtem }},"
                    "{{ loop.nextitem }}){{ loop.changed(v) }}{{ loop.depth }}{% endfor %}")
            return Text(text), [x]
        if shape == "for_unpack":
            x = self.texpr("dict")
            text = ("{% for k, v in " + x.render() + "|dictsort %}{{ k }}={{ v }}{% if not loop.last %},{% endif %}"
                    "{% endfor %}|{% for k, v in " + x.render() + ".items() %}{{ k }}{% endfor %}")
            return Text(text), [x]
        if shape == "for_filter":
            x, y = self.texpr("list"), self.texpr("bool")
            text = ("{% for v in " + x.render() + " if v " + r.choice(["is number", "is string", "is odd", "is even", "> 1"]) +
                    " %}{{ v }}{{ loop.index }}/{{ loop.length }} {% else %}none{% endfor %}{{ " + y.render() + " }}")
            return Text(text), [x, y]
        if shape == "recursive":
            x = self.texpr("list")
            text = ("{% for v in [1, [2, [3, " + x.render() + "]], 'a'] recursive %}{% if v is iterable and v is not string %}"
                    "<{{ loop(v) }}>{% else %}{{ loop.depth }}:{{ v }} {% endif %}{% endfor %}")
            return Text(text), [x]
        if shape == "namespace":
            x, y = self.texpr("list"), self.texpr(r.choice(["int", "str"]))
            text = ("{% set ns = namespace(acc=" + y.render() + ", n=0) %}{% for v in " + x.render() + " %}"
                    "{% set ns.acc = ns.acc ~ v %}{% set ns.n = ns.n + 1 %}{% endfor %}{{ ns.acc }}/{{ ns.n }}")
            return Text(text), [x, y]
        if shape == "call":
            x, y = e(), e()
            text = ("{% macro m(a) %}[{{ caller(a, " + y.render() + ") }}]{% endmacro %}"
                    "{% call(p, q) m(" + x.render() + ") %}{{ p }}-{{ q }}{% endcall %}")
            return Text(text), [x, y]
        if shape == "filter_block":
            x = e()
            f = r.choice(["upper", "title", "trim", "center(12)", "indent(2, true)", "replace('a', 'A')", "wordwrap(6)",
                          "truncate(9)", "striptags", "e", "wordcount", "length", "reverse", "list|join('.')"])
            text = "{% filter " + f + " %} a{{ " + x.render() + " }}b {% endfilter %}"
            return Text(text), [x]
        if shape == "with":
            x, y = e(), e()
            text = "{% with a = " + x.render() + ", b = " + y.render() + " %}{{ a }}|{{ b }}{% endwith %}|{{ a is defined }}"
            return Text(text), [x, y]
        if shape == "macro_kwargs":
            x, y = e(), e()
            text = ("{% macro m(a, b=2) %}{{ a }};{{ b }};{{ kwargs }};{{ varargs }}{% endmacro %}"
                    "{{ m(" + x.render() + ", b=" + y.render() + ", z=3) }}|{{ m(1, 2, 3, 4) }}|{{ m.name }}{{ m.arguments }}")
            return Text(text), [x, y]
        if shape == "do":
            x, y = e(), self.texpr("list")
            text = ("{% set acc = " + y.render() + " %}{% do acc.append(" + x.render() + ") %}{% do acc.extend([1]) %}"
                    "{{ acc }}|{{ acc.pop() }}|{{ acc|length }}")
            return Text(text), [x, y]
        if shape == "set_tuple":
            x, y = e(), e()
            text = "{% set p, q = " + x.render() + ", " + y.render() + " %}{{ p }}/{{ q }}{% set (u, v) = [1, 2] %}{{ u + v }}"
            return Text(text), [x, y]
        if shape == "cycler":
            x = self.texpr("list")
            text = ("{% set c = cycler('odd', 'even') %}{% set j = joiner(' | ') %}{% for v in " + x.render() + " %}"
                    "{{ j() }}{{ c.next() }}:{{ v }}{% endfor %}/{{ c.current }}")
            return Text(text), [x]
        if shape == "whitespace":
            x, y = self.texpr("bool"), e()
            text = ("a  {%- if " + x.render() + " -%}  \n  {{ y }}  {%- else +%} n {% endif -%}  \n z\n  {#- c -#}  "
                    "{{- " + y.render() + " +}}  ").replace("{{ y }}", "{{ " + y.render() + " }}")
            return Text(text), [x, y]
        if shape == "values":
            x = e()
            text = ("{{ (1, 'a') }} {{ (none,) }} {{ {'a': [1.5, none, true], 2: 'b'} }} {{ 1e100 }} {{ -0.0 }} "
                    "{{ 'x'|safe }} {{ range(3) }} {{ dict(a=1).items() }} {{ {'a': 1}.keys() }} {{ 10 ** 20 }} "
                    "{{ 0.1 + 0.2 }} {{ 'it\'s' }} {{ [\"q'\"] }} {{ " + x.render() + " }}")
            return Text(text), [x]
        if shape == "block_set":
            x = e()
            text = "{% set v | upper %}x{{ " + x.render() + " }}{% endset %}{{ v }}|{{ v|length }}"
            return Text(text), [x]
        xs = [e() for _ in range(3)]
        text = "\n".join("line {{ " + x.render() + " }}" for x in xs)
        return Text(text), xs


def rebuild(shape_text, old_parts, new_parts):
    """Re-render a template after its expressions were replaced by smaller ones."""
    text = shape_text
    for old, new in zip(old_parts, new_parts):
        text = text.replace(old, new, 1)
    return text
