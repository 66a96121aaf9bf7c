"""The seed's extra Jinja filters and globals, re-stated from their documented behaviour.

The seed (hlub/entrypoint) registers these on a jinja2 Environment. Two things in it cannot run as
published under Jinja2 3.1.6 + Python 3.11, and are modelled here as the seed clearly meant them:
  * `jinja2.contextfunction` no longer exists (removed in 3.1): context() is written with pass_context;
  * log_* call a module-level `log` that the seed never defines (NameError at render time): here they
    log through the `logging` module and return '' so `{{ log_info(...) }}` prints nothing.
Everything else follows the seed call for call, including its quirks: the set operations build Python
sets when they can and fall back to lists when an item is unhashable, and the fallbacks consume lazy
iterables exactly as the seed's do.
"""
import builtins
import glob as globmodule
import json
import logging

from jinja2 import pass_context
from jinja2.defaults import DEFAULT_NAMESPACE


# ---- filters -------------------------------------------------------------------------------------

def split(value, sep=None, maxsplit=-1):
    return value.split(sep, maxsplit)


def to_json(value, *args, **kwargs):
    return json.dumps(value, *args, **kwargs)


def to_pretty_json(value, *args, **kwargs):
    return json.dumps(value, indent=4, sort_keys=True, *args, **kwargs)


def unique(value):
    try:
        return set(value)
    except TypeError:
        # Whatever set() already consumed from a lazy iterable stays consumed, as in the seed.
        kept = []
        for item in value:
            if item not in kept:
                kept.append(item)
        return kept


def union(value, other):
    try:
        return set(value).union(set(other))
    except TypeError:
        return unique(list(value) + list(other))


def intersect(value, other):
    try:
        return set(value).intersection(set(other))
    except TypeError:
        return unique([item for item in value if item in other])


def difference(value, other):
    try:
        return set(value) - set(other)
    except TypeError:
        # filter(), not a generator expression: a filter survives a TypeError raised by its predicate
        # and goes on with the next item, which unique()'s fallback relies on.
        return unique(filter(lambda item: item not in other, value))


def symmetric_difference(value, other):
    try:
        return set(value).symmetric_difference(set(other))
    except TypeError:
        return unique(filter(lambda item: item not in intersect(value, other), union(value, other)))


FILTERS = {
    "split": split,
    "to_json": to_json,
    "to_pretty_json": to_pretty_json,
    "unique": unique,
    "union": union,
    "intersect": intersect,
    "difference": difference,
    "symmetric_difference": symmetric_difference,
}


# ---- globals -------------------------------------------------------------------------------------

def _zip(*args):
    return list(builtins.zip(*args))


_zip.__name__ = _zip.__qualname__ = "<lambda>"  # the seed's zip is a lambda; its errors say so


def glob(pattern):
    return globmodule.glob(pattern)


def iglob(pattern):
    return globmodule.iglob(pattern)


def fatal_error(text):
    raise RuntimeError(text)


LOG = logging.getLogger("seed-oracle")


def _logger(method):
    def log_at(*args, **kwargs):
        getattr(LOG, method)(*args, **kwargs)
        return ""
    return log_at


GLOBALS = {
    "min": builtins.min,
    "max": builtins.max,
    "abs": builtins.abs,
    "all": builtins.all,
    "any": builtins.any,
    "round": builtins.round,
    "zip": _zip,
    "glob": glob,
    "iglob": iglob,
    "fatal_error": fatal_error,
    "log_debug": _logger("debug"),
    "log_info": _logger("info"),
    "log_error": _logger("error"),
    "log_warning": _logger("warning"),
    "log_fatal": _logger("fatal"),
}

# context() hides every name of the seed's globals module (its functions, its imports and the module
# dunders) and Jinja's default namespace, even when a render variable has one of those names.
MODULE_NAMES = ["__name__", "__doc__", "__package__", "__loader__", "__spec__", "__file__", "__cached__",
                "__builtins__", "_builtins", "_glob", "_contextfunction", "_defaults", "context"]
HIDDEN_FROM_CONTEXT = set(GLOBALS) | set(MODULE_NAMES) | set(DEFAULT_NAMESPACE)


@pass_context
def context(ctx):
    return {k: v for k, v in ctx.items() if k not in HIDDEN_FROM_CONTEXT}


GLOBALS["context"] = context
