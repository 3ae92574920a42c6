"""Sync figures: the GUI thread's longest stall during a 10,000-changed-orders sync, and idle polls.

``python benchmarks/sync_bench.py --impl ours|baseline --size N --seed S --changed C --runs R``
prints one result line. For each run a fresh copy of the cached N-order profile is
shown (the app's table, or the naive model), then the real ``SyncWorker`` on its
``SyncThread`` fetches C changed orders from wire_server.py and writes them. A 5 ms
heartbeat ``QTimer`` on the GUI thread records the longest gap between its ticks until
the table has refreshed (ours: ``model.refreshed`` after ``on_sync_succeeded``; the
baseline reloads its whole model, as a naive app does after each sync).

The idle poll is a direct ``run_sync`` against a server answering "nothing changed";
its CPU time is ``time.process_time`` around it (the server runs in another process).
"""

from __future__ import annotations

import argparse
import random
import subprocess
import tempfile
import time
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from measure import PYTHON, child_env, emit_result, summary
from profiles import NOW, make_profile
from synthetic_orders import advance, generate_orders
from tpop_desktop.connectors.tpop import TpopConnector
from tpop_desktop.sandbox.wire import order_json
from tpop_desktop.store.orders_store import OrderStore
from tpop_desktop.sync.engine import run_sync
from tpop_desktop.store.handle import Database
from tpop_desktop.sync.source import SourceLink
from tpop_desktop.sync.thread import SyncThread
from tpop_desktop.sync.worker import SyncWorker
from wire_server import write_pages

HEARTBEAT_MS = 5


def changed_orders(size: int, seed: int, changed: int) -> list[dict]:
    """``changed`` orders of the profile spread over it, each one step further in its life."""
    rng = random.Random(seed + 1)
    step = max(1, size // changed)
    later = NOW + timedelta(hours=1)
    picked = [order for index, order in enumerate(generate_orders(size, seed=seed, now=NOW)) if index % step == 0]
    return [order_json(advance(order, rng, later)) for order in picked[:changed]]


class Heartbeat:
    """Ticks every 5 ms on the GUI thread; the longest gap is the longest the GUI froze."""

    def __init__(self) -> None:
        self.longest_ms = 0.0
        self._last = time.perf_counter()
        self._timer = QTimer()
        self._timer.setInterval(HEARTBEAT_MS)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        self._last = time.perf_counter()
        self.longest_ms = 0.0
        self._timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest_ms = max(self.longest_ms, (now - self._last) * 1000)
        self._last = now

    def stop(self) -> None:
        self._tick()
        self._timer.stop()


def _table(impl: str, database: Path):
    if impl == "ours":
        from interactive import OursDriver

        driver = OursDriver(database)
        return driver, driver.model.refreshed, lambda report: driver.model.refresh(report.changed_references)
    from interactive import BaselineDriver

    driver = BaselineDriver(database)
    finished = _Finished()

    def reload(_report) -> None:
        driver.naive.reload()
        driver.naive.repaint()
        finished.done()

    return driver, finished.signal, reload


class _Finished:
    def __init__(self) -> None:
        from PySide6.QtCore import QObject, Signal

        class Emitter(QObject):
            fired = Signal()

        self._emitter = Emitter()
        self.signal = self._emitter.fired

    def done(self) -> None:
        self.signal.emit()


def sync_once(impl: str, database: Path, url: str) -> tuple[float, float]:
    """(longest GUI stall, total ms from starting the sync to the refreshed table)."""
    driver, refreshed, on_success = _table(impl, database)
    worker = SyncWorker(SourceLink(lambda: TpopConnector(url, "changes", page_size=100)), Database(database),
                        interval_s=3600)
    sync = SyncThread(worker)
    loop = QEventLoop()
    state = {"synced": False, "end": 0.0}

    def succeeded(report) -> None:
        state["synced"] = True
        on_success(report)

    def on_refreshed() -> None:
        if state["synced"] and not state["end"]:
            state["end"] = time.perf_counter()
            loop.quit()

    worker.syncSucceeded.connect(succeeded)
    worker.syncFailed.connect(lambda failure: (state.update(failed=failure.detail), loop.quit()))
    refreshed.connect(on_refreshed)
    heartbeat = Heartbeat()
    guard = QTimer.singleShot(300_000, loop.quit)
    heartbeat.start()
    started = time.perf_counter()
    sync.start()
    loop.exec()
    heartbeat.stop()
    sync.shutdown()
    driver.close()
    del guard
    if "failed" in state or not state["end"]:
        raise RuntimeError(f"the sync did not finish: {state}")
    return heartbeat.longest_ms, (state["end"] - started) * 1000


def idle_polls(impl: str, database: Path, url: str, runs: int) -> list[float]:
    """CPU milliseconds of one poll where nothing changed (the baseline also reloads its model)."""
    store = OrderStore(database)
    connector = TpopConnector(url, "idle")
    reload = None
    if impl == "baseline":
        from baseline import NaiveOrders

        naive = NaiveOrders(database)
        naive.reload()
        reload = naive.reload
    run_sync(connector, store)  # warm-up: the connection is kept between polls, as in the app
    samples = []
    for _ in range(runs):
        cpu = time.process_time()
        run_sync(connector, store)
        if reload is not None:
            reload()
        samples.append((time.process_time() - cpu) * 1000)
    connector.close()
    store.close()
    return samples


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--impl", choices=("ours", "baseline"), required=True)
    parser.add_argument("--size", type=int, required=True)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--changed", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    app = QApplication([])
    with tempfile.TemporaryDirectory(prefix="tpop-bench-sync-") as scratch:
        root = Path(scratch)
        write_pages(changed_orders(args.size, args.seed, args.changed), root / "pages")
        server = subprocess.Popen([PYTHON, str(Path(__file__).with_name("wire_server.py")), str(root / "pages")],
                                  stdout=subprocess.PIPE, text=True, env=child_env())
        try:
            url = f"http://127.0.0.1:{int(server.stdout.readline())}"
            stalls, totals = [], []
            for run in range(args.runs):
                profile = make_profile(args.size, args.seed, root / f"run-{run}")
                stall, total = sync_once(args.impl, profile.database_path, url)
                stalls.append(stall)
                totals.append(total)
            profile = make_profile(args.size, args.seed, root / "idle")
            # each naive poll reloads every order: two are enough to show it
            idle_runs = max(args.runs, 3) if args.impl == "ours" else 2
            idle = idle_polls(args.impl, profile.database_path, url, idle_runs)
        finally:
            server.terminate()
            server.wait(10)
    emit_result({"sync_stall_ms": summary(stalls), "sync_total_ms": summary(totals), "idle_poll_cpu_ms": summary(idle),
                 "changed": args.changed})
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
