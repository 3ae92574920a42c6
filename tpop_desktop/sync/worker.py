"""The background poller: a QObject living on its own QThread, one sync at a time.

Results reach the UI only through signals. The network part of a sync runs on a
short-lived daemon thread so that quitting never waits for a slow server; the SQLite
write happens on the worker thread with its own connection.
"""

from __future__ import annotations

import logging
import random
import threading
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot

from tpop_desktop.connectors.base import OrderSource
from tpop_desktop.connectors.errors import (
    AuthError,
    ConnectorError,
    ForbiddenError,
    NetworkError,
    PayloadError,
    RateLimitedError,
)
from tpop_desktop.core.backoff import backoff_delay, retry_after_delay
from tpop_desktop.store.errors import StoreError
from tpop_desktop.store.orders_store import OrderStore
from tpop_desktop.sync.engine import Fetched, SyncReport, apply_changes, fetch_changes, utc_now

log = logging.getLogger(__name__)

DEFAULT_INTERVAL_S = 5 * 60
WAIT_SLICE_S = 0.05  # how often a waiting sync checks whether the app is quitting


class FailureKind(StrEnum):
    NETWORK = "network"
    SERVER = "server"
    RATE_LIMITED = "rate_limited"
    AUTH = "auth"
    FORBIDDEN = "forbidden"
    PAYLOAD = "payload"
    STORE = "store"


@dataclass(frozen=True)
class SyncFailure:
    kind: FailureKind
    detail: str  # for the log; the UI shows a translated sentence for ``kind``
    retry_in_s: float | None  # None: polling stopped until the merchant acts


def classify(error: Exception) -> FailureKind:
    if isinstance(error, AuthError):
        return FailureKind.AUTH
    if isinstance(error, ForbiddenError):
        return FailureKind.FORBIDDEN
    if isinstance(error, RateLimitedError):
        return FailureKind.RATE_LIMITED
    if isinstance(error, PayloadError):
        return FailureKind.PAYLOAD
    if isinstance(error, NetworkError):
        return FailureKind.NETWORK
    if isinstance(error, StoreError):
        return FailureKind.STORE
    return FailureKind.SERVER


class _Cancelled(Exception):
    pass


