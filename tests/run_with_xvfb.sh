#!/usr/bin/env bash
# usage: run_with_xvfb.sh CMD...  Starts Xvfb on a free display for CMD (tests that need a real X
# server and tray set QT_QPA_PLATFORM=xcb themselves); stops it afterwards; returns CMD's exit code.
set -u
if ! command -v Xvfb >/dev/null; then
  exec "$@"
fi
dispfile=$(mktemp)
exec 3>"$dispfile"
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xpid=$!
for _ in $(seq 100); do [ -s "$dispfile" ] && break; sleep 0.05; done
export TPOP_TEST_DISPLAY=":$(head -1 "$dispfile")"
"$@"; rc=$?
kill "$xpid" 2>/dev/null; wait "$xpid" 2>/dev/null
rm -f "$dispfile"
exit $rc
