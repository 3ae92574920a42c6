#!/usr/bin/env bash
# Fresh machine to running demo: system libraries, a virtual environment, the app on its demo account.
# A second run skips what is already done (the packages, the install while nothing it reads changed).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  echo "No display found: start the demo from a desktop session (DISPLAY or WAYLAND_DISPLAY is not set)." >&2
  exit 1
fi
bash scripts/system-packages.sh
[ -x .venv/bin/python ] || python3 -m venv .venv
stamp=.venv/.tpop-desktop-installed
wanted=$(cat pyproject.toml setup.py resources/translations/*.ts | sha256sum | cut -d' ' -f1)
if [ "$(cat "$stamp" 2>/dev/null)" != "$wanted" ] || [ ! -x .venv/bin/tpop-desktop ]; then
  echo "Installing TPOP Desktop into .venv (once)…"
  if ! { .venv/bin/python -m pip install -q --upgrade pip && .venv/bin/python -m pip install -q -e .; } \
      > .venv/install.log 2>&1; then
    cat .venv/install.log >&2
    exit 1
  fi
  echo "$wanted" > "$stamp"
fi
exec .venv/bin/tpop-desktop --demo "$@"
