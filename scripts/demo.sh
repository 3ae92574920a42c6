#!/usr/bin/env bash
# Fresh machine to running demo: system libraries, a virtual environment, the app on its demo account.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/system-packages.sh
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e .
exec .venv/bin/tpop-desktop --demo "$@"
