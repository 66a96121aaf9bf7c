#!/usr/bin/env python3
"""Writes a seeded set of random mutations of the YAML corpus with what PyYAML makes of each.

The corpus cases are hand-picked; these are not. They catch the dangerous kind of difference: a file both
loaders accept but read differently. The C# test holds us to "never a different value" on them.
Usage: python3 tools/yaml-oracle/mutate.py   (from the repository root; needs PyYAML 6.0.3)
"""
import json
import os
import random

import generate

EXPECTED = os.path.join(generate.ROOT, "tests/Entrypoint.Configuration.Tests/Yaml/mutations.expected.json")
COUNT = 3000
# Characters that matter to YAML's syntax and typing, so mutations land on interesting spellings.
ALPHABET = "[]{}:,-?!&*'\"|>#%@` \n~.0123456789abcxyzeE+_<=TZ"
SCALAR_PIECES = ["0", "-0", "0x", "0b1", "1_0", "1:2", "12:60", "1.5e3", "1.e+3", ".5", "-.5", "+.inf", ".NaN",
                 "2001-1-1", "2001-01-01", "2001-01-01 1:02:03", "2001-01-01T01:02:03.5+1", "y", "Yes", "oN",
                 "NULL", "~", "<<", "=", "0o7", "08", "0_7", "1__2", "1_:30", "+1:30.5", "0:0", "1:0", "01:30"]


def mutated(rng, cases):
    if rng.random() < 0.4:
        # A scalar assembled from pieces that sit near the edges of the resolver's rules.
        pieces = [rng.choice(SCALAR_PIECES) if rng.random() < 0.5 else rng.choice("0123456789_:.-+eExb")
                  for _ in range(rng.randint(1, 3))]
        return "v: " + "".join(pieces) + "\n"
    chars = list(rng.choice(cases))
    for _ in range(rng.randint(1, 3)):
        op, at = rng.randrange(3), rng.randrange(len(chars) + 1)
        if op == 0 and at < len(chars):
            del chars[at]
        elif op == 1:
            chars.insert(at, rng.choice(ALPHABET))
        elif at < len(chars):
            chars[at] = rng.choice(ALPHABET)
    return "".join(chars)


def main():
    cases = [text for _, text in generate.read_cases(generate.CORPUS) if text]
    rng = random.Random(20240301)
    result = []
    for _ in range(COUNT):
        text = mutated(rng, cases)
        result.append(dict(text=text, **generate.outcome(text)))
    with open(EXPECTED, "w", encoding="utf-8") as f:
        json.dump(result, f, ensure_ascii=False, indent=0)
        f.write("\n")
    print("%d mutations -> %s" % (len(result), os.path.relpath(EXPECTED, generate.ROOT)))


if __name__ == "__main__":
    main()
