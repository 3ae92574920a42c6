"""The whole app (AppController, real SyncWorker thread, SQLite profile) behind a faulty TPOP.

For each fault: the window stays up, the status bar says what is wrong in plain words, the
stored orders are byte-for-byte the same, no request reaches another host, and the next
good answer brings the app back to "Up to date".
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator

import pytest
from fault_server import COVERED, EXPECTED, FaultServer

from PySide6.QtCore import QObject, Slot

from tpop_desktop.connectors import http
from tpop_desktop.connectors.tpop import TpopConnector
from tpop_desktop.controller import AppController
from tpop_desktop.profile import Profile
from tpop_desktop.sync.outcome import FailureKind, classify
from tpop_desktop.ui.texts import failure_message

APP_FAULTS = [fault for fault, (_call, error) in EXPECTED.items()
              if error is not None and fault not in ("refused", "expired certificate", "self-signed certificate")]


def short_timeouts(url: str, token: str) -> TpopConnector:
    """The app's connector with a 2 s read timeout, so a hanging server costs little (but a busy
    machine still gets through the first sync)."""
    return TpopConnector(url, token, timeout=(2.0, 2.0))


@pytest.fixture
def proxy(sandbox) -> Iterator[FaultServer]:
    server = FaultServer(upstream=sandbox.base_url).start()
    yield server
    server.stop()


@pytest.fixture
def app(qtbot, tmp_path, proxy, sandbox_token, monkeypatch) -> Iterator[AppController]:
    monkeypatch.setattr(http, "BODY_DEADLINE_S", 3.0)  # the trickle is cut after 3 s, not 2 minutes
    controller = AppController(Profile.in_folder(tmp_path / "profile"), api_url=proxy.url, token=sandbox_token,
                               connector_factory=short_timeouts)
    qtbot.addWidget(controller.window)
    with qtbot.waitSignal(controller.firstSyncDone, timeout=20000) as first:
        controller.start(demo=False)
    assert first.args == [True]
    # the sync's last job has written the delivery estimates: the store holds still from here
    qtbot.waitUntil(lambda: controller.session.insights.estimated_at is not None, timeout=10000)
    yield controller
    controller.close_session()


def store_dump(controller: AppController) -> list[str]:
    conn = sqlite3.connect(controller.profile.database_path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def status_text(controller: AppController) -> str:
    return controller.window.sync_label.text()


class FailureWatch(QObject):
    """Lives on the GUI thread; sees each failure right after the window showed it."""

    def __init__(self, controller: AppController) -> None:
        super().__init__()
        self.controller = controller
        self.failures: list[tuple[object, str]] = []
        controller.session.sync.worker.syncFailed.connect(self.on_failed)

    @Slot(object)
    def on_failed(self, failure) -> None:
        self.failures.append((failure, status_text(self.controller)))


def sync_and_wait_for(qtbot, controller: AppController, text: str) -> str:
    controller.window.sync_label.setText("")
    controller.sync_now()
    qtbot.waitUntil(lambda: text in status_text(controller), timeout=10000)
    return status_text(controller)


def fail_once(qtbot, controller: AppController, watch: FailureWatch):
    count = len(watch.failures)
    controller.sync_now()
    qtbot.waitUntil(lambda: len(watch.failures) > count, timeout=10000)
    return watch.failures[-1]


@pytest.mark.parametrize("fault", APP_FAULTS)
def test_the_app_survives_the_fault_and_recovers(qtbot, app, proxy, other_host, fault):
    proxy.redirect_to = other_host.url
    before = store_dump(app)
    kind = classify(EXPECTED[fault][1]("scripted"))
    watch = FailureWatch(app)
    proxy.fail_next(fault)

    failure, shown = fail_once(qtbot, app, watch)
    assert failure.kind is kind
    assert failure_message(kind) in shown
    assert app.window.isVisible() and app.session is not None
    assert not re.search(r"Traceback|Error\b|HTTP|\{|<", shown), shown  # plain words, no internals
    if kind is FailureKind.RATE_LIMITED:
        assert 0 <= failure.retry_in_s <= 1800  # even for Retry-After 1e12
    if kind in (FailureKind.AUTH, FailureKind.FORBIDDEN):
        assert app.window.notice.isVisible()  # and a way to reconnect
    assert store_dump(app) == before
    assert other_host.seen == []

    sync_and_wait_for(qtbot, app, "Up to date")
    assert app.window.model.rowCount() > 0
    COVERED.add((fault, "tpop (app)"))


def test_a_retry_after_in_the_past_does_not_make_the_app_poll_at_once(qtbot, app, proxy):
    watch = FailureWatch(app)
    proxy.fail_next("429 Retry-After past date")
    failure, _shown = fail_once(qtbot, app, watch)
    assert failure.retry_in_s >= 5.0


def test_a_redirect_never_carries_the_token_elsewhere(qtbot, app, proxy, other_host, sandbox_token):
    proxy.redirect_to = other_host.url
    proxy.fail_next("302 to another host", "301 to another host")
    for _ in range(2):
        sync_and_wait_for(qtbot, app, failure_message(FailureKind.NETWORK))
    assert all("authorization" not in seen.headers for seen in other_host.seen)
    assert other_host.seen == []  # not even a request without it: redirects are not followed
    assert all(seen.headers.get("authorization") == f"Bearer {sandbox_token}" for seen in proxy.seen)
