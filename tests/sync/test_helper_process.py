"""The sync in its helper process: a real child process, the sandbox over HTTP, a real SQLite file.

What the merchant would notice: the orders arrive, a notification can still name the order,
a rejected token or a server error is reported as such (not as a crash), quitting does not
wait for a hung server, and a helper that died is replaced at the next sync.
"""

from __future__ import annotations

import os
import pickle
import socket
import subprocess
import sys

import pytest

from tpop_desktop.abandonable import CallAbandoned
from tpop_desktop.connectors.errors import AuthError, RateLimitedError, SyncTooLargeError
from tpop_desktop.connectors.tpop import TpopConnector
from tpop_desktop.core.changes import EventKind
from tpop_desktop.store.errors import StorageCause, StoreUnavailableError
from tpop_desktop.sync.helper_process import HelperStoppedError, SyncHelper, _Failure, can_carry
from tpop_desktop.sync.outcome import FailureKind
from tpop_desktop.sync.source import ConnectorRecipe, SourceLink
from tpop_desktop.sync.thread import SyncThread
from tpop_desktop.sync.worker import SyncWorker

from test_sync_worker import Recorder, database  # noqa: F401 - its opened order file, as a fixture


class QuickConnector(TpopConnector):
    """Short timeouts, so that a hung request is given up quickly in these tests."""

    def __init__(self, url: str, token: str) -> None:
        super().__init__(url, token, timeout=(1.0, 0.5))


@pytest.fixture
def helper():
    helper = SyncHelper()
    yield helper
    helper.close()


def test_a_sync_in_the_helper_writes_every_order_and_reports_them_with_their_orders(helper, database, sandbox,
                                                                                     sandbox_token):
    report = helper.sync(database, ConnectorRecipe(TpopConnector, sandbox.base_url, sandbox_token), full=True)

    expected = {order.reference for order in sandbox.orders()}
    store = database.orders()
    try:
        assert set(store.rowids_for(expected)) == expected and store.order_count() == len(expected)
    finally:
        store.close()
    assert report.changed_references == expected
    assert report.full and report.received == len(expected)
    news = [event for event in report.events if event.kind is EventKind.NEW]
    assert len(news) == len(expected)  # every event, across the slices it travelled in
    assert all(event.order.reference == event.reference for event in news)  # a notification can name it


def test_the_next_sync_reuses_the_helper_and_reads_only_what_changed(helper, database, sandbox, sandbox_token):
    recipe = ConnectorRecipe(TpopConnector, sandbox.base_url, sandbox_token)
    helper.sync(database, recipe, full=True)
    shipped = next(order for order in sandbox.orders() if order.status.value == "production")
    sandbox.ship(shipped.reference)

    report = helper.sync(database, recipe, full=False)

    assert helper.started == 1
    assert shipped.reference in report.changed_references
    assert [event.reference for event in report.events if event.kind is EventKind.SHIPPED] == [shipped.reference]


def test_a_rejected_token_comes_back_as_the_same_error(helper, database, sandbox):
    with pytest.raises(AuthError):
        helper.sync(database, ConnectorRecipe(TpopConnector, sandbox.base_url, "not-the-token"), full=True)


def test_errors_with_keyword_only_constructors_keep_their_figures():
    too_large = SyncTooLargeError("too much", limit_bytes=10, received_bytes=20, pages=3)
    unavailable = StoreUnavailableError("disk full", cause=StorageCause.DISK_FULL)
    limited = RateLimitedError("slow down", retry_after=30.0)

    rebuilt = [pickle.loads(pickle.dumps(_Failure.of(error))).rebuild() for error in (too_large, unavailable, limited)]

    assert isinstance(rebuilt[0], SyncTooLargeError)
    assert (rebuilt[0].limit_bytes, rebuilt[0].received_bytes, rebuilt[0].pages) == (10, 20, 3)
    assert isinstance(rebuilt[1], StoreUnavailableError) and rebuilt[1].cause is StorageCause.DISK_FULL
    assert isinstance(rebuilt[2], RateLimitedError) and rebuilt[2].retry_after == 30.0
    assert [str(error) for error in rebuilt] == ["too much", "disk full", "slow down"]


