"""The README's set-up scripts say plainly what stops them."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_the_demo_script_without_a_display_says_so_before_installing_anything():
    env = {key: value for key, value in os.environ.items()
           if key not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run(["bash", str(ROOT / "scripts" / "demo.sh")], env=env, capture_output=True, text=True,
                            timeout=30)
    assert result.returncode == 1
    assert "No display found" in result.stderr
    assert "xcb" not in result.stderr and "Installing" not in result.stdout  # never Qt's abort, no install
