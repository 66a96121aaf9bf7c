#!/bin/sh
# A small "service": a background worker that needs time to flush on TERM, and a foreground loop that reloads on HUP.
# Naps run in the background, deaf to signals, and are waited for: a signal interrupts the wait at once.
nap() { (trap '' HUP TERM; exec sleep 0.2) & wait $!; }

worker() {
    trap '' HUP
    trap 'echo "worker: TERM received, flushing for a moment..."; sleep 0.5; echo "worker: flushed, bye"; exit 0' TERM
    while :; do nap; done
}
worker &
trap 'echo "app: HUP received, reloading configuration"' HUP
trap 'echo "app: TERM received, stopping now (the worker is left behind)"; exit 0' TERM
echo "app: running as pid $$ (parent $PPID), worker $!"
while :; do nap; done
