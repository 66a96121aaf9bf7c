#!/usr/bin/env python3
"""Differential fuzzer: random templates rendered by Jinja2 (in-process) and by our engine (one CLI run
per batch), compared as output-equal or error-in-both with the same class.

    python3 tools/jinja-fuzz/fuzz.py --cases 10000 --seed 1

Most cases come from a typed grammar (grammar.py) so that about 60% render output; the rest are untyped
and mostly end in errors, which must then be the same class of error. Cases Jinja cannot judge fairly (documented
differences in docs/jinja.md, open runtime bugs) are excluded by named rules, counted and printed per run.

Mismatches are minimized (expressions replaced by their sub-expressions while the mismatch persists)
and saved as corpus-shaped JSON (see --out), ready to be turned into corpus cases.
"""
import sys
sys.dont_write_bytecode = True  # keep tools/ free of __pycache__

import argparse
import json
import os
import random
import re
import resource
import signal
import subprocess
import warnings

# Jinja compiles constant subscripts like 1[0] to Python source, which makes CPython warn; not our business.
warnings.filterwarnings("ignore", category=SyntaxWarning)

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", ".."))
sys.path.insert(0, os.path.join(REPO, "tools", "jinja-oracle"))

from case_source import OPTION_DEFAULTS  # noqa: E402
from reference import render_case  # noqa: E402
from grammar import Generator  # noqa: E402
from jinja2 import nodes  # noqa: E402

CLI_PROJECT = os.path.join(REPO, "tools", "Entrypoint.Jinja.Cli")
CLI_DLL = os.path.join(CLI_PROJECT, "bin", "Release", "net10.0", "entrypoint-jinja-cli.dll")
PYTHON_TIMEOUT_SECONDS = 2
PYTHON_ADDRESS_SPACE = 2 * 1024 ** 3


class PythonTimeout(Exception):
    pass


def _alarm(signum, frame):
    raise PythonTimeout()


# Cases Jinja cannot judge fairly, each a deliberate deviation documented in docs/jinja.md. They are
# counted per reason and reported, never dropped silently.
EXCLUDED = {}
RENDERED = []  # per judged case: did Jinja render output (rather than raise)?


def exclude(reason):
    EXCLUDED[reason] = EXCLUDED.get(reason, 0) + 1
    return None


def _without_failing_folds(render):
    """Render with Jinja's optimizer unable to fold a slice of a constant or to raise while folding
    and/or/if-else/~/dict literals: the runtime semantics, which our engine implements (see docs/jinja.md)."""
    raising = (nodes.And, nodes.Or, nodes.CondExpr, nodes.Concat, nodes.Dict)
    saved = {cls: cls.as_const for cls in (nodes.Getitem,) + raising}

    def no_raise(original):
        def as_const(self, eval_ctx=None):
            try:
                return original(self, eval_ctx)
            except nodes.Impossible:
                raise
            except Exception as exc:
                raise nodes.Impossible() from exc
        return as_const

    def getitem(self, eval_ctx=None):
        if isinstance(self.arg, nodes.Slice):
            raise nodes.Impossible()
        return saved[nodes.Getitem](self, eval_ctx)

    try:
        for cls in raising:
            cls.as_const = no_raise(saved[cls])
        nodes.Getitem.as_const = getitem
        return render()
    finally:
        for cls, original in saved.items():
            cls.as_const = original


# Bugs in the runtime (src/Entrypoint.Jinja/Runtime, another owner) reported in /work/briefs/runtime-bugs.md:
# cases that hit them are counted and excluded until the fix lands; then delete the entry.
KNOWN_RUNTIME_BUGS = []


def _letters(result):
    return re.sub(r"[^a-z0-9]", "", json.dumps(result).lower())


def jinja_result(case):
    """Jinja2's answer, or None when the case is unfit for comparison (slow, huge, or nondeterministic)."""
    if "lipsum" in case["templates"]["main"]:
        return exclude("lipsum is random")
    for reason, pattern in KNOWN_RUNTIME_BUGS:
        if pattern.search(case["templates"]["main"]):
            return exclude(reason)
    signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(PYTHON_TIMEOUT_SECONDS)
    # A huge allocation ('abc' * 10**9) must become Python's MemoryError, not an OOM kill of the fuzzer
    # (the alarm cannot interrupt C code). Only around Jinja: the .NET CLI needs a large address space.
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    resource.setrlimit(resource.RLIMIT_AS, (PYTHON_ADDRESS_SPACE, hard))
    try:
        result = render_case(case)
        if result != _without_failing_folds(lambda: render_case(case)):
            return exclude("Jinja's optimizer folds a failing constant lookup at compile time")
    except PythonTimeout:
        return exclude("Jinja takes over 2 s")
    finally:
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))
        signal.alarm(0)
    text = json.dumps(result)
    if result.get("error", {}).get("type") == "NameError":
        return exclude("Jinja's optimizer writes a folded inf/nan into its Python code as an unknown name")
    if len(text) > 20000:
        return exclude("output over 20000 characters")
    if " at 0x" in text.lower() or re.search(r"at0x[0-9a-f]{8}", _letters(result)):
        return exclude("prints an object's memory address")
    return result


def engine_results(cases):
    batch = json.dumps({"cases": cases}, ensure_ascii=False).encode("utf-8")
    done = subprocess.run(["dotnet", CLI_DLL], input=batch, capture_output=True, timeout=600)
    if done.returncode != 0:
        sys.exit(f"fuzz: the CLI failed ({done.returncode}): {done.stderr.decode(errors='replace')[:2000]}")
    return {r["id"]: r for r in json.loads(done.stdout)["results"]}


