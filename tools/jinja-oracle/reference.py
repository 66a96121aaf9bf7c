"""The reference environment (the seed's) and how one case is rendered into an expected result.

Environment(loader=<templates>, keep_trailing_newline=True, undefined=StrictUndefined,
            extensions=['jinja2.ext.do']) unless a case overrides an option.
"""
import copy

import jinja2

UNDEFINED_CLASSES = {
    "Default": jinja2.Undefined,
    "Strict": jinja2.StrictUndefined,
    "Chainable": jinja2.ChainableUndefined,
    "Debug": jinja2.DebugUndefined,
}


class MapLoader(jinja2.BaseLoader):
    """Like DictLoader, but reports the template name as its file name, so traceback frames
    of template code carry the name and the line where a runtime error happened."""

    def __init__(self, templates):
        self.templates = templates

    def get_source(self, environment, template):
        if template not in self.templates:
            raise jinja2.TemplateNotFound(template)
        return self.templates[template], template, lambda: True

    def list_templates(self):
        return sorted(self.templates)


def make_environment(options, templates):
    return jinja2.Environment(
        loader=MapLoader(templates),
        trim_blocks=options["trim_blocks"],
        lstrip_blocks=options["lstrip_blocks"],
        keep_trailing_newline=options["keep_trailing_newline"],
        autoescape=options["autoescape"],
        undefined=UNDEFINED_CLASSES[options["undefined"]],
        extensions=["jinja2.ext.do"],
    )


def _error_location(exc, templates):
    """(template name, line) of the innermost template frame, as Jinja's rewritten traceback shows it."""
    if isinstance(exc, jinja2.TemplateSyntaxError):
        return exc.name, exc.lineno
    name, line = None, None
    tb = exc.__traceback__
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        if filename in templates:
            name, line = filename, tb.tb_lineno
        tb = tb.tb_next
    return name, line


def error_message(exc):
    """What Python prints after 'TypeName: ' -- Jinja errors without their location."""
    if isinstance(exc, jinja2.TemplateError) and exc.message is not None:
        return exc.message
    return str(exc)


def render_case(case):
    """{"output": str} or {"error": {"type", "message", "template", "line"}}."""
    templates = case["templates"]
    try:
        env = make_environment(case["options"], templates)
        # A copy: templates may mutate what they are given ({% do items.append(3) %}), and the case's
        # variables are written to the expected file afterwards and shared with later cases of the file.
        output = env.get_template(case["entry"]).render(copy.deepcopy(case["variables"]))
        return {"output": output}
    except RecursionError:
        return {"error": {"type": "RecursionError", "message": "maximum recursion depth exceeded", "template": None, "line": None}}
    except Exception as exc:  # every exception is a result to record, that is the point of the oracle
        name, line = _error_location(exc, templates)
        return {"error": {"type": type(exc).__name__, "message": error_message(exc), "template": name, "line": line}}
