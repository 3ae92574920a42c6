"""The background poller: a QObject living on its own QThread, one sync at a time.

Results reach the UI only through signals. The network part of a sync, and each
post-sync job, runs as an abandonable call so that quitting never waits for a slow
server; the SQLite write happens on the worker thread with its own connection.
"""

from __future__ import annotations

import logging
import random
import threading
from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot

from tpop_desktop.abandonable import AbandonableCall, CallAbandoned
from tpop_desktop.connectors.base import OrderSource
from tpop_desktop.connectors.errors import ConnectorError
from tpop_desktop.core.backoff import backoff_delay, retry_after_delay
from tpop_desktop.store.errors import StoreError
from tpop_desktop.store.handle import Database
from tpop_desktop.store.orders_store import OrderStore
from tpop_desktop.sync.engine import (
    Fetched,
    SyncReport,
    apply_changes,
    fetch_changes,
    log_skipped,
    utc_now,
)
from tpop_desktop.sync.helper_process import SyncHelper, can_carry
from tpop_desktop.sync.jobs import PostSyncJob
from tpop_desktop.sync.outcome import FailureKind, classify, failure_of
from tpop_desktop.sync.source import SourceLink

log = logging.getLogger(__name__)

DEFAULT_INTERVAL_S = 5 * 60
TOO_LARGE_RETRY_S = 60 * 60  # after "the server sent too much": once an hour at most


class SyncWorker(QObject):
    """Polls TPOP every ``interval_s`` seconds, backs off on failures, stops on a rejected token.

    After each successful sync the ``jobs`` run in order (see ``sync.jobs``); each outcome
    that is not None is emitted as ``jobDone(job.name, outcome)``. Jobs whose ``needs_tpop``
    is False (the shops as an order source) also run without a TPOP token, on the same
    schedule, and after a sync that failed.
    """

    syncStarted = Signal()
    syncSucceeded = Signal(object)  # SyncReport
    syncFailed = Signal(object)  # SyncFailure
    scheduled = Signal(float)  # seconds until the next automatic sync (tests read it instead of waiting)
    jobDone = Signal(str, object)  # job name, its outcome

    def __init__(self, source: SourceLink, database: Database, *, jobs: Sequence[PostSyncJob] = (),
                 interval_s: float = DEFAULT_INTERVAL_S, rng: Callable[[], float] = random.random,
                 full_first: bool = False, helper: SyncHelper | None = None) -> None:
        super().__init__()
        self._helper = helper
        self._link = source
        self._database = database
        self._jobs = tuple(jobs)
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
        if self._helper is not None:
            self._helper.close()

    def request_quit(self) -> None:
        """Thread-safe: makes a waiting sync give up at once."""
        self._quitting.set()

    @Slot(float)
    def set_interval(self, seconds: float) -> None:
        self._interval_s = float(seconds)
        if self._timer is not None and self._timer.isActive() and self._failures == 0:
            self._schedule(self._interval_s)

    @Slot()
    def resume(self) -> None:
        """The source link has a new token: forget the old client and sync now."""
        self._close_source()
        self._paused = False
        self._failures = 0
        self.sync_now()

    # -- the sync --------------------------------------------------------------------

    @Slot()
    def sync_now(self) -> None:
        if self._running or self._quitting.is_set():
            return
        if not self._link.available():
            self._run_without_tpop()
            return
        self._running = True
        if self._timer is not None:
            self._timer.stop()
        self.syncStarted.emit()
        try:
            report = self._sync_once()
        except CallAbandoned:
            return
        except (ConnectorError, StoreError) as error:
            self._on_failure(error)
            self._run_jobs(None, self._standalone_jobs())  # the shops do not wait for TPOP
        except Exception as error:  # a bug must not kill the poller
            log.exception("unexpected error during sync")
            self._on_failure(error)
        else:
            self._failures = 0
            self._paused = False
            self.syncSucceeded.emit(report)
            self._run_jobs(report)
            self._schedule(self._interval_s)
        finally:
            self._running = False

    def _sync_once(self) -> SyncReport:
        full = self._full_next
        factory = self._link.factory()
        if self._helper is not None and can_carry(factory):
            report = self._helper.sync(self._database, factory, full=full, give_up=self._giving_up)
            self._full_next = False
            log_skipped(report.skipped_count, report.skipped)  # the helper's own log goes nowhere
            return report
        store = self._open_store()
        fetched = self._fetch_off_thread(None if full else store.sync_cursor(), store)
        report = apply_changes(store, fetched, now=utc_now)
        self._full_next = False
        return report

    def _fetch_off_thread(self, cursor: str | None, store: OrderStore) -> Fetched:
        """Pages are staged next to the store's file as they arrive (memory holds one page)."""
        source = self._source or self._link.connector()
        self._source = source
        path = store.path
        return self._abandonable(lambda: fetch_changes(source, cursor, database_path=path), "tpop-fetch")

    def _standalone_jobs(self) -> tuple[PostSyncJob, ...]:
        return tuple(job for job in self._jobs if not getattr(job, "needs_tpop", True))

    def _run_without_tpop(self) -> None:
        """No TPOP token (yet): only the jobs that need none, then the next round at the interval."""
        jobs = self._standalone_jobs()
        if not jobs:
            return
        self._running = True
        if self._timer is not None:
            self._timer.stop()
        try:
            self._run_jobs(None, jobs)
        finally:
            self._running = False
        self._schedule(self._interval_s)

    def _run_jobs(self, report: SyncReport | None, jobs: Sequence[PostSyncJob] | None = None) -> None:
        for job in self._jobs if jobs is None else jobs:
            try:
                outcome = self._abandonable(lambda job=job: job(report), f"tpop-job-{job.name}")
            except CallAbandoned:
                return
            except Exception:  # a job must never stop TPOP's sync nor the other jobs
                log.exception("the post-sync job %s failed", job.name)
                continue
            if outcome is not None:
                self.jobDone.emit(job.name, outcome)

    def _abandonable(self, call: Callable[[], object], name: str):  # noqa: ANN202 - the call's own type
        return AbandonableCall(call, name).run(give_up=self._giving_up)

    def _giving_up(self) -> bool:
        return self._quitting.is_set() or QThread.currentThread().isInterruptionRequested()

    def _on_failure(self, error: Exception) -> None:
        kind = classify(error)
        log.warning("sync failed (%s): %s", kind, error)
        if kind in (FailureKind.AUTH, FailureKind.FORBIDDEN):
            self._paused = True
            self._close_source()
            self.syncFailed.emit(failure_of(error, None))
            return
        self._failures += 1
        if kind is FailureKind.RATE_LIMITED:
            delay = retry_after_delay(getattr(error, "retry_after", None), fallback_s=self._interval_s)
        elif kind is FailureKind.TOO_LARGE:  # trying again soon would download it all again
            delay = max(self._interval_s, TOO_LARGE_RETRY_S)
        else:
            delay = backoff_delay(self._failures, rng=self._rng)
        if kind is FailureKind.STORE:
            self._drop_store()
        self.syncFailed.emit(failure_of(error, delay))
        self._schedule(delay)

    def _schedule(self, seconds: float) -> None:
        if self._paused or self._quitting.is_set() or self._timer is None:
            return
        self._timer.start(int(max(0.0, seconds) * 1000))
        self.scheduled.emit(seconds)

    # -- resources ---------------------------------------------------------------------

    def _open_store(self) -> OrderStore:
        if self._store is None:
            self._store = self._database.orders()
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
