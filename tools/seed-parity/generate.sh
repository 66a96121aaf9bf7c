#!/bin/sh
# Regenerates the expected files of the seed-parity test from the bundled example, with the same small,
# fixed environment the test gives entrypoint.
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
here=$root/tests/Entrypoint.Tests/Configuration/SeedParity
python=$(command -v python3)
render() { # NAME SETUP_DIR
    env -i PATH=/usr/bin:/bin PARITY=from-environment "$python" "$root/tools/seed-parity/render.py" \
        "$2/variables.yml" "$2/templates" "$2/jinja" "$2/hooks" "$here/$1.expected.json" >/dev/null
}
render demo "$root/examples/demo"
render tree "$here/tree"
