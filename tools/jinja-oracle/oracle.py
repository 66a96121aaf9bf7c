#!/usr/bin/env python3
"""Render the conformance corpus with the installed Jinja2 and write the expected results.

Sources:   tests/Entrypoint.Jinja.Tests/Corpus/sources/<topic>.cases   (format: see README.md here)
Generated: tests/Entrypoint.Jinja.Tests/Corpus/expected/<topic>.json

The generated files hold the inputs and Jinja2's answer, so the C# tests never need Python.
Running this twice gives no diff: files are written in source order with a fixed key order.
"""
import sys
sys.dont_write_bytecode = True  # keep tools/ free of __pycache__

import argparse
import json
import os

import jinja2

from case_source import parse_case_file
from reference import render_case

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
CORPUS = os.path.join(REPO, "tests", "Entrypoint.Jinja.Tests", "Corpus")
EXPECTED_VERSION = "3.1.6"


def generate_topic(source_path, out_dir):
    topic = os.path.splitext(os.path.basename(source_path))[0]
    cases = parse_case_file(source_path, topic)
    rendered = []
    for case in cases:
        entry = dict(case)
        entry["expected"] = render_case(case)
        if " at 0x" in json.dumps(entry["expected"]):
            sys.exit(f"oracle: {case['id']} prints an object address, which differs on every run: {entry['expected']}")
        rendered.append(entry)
    document = {"topic": topic, "jinja2": jinja2.__version__, "cases": rendered}
    text = json.dumps(document, indent=1, ensure_ascii=False, allow_nan=False) + "\n"
    out_path = os.path.join(out_dir, topic + ".json")
    with open(out_path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    return topic, rendered


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("topics", nargs="*", help="only these topics (file names without .cases)")
    parser.add_argument("--sources", default=os.path.join(CORPUS, "sources"))
    parser.add_argument("--out", default=os.path.join(CORPUS, "expected"))
    parser.add_argument("--show", action="store_true", help="print every case and its result")
    args = parser.parse_args()

    if jinja2.__version__ != EXPECTED_VERSION:
        sys.exit(f"oracle: expected Jinja2 {EXPECTED_VERSION}, found {jinja2.__version__}")

    names = sorted(n for n in os.listdir(args.sources) if n.endswith(".cases"))
    if args.topics:
        names = [n for n in names if n[:-len(".cases")] in args.topics]
    seen_ids = set()
    total = 0
    for name in names:
        topic, cases = generate_topic(os.path.join(args.sources, name), args.out)
        for case in cases:
            if case["id"] in seen_ids:
                sys.exit(f"oracle: duplicate case id {case['id']}")
            seen_ids.add(case["id"])
            if args.show:
                print(f"{case['id']}: {json.dumps(case['expected'], ensure_ascii=False)}")
        print(f"{topic:24} {len(cases):4} cases")
        total += len(cases)
    print(f"{'total':24} {total:4} cases")


if __name__ == "__main__":
    main()
