"""The sync's reading and writing in a helper process, so that the window never waits for it.

A sync parses thousands of orders and writes them: Python work that, on a thread of the app's
own process, holds the interpreter lock the GUI thread needs for every cell it paints. The
table stuttered while a sync ran (``benchmarks/sync_bench.py``: 35 to 60 ms stalls while it
scrolled, however short the interpreter's switch interval). Here the whole of it (the pages
fetched and staged, the one write transaction) runs in a child process started on the first
sync and kept for the next ones, with its own store connection (the file is WAL: the window
keeps reading while it writes) and its own HTTP connection. The sync thread only waits on a
pipe, which holds no lock.

"spawn", never "fork": the child starts clean, inheriting no thread, lock or Qt state of the
app. Quitting kills a child still at work: the write is one transaction, so the file keeps
the last complete sync and the next start removes the staged pages left behind.
"""

from __future__ import annotations

import logging
import multiprocessing
import pickle
import signal
import threading
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from tpop_desktop.abandonable import POLL_S, CallAbandoned
from tpop_desktop.connectors.base import OrderSource
from tpop_desktop.connectors.errors import ConnectorError
from tpop_desktop.store.errors import StoreError
from tpop_desktop.store.handle import Database
from tpop_desktop.store.orders_store import OrderStore
from tpop_desktop.sync.engine import SyncReport, apply_changes, fetch_changes
from tpop_desktop.sync.source import SourceFactory

log = logging.getLogger(__name__)

CLOSE_WAIT_S = 2.0  # a child asked to stop between syncs is given this long before it is killed
# The report's change events come back in slices, read one at a time with a pause between them:
# 10,000 events with their orders take ~80 ms of Python to read, which in one go would hold the
# interpreter lock the window needs while it paints; a slice takes ~2 ms.
EVENTS_A_SLICE = 200
SLICE_PAUSE_S = 0.001


class HelperStoppedError(RuntimeError):
    """The helper process ended in the middle of a sync (killed, out of memory, a crash)."""


def can_carry(factory: SourceFactory | None) -> bool:
    """Whether the factory can be sent to the helper (a plain callable object, not a closure)."""
    if factory is None:
        return False
    try:
        pickle.dumps(factory)
    except (pickle.PicklingError, TypeError, AttributeError):
        return False
    return True


# -- what crosses the pipe ------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Task:
    database: Database
    factory: SourceFactory
    full: bool


@dataclass(frozen=True)
class _Report:
    """A ``SyncReport`` without its events, and the events pickled a slice at a time."""

    report: SyncReport
    event_slices: tuple[bytes, ...]

    @classmethod
    def of(cls, report: SyncReport) -> _Report:
        events = report.events
        slices = tuple(pickle.dumps(events[start:start + EVENTS_A_SLICE], pickle.HIGHEST_PROTOCOL)
                       for start in range(0, len(events), EVENTS_A_SLICE))
        return cls(replace(report, events=[]), slices)

    def rebuild(self) -> SyncReport:
        events = []
        for number, piece in enumerate(self.event_slices):
            if number:
                time.sleep(SLICE_PAUSE_S)  # lets the GUI thread take the interpreter lock
            events.extend(pickle.loads(piece))
        return replace(self.report, events=events)


@dataclass(frozen=True)
class _Failure:
    """An exception rebuilt on the other side without calling its constructor (some take keywords)."""

    kind: type[BaseException]
    args: tuple[Any, ...]
    attributes: dict[str, Any] = field(default_factory=dict)
    trace: str = ""

    @classmethod
    def of(cls, error: BaseException) -> _Failure:
        expected = isinstance(error, (ConnectorError, StoreError))
        failure = cls(type(error), error.args, dict(vars(error)),
                      "" if expected else "".join(traceback.format_exception(error)))
        try:
            pickle.loads(pickle.dumps(failure))
        except Exception:  # an attribute that does not travel: keep the class and the message
            return cls(type(error) if expected else RuntimeError, (str(error),), {}, failure.trace)
        return failure

    def rebuild(self) -> BaseException:
        error = self.kind.__new__(self.kind)
        BaseException.__init__(error, *self.args)
        error.__dict__.update(self.attributes)
        return error


# -- the child's side -----------------------------------------------------------------------------------


