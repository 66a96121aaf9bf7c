"""A seed-style hook: prehook runs before rendering and may change the variables."""


def prehook(variables):
    # Two workers per upstream unless the operator says otherwise (e.g. WORKERS=3 in the environment).
    variables.setdefault("workers", 2 * len(variables["upstreams"]))


def posthook(variables):
    print("hook: configuration for %s is in place" % variables["app"]["name"])
