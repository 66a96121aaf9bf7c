#!/bin/sh
# Runs examples/demo/app.sh under entrypoint with -v and sends it a HUP, then a TERM, as `docker kill -s HUP` and
# `docker stop` would. Watch entrypoint forward each signal to the whole session, give the worker left behind
# its grace period to flush, and pass on the app's exit status.
set -eu
bin=${1:-dist/entrypoint}
here=$(cd "$(dirname "$0")" && pwd)
"$bin" -v --grace-period 5s -- sh "$here/app.sh" &
pid=$!
sleep 1
echo "demo: kill -HUP $pid"
kill -HUP "$pid"
sleep 1
echo "demo: kill -TERM $pid"
kill -TERM "$pid"
status=0
wait "$pid" || status=$?
echo "demo: entrypoint exited with status $status"
