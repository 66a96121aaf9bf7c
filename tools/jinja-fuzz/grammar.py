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
        names = self.rng.sample(NAMES[:-2], 5)
        values = {name: self.value() for name in names}
        values["t"] = [self.rng.choice(STRINGS), self.rng.choice(SMALL_INTS)]
        values["big"] = self.rng.choice(BIG_INTS)
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

    # ---- templates ----
    def template(self):
        r = self.rng
        e = lambda: self.expr()
        shape = r.choice(["print", "print", "print", "for", "if", "set", "macro", "loopvars", "multi"])
        if shape == "print":
            x = e()
            return Text("{{ " + x.render() + " }}", [x]), [x]
        if shape == "for":
            x, y = e(), e()
            text = "{% for v in " + x.render() + " %}[{{ v }}:{{ " + y.render() + " }}]{% else %}empty{% endfor %}"
            return Text(text), [x, y]
        if shape == "if":
            x, y, z = e(), e(), e()
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
            x = e()
            text = ("{% for v in " + x.render() + " %}{{ loop.index }}{{ loop.revindex0 }}{{ loop.first }}"
                    "{{ loop.last }}{{ loop.length }}{{ loop.cycle('a', 'b') }}{% endfor %}")
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
