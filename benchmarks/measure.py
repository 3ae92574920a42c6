"""Small measuring tools shared by the benchmark scripts: summaries and Qt waits."""

from __future__ import annotations

import json
import os
import resource
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
PYTHON = sys.executable
RESULT_PREFIX = "BENCH-RESULT "


def summary(samples: list[float]) -> dict[str, float]:
    """Median and worst of ``samples`` (milliseconds, megabytes...), rounded for the table."""
    return {"median": round(statistics.median(samples), 1), "worst": round(max(samples), 1), "runs": len(samples)}


def peak_rss_mb() -> float:
    """This process's peak resident set size (Linux reports ru_maxrss in KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def emit_result(data: dict) -> None:
    """Hand a child process's figures to run.py on one prefixed stdout line."""
    print(RESULT_PREFIX + json.dumps(data), flush=True)


def read_result(stdout: str) -> dict:
    for line in reversed(stdout.splitlines()):
        if line.startswith(RESULT_PREFIX):
            return json.loads(line[len(RESULT_PREFIX):])
    raise RuntimeError("the benchmark child printed no result:\n" + stdout[-2000:])


def child_env() -> dict[str, str]:
    """Offscreen Qt, quiet logs, the project importable."""
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
    root = str(BENCH_DIR.parent)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (root, str(BENCH_DIR), env.get("PYTHONPATH")) if p)
    return env


def wait_for(signal, action: Callable[[], object], timeout_s: float = 30.0) -> float:
    """Run ``action``, spin the event loop until ``signal`` fires; return elapsed ms."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    fired = {"at": None}

    def on_fire(*_args) -> None:
        if fired["at"] is None:
            fired["at"] = time.perf_counter()
        loop.quit()

    signal.connect(on_fire)
    guard = QTimer()
    guard.setSingleShot(True)
    guard.timeout.connect(loop.quit)
    guard.start(int(timeout_s * 1000))
    started = time.perf_counter()
    try:
        action()
        if fired["at"] is None:
            loop.exec()
    finally:
        signal.disconnect(on_fire)
        guard.stop()
    if fired["at"] is None:
        raise TimeoutError("the signal never came")
    return (fired["at"] - started) * 1000
