"""Without a D-Bus session there is no secure storage: say so, and write nothing anywhere."""

from __future__ import annotations

import base64
import json
import os
import subprocess
import sys
from pathlib import Path

TOKEN = "tpop_live_nodbus_5e6f7a8b"

PROBE = """
import json
from tpop_desktop.credentials import Credentials, CredentialsError

credentials = Credentials(timeout=10.0)
status = credentials.status()
outcome = {}
for name, call in [
    ("set", lambda: credentials.set("acct-1", TOKEN)),
    ("get", lambda: credentials.get("acct-1")),
]:
    try:
        call()
        outcome[name] = "ok"
    except CredentialsError as exc:
        outcome[name] = exc.state.value
print(json.dumps({"status": status.state.value, "detail": status.detail, **outcome}))
"""


def _isolated_env(home: Path) -> dict[str, str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if key
        not in {
            "DBUS_SESSION_BUS_ADDRESS",
            "PYTHON_KEYRING_BACKEND",
            "DISPLAY",
            "WAYLAND_DISPLAY",
            "GNOME_KEYRING_CONTROL",
        }
    }
    env["HOME"] = str(home)
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR"):
        path = home / name.lower()
        path.mkdir(mode=0o700)
        env[name] = str(path)
    return env


def _files_containing(root: Path, needles: list[bytes]) -> list[Path]:
    found = []
    for directory, _dirs, files in os.walk(root):
        for name in files:
            path = Path(directory, name)
            data = path.read_bytes()
            if any(needle in data for needle in needles):
                found.append(path)
    return found


def test_without_a_session_bus_storage_is_unavailable_and_no_file_holds_the_token(
    tmp_path,
) -> None:
    home = tmp_path / "home"
    home.mkdir()

    result = subprocess.run(
        [sys.executable, "-c", f"TOKEN = {TOKEN!r}\n{PROBE}"],
        env=_isolated_env(home),
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )

    report = json.loads(result.stdout)
    assert report["status"] == "unavailable", report
    assert report["set"] == "unavailable"
    assert report["get"] == "unavailable"
    # keyrings.alt would have stored it base64-encoded: look for both forms.
    needles = [TOKEN.encode(), base64.b64encode(TOKEN.encode())]
    assert _files_containing(tmp_path, needles) == []
    assert TOKEN not in result.stderr
