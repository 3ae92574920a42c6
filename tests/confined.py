"""Running a child Python where a folder is really read-only, or on a really small disk.

As root (the test machines), permission bits do not stop writes, so a private mount
namespace (``unshare -m``) mounts the folder read-only, or a small tmpfs over it; nothing
outside the child sees these mounts. As another user, ``chmod`` makes a folder read-only
and a small disk is not available (those tests are skipped, saying why).
"""

from __future__ import annotations

import functools
import os
import shutil
import stat
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

from child_process import child_env

TIMEOUT_S = 120


@functools.cache
def can_mount() -> bool:
    """Whether this process may mount in a private namespace (root with CAP_SYS_ADMIN)."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0 or shutil.which("unshare") is None:
        return False
    probe = subprocess.run(["unshare", "-m", "sh", "-c", "mount -t tmpfs -o size=64k tmpfs /mnt"],
                           capture_output=True, check=False, timeout=TIMEOUT_S)
    return probe.returncode == 0


def read_only_possible() -> str | None:
    """None when a read-only folder can be made here, else why not (a skip reason)."""
    if can_mount() or (hasattr(os, "geteuid") and os.geteuid() != 0):
        return None
    return "root without the right to mount: permission bits cannot make a folder read-only"


def small_disk_possible() -> str | None:
    return None if can_mount() else "a small disk needs a tmpfs in a private mount namespace (root)"


def _python(args: Sequence[str]) -> list[str]:
    return [sys.executable, *args]


def run_read_only(folder: Path, args: Sequence[str], **env: str) -> subprocess.CompletedProcess[str]:
    """``python ARGS`` with ``folder`` (and everything in it) read-only; ``env`` added to its environment."""
    if can_mount():
        script = 'mount --bind "$0" "$0" && mount -o remount,ro,bind "$0" && exec "$@"'
        command = ["unshare", "-m", "sh", "-c", script, str(folder), *_python(args)]
        return subprocess.run(command, capture_output=True, text=True, env=child_env(**env), timeout=TIMEOUT_S,
                              check=False)
    modes = {path: path.stat().st_mode for path in [folder, *folder.rglob("*")]}
    try:
        for path in modes:
            path.chmod(stat.S_IMODE(modes[path]) & ~0o222)
        return subprocess.run(_python(args), capture_output=True, text=True, env=child_env(**env),
                              timeout=TIMEOUT_S, check=False)
    finally:
        for path, mode in modes.items():
            path.chmod(stat.S_IMODE(mode))


def run_on_small_disk(folder: Path, size: str, args: Sequence[str]) -> subprocess.CompletedProcess[str]:
    """``python ARGS`` with a tmpfs of ``size`` (e.g. "2m") mounted on ``folder``."""
    script = f'mount -t tmpfs -o size={size},mode=0700 tmpfs "$0" && exec "$@"'
    command = ["unshare", "-m", "sh", "-c", script, str(folder), *_python(args)]
    return subprocess.run(command, capture_output=True, text=True, env=child_env(), timeout=TIMEOUT_S, check=False)