def test_quitting_does_not_wait_for_a_hung_server_and_kills_the_helper(helper, database, fault_proxy, sandbox_token):
    fault_proxy.fail_next("hang")
    asked = []

    def give_up() -> bool:
        asked.append(True)
        return len(asked) > 2  # the app quits while the request hangs

    with pytest.raises(CallAbandoned):
        helper.sync(database, ConnectorRecipe(QuickConnector, fault_proxy.url, sandbox_token), full=True,
                    give_up=give_up)
    fault_proxy.release.set()

    assert helper._process is None  # noqa: SLF001 - killed, not left behind
    store = database.orders()
    try:
        assert store.order_count() == 0  # nothing half-written
    finally:
        store.close()


def test_a_helper_that_died_between_syncs_is_replaced_without_a_word(helper, database, sandbox, sandbox_token):
    helper.start()
    helper._process.kill()  # noqa: SLF001 - out of memory, killed by the merchant
    helper._process.join(5)  # noqa: SLF001

    report = helper.sync(database, ConnectorRecipe(TpopConnector, sandbox.base_url, sandbox_token), full=True)

    assert helper.started == 2
    assert report.received == len(sandbox.orders())


def test_a_helper_that_dies_during_a_sync_is_a_failed_sync_and_the_next_one_works(helper, database, sandbox,
                                                                                   sandbox_token):
    silent = socket.socket()  # accepts connections, never answers: the sync waits
    silent.bind(("127.0.0.1", 0))
    silent.listen(8)

    def kill_it() -> bool:
        helper._process.kill()  # noqa: SLF001 - dies while its request waits
        return False

    try:
        with pytest.raises(HelperStoppedError):
            helper.sync(database, ConnectorRecipe(TpopConnector, f"http://127.0.0.1:{silent.getsockname()[1]}",
                                                  sandbox_token), full=True, give_up=kill_it)
    finally:
        silent.close()
    report = helper.sync(database, ConnectorRecipe(TpopConnector, sandbox.base_url, sandbox_token), full=True)

    assert helper.started == 2
    assert report.received == len(sandbox.orders())


def test_a_recipe_travels_and_hides_its_token_a_closure_does_not_travel(sandbox_token):
    recipe = ConnectorRecipe(TpopConnector, "http://127.0.0.1:1", sandbox_token)

    assert can_carry(recipe)
    assert sandbox_token not in repr(recipe)
    assert not can_carry(lambda: TpopConnector("http://127.0.0.1:1", sandbox_token))
    assert not can_carry(None)


def test_the_worker_syncs_through_its_helper_and_reports_a_rejected_token_as_such(qtbot, database, sandbox,
                                                                                  sandbox_token):
    link = SourceLink(ConnectorRecipe(TpopConnector, sandbox.base_url, sandbox_token))
    helper = SyncHelper()
    worker = SyncWorker(link, database, interval_s=300, rng=lambda: 0.5, helper=helper)
    recorder = Recorder(worker)
    thread = SyncThread(worker)
    try:
        with qtbot.waitSignal(recorder.got, check_params_cb=lambda kind, _v: kind == "scheduled", timeout=30000):
            thread.start()
        assert [report.received for report in recorder.of("ok")] == [len(sandbox.orders())]
        assert helper.started == 1

        link.set(ConnectorRecipe(TpopConnector, sandbox.base_url, "revoked-token"))
        with qtbot.waitSignal(recorder.got, check_params_cb=lambda kind, _v: kind == "failed", timeout=30000):
            thread.resume()
        assert recorder.of("failed")[-1].kind is FailureKind.AUTH  # "sign in again", not "unexpected error"
    finally:
        assert thread.shutdown()
    assert helper._process is None  # noqa: SLF001 - the thread's end ended the helper too


def test_the_app_started_from_its_command_syncs_the_demo_through_its_helper(tmp_path):
    # app.main always hands the sync to a helper; --quit-after-sync exits 1 unless the first sync succeeded
    home = tmp_path / "home"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(home), "XDG_CONFIG_HOME": str(home / "config"),
           "XDG_DATA_HOME": str(home / "data"), "XDG_CACHE_HOME": str(home / "cache")}
    done = subprocess.run([sys.executable, "-m", "tpop_desktop", "--demo", "--quit-after-sync",
                           "--profile", str(tmp_path / "profile")], capture_output=True, text=True, env=env,
                          timeout=120)

    assert done.returncode == 0, done.stderr[-3000:]
    assert "sync failed" not in done.stderr
