#!/usr/bin/env bash
# Fresh machine to a full test run: system packages, a virtual environment, the layer check, then
# every test inside a private D-Bus session with a real, unlocked Secret Service and an X server.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/system-packages.sh --test
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e '.[test]'
export PATH="$PWD/.venv/bin:$PATH"
lint-imports
export TPOP_TEST_REQUIRE_KEYRING=1 TPOP_TEST_REQUIRE_XVFB=1 TPOP_TEST_REQUIRE_TOOLS=1
bash tests/run_with_keyring.sh bash tests/run_with_xvfb.sh python -m pytest "$@"
