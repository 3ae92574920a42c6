"""Sync figures: the GUI thread's longest stall during a 10,000-changed-orders sync, and idle polls.

``python benchmarks/sync_bench.py --impl ours|baseline --size N --seed S --changed C --runs R``
prints one result line. For each run a fresh copy of the cached N-order profile is
shown (the app's table, or the naive model), then the real ``SyncWorker`` on its
``SyncThread`` fetches C changed orders from wire_server.py and writes them (ours: in the
app's helper process, started once before the runs as the app keeps it between syncs). A
5 ms heartbeat ``QTimer`` on the GUI thread records the longest gap between its ticks until
the table has refreshed (ours: ``model.refreshed`` after ``on_sync_succeeded``; the
baseline reloads its whole model, as a naive app does after each sync). Each run is done
twice: with the window still, and while a scripted scroll moves the table three rows (a
wheel notch) every 16 ms. The floors are the same heartbeat with nothing running: the
window still (``idle_heartbeat_ms``) and scrolling (``scroll_heartbeat_ms``). Ours runs
under the app's regime (``settle_startup_heap``, ``GuiThreadCollector``, a 1 ms switch interval).

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
from tpop_desktop.sync.helper_process import SyncHelper
from tpop_desktop.sync.source import ConnectorRecipe, SourceLink
from tpop_desktop.sync.thread import SyncThread
from tpop_desktop.sync.worker import SyncWorker
from wire_server import write_pages

HEARTBEAT_MS = 5
SCROLL_MS = 16  # one wheel notch a frame
SCROLL_ROWS = 3
FLOOR_S = 3.0  # how long the idle heartbeat is watched


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


class Scroller:
    """Moves the table down a wheel notch every frame, back to the top at the end."""

    def __init__(self, table) -> None:
        self._bar = table.verticalScrollBar()
        self._timer = QTimer()
        self._timer.setInterval(SCROLL_MS)
        self._timer.timeout.connect(self._step)

    def _step(self) -> None:
        value = self._bar.value() + SCROLL_ROWS
        self._bar.setValue(value if value <= self._bar.maximum() else 0)

    def start(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()


class AppRegime:
    """What app.main sets up for the GUI thread: start-up heap frozen, collections on the GUI thread,
    a 1 ms thread switch interval."""

    def __init__(self) -> None:
        from tpop_desktop.app import favour_the_gui_thread, settle_startup_heap
        from tpop_desktop.ui.gui_collector import GuiThreadCollector

        settle_startup_heap()
        favour_the_gui_thread()
        self._collector = GuiThreadCollector()
        self._collector.start()

    def stop(self) -> None:
        self._collector.stop()


def _table(impl: str, database: Path):
    if impl == "ours":
        from interactive import OursDriver

        driver = OursDriver(database)
        collection = AppRegime()
        close = driver.close
        driver.close = lambda: (collection.stop(), close())
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


class PagedConnector(TpopConnector):
    """The TPOP connector asking for pages of 100 orders, as the wire server cut them."""

    def __init__(self, url: str, token: str) -> None:
        super().__init__(url, token, page_size=100)


def floors(database: Path) -> tuple[float, float]:
    """The heartbeat's longest gap with nothing running: (window still, table scrolling)."""
    driver, _refreshed, _on_success = _table("ours", database)
    found = []
    for scrolling in (False, True):
        scroller = Scroller(driver.table)
        heartbeat = Heartbeat()
        loop = QEventLoop()
        QTimer.singleShot(int(FLOOR_S * 1000), loop.quit)
        heartbeat.start()
        if scrolling:
            scroller.start()
        loop.exec()
        scroller.stop()
        heartbeat.stop()
        found.append(heartbeat.longest_ms)
    driver.close()
    return found[0], found[1]


def sync_once(impl: str, database: Path, url: str, helper: SyncHelper | None = None,
              scroll: bool = False) -> tuple[float, float]:
    """(longest GUI stall, total ms from starting the sync to the refreshed table)."""
    driver, refreshed, on_success = _table(impl, database)
    scroller = Scroller(driver.table) if scroll else None  # only ours is scrolled
    worker = SyncWorker(SourceLink(ConnectorRecipe(PagedConnector, url, "changes")), Database(database),
                        interval_s=3600, helper=helper)
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
    if scroller is not None:
        scroller.start()
    started = time.perf_counter()
    sync.start()
    loop.exec()
    if scroller is not None:
        scroller.stop()
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
            helper = SyncHelper() if args.impl == "ours" else None
            if helper is not None:
                helper.start()
            stalls, totals, scroll_stalls = [], [], []
            for run in range(args.runs):
                profile = make_profile(args.size, args.seed, root / f"run-{run}")
                stall, total = sync_once(args.impl, profile.database_path, url, helper)
                stalls.append(stall)
                totals.append(total)
                if args.impl == "ours":
                    profile = make_profile(args.size, args.seed, root / f"scroll-{run}")
                    scroll_stalls.append(sync_once(args.impl, profile.database_path, url, helper, scroll=True)[0])
            idle_floor, scroll_floor = [], []
            if args.impl == "ours":
                helper.close()
                profile = make_profile(args.size, args.seed, root / "floors")
                for _ in range(max(2, args.runs // 2)):
                    still, scrolling = floors(profile.database_path)
                    idle_floor.append(still)
                    scroll_floor.append(scrolling)
            profile = make_profile(args.size, args.seed, root / "idle")
            # each naive poll reloads every order: two are enough to show it
            idle_runs = max(args.runs, 3) if args.impl == "ours" else 2
            idle = idle_polls(args.impl, profile.database_path, url, idle_runs)
        finally:
            server.terminate()
            server.wait(10)
    result = {"sync_stall_ms": summary(stalls), "sync_total_ms": summary(totals), "idle_poll_cpu_ms": summary(idle),
              "changed": args.changed}
    if scroll_stalls:
        result.update(sync_scroll_stall_ms=summary(scroll_stalls), idle_heartbeat_ms=summary(idle_floor),
                      scroll_heartbeat_ms=summary(scroll_floor))
    emit_result(result)
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
