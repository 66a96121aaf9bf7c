#!/usr/bin/env python3
"""Times Jinja2 rendering the bench templates (precompiled once) with the same variables as the C# runner.
Prints one JSON object per template: renders/second, compile microseconds, output length and sha256."""
import argparse
import hashlib
import json
import os
import time

import jinja2

HERE = os.path.dirname(os.path.abspath(__file__))


def rate(action, seconds, rounds):
    """Best of `rounds` timed runs of about `seconds` each: calls per second."""
    best = 0.0
    for _ in range(rounds):
        count, start = 0, time.perf_counter()
        while True:
            for _ in range(20):
                action()
            count += 20
            elapsed = time.perf_counter() - start
            if elapsed >= seconds:
                break
        best = max(best, count / elapsed)
    return best


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=1.0)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--only", help="measure this template only")
    args = parser.parse_args()

    variables = json.load(open(os.path.join(HERE, "variables.json"), encoding="utf-8"))
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(os.path.join(HERE, "templates")),
                             keep_trailing_newline=True, undefined=jinja2.StrictUndefined,
                             extensions=["jinja2.ext.do"])
    for name, values in variables.items():
        if args.only and name != args.only:
            continue
        template = env.get_template(name)
        source = open(os.path.join(HERE, "templates", name), encoding="utf-8").read()
        output = template.render(values)
        rate(lambda: template.render(values), args.seconds / 2, 1)  # warm-up
        renders = rate(lambda: template.render(values), args.seconds, args.rounds)
        compiles = rate(lambda: env.from_string(source), args.seconds, args.rounds)
        print(json.dumps({"template": name, "renders_per_second": renders, "compile_microseconds": 1e6 / compiles,
                          "output_chars": len(output),
                          "output_sha256": hashlib.sha256(output.encode("utf-8")).hexdigest()}), flush=True)


if __name__ == "__main__":
    main()
