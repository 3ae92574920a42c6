"""The worker's post-sync jobs (the shop checks, the carriers' tracking): after each good sync, in order, off
the GUI thread; each outcome reaches the GUI as ``jobDone(name, outcome)``."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Signal, Slot

from tpop_desktop.connectors.tpop import TpopConnector
from tpop_desktop.store.handle import Database
from tpop_desktop.sync.source import SourceLink
from tpop_desktop.sync.thread import SyncThread
from tpop_desktop.sync.worker import SyncWorker


class Relay(QObject):
    """GUI-thread receiver: the worker's signals arrive here queued."""

    got = Signal(str, object)

    def __init__(self, worker: SyncWorker) -> None:
        super().__init__()
        self.events: list[tuple[str, object]] = []
        worker.jobDone.connect(self.on_job)
        worker.scheduled.connect(self.on_scheduled)

    @Slot(str, object)
    def on_job(self, name: str, outcome: object) -> None:
        self.events.append((name, outcome))
        self.got.emit(name, outcome)

    @Slot(float)
    def on_scheduled(self, seconds: float) -> None:
        self.events.append(("scheduled", seconds))
        self.got.emit("scheduled", seconds)


class Job:
    def __init__(self, name: str, run) -> None:
        self.name = name
        self._run = run

    def __call__(self, report):
        return self._run(report)


def start(qtbot, sandbox, sandbox_token, tmp_path, jobs):
    database = Database(tmp_path / "orders.sqlite3")
    database.open()
    worker = SyncWorker(SourceLink(lambda: TpopConnector(sandbox.base_url, sandbox_token)), database,
                        jobs=jobs, interval_s=300)
    relay = Relay(worker)
    thread = SyncThread(worker)
    with qtbot.waitSignal(relay.got, check_params_cb=lambda kind, _v: kind == "scheduled", timeout=15000):
        thread.start()
    return thread, relay


def test_jobs_run_in_order_after_a_good_sync_off_the_gui_thread_and_each_outcome_is_emitted(
        qtbot, sandbox, sandbox_token, tmp_path):
    gui = threading.current_thread()
    seen = []

    def checks(report):
        seen.append(("checks", threading.current_thread() is not gui, report.received))
        return "checked"

    def tracking(_report):
        seen.append(("tracking", threading.current_thread() is not gui, None))
        return {"refreshed": 3}

    thread, relay = start(qtbot, sandbox, sandbox_token, tmp_path, [Job("checks", checks), Job("tracking", tracking)])
    try:
        assert relay.events[:2] == [("checks", "checked"), ("tracking", {"refreshed": 3})]  # before the schedule
        assert seen == [("checks", True, len(sandbox.orders())), ("tracking", True, None)]
    finally:
        assert thread.shutdown()


def test_nothing_is_emitted_for_none_and_a_failing_job_stops_neither_the_others_nor_syncing(
        qtbot, sandbox, sandbox_token, tmp_path):
    jobs = [Job("quiet", lambda _report: None), Job("broken", lambda _report: 1 / 0),
            Job("after", lambda _report: "ran")]
    thread, relay = start(qtbot, sandbox, sandbox_token, tmp_path, jobs)
    try:
        with qtbot.waitSignal(relay.got, check_params_cb=lambda kind, _v: kind == "scheduled", timeout=15000):
            thread.sync_now()
        assert [kind for kind, _v in relay.events] == ["after", "scheduled", "after", "scheduled"]
    finally:
        assert thread.shutdown()
