"""One session's orders as the window reads them: rows, one order, counts, facets, archive, export.

Point reads (a block of table rows by row id, one order and its history by reference)
are by key and answered at once from a GUI-thread connection. Anything that scans (the
"Today" counts, the shop and country lists, archiving by age, the CSV export) runs in
the background and answers with a signal or a callback.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from tpop_desktop.core.local_time import local_midnight, local_today
from tpop_desktop.core.models import Order, Status
from tpop_desktop.session.background import BackgroundTask, run_in_background
from tpop_desktop.session.csv_export import Labels, write_csv
from tpop_desktop.session.facets import Facets, read_facets
from tpop_desktop.store.handle import Database
from tpop_desktop.store.orders_store import OrderStore
from tpop_desktop.store.records import HistoryEntry, OrderQuery, OrderRow, SortKey

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class TodayCounts:
    shipped_today: int
    blocked: int
    needs_attention: int
    stored_orders: int = 0  # every stored order, archived ones included (a new shop or country may follow)


def shipped_today_query(now: datetime) -> OrderQuery:
    """The orders "shipped today" counts: shipped since local midnight, whatever their status now."""
    return OrderQuery(shipped_from=local_midnight(local_today(now)))


def count_today(store: OrderStore, now: datetime) -> TodayCounts:
    """Each count is the length of the list its button opens (``shipped_today_query``, the blocked
    chip, the needs-attention toggle), over the non-archived orders whatever the table's filters."""
    shipped_today = len(store.query_ids(shipped_today_query(now), now=now))
    blocked = store.status_counts(OrderQuery(), now=now)[Status.BLOCKED]
    attention = len(store.query_ids(OrderQuery(needs_attention=True), now=now))
    return TodayCounts(shipped_today, blocked, attention, store.order_count())


class OrderService(QObject):
    todayCounted = Signal(object)  # TodayCounts
    facetsRead = Signal(object)  # Facets
    problem = Signal(str)  # a store error's text, for the status bar

    def __init__(self, database: Database, now: Callable[[], datetime] = lambda: datetime.now(timezone.utc),
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self._now = now
        self._store = database.orders()  # GUI thread: point reads and small writes only
        self._counting = False
        self._count_again = False
        self._facets_generation = 0
        self.today: TodayCounts | None = None
        self._closed = False

    # -- point reads -----------------------------------------------------------------------------------

    def order(self, reference: str) -> Order | None:
        return self._store.order(reference)

    def history(self, reference: str) -> list[HistoryEntry]:
        return self._store.history(reference)

    def rows(self, rowids: Sequence[int]) -> dict[int, OrderRow]:
        return self._store.rows(rowids)

    def rowid_for(self, reference: str) -> int | None:
        return self._store.rowid_for(reference)

    def last_sync_at(self) -> datetime | None:
        return self._store.last_sync_at()

    def order_count(self) -> int:
        return self._store.order_count()

    # -- small writes ------------------------------------------------------------------------------------

    def set_archived(self, references: Iterable[str], archived: bool) -> int:
        """Archive or restore the given orders (a selection: a few rows by key); raises ``StoreError``."""
        return self._store.set_archived(references, archived)

    def archive_delivered(self, older_than_days: int, on_done: Callable[[int], None],
                          on_error: Callable[[Exception], None], context: QObject | None = None) -> None:
        """Archive every delivered order older than the cut-off, in the background."""
        database, now = self._database, self._now()

        def archive() -> int:
            store = database.orders()
            try:
                return store.archive_delivered(older_than_days, now=now)
            finally:
                store.close()

        run_in_background(archive, on_done, on_error, context=context)

    # -- counts and facets -----------------------------------------------------------------------------------

    def count_today(self) -> None:
        """Recount "Today" in the background; one count at a time, the last request always answered."""
        if self._closed:
            return
        if self._counting:
            self._count_again = True
            return
        self._counting, self._count_again = True, False
        database, now = self._database, self._now()

        def count() -> TodayCounts:
            store = database.orders()
            try:
                return count_today(store, now)
            finally:
                store.close()

        run_in_background(count, self._counted, lambda _error: self._counted(None), context=self)

    def _counted(self, counts: TodayCounts | None) -> None:
        self._counting = False
        if self._closed:
            return
        if counts is not None:
            self.today = counts
            self.todayCounted.emit(counts)
        if self._count_again:
            self.count_today()

    def load_facets(self) -> None:
        """The shops and countries for the filter lists, in the background; the newest answer wins."""
        self._facets_generation += 1
        generation, database = self._facets_generation, self._database

        def read() -> Facets:
            store = database.orders()
            try:
                return read_facets(store)
            finally:
                store.close()

        def done(facets: Facets) -> None:
            if generation == self._facets_generation and not self._closed:
                self.facetsRead.emit(facets)

        run_in_background(read, done, lambda error: log.warning("facets: %s", error), context=self)

    # -- export -------------------------------------------------------------------------------------------------

    def export_csv(self, path: Path, query: OrderQuery, sort: SortKey, descending: bool, labels: Labels, *,
                   on_done: Callable[[int | None], None], on_error: Callable[[Exception], None],
                   on_progress: Callable[[int, int], None], context: QObject | None = None) -> BackgroundTask:
        """Write the view to ``path`` in the background; ``on_done(None)`` when cancelled."""
        database = self._database
        task = BackgroundTask(on_done, on_error, context=context, on_progress=on_progress)

        def export() -> int | None:
            store = database.orders()
            try:
                return write_csv(Path(path), store, query, sort, descending, labels,
                                 progress=task.report, cancelled=task.cancelled)
            finally:
                store.close()

        return task.start(export)

    # -- the end of the session -----------------------------------------------------------------------------------

    def close(self) -> None:
        if not self._closed:
            self._closed = True
            self._store.close()
