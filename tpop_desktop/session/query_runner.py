"""Runs the table's filter-and-sort query off the GUI thread, newest request only.

At 100,000 orders a query takes tens of milliseconds; typing must never wait for it.
The runner owns its own SQLite connection on its own thread.
"""

from __future__ import annotations

import logging
from datetime import datetime, timezone

from PySide6.QtCore import QObject, QThread, Signal, Slot

from tpop_desktop.store.errors import StoreError
from tpop_desktop.store.handle import Database
from tpop_desktop.store.orders_store import OrderStore
from tpop_desktop.store.records import OrderQuery, SortKey

log = logging.getLogger(__name__)


class _QueryWorker(QObject):
    ready = Signal(int, object, object, object)  # generation, row ids, status counts, changed rowids
    failed = Signal(int, str)

    def __init__(self, database: Database) -> None:
        super().__init__()
        self._database = database
        self._store: OrderStore | None = None
        self.latest = 0  # written by the GUI thread; an int assignment is atomic

    @Slot(int, object)
    def run(self, generation: int, request: object) -> None:
        if generation != self.latest:
            return  # a newer request is already queued
        query, sort, descending, changed = request  # type: ignore[misc]
        try:
            if self._store is None:
                self._store = self._database.orders()
            now = datetime.now(timezone.utc)
            ids, counts = self._store.table(query, sort, descending, now=now)
            # Resolved here, not on the GUI thread: 10,000 changed orders are 20 queries.
            changed_rowids = set(self._store.rowids_for(changed).values()) if changed else set()
        except StoreError as error:
            log.warning("order query failed: %s", error)
            self.failed.emit(generation, str(error))
            return
        self.ready.emit(generation, ids, counts, changed_rowids)

    @Slot()
    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None


class QueryRunner(QObject):
    """GUI-side handle: ``submit`` returns at once; ``ready`` brings the newest result.

    ``ready(generation, ids, counts, changed_rowids)``: ``changed_rowids`` are the row ids
    of the ``changed`` references passed to that ``submit``.
    """

    ready = Signal(int, object, object, object)
    failed = Signal(int, str)
    _request = Signal(int, object)  # (query, sort, descending, changed) travels as one object
    _close = Signal()

    def __init__(self, database: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._generation = 0
        self._thread = QThread()
        self._thread.setObjectName("tpop-query")
        self._worker = _QueryWorker(database)
        self._worker.moveToThread(self._thread)
        self._request.connect(self._worker.run)
        self._close.connect(self._worker.close)
        self._worker.ready.connect(self._on_ready)
        self._worker.failed.connect(self.failed)
        self._thread.start()

    def submit(self, query: OrderQuery, sort: SortKey, descending: bool,
               changed: frozenset[str] = frozenset()) -> int:
        self._generation += 1
        self._worker.latest = self._generation
        self._request.emit(self._generation, (query, sort, descending, changed))
        return self._generation

    def _on_ready(self, generation: int, ids: object, counts: object, changed: object) -> None:
        if generation == self._generation:
            self.ready.emit(generation, ids, counts, changed)

    def shutdown(self) -> None:
        if self._thread.isRunning():
            self._close.emit()
            self._thread.quit()
            self._thread.wait(5000)