class _Child:
    """The store and the connector of the child, kept between syncs (one file, one keep-alive)."""

    def __init__(self) -> None:
        self._database: Database | None = None
        self._store: OrderStore | None = None
        self._factory: SourceFactory | None = None
        self._source: OrderSource | None = None

    def sync(self, task: _Task) -> SyncReport:
        try:
            store = self._store_for(task.database)
            source = self._source_for(task.factory)
            fetched = fetch_changes(source, None if task.full else store.sync_cursor(), database_path=store.path)
            return apply_changes(store, fetched)
        except BaseException:
            self.close()  # a rejected token, a vanished file: start afresh next time
            raise

    def _store_for(self, database: Database) -> OrderStore:
        if self._store is None or self._database != database:
            self._close_store()
            self._store, self._database = database.orders(), database
        return self._store

    def _source_for(self, factory: SourceFactory) -> OrderSource:
        if self._source is None or self._factory != factory:
            self._close_source()
            self._source, self._factory = factory(), factory
        return self._source

    def _close_store(self) -> None:
        if self._store is not None:
            store, self._store = self._store, None
            store.close()

    def _close_source(self) -> None:
        if self._source is not None:
            source, self._source = self._source, None
            try:
                source.close()
            except Exception:  # closing never fails a sync
                pass

    def close(self) -> None:
        self._close_source()
        self._close_store()


def serve(connection) -> None:  # noqa: ANN001 - a multiprocessing Connection
    """The child's loop: one task in, one ("ok", report) or ("error", failure) out, until None or EOF."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C in a terminal is the app's to handle
    logging.getLogger().addHandler(logging.NullHandler())  # the app logs from the report it gets back
    child = _Child()
    try:
        while True:
            try:
                message = connection.recv_bytes()
            except (EOFError, OSError):
                break
            try:
                task = pickle.loads(message)
                if task is None:
                    break
                answer: tuple[str, object] = ("ok", _Report.of(child.sync(task)))
            except BaseException as error:  # noqa: BLE001 - every failure goes back to the app
                answer = ("error", _Failure.of(error))
            connection.send(answer)
    finally:
        child.close()


# -- the app's side -------------------------------------------------------------------------------------


class SyncHelper:
    """The app's handle on the helper process: ``sync`` blocks its caller (the sync thread) only.

    Thread-safe: ``close`` may come from another thread while ``sync`` waits (quitting).
    """

    def __init__(self, *, start_method: str = "spawn") -> None:
        self._context = multiprocessing.get_context(start_method)
        self._lock = threading.Lock()
        self._process = None
        self._connection = None
        self.started = 0  # child processes started so far (tests read it)

    def sync(self, database: Database, factory: SourceFactory, *, full: bool,
             give_up: Callable[[], bool] = lambda: False) -> SyncReport:
        """Fetch and apply in the child; raises what the sync raised there, ``CallAbandoned`` when
        ``give_up()`` turns true (the child is then killed), ``HelperStoppedError`` if it died."""
        connection = self._ensure_child()
        try:
            connection.send(_Task(database, factory, full))
            while not connection.poll(POLL_S):
                if give_up():
                    self.close(kill=True)
                    raise CallAbandoned()
            kind, value = connection.recv()
        except (EOFError, OSError) as error:  # the pipe closed: the child is gone
            self.close(kill=True)
            raise HelperStoppedError("the sync's helper process stopped during the sync") from error
        if kind == "ok":
            assert isinstance(value, _Report)
            return value.rebuild()
        assert isinstance(value, _Failure)
        if value.trace:
            log.error("the sync failed in its helper process:\n%s", value.trace)
        raise value.rebuild()

    def start(self) -> None:
        """Start the child now rather than at the first sync (it takes a moment to import)."""
        self._ensure_child()

    def _ensure_child(self):  # noqa: ANN202 - a multiprocessing Connection
        with self._lock:
            if self._process is not None and self._process.is_alive():
                return self._connection
            self._discard_locked(kill=True)
            ours, theirs = self._context.Pipe(duplex=True)
            process = self._context.Process(target=serve, args=(theirs,), name="tpop-sync-helper", daemon=True)
            process.start()
            theirs.close()
            self._process, self._connection = process, ours
            self.started += 1
            log.debug("sync helper process %s started", process.pid)
            return ours

    def close(self, *, kill: bool = False) -> None:
        """End the child: asked nicely between syncs, killed when ``kill`` or when it does not stop."""
        with self._lock:
            self._discard_locked(kill=kill)

    def _discard_locked(self, *, kill: bool) -> None:
        process, connection = self._process, self._connection
        self._process = self._connection = None
        if process is None:
            return
        if not kill and process.is_alive():
            try:
                connection.send(None)
            except (OSError, ValueError):
                pass
            process.join(CLOSE_WAIT_S)
        if process.is_alive():
            process.kill()
            process.join(CLOSE_WAIT_S)
        if connection is not None:
            connection.close()
        process.close()
