#!/usr/bin/env python3
"""Jinja2 side of the loop micro-benchmark (bench/jinja/loop): 1000 iterations of getattr, arithmetic,
a comparison and output per render; prints milliseconds per 200 renders (best of 5)."""
import os
import time

import jinja2

HERE = os.path.dirname(os.path.abspath(__file__))
env = jinja2.Environment(keep_trailing_newline=True, undefined=jinja2.StrictUndefined)
template = env.from_string(open(os.path.join(HERE, "loop.j2"), encoding="utf-8").read())
items = [{"name": f"item{i}", "value": i} for i in range(1000)]
template.render(items=items)
best = min(
    (lambda start: (lambda: [template.render(items=items) for _ in range(200)])() and time.perf_counter() - start)(time.perf_counter())
    for _ in range(5)
)
print(f"jinja2: {best * 1000:.0f} ms per 200 renders")
