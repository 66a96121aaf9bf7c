#!/usr/bin/env python3
"""Writes what PyYAML's yaml.safe_load makes of every case in the YAML corpus.

The C# tests compare our loader against this committed file and never run Python themselves.
Usage: python3 tools/yaml-oracle/generate.py   (from the repository root; needs PyYAML 6.0.3)
"""
import codecs
import json
import os
import sys

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CORPUS = os.path.join(ROOT, "tests/Entrypoint.Configuration.Tests/Yaml/corpus.yamlcases")
EXPECTED = os.path.join(ROOT, "tests/Entrypoint.Configuration.Tests/Yaml/corpus.expected.json")


def read_cases(path):
    """Yields (name, text) in file order; the format is described at the top of the corpus."""
    cases, name, flags, lines = [], None, (), []

    def finish():
        if name is None:
            return
        body = list(lines)
        while body and body[-1].strip() == "":
            body.pop()
        text = "\n".join(body)
        if body and "raw" not in flags:
            text += "\n"
        if "escape" in flags:
            text = codecs.decode(text.encode("utf-8"), "unicode_escape")
            # unicode_escape reads the source as latin-1; undo that for the non-ASCII characters.
            text = text.encode("latin-1", "backslashreplace").decode("utf-8") if all(ord(c) < 256 for c in text) else text
        cases.append((name, text))

    with open(path, encoding="utf-8") as f:
        for raw in f.read().split("\n"):
            if raw.startswith("=== "):
                finish()
                parts = raw[4:].split()
                name, flags, lines = parts[0], tuple(parts[1:]), []
            elif name is not None:
                lines.append(raw)
    finish()
    return cases


def outcome(text):
    try:
        value = yaml.safe_load(text)
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        return {"error": type(e).__name__, "line": mark.line + 1, "column": mark.column + 1, "problem": e.problem}
    except yaml.YAMLError as e:  # ReaderError has a position but no mark
        return {"error": type(e).__name__, "problem": str(e)}
    except Exception as e:  # constructors raise plain ValueError/KeyError/TypeError for some bad scalars
        return {"error": type(e).__name__, "problem": str(e)}
    return {"repr": repr(value)}


def main():
    if yaml.__version__ != "6.0.3":
        print("warning: expected PyYAML 6.0.3, found " + yaml.__version__, file=sys.stderr)
    result = {}
    for name, text in read_cases(CORPUS):
        if name in result:
            sys.exit("duplicate case name: " + name)
        result[name] = dict(text=text, **outcome(text))
    with open(EXPECTED, "w", encoding="utf-8") as f:
        json.dump(result, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("%d cases -> %s" % (len(result), os.path.relpath(EXPECTED, ROOT)))


if __name__ == "__main__":
    main()
