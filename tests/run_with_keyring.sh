#!/usr/bin/env bash
# Run a command against a private, unlocked Secret Service, never the user's own keyring.
#
#   bash tests/run_with_keyring.sh python -m pytest -m keyring_service tests/credentials
#
# Throwaway HOME and XDG directories, a private D-Bus session (dbus-run-session), and
# gnome-keyring-daemon unlocked with a random throwaway password, which is exported as
# TPOP_TEST_KEYRING_PASSWORD so tests can lock and unlock the collection again. DISPLAY
# and WAYLAND_DISPLAY are unset so an unlock prompt can never open and block. At the end,
# every gnome-keyring-daemon running with the throwaway HOME is stopped and the
# directory removed. Exits with the command's exit code. Works as root.
# Needs: gnome-keyring dbus dbus-x11 dbus-user-session libsecret-tools (Debian names).
set -u

if [ "$#" -eq 0 ]; then
    echo "usage: $0 COMMAND [ARGS...]" >&2
    exit 2
fi
for tool in dbus-run-session gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "$0: '$tool' not found; install gnome-keyring dbus dbus-user-session libsecret-tools" >&2
        exit 127
    fi
done

KEYRING_ROOT=$(mktemp -d "${TMPDIR:-/tmp}/tpop-keyring.XXXXXXXX")

stop_our_daemons() {
    # Our daemons are exactly the gnome-keyring-daemon processes whose HOME is ours
    # (a daemon can outlive its bus, and tests may have started a replacement).
    local pids="" proc pid
    for proc in /proc/[0-9]*; do
        [ "$(cat "$proc/comm" 2>/dev/null)" = "gnome-keyring-d" ] || continue
        if { tr '\0' '\n' <"$proc/environ"; } 2>/dev/null | grep -qxF "HOME=$KEYRING_ROOT/home"; then
            pid=${proc#/proc/}
            kill "$pid" 2>/dev/null && pids="$pids $pid"
        fi
    done
    for _ in $(seq 50); do
        local alive=""
        for pid in $pids; do
            # A zombie waiting for its reaper counts as gone.
            if kill -0 "$pid" 2>/dev/null && ! grep -q '^State:.*Z' "/proc/$pid/status" 2>/dev/null; then
                alive="$alive $pid"
            fi
        done
        [ -z "$alive" ] && return 0
        pids=$alive
        sleep 0.1
    done
    for pid in $pids; do kill -KILL "$pid" 2>/dev/null; done
}

cleanup() {
    stop_our_daemons
    rm -rf "$KEYRING_ROOT"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

export HOME="$KEYRING_ROOT/home"
export XDG_DATA_HOME="$KEYRING_ROOT/data" XDG_CONFIG_HOME="$KEYRING_ROOT/config"
export XDG_CACHE_HOME="$KEYRING_ROOT/cache" XDG_RUNTIME_DIR="$KEYRING_ROOT/run"
mkdir -p "$HOME" "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$KEYRING_ROOT" "$XDG_RUNTIME_DIR"
unset DISPLAY WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS GNOME_KEYRING_CONTROL PYTHON_KEYRING_BACKEND
TPOP_TEST_KEYRING_PASSWORD=$(od -An -tx1 -N16 /dev/urandom | tr -d ' \n')
export TPOP_TEST_KEYRING_PASSWORD

dbus-run-session -- bash -c '
    set -e
    eval "$(printf "%s" "$TPOP_TEST_KEYRING_PASSWORD" | gnome-keyring-daemon --unlock --components=secrets)"
    export GNOME_KEYRING_CONTROL
    exec "$@"' run_with_keyring "$@"
rc=$?
exit "$rc"
