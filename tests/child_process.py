"""Child Pythons for the tests that need a process of their own (kills, memory, launches)."""

from __future__ import annotations

import os
from pathlib import Path

import tpop_desktop

PACKAGE_ROOT = Path(tpop_desktop.__file__).resolve().parent.parent


def child_env(**extra: str) -> dict[str, str]:
    """The environment for a child Python: it imports this checkout's package, not an installed one."""
    path = os.pathsep.join(p for p in (str(PACKAGE_ROOT), os.environ.get("PYTHONPATH", "")) if p)
    return {**os.environ, "PYTHONPATH": path, **extra}
