"""How long the GUI thread can stall while the whole sandbox account syncs.

``python benchmarks/heartbeat_sync.py [--orders N]``: opens the real window on a sandbox
account (offscreen), starts a 5 ms heartbeat timer on the GUI thread, runs the first full
sync and a second one after 10 % of the orders changed, and prints the longest gap between
two heartbeats during each (a stall) and how long each sync took.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from tpop_desktop.controller import AppController  # noqa: E402
from tpop_desktop.core.models import Status  # noqa: E402
from tpop_desktop.profile import Profile  # noqa: E402
from tpop_desktop.sandbox.server import SandboxServer  # noqa: E402


class Heartbeat:
    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self.beat)
        self.last = time.perf_counter()
        self.longest = 0.0

    def beat(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self.last)
        self.last = now

    def reset(self) -> None:
        self.last = time.perf_counter()
        self.longest = 0.0


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--orders", type=int, default=300)
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    sandbox = SandboxServer("heartbeat-token", seed=11, order_count=args.orders)
    sandbox.start()
    controller = AppController(Profile.in_folder(Path(tempfile.mkdtemp())), api_url=sandbox.base_url,
                               token="heartbeat-token")
    heart = Heartbeat()
    results: dict[str, float] = {}
    started = {"t": 0.0}

    def first_done(_ok: bool) -> None:
        results["first_sync_s"] = time.perf_counter() - started["t"]
        results["first_sync_stall_ms"] = heart.longest * 1000
        changed = [o for o in sandbox.orders() if o.status in (Status.OPEN, Status.PRODUCTION, Status.SHIPPED)]
        for order in changed[: max(1, args.orders // 10)]:
            if order.status is Status.SHIPPED:
                sandbox.deliver(order.reference)
            else:
                sandbox.ship(order.reference)
        results["changed_orders"] = float(min(len(changed), max(1, args.orders // 10)))
        controller.syncApplied.connect(lambda _report: controller.window.model.refreshed.connect(second_done))
        heart.reset()
        started["t"] = time.perf_counter()
        controller.sync_now()

    def second_done() -> None:
        if "second_sync_s" in results:
            return
        results["second_sync_s"] = time.perf_counter() - started["t"]
        results["second_sync_stall_ms"] = heart.longest * 1000
        controller.quit()

    controller.firstSyncDone.connect(first_done)
    heart.timer.start()
    started["t"] = time.perf_counter()
    controller.start(demo=False)
    app.exec()
    sandbox.stop()
    print(f"orders: {args.orders}")
    for key, value in results.items():
        print(f"{key}: {value:.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
