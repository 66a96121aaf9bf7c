#!/usr/bin/env python3
"""Renders the seed-library corpus with Jinja2 3.1.6 and writes what each case gives.

The C# tests (tests/Entrypoint.Configuration.Tests/SeedLibrary) render the same cases through our engine
and compare; they never run Python. Usage, from the repository root:
    python3 tools/seed-oracle/generate.py
"""
import json
import logging
import os
import sys
import tempfile

import jinja2
from jinja2 import Environment, StrictUndefined

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cases  # noqa: E402
import seed_library  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
EXPECTED = os.path.join(ROOT, "tests/Entrypoint.Configuration.Tests/SeedLibrary/seed-cases.expected.json")
ROOT_MARK = "<root>"


class Captured(logging.Handler):
    def __init__(self):
        super().__init__(logging.DEBUG)
        self.records = []

    def emit(self, record):
        self.records.append([record.levelname, record.getMessage()])


def make_env():
    # The seed's environment: trailing newline kept, StrictUndefined, the do extension.
    env = Environment(keep_trailing_newline=True, undefined=StrictUndefined, extensions=["jinja2.ext.do"])
    env.globals.update(seed_library.GLOBALS)
    env.filters.update(seed_library.FILTERS)
    return env


def build_tree(root):
    for entry in cases.GLOB_TREE:
        path = os.path.join(root, entry.split(" -> ")[0].rstrip("/"))
        if " -> " in entry:
            os.symlink(entry.split(" -> ")[1], path)
        elif entry.endswith("/"):
            os.mkdir(path)
        else:
            with open(path, "w") as f:
                f.write(entry)


def render(env, template, variables, root, handler):
    handler.records.clear()
    try:
        out = {"output": env.from_string(template).render(dict(variables, root=root)).replace(root, ROOT_MARK)}
    except Exception as e:  # every failure is an expected outcome to compare
        out = {"error": type(e).__name__, "message": str(e).replace(root, ROOT_MARK)}
    if handler.records:
        out["log"] = [list(r) for r in handler.records]
    return out


def main():
    assert jinja2.__version__ == "3.1.6", jinja2.__version__
    handler = Captured()
    seed_library.LOG.addHandler(handler)
    seed_library.LOG.setLevel(logging.DEBUG)
    seed_library.LOG.propagate = False
    env = make_env()
    names = set()
    result = {"fixture": cases.GLOB_TREE, "cases": []}
    with tempfile.TemporaryDirectory() as tmp:
        root = os.path.join(tmp, "tree")
        os.mkdir(root)
        build_tree(root)
        for name, template, variables in cases.CASES:
            assert name not in names, name
            names.add(name)
            case = {"name": name, "template": template, "variables": variables}
            case.update(render(env, template, variables, root, handler))
            result["cases"].append(case)
    with open(EXPECTED, "w", encoding="utf-8") as f:
        json.dump(result, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"{len(result['cases'])} cases -> {os.path.relpath(EXPECTED, ROOT)}")


if __name__ == "__main__":
    main()
