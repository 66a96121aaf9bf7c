"""Parse the human-editable corpus source format (*.cases) into case dictionaries.

A case is a block of lines that starts with a `%% case` directive:

    %% case <id>                 start a case; the lines that follow are the template "main"
    %% case <id> :: <text>       one-line case: <text> is the whole template "main" (no newline)
    %% vars <json object>        variables (merged over the file's `%% shared-vars`)
    %% options <json object>     environment options that differ from the reference environment
    %% template <name>           the lines that follow are the template <name> (for include/import/extends)
    %% entry <name>              render <name> instead of "main"
    %% newline                   append one "\\n" to the template being written (bodies otherwise end without one)
    %% crlf                      the template being written uses "\\r\\n" line endings
    %%# ...                      comment
    %% shared-vars <json object> (outside a case) variables every later case of the file starts from

A template body is its lines joined with "\\n"; trailing blank lines are dropped so cases can be
separated by blank lines. Lines before the first case that are not directives are ignored.
"""
import json
import re

DIRECTIVE = re.compile(r"^%% ?(case|vars|options|template|entry|newline|crlf|shared-vars)\b ?(.*)$")
CASE_ID = re.compile(r"^[a-z0-9][a-z0-9_.-]*$")

OPTION_DEFAULTS = {
    "trim_blocks": False,
    "lstrip_blocks": False,
    "keep_trailing_newline": True,
    "autoescape": False,
    "undefined": "Strict",
}
UNDEFINED_KINDS = ("Default", "Strict", "Chainable", "Debug")


class CaseSourceError(Exception):
    pass


def _json_object(text, where):
    try:
        value = json.loads(text)
    except json.JSONDecodeError as e:
        raise CaseSourceError(f"{where}: invalid JSON: {e}") from None
    if not isinstance(value, dict):
        raise CaseSourceError(f"{where}: expected a JSON object")
    return value


def _finish_body(lines):
    while lines and lines[-1] == "":
        lines.pop()
    return "\n".join(lines)


def parse_case_file(path, topic):
    with open(path, encoding="utf-8") as f:
        raw_lines = f.read().split("\n")

    cases = []
    shared_vars = {}
    current = None          # the case being built
    bodies = None           # template name -> list of lines
    body_name = None        # template receiving body lines
    extra_newline = None    # template names that end with explicit newlines
    crlf = None             # template names written with \r\n line endings

    def close_case():
        if current is None:
            return
        templates = {}
        for name, lines in bodies.items():
            text = _finish_body(lines) + "\n" * extra_newline.get(name, 0)
            templates[name] = text.replace("\n", "\r\n") if name in crlf else text
        if current["entry"] not in templates:
            raise CaseSourceError(f"{path}: case {current['id']}: no template named {current['entry']!r}")
        current["templates"] = templates
        cases.append(current)

    for number, line in enumerate(raw_lines, start=1):
        where = f"{path}:{number}"
        if line.startswith("%%#"):
            continue
        match = DIRECTIVE.match(line)
        if not match:
            if current is not None:
                bodies[body_name].append(line)
            elif line.strip() and not line.startswith("#"):
                raise CaseSourceError(f"{where}: text outside a case")
            continue
        kind, rest = match.group(1), match.group(2)
        if kind == "case":
            close_case()
            local_id, _, inline = rest.partition(" :: ")
            local_id = local_id.strip()
            if not CASE_ID.match(local_id):
                raise CaseSourceError(f"{where}: bad case id {local_id!r}")
            current = {
                "id": f"{topic}/{local_id}",
                "entry": "main",
                "templates": None,
                "variables": dict(shared_vars),
                "options": dict(OPTION_DEFAULTS),
            }
            bodies = {"main": [inline] if " :: " in rest else []}
            body_name = "main"
            extra_newline = {}
            crlf = set()
        elif kind == "shared-vars":
            if current is not None:
                raise CaseSourceError(f"{where}: shared-vars must come before the cases it applies to")
            shared_vars = _json_object(rest, where)
        elif current is None:
            raise CaseSourceError(f"{where}: %% {kind} outside a case")
        elif kind == "vars":
            current["variables"].update(_json_object(rest, where))
        elif kind == "options":
            for key, value in _json_object(rest, where).items():
                if key not in OPTION_DEFAULTS:
                    raise CaseSourceError(f"{where}: unknown option {key!r}")
                if key == "undefined" and value not in UNDEFINED_KINDS:
                    raise CaseSourceError(f"{where}: undefined must be one of {UNDEFINED_KINDS}")
                current["options"][key] = value
        elif kind == "template":
            body_name = rest.strip()
            bodies.setdefault(body_name, [])
        elif kind == "entry":
            current["entry"] = rest.strip()
        elif kind == "crlf":
            crlf.add(body_name)
        elif kind == "newline":
            extra_newline[body_name] = extra_newline.get(body_name, 0) + 1
    close_case()
    return cases
