"""The poller on a real QThread against the sandbox behind a fault-injecting proxy.

The backoff is checked through the delays the worker schedules (with a fixed random
source), never by waiting for them; each next sync is triggered with "Sync now".
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QObject, Signal, Slot

from tpop_desktop.connectors.tpop import TpopConnector
from tpop_desktop.store.handle import Database
from tpop_desktop.sync.outcome import FailureKind
from tpop_desktop.sync.source import SourceLink
from tpop_desktop.sync.thread import SyncThread
from tpop_desktop.sync.worker import SyncWorker


class Recorder(QObject):
    """Lives on the GUI thread: worker signals arrive here queued, as they do in the app."""

    got = Signal(str, object)

    def __init__(self, worker: SyncWorker) -> None:
        super().__init__()
        self.events: list[tuple[str, object]] = []
        worker.syncSucceeded.connect(self.on_succeeded)
        worker.syncFailed.connect(self.on_failed)
        worker.scheduled.connect(self.on_scheduled)
        worker.syncStarted.connect(self.on_started)

    @Slot()
    def on_started(self) -> None:
        self._add("started", None)

    @Slot(object)
    def on_succeeded(self, report) -> None:
        self._add("ok", report)

    @Slot(object)
    def on_failed(self, failure) -> None:
        self._add("failed", failure)

    @Slot(float)
    def on_scheduled(self, seconds: float) -> None:
        self._add("scheduled", seconds)

    def _add(self, kind: str, value: object) -> None:
        self.events.append((kind, value))
        self.got.emit(kind, value)

    def of(self, kind: str) -> list[object]:
        return [value for k, value in self.events if k == kind]


@pytest.fixture
def database(tmp_path):
    database = Database(tmp_path / "orders.sqlite3")
    database.open()
    return database


@pytest.fixture
def link(fault_proxy, sandbox_token):
    return SourceLink(lambda: TpopConnector(fault_proxy.url, sandbox_token, timeout=(1.0, 0.5)))


@pytest.fixture
def poller(qtbot, link, database):
    worker = SyncWorker(link, database, interval_s=300, rng=lambda: 0.5)
    recorder = Recorder(worker)
    thread = SyncThread(worker)
    with qtbot.waitSignal(recorder.got, check_params_cb=lambda kind, _v: kind == "scheduled", timeout=15000):
        thread.start()
    assert recorder.of("ok"), recorder.events
    yield thread, recorder
    assert thread.shutdown()


def sync_and_wait(qtbot, thread, recorder, expect: str = "scheduled"):
    before = len(recorder.events)
    with qtbot.waitSignal(recorder.got, check_params_cb=lambda kind, _v: kind == expect, timeout=15000):
        thread.sync_now()
    return recorder.events[before:]


def stored_state(database):
    store = database.orders()
    try:
        return store.order_count(), store.sync_cursor()
    finally:
        store.close()


@pytest.mark.parametrize("fault, kind", [
    ("500", FailureKind.SERVER),
    ("502", FailureKind.SERVER),
    ("503", FailureKind.SERVER),
    ("reset", FailureKind.NETWORK),
    ("hang", FailureKind.NETWORK),
    ("truncated", FailureKind.PAYLOAD),
])
def test_failures_back_off_exponentially_and_keep_the_stored_orders(qtbot, poller, fault_proxy, database,
                                                                    fault, kind):
    thread, recorder = poller
    before = stored_state(database)
    delays = []
    for _ in range(3):
        fault_proxy.fail_next(fault)
        new = sync_and_wait(qtbot, thread, recorder)
        failure = next(v for k, v in new if k == "failed")
        assert failure.kind is kind
        delays.append(next(v for k, v in new if k == "scheduled"))
    assert delays == [15.0, 30.0, 60.0]  # half of 30 s, 60 s, 120 s with the fixed random source
    assert stored_state(database) == before
    new = sync_and_wait(qtbot, thread, recorder)
    assert [k for k, _ in new] == ["started", "ok", "scheduled"]
    assert new[-1][1] == 300.0  # back to the regular interval


def test_rate_limit_waits_for_retry_after_but_never_for_hours(qtbot, poller, fault_proxy):
    thread, recorder = poller
    fault_proxy.fail_next("429:120")
    new = sync_and_wait(qtbot, thread, recorder)
    assert next(v for k, v in new if k == "failed").kind is FailureKind.RATE_LIMITED
    assert next(v for k, v in new if k == "scheduled") == 120.0
    fault_proxy.fail_next("429:86400")
    new = sync_and_wait(qtbot, thread, recorder)
    assert next(v for k, v in new if k == "scheduled") == 1800.0
    fault_proxy.fail_next("429")
    new = sync_and_wait(qtbot, thread, recorder)
    assert next(v for k, v in new if k == "scheduled") == 300.0  # no Retry-After: the regular interval


def test_a_rejected_token_stops_polling_until_the_merchant_reconnects(qtbot, poller, fault_proxy, database):
    thread, recorder = poller
    before = stored_state(database)
    fault_proxy.fail_next("401")
    new = sync_and_wait(qtbot, thread, recorder, expect="failed")
    failure = new[-1][1]
    assert failure.kind is FailureKind.AUTH and failure.retry_in_s is None
    assert [k for k, _ in new] == ["started", "failed"]  # nothing scheduled after it
    assert stored_state(database) == before


def test_connection_refused_is_a_network_failure(qtbot, database, sandbox_token):
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    worker = SyncWorker(SourceLink(lambda: TpopConnector(f"http://127.0.0.1:{port}", sandbox_token,
                                                         timeout=(1.0, 1.0))), database, rng=lambda: 1.0)
    recorder = Recorder(worker)
    thread = SyncThread(worker)
    with qtbot.waitSignal(recorder.got, check_params_cb=lambda kind, _v: kind == "scheduled", timeout=15000):
        thread.start()
    try:
        assert recorder.of("failed")[0].kind is FailureKind.NETWORK
        assert recorder.of("scheduled") == [30.0]
    finally:
        assert thread.shutdown()


def test_quitting_during_a_hanging_request_returns_promptly(qtbot, poller, fault_proxy):
    import time

    thread, recorder = poller
    fault_proxy.fail_next("hang", "hang", "hang")
    with qtbot.waitSignal(recorder.got, check_params_cb=lambda kind, _v: kind == "started", timeout=5000):
        thread.sync_now()
    started = time.monotonic()
    assert thread.shutdown()
    assert time.monotonic() - started < 2.0


def test_a_new_token_resumes_polling_after_a_rejected_one(qtbot, poller, link, fault_proxy, sandbox_token):
    thread, recorder = poller
    fault_proxy.fail_next("401")
    sync_and_wait(qtbot, thread, recorder, expect="failed")
    link.set(lambda: TpopConnector(fault_proxy.url, sandbox_token, timeout=(1.0, 0.5)))
    before = len(recorder.events)
    with qtbot.waitSignal(recorder.got, check_params_cb=lambda kind, _v: kind == "scheduled", timeout=15000):
        thread.resume()
    assert [k for k, _ in recorder.events[before:]] == ["started", "ok", "scheduled"]


def test_far_too_much_data_is_not_retried_soon(qtbot, database):
    from tpop_desktop.connectors.errors import SyncTooLargeError

    class Flooding:
        def orders_page(self, **_kwargs):
            raise SyncTooLargeError("too much", limit_bytes=10, received_bytes=11, pages=3)

        def close(self):
            pass

    worker = SyncWorker(SourceLink(Flooding), database, interval_s=300, rng=lambda: 0.5)
    recorder = Recorder(worker)
    thread = SyncThread(worker)
    with qtbot.waitSignal(recorder.got, check_params_cb=lambda kind, _v: kind == "scheduled", timeout=15000):
        thread.start()
    try:
        assert recorder.of("failed")[0].kind is FailureKind.TOO_LARGE
        assert recorder.of("scheduled") == [3600.0]  # not the 15 s of a first network failure
    finally:
        assert thread.shutdown()
