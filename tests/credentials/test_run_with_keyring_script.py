"""tests/run_with_keyring.sh: a private Secret Service, the command's exit code, no leftovers."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[1] / "run_with_keyring.sh"

CHILD = """
import json, os, sys
from tpop_desktop.credentials import Credentials
credentials = Credentials(timeout=10.0)
credentials.set("acct-script", "script-token-1234")
print(json.dumps({
    "home": os.environ["HOME"],
    "backend": credentials.status().backend,
    "state": credentials.status().state.value,
    "read_back": credentials.get("acct-script"),
    "display": os.environ.get("DISPLAY"),
}))
sys.exit(3)
"""


def _live_keyring_daemons_with_home(home: str) -> list[int]:
    pids = []
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            if (proc / "comm").read_text().strip() != "gnome-keyring-d":
                continue
            if "State:\tZ" in (proc / "status").read_text():
                continue
            environ = (proc / "environ").read_bytes().split(b"\0")
        except OSError:
            continue
        if f"HOME={home}".encode() in environ:
            pids.append(int(proc.name))
    return pids


def test_the_script_runs_the_command_against_a_private_keyring_and_cleans_up() -> None:
    env = dict(os.environ, DISPLAY=":99")

    result = subprocess.run(
        ["bash", str(SCRIPT), sys.executable, "-c", CHILD],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )

    assert result.returncode == 3, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["backend"] == "keyring.backends.SecretService.Keyring"
    assert report["state"] == "available"
    assert report["read_back"] == "script-token-1234"
    assert report["display"] is None  # no unlock prompt can ever open
    assert report["home"] != os.environ.get("HOME")
    assert not Path(report["home"]).exists()
    assert _live_keyring_daemons_with_home(report["home"]) == []


def test_the_script_without_a_command_prints_usage_and_fails() -> None:
    result = subprocess.run(
        ["bash", str(SCRIPT)], capture_output=True, text=True, timeout=30, check=False
    )

    assert result.returncode == 2
    assert "usage" in result.stderr
