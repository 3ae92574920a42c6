#!/usr/bin/env bash
# Build the Linux one-folder bundle into dist/tpop-desktop/, start it once on the demo account
# (it must sync and exit 0), then validate the .desktop and AppStream files.
#
# Uses $PYTHON, else the active virtual environment, else ./.venv (where scripts/test.sh puts
# one); the app and its dependencies must be installed there. Run from anywhere.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -z "${PYTHON:-}" ]; then
    if [ -n "${VIRTUAL_ENV:-}" ]; then PYTHON="$VIRTUAL_ENV/bin/python"
    elif [ -x .venv/bin/python ]; then PYTHON=.venv/bin/python
    else echo "build_linux.sh: activate a virtual environment or set PYTHON" >&2; exit 2
    fi
fi
for tool in desktop-file-validate appstreamcli; do
    command -v "$tool" >/dev/null || {
        echo "build_linux.sh: $tool not found; install desktop-file-utils and appstream" \
             "(bash scripts/system-packages.sh --test)" >&2
        exit 2
    }
done
"$PYTHON" -c "import PySide6, keyring, requests, platformdirs, tpop_desktop" || {
    echo "build_linux.sh: install the app into $PYTHON first: pip install -e ." >&2
    exit 2
}
APP_ID="io.github.tpop_desktop.TpopDesktop"
SMOKE_TIMEOUT="${SMOKE_TIMEOUT:-120}"
PYINSTALLER_SPEC="pyinstaller>=6.10"

step() { printf '\n==> %s\n' "$*"; }
started=$(date +%s)

step "PyInstaller into $("$PYTHON" -c 'import sys; print(sys.prefix)')"
"$PYTHON" -m pip install -q "$PYINSTALLER_SPEC"

step "Bundle"
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN packaging/tpop-desktop.spec
bundle="dist/tpop-desktop"
built=$(date +%s)
echo "built in $((built - started)) s, $(du -sh "$bundle" | cut -f1) in $bundle"

step "Smoke test: demo account, first sync, exit 0 (timeout ${SMOKE_TIMEOUT} s)"
smoke_home=$(mktemp -d)
trap 'rm -rf "$smoke_home"' EXIT
set +e
env QT_QPA_PLATFORM=offscreen HOME="$smoke_home" XDG_CONFIG_HOME="$smoke_home/config" \
    XDG_DATA_HOME="$smoke_home/data" XDG_CACHE_HOME="$smoke_home/cache" \
    timeout --kill-after=10 "$SMOKE_TIMEOUT" \
    "$bundle/tpop-desktop" --demo --quit-after-sync --profile "$smoke_home/profile"
status=$?
set -e
if [ "$status" -ne 0 ]; then
    [ "$status" -eq 124 ] && echo "smoke test: no first sync within ${SMOKE_TIMEOUT} s" >&2
    echo "smoke test failed with exit code $status" >&2
    exit 1
fi
echo "smoke test passed"
"$bundle/tpop-desktop" --version

step "Validators"
desktop-file-validate "packaging/linux/$APP_ID.desktop"
appstreamcli validate --no-net "packaging/linux/$APP_ID.metainfo.xml"

echo "done in $(( $(date +%s) - started )) s"
