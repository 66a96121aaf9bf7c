#!/usr/bin/env python3
"""The Python side of the seed-parity test: render a seed-style setup the way the original entrypoint did.

The original cannot start under Jinja2 3.x (it imports the removed jinja2.contextfunction), so this script
follows its documented steps directly: variables = yaml.safe_load(VARIABLES) updated with the environment;
every hooks/*.py module imported in name order and its prehook(variables) called; every file under TEMPLATES
rendered with Environment(FileSystemLoader([TEMPLATES, JINJA]), keep_trailing_newline=True,
undefined=StrictUndefined, extensions=['jinja2.ext.do']) to the same relative path; hook() and posthook()
called. It writes a JSON manifest (relative path -> content) that the C# test compares byte for byte; modes are
compared with the templates' own in the checkout (git keeps only the executable bit, so they are not recorded).

usage: render.py VARIABLES TEMPLATES JINJA HOOKS MANIFEST   (run with a controlled environment, e.g. env -i)
"""
import importlib.util
import json
import os
import sys

import jinja2
import yaml

sys.dont_write_bytecode = True  # leave no __pycache__ in the hook directories


def load_hooks(hooks_dir):
    modules = []
    if not os.path.isdir(hooks_dir):
        return modules
    for name in sorted(os.listdir(hooks_dir)):
        if not name.endswith(".py"):
            continue
        spec = importlib.util.spec_from_file_location("entrypoint_hook_" + name[:-3], os.path.join(hooks_dir, name))
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        modules.append(module)
    return modules


def call_all(modules, phase, variables):
    for module in modules:
        if hasattr(module, phase):
            getattr(module, phase)(variables)


def main(variables_file, templates, jinja_root, hooks_dir, manifest_path):
    with open(variables_file) as stream:
        variables = yaml.safe_load(stream) or {}
    variables.update(os.environ)
    modules = load_hooks(hooks_dir)
    call_all(modules, "prehook", variables)
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader([templates, jinja_root]),
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
        extensions=["jinja2.ext.do"],
    )
    manifest = {}
    for directory, _, files in os.walk(templates):
        for name in sorted(files):
            path = os.path.join(directory, name)
            relative = os.path.relpath(path, templates)
            manifest[relative] = env.get_template(relative).render(variables)
    call_all(modules, "hook", variables)
    call_all(modules, "posthook", variables)
    with open(manifest_path, "w") as out:
        json.dump(dict(sorted(manifest.items())), out, indent=2, sort_keys=True)
        out.write("\n")


if __name__ == "__main__":
    main(*sys.argv[1:6])