class SyncWorker(QObject):
    """Polls TPOP every ``interval_s`` seconds, backs off on failures, stops on a rejected token."""

    syncStarted = Signal()
    syncSucceeded = Signal(object)  # SyncReport
    syncFailed = Signal(object)  # SyncFailure
    scheduled = Signal(float)  # seconds until the next automatic sync (tests read it instead of waiting)
    shopChecksDone = Signal(object)  # what ``after_sync`` returned (when not None)

    def __init__(self, source_factory: Callable[[], OrderSource], store_path: Path, *,
                 interval_s: float = DEFAULT_INTERVAL_S, rng: Callable[[], float] = random.random,
                 full_first: bool = False,
                 after_sync: Callable[[SyncReport], object] | None = None) -> None:
        """``after_sync`` runs after each successful sync (the shop checks), off the GUI thread and
        abandoned when the app quits; its result, unless None, is emitted as ``shopChecksDone``."""
        super().__init__()
        self._after_sync = after_sync
        self._source_factory = source_factory
        self._store_path = store_path
        self._interval_s = float(interval_s)
        self._rng = rng
        self._full_next = full_first
        self._failures = 0
        self._paused = False
        self._running = False
        self._quitting = threading.Event()
        self._source: OrderSource | None = None
        self._store: OrderStore | None = None
        self._timer: QTimer | None = None

    # -- lifecycle (slots run on the worker thread) --------------------------------

    @Slot()
    def start(self) -> None:
        """Create the timer in the worker thread and sync at once."""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.sync_now)
        self.sync_now()

    @Slot()
    def stop(self) -> None:
        """Runs on the worker thread (queued, or as the thread finishes); safe to call twice."""
        self._quitting.set()
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        self._close_source()
        if self._store is not None:
            self._store.close()
            self._store = None

    def request_quit(self) -> None:
        """Thread-safe: makes a waiting sync give up at once."""
        self._quitting.set()

    @Slot(float)
    def set_interval(self, seconds: float) -> None:
        self._interval_s = float(seconds)
        if self._timer is not None and self._timer.isActive() and self._failures == 0:
            self._schedule(self._interval_s)

    @Slot(object)
    def set_source_factory(self, factory: Callable[[], OrderSource]) -> None:
        """A new token or account: forget the old client, resume polling."""
        self._close_source()
        self._source_factory = factory
        self._paused = False
        self._failures = 0

    @Slot()
    def request_full_sync(self) -> None:
        self._full_next = True

    # -- the sync --------------------------------------------------------------------

    @Slot()
    def sync_now(self) -> None:
        if self._running or self._quitting.is_set():
            return
        self._running = True
        if self._timer is not None:
            self._timer.stop()
        self.syncStarted.emit()
        try:
            report = self._sync_once()
        except _Cancelled:
            return
        except (ConnectorError, StoreError) as error:
            self._on_failure(error)
        except Exception as error:  # a bug must not kill the poller
            log.exception("unexpected error during sync")
            self._on_failure(error)
        else:
            self._failures = 0
            self._paused = False
            self.syncSucceeded.emit(report)
            self._run_after_sync(report)
            self._schedule(self._interval_s)
        finally:
            self._running = False

    def _sync_once(self):
        store = self._open_store()
        full = self._full_next
        fetched = self._fetch_off_thread(None if full else store.sync_cursor())
        report = apply_changes(store, fetched, now=utc_now)
        self._full_next = False
        return report

    def _fetch_off_thread(self, cursor: str | None) -> Fetched:
        source = self._source or self._source_factory()
        self._source = source
        return self._off_thread(lambda: fetch_changes(source, cursor), "tpop-fetch")  # type: ignore[return-value]

    def _run_after_sync(self, report: SyncReport) -> None:
        hook = self._after_sync
        if hook is None:
            return
        try:
            outcome = self._off_thread(lambda: hook(report), "tpop-after-sync")
        except _Cancelled:
            return
        except Exception:  # the shop checks must never stop TPOP's sync
            log.exception("the after-sync step failed")
            return
        if outcome is not None:
            self.shopChecksDone.emit(outcome)

    def _off_thread(self, call: Callable[[], object], name: str) -> object:
        """Run ``call`` on a daemon thread; give up at once when the app quits."""
        result: dict[str, object] = {}
        done = threading.Event()

        def run() -> None:
            try:
                result["value"] = call()
            except BaseException as error:  # handed back to the worker thread
                result["error"] = error
            finally:
                done.set()

        threading.Thread(target=run, name=name, daemon=True).start()
        while not done.wait(WAIT_SLICE_S):
            if self._quitting.is_set() or QThread.currentThread().isInterruptionRequested():
                raise _Cancelled()
        if "error" in result:
            raise result["error"]  # type: ignore[misc]
        return result["value"]

    def _on_failure(self, error: Exception) -> None:
        kind = classify(error)
        log.warning("sync failed (%s): %s", kind, error)
        if kind in (FailureKind.AUTH, FailureKind.FORBIDDEN):
            self._paused = True
            self._close_source()
            self.syncFailed.emit(SyncFailure(kind, str(error), None))
            return
        self._failures += 1
        if kind is FailureKind.RATE_LIMITED:
            delay = retry_after_delay(getattr(error, "retry_after", None), fallback_s=self._interval_s)
        else:
            delay = backoff_delay(self._failures, rng=self._rng)
        if kind is FailureKind.STORE:
            self._drop_store()
        self.syncFailed.emit(SyncFailure(kind, str(error), delay))
        self._schedule(delay)

    def _schedule(self, seconds: float) -> None:
        if self._paused or self._quitting.is_set() or self._timer is None:
            return
        self._timer.start(int(max(0.0, seconds) * 1000))
        self.scheduled.emit(seconds)

    # -- resources ---------------------------------------------------------------------

    def _open_store(self) -> OrderStore:
        if self._store is None:
            self._store = OrderStore(self._store_path)
        return self._store

    def _drop_store(self) -> None:
        if self._store is not None:
            try:
                self._store.close()
            finally:
                self._store = None

    def _close_source(self) -> None:
        if self._source is not None:
            try:
                self._source.close()
            except Exception:  # closing must never fail a sync
                log.debug("closing the connector failed", exc_info=True)
            self._source = None
