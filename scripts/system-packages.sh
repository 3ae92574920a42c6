#!/usr/bin/env bash
# Debian/Ubuntu packages the app and its tests need: Qt's X11/offscreen libraries, and a real
# Secret Service (gnome-keyring on a private D-Bus), Xvfb and a notification daemon for tests.
set -euo pipefail
packages=(
  libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0
  libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1
  libfontconfig1 libdbus-1-3 libglib2.0-0 libxrender1 libxi6 fonts-dejavu-core
)
if [ "${1:-}" = "--test" ]; then
  packages+=(gnome-keyring dbus dbus-x11 dbus-user-session libsecret-tools xvfb xauth dunst
             desktop-file-utils appstream binutils)
fi
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if ! command -v apt-get >/dev/null; then
  echo "Please install these packages with your system's package manager: ${missing[*]}" >&2
  exit 0
fi
SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
