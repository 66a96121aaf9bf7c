#!/usr/bin/env python3
"""Runs the Jinja2 and the C# render benchmarks in one go and prints a markdown table with the ratios.

    python3 bench/jinja/run.py [--seconds 1] [--rounds 3]

Both sides render the same templates (bench/jinja/templates) with the same variables (variables.json),
compiled once; 'compile' is the cost of turning the source into a renderable template.
The 'same output' column compares sha256 of the outputs: a fast wrong answer is not a result.
"""
import argparse
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
RUNNER = os.path.join(HERE, "Runner")
RUNNER_DLL = os.path.join(RUNNER, "bin", "Release", "net10.0", "entrypoint-jinja-bench.dll")


def lines_of_json(command):
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"bench: {' '.join(command)} failed:\n{done.stderr[-3000:]}")
    return {row["template"]: row for row in map(json.loads, done.stdout.splitlines()) if row}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", default="1.0")
    parser.add_argument("--rounds", default="3")
    args = parser.parse_args()

    subprocess.run(["dotnet", "build", RUNNER, "-c", "Release", "-v", "q", "-nologo"], check=True, stdout=subprocess.DEVNULL)
    # One template at a time, Jinja2 then ours: on a shared machine the load drifts, and measuring both sides
    # of a ratio close together keeps the drift out of it.
    with open(os.path.join(HERE, "variables.json"), encoding="utf-8") as f:
        names = list(json.load(f))
    python, ours = {}, {}
    for name in names:
        python |= lines_of_json([sys.executable, os.path.join(HERE, "jinja_bench.py"), "--seconds", args.seconds,
                                 "--rounds", args.rounds, "--only", name])
        ours |= lines_of_json(["dotnet", RUNNER_DLL, HERE, args.seconds, args.rounds, name, "--json"])

    print("| template | same output | Jinja2 renders/s | ours renders/s | render ratio | ours, plain .NET values | Jinja2 compile | ours compile | compile ratio |")
    print("|---|---|---:|---:|---:|---:|---:|---:|---:|")
    for name, py in python.items():
        cs = ours[name]
        if "error" in cs:
            print(f"| {name} | ours fails: {cs['error'][:80]} | {py['renders_per_second']:,.0f} | | | | "
                  f"{py['compile_microseconds'] / 1000:,.2f} ms | | |")
            continue
        same = "yes" if cs["output_sha256"] == py["output_sha256"] else "**no**"
        print(f"| {name} | {same} | {py['renders_per_second']:,.0f} | {cs['renders_per_second']:,.0f} "
              f"| {cs['renders_per_second'] / py['renders_per_second']:.1f}x "
              f"| {cs['renders_per_second_plain_values']:,.0f} ({cs['renders_per_second_plain_values'] / py['renders_per_second']:.1f}x) "
              f"| {py['compile_microseconds'] / 1000:,.2f} ms | {cs['compile_microseconds'] / 1000:,.2f} ms "
              f"| {py['compile_microseconds'] / cs['compile_microseconds']:.1f}x |")
    print(f"\nbest of {args.rounds} rounds of {args.seconds} s each, same machine, same run; ratio > 1 means we are faster.")
    print("'ours' renders variables already held as engine values (PyDict/PyList), as Jinja2 gets Python dicts;")
    print("'plain .NET values' hands Render dictionaries and lists, which it converts on every call.")


if __name__ == "__main__":
    main()
