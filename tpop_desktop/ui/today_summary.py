"""The "Today" line above the table: shipped today, blocked, needing attention.

Counted with store queries on a background thread, over every non-archived order
whatever the table's filters, so it reads the same as the tray tooltip.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import QLabel, QWidget

from tpop_desktop.core.models import Status
from tpop_desktop.store.orders_store import OrderStore
from tpop_desktop.store.records import OrderQuery
from tpop_desktop.ui.background import run_in_background
from tpop_desktop.ui.filter_state import local_midnight, local_today
from tpop_desktop.ui.orders_model import OrderTableModel
from tpop_desktop.ui.texts import tr

# Orders shipped today were placed within this window: TPOP ships within days of an order
# (longer only for blocked ones), and the bound keeps the count cheap at 100,000 orders.
SHIPPED_TODAY_LOOKBACK = timedelta(days=120)




@dataclass(frozen=True)
class TodayCounts:
    shipped_today: int
    blocked: int
    needs_attention: int


def count_today(store: OrderStore, now: datetime) -> TodayCounts:
    midnight = local_midnight(local_today(now))
    recent = OrderQuery(statuses=frozenset({Status.SHIPPED, Status.DELIVERED}),
                        created_from=midnight - SHIPPED_TODAY_LOOKBACK)
    rows = store.rows(store.query_ids(recent, now=now))
    shipped_today = sum(1 for row in rows.values() if row.shipped_at is not None and row.shipped_at >= midnight)
    blocked = store.status_counts(OrderQuery(), now=now)[Status.BLOCKED]
    attention = len(store.query_ids(OrderQuery(needs_attention=True), now=now))
    return TodayCounts(shipped_today, blocked, attention)


def count_today_at(path: Path, now: datetime) -> TodayCounts:
    store = OrderStore(path)
    try:
        return count_today(store, now)
    finally:
        store.close()


def summary_text(counts: TodayCounts) -> str:
    locale = QLocale()
    return tr("Today: shipped {shipped} · blocked {blocked} · needs attention {attention}").format(
        shipped=locale.toString(counts.shipped_today), blocked=locale.toString(counts.blocked),
        attention=locale.toString(counts.needs_attention))


class TodaySummary(QLabel):
    """Recounts after each change of the data (not of the filters); one count runs at a time."""

    changed = Signal(object)  # TodayCounts

    def __init__(self, parent: QWidget | None = None,
                 now: Callable[[], datetime] = lambda: datetime.now(timezone.utc)) -> None:
        super().__init__(parent)
        self.setObjectName("today-summary")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self._now = now
        self._path: Path | None = None
        self._model: OrderTableModel | None = None
        self._seen_query: OrderQuery | None = None
        self._generation = 0
        self._running = False
        self._dirty = False
        self.counts: TodayCounts | None = None

    def attach(self, store_path: Path, model: OrderTableModel) -> None:
        if self._model is not None:
            try:
                self._model.refreshed.disconnect(self._on_refreshed)
            except (RuntimeError, TypeError):
                pass  # that session's model is already gone
        self._path = store_path
        self._model = model
        self._seen_query = model.query()
        self._generation += 1
        self._running = False
        self.counts = None
        self.clear()
        model.refreshed.connect(self._on_refreshed)
        self.refresh()

    def _on_refreshed(self) -> None:
        """A refresh with an unchanged query means the data changed (a sync, an archive)."""
        query = self._model.query() if self._model is not None else None
        if query == self._seen_query:
            self.refresh()
        self._seen_query = query

    def refresh(self) -> None:
        if self._path is None:
            return
        if self._running:
            self._dirty = True
            return
        self._running = True
        self._dirty = False
        generation, path, now = self._generation, self._path, self._now()
        run_in_background(lambda: count_today_at(path, now),
                          lambda counts: self._on_counts(generation, counts),
                          lambda _error: self._on_counts(generation, None), context=self)

    def _on_counts(self, generation: int, counts: TodayCounts | None) -> None:
        if generation != self._generation:
            return  # another session's answer
        self._running = False
        if counts is not None:
            self.counts = counts
            self.setText(summary_text(counts))
            self.changed.emit(counts)
        if self._dirty:
            self.refresh()

    def tray_text(self) -> str:
        """For the tray tooltip's last line; empty until the first count."""
        return summary_text(self.counts) if self.counts is not None else ""