def agrees(expected, actual):
    if "output" in expected:
        return actual.get("output") == expected["output"]
    if "error" not in actual:
        return False
    return actual["error"]["type"] == expected["error"]["type"]


def make_case(case_id, text, variables, undefined):
    options = dict(OPTION_DEFAULTS)
    options["undefined"] = undefined
    return {"id": case_id, "entry": "main", "templates": {"main": text}, "variables": variables, "options": options}


def generate(count, seed):
    """[(case, expression nodes)] -- the nodes let a mismatch be shrunk later."""
    rng = random.Random(seed)
    gen = Generator(rng)
    out = []
    for i in range(count):
        shape, parts = gen.template()
        undefined = "Strict" if rng.random() < 0.8 else "Default"
        out.append((make_case(f"fuzz-{seed}-{i}", shape.render(), gen.variables(), undefined), parts))
    return out


def compare(cases):
    """Returns [(case, expected, actual)] for mismatches; cases Jinja cannot judge are dropped."""
    judged = []
    for case, parts in cases:
        expected = jinja_result(case)
        if expected is not None:
            judged.append((case, parts, expected))
            RENDERED.append("output" in expected)
    actual = engine_results([c for c, _, _ in judged]) if judged else {}
    mismatches = [(c, p, e, actual[c["id"]]) for c, p, e in judged if not agrees(e, actual[c["id"]])]
    return len(judged), mismatches


def shrink_candidates(case, parts):
    text = case["templates"]["main"]
    for index, node in enumerate(parts):
        old = node.render()
        for child in node.children():
            new_parts = list(parts)
            new_parts[index] = child
            candidate = dict(case, templates={"main": text.replace(old, child.render(), 1)})
            yield candidate, new_parts


def minimize(mismatches, rounds=25):
    """Greedy: keep replacing an expression by one of its children while the mismatch persists."""
    excluded, rendered = dict(EXCLUDED), list(RENDERED)  # shrinking must not skew the statistics
    try:
        return _minimize(mismatches, rounds)
    finally:
        EXCLUDED.clear()
        EXCLUDED.update(excluded)
        RENDERED[:] = rendered


def _minimize(mismatches, rounds):
    current = {m[0]["id"]: m for m in mismatches}
    for _ in range(rounds):
        batch = []
        for case_id, (case, parts, _, _) in current.items():
            for n, (candidate, new_parts) in enumerate(shrink_candidates(case, parts)):
                batch.append((dict(candidate, id=f"{case_id}~{n}"), new_parts))
        if not batch:
            break
        _, still = compare(batch)
        improved = False
        for candidate, new_parts, expected, actual in still:
            origin = candidate["id"].split("~")[0]
            if origin in current and len(candidate["templates"]["main"]) < len(current[origin][0]["templates"]["main"]):
                current[origin] = (dict(candidate, id=origin), new_parts, expected, actual)
                improved = True
        if not improved:
            break
    return list(current.values())


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cases", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--batch", type=int, default=1000, help="cases per CLI run")
    parser.add_argument("--out", default="/tmp/jinja-fuzz-mismatches.json")
    parser.add_argument("--no-build", action="store_true", help="use the CLI already built")
    parser.add_argument("--no-minimize", action="store_true")
    args = parser.parse_args()

    if not args.no_build:
        subprocess.run(["dotnet", "build", CLI_PROJECT, "-c", "Release", "-v", "q", "-nologo"], check=True,
                       stdout=subprocess.DEVNULL)

    total_judged, all_mismatches = 0, []
    for start in range(0, args.cases, args.batch):
        cases = generate(min(args.batch, args.cases - start), args.seed * 1_000_003 + start)
        judged, mismatches = compare(cases)
        total_judged += judged
        all_mismatches.extend(mismatches)
        print(f"fuzz: {start + len(cases)}/{args.cases} generated, {total_judged} compared, "
              f"{len(all_mismatches)} mismatches", flush=True)

    if all_mismatches and not args.no_minimize:
        all_mismatches = minimize(all_mismatches)

    by_kind = {}
    report = []
    for case, _, expected, actual in all_mismatches:
        kind = actual.get("error", {}).get("type", "output") + " vs " + expected.get("error", {}).get("type", "output")
        by_kind[kind] = by_kind.get(kind, 0) + 1
        report.append(dict(case, expected=expected, actual=actual))
    with open(args.out, "w", encoding="utf-8") as f:
        json.dump({"seed": args.seed, "cases": args.cases, "compared": total_judged, "mismatches": report},
                  f, indent=1, ensure_ascii=False)
        f.write("\n")
    rendered = sum(1 for m in RENDERED if m)
    print(f"fuzz: seed {args.seed}: {total_judged} compared, {len(report)} mismatches, "
          f"{100.0 * rendered / max(1, len(RENDERED)):.1f}% render output in Jinja -> {args.out}")
    for reason, count in sorted(EXCLUDED.items(), key=lambda kv: -kv[1]):
        print(f"  {count:5}  excluded: {reason}")
    for kind, count in sorted(by_kind.items(), key=lambda kv: -kv[1]):
        print(f"  {count:5}  ours {kind.split(' vs ')[0]} / jinja {kind.split(' vs ')[1]}")
    return 1 if report else 0


if __name__ == "__main__":
    sys.exit(main())
