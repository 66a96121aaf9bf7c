#!/bin/sh
# The bundled example, end to end: entrypoint renders examples/demo/templates into a fresh output root with the
# variables and a Python hook, then supervises the rendered service. The demo sends it HUP, then TERM, as
# `docker kill -s HUP` and `docker stop` would: watch each signal reach the whole session, the worker left
# behind get its grace period to flush, and the service's exit status come back.
set -eu
bin=${1:-dist/entrypoint}
here=$(cd "$(dirname "$0")" && pwd)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

# git keeps only the executable bit, so give the templates the modes their outputs should have.
chmod 0640 "$here/templates/etc/app/config.ini"
chmod 0644 "$here/templates/etc/nginx/conf.d/app.conf"
chmod 0755 "$here/templates/usr/local/bin/app"

echo "demo: a dry run first (hooks do not run in a dry run, so the environment supplies 'workers'):"
workers=4 "$bin" -V "$here/variables.yml" -t "$here/templates" -j "$here/jinja" -H "$here/hooks" -o "$out" --dry-run true 2>&1 | sed 's/^/  /'
echo "demo: now for real, rendering $here/templates into $out"
"$bin" -v --grace-period 5s -V "$here/variables.yml" -t "$here/templates" -j "$here/jinja" -H "$here/hooks" -o "$out" \
    -- sh "$out/usr/local/bin/app" &
pid=$!
# Wait for the service to be up (hooks start python3, which takes a moment on a busy machine).
i=0
while [ ! -s "$out/usr/local/bin/app" ] || ! pgrep -f "sh $out/usr/local/bin/app" >/dev/null; do
    i=$((i + 1)); [ $i -lt 300 ] || { echo "demo: the service never came up" >&2; exit 1; }
    sleep 0.1
done
sleep 0.5
echo "demo: rendered files:"
(cd "$out" && find . -type f -exec ls -l {} + | awk '{print "  " $1, $NF}')
echo "demo: $out/etc/nginx/conf.d/app.conf:"
sed 's/^/  | /' "$out/etc/nginx/conf.d/app.conf"
echo "demo: $out/etc/app/config.ini:"
sed 's/^/  | /' "$out/etc/app/config.ini"
echo "demo: kill -HUP $pid"
kill -HUP "$pid"
sleep 1
echo "demo: kill -TERM $pid"
kill -TERM "$pid"
status=0
wait "$pid" || status=$?
echo "demo: entrypoint exited with status $status"
