"""The worker's after-sync step (the shop checks): run after each good sync, off the GUI thread."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QObject, Signal, Slot

from tpop_desktop.connectors.tpop import TpopConnector
from tpop_desktop.store.database import open_database
from tpop_desktop.sync.thread import SyncThread
from tpop_desktop.sync.worker import SyncWorker


class Relay(QObject):
    """GUI-thread receiver: the worker's signals arrive here queued."""

    got = Signal(str, object)

    def __init__(self, worker: SyncWorker) -> None:
        super().__init__()
        self.events: list[tuple[str, object]] = []
        worker.shopChecksDone.connect(self.on_checks)
        worker.scheduled.connect(self.on_scheduled)

    @Slot(object)
    def on_checks(self, outcome) -> None:
        self.events.append(("checks", outcome))
        self.got.emit("checks", outcome)

    @Slot(float)
    def on_scheduled(self, seconds: float) -> None:
        self.events.append(("scheduled", seconds))
        self.got.emit("scheduled", seconds)


def start(qtbot, sandbox, sandbox_token, tmp_path, after_sync):
    path = tmp_path / "orders.sqlite3"
    open_database(path)
    worker = SyncWorker(lambda: TpopConnector(sandbox.base_url, sandbox_token), path, interval_s=300,
                        after_sync=after_sync)
    relay = Relay(worker)
    thread = SyncThread(worker)
    with qtbot.waitSignal(relay.got, check_params_cb=lambda kind, _v: kind == "scheduled", timeout=15000):
        thread.start()
    return thread, relay


def test_the_step_runs_after_a_good_sync_off_the_gui_thread_and_its_result_is_emitted(
        qtbot, sandbox, sandbox_token, tmp_path):
    gui = threading.current_thread()
    seen = []

    def step(report):
        seen.append((threading.current_thread() is not gui, report.received))
        return "checked"

    thread, relay = start(qtbot, sandbox, sandbox_token, tmp_path, step)
    try:
        assert relay.events[0] == ("checks", "checked")  # before the next sync is scheduled
        assert seen == [(True, len(sandbox.orders()))]
    finally:
        assert thread.shutdown()


@pytest.mark.parametrize("step", [lambda _report: None, lambda _report: 1 / 0])
def test_nothing_is_emitted_for_none_and_a_failing_step_does_not_stop_syncing(
        qtbot, sandbox, sandbox_token, tmp_path, step):
    thread, relay = start(qtbot, sandbox, sandbox_token, tmp_path, step)
    try:
        with qtbot.waitSignal(relay.got, check_params_cb=lambda kind, _v: kind == "scheduled", timeout=15000):
            thread.sync_now()
        assert [kind for kind, _v in relay.events] == ["scheduled", "scheduled"]
    finally:
        assert thread.shutdown()
