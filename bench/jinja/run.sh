#!/bin/sh
# `make bench-jinja`: Jinja2 vs our engine on the same templates and variables, as a markdown table.
exec python3 "$(dirname "$0")/run.py" "$@"
