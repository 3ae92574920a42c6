"""The orders table model: only row ids in memory, rows read from SQLite a block at a time.

Filtering and sorting happen in SQLite (through ``QueryRunner``), so the model stays
fast at 100,000 orders. A refresh keeps the selection: unchanged rows keep their
persistent indexes, new rows are inserted, changed rows emit ``dataChanged`` only.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timezone
from enum import IntEnum

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle

from tpop_desktop.core.attention import is_late, needs_attention_on, stale_before
from tpop_desktop.core.models import Status
from tpop_desktop.core.shop_order_source import display_reference
from tpop_desktop.core.text import display_text
from tpop_desktop.session.orders import OrderService
from tpop_desktop.session.query_runner import QueryRunner
from tpop_desktop.store.records import OrderQuery, OrderRow, SortKey
from tpop_desktop.ui.formatting import format_date
from tpop_desktop.ui.shops.texts import shop_state_label
from tpop_desktop.ui.status_style import status_icon
from tpop_desktop.ui.texts import block_reason_label, country_name, status_label
from tpop_desktop.ui.tracking.texts import parcel_cell

BLOCK_SIZE = 256
# More inserted runs than this and one layout change is cheaper than many insert signals
# (clearing a status chip at 100,000 orders would otherwise emit tens of thousands).
MAX_INSERT_RUNS = 64
ReferenceRole = Qt.ItemDataRole.UserRole + 1
AttentionRole = Qt.ItemDataRole.UserRole + 2


def attention_icon() -> QIcon:
    return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)


def attention_text(row: OrderRow, now: datetime) -> str:
    if row.status is Status.BLOCKED:
        return QCoreApplication.translate("OrdersModel", "Needs attention: this order is blocked")
    stale = row.shipped_at is not None and row.shipped_at < stale_before(now)
    if not stale and is_late(row.status, row.delivered_at, now, row.expected_by):
        return QCoreApplication.translate("OrdersModel", "Needs attention: late, usually delivered by {date}").format(
            date=format_date(row.expected_by))  # type: ignore[arg-type]
    return QCoreApplication.translate("OrdersModel", "Needs attention: shipped over 21 days ago and not delivered")


def expected_cell(row: OrderRow) -> str:
    """ "Tue 8 Dec", or "Tue 8 Dec · late" once the usual window has passed without a delivery."""
    if row.expected_by is None or row.delivered_at is not None or row.status is not Status.SHIPPED:
        return ""
    day = format_date(row.expected_by)
    if is_late(row.status, row.delivered_at, datetime.now(timezone.utc), row.expected_by):
        return QCoreApplication.translate("OrdersModel", "{date} · late").format(date=day)
    return day


class Column(IntEnum):
    REFERENCE = 0
    CREATED = 1
    SHOP = 2
    CUSTOMER = 3
    DESTINATION = 4
    STATUS = 5
    SHOP_CHECK = 6  # the latest daily shop check, for orders that have one
    TRACKING = 7
    PARCEL = 8  # the carrier's status of the latest shipment and its date (with a tracking key)
    CARRIER = 9  # the latest shipment's carrier (shown before the tracking number)
    EXPECTED = 10  # a travelling parcel's "expected by", from its lane's usual window


SORT_KEYS = {
    Column.REFERENCE: SortKey.REFERENCE,
    Column.CREATED: SortKey.CREATED,
    Column.SHOP: SortKey.SHOP,
    Column.CUSTOMER: SortKey.CUSTOMER,
    Column.DESTINATION: SortKey.DESTINATION,
    Column.STATUS: SortKey.STATUS,
    Column.TRACKING: SortKey.TRACKING,
    Column.SHOP_CHECK: SortKey.SHOP_CHECK,
    Column.PARCEL: SortKey.PARCEL,
    Column.CARRIER: SortKey.CARRIER,
    Column.EXPECTED: SortKey.EXPECTED,
}


def column_title(column: Column) -> str:
    return {
        Column.REFERENCE: QCoreApplication.translate("OrdersModel", "Order"),
        Column.CREATED: QCoreApplication.translate("OrdersModel", "Date"),
        Column.SHOP: QCoreApplication.translate("OrdersModel", "Shop"),
        Column.CUSTOMER: QCoreApplication.translate("OrdersModel", "Customer"),
        Column.DESTINATION: QCoreApplication.translate("OrdersModel", "Destination"),
        Column.STATUS: QCoreApplication.translate("OrdersModel", "Status"),
        Column.TRACKING: QCoreApplication.translate("OrdersModel", "Tracking number"),
        Column.SHOP_CHECK: QCoreApplication.translate("OrdersModel", "Shop check"),
        Column.PARCEL: QCoreApplication.translate("OrdersModel", "Parcel"),
        Column.CARRIER: QCoreApplication.translate("OrdersModel", "Carrier"),
        Column.EXPECTED: QCoreApplication.translate("OrdersModel", "Expected by"),
    }[column]


class OrderTableModel(QAbstractTableModel):
    refreshed = Signal()  # the view shows the newest query result
    countsChanged = Signal(object)  # dict[Status, int] for the status chips

    def __init__(self, orders: OrderService, runner: QueryRunner, parent=None) -> None:
        super().__init__(parent)
        self._orders = orders
        self._runner = runner
        self._ids: list[int] = []
        self._cache: dict[int, OrderRow] = {}
        self._query = OrderQuery()
        self._sort = SortKey.CREATED
        self._descending = True
        self._pending_changed: set[str] = set()
        self.last_counts: dict[Status, int] = {}
        runner.ready.connect(self._apply)

    # -- what to show ---------------------------------------------------------------

    def query(self) -> OrderQuery:
        return self._query

    def set_query(self, query: OrderQuery) -> None:
        self._query = query
        self.refresh()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = SORT_KEYS[Column(column)]
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.refresh()

    def sort_state(self) -> tuple[SortKey, bool]:
        return self._sort, self._descending

    def refresh(self, changed_references: Iterable[str] = ()) -> None:
        """Ask for the ids again; rows of ``changed_references`` are re-read when it lands."""
        self._pending_changed.update(changed_references)
        self._runner.submit(self._query, self._sort, self._descending, frozenset(self._pending_changed))

    # -- applying a result ----------------------------------------------------------------

    def _apply(self, _generation: int, ids: list[int], counts: dict[Status, int], changed: set[int]) -> None:
        # Only the newest request's result arrives, and it carried every pending reference.
        self._pending_changed.clear()
        for rowid in changed:
            self._cache.pop(rowid, None)
        if ids != self._ids:
            self._replace_ids(ids)
        if changed:
            self._emit_changed(changed)
        self.last_counts = counts
        self.countsChanged.emit(counts)
        self.refreshed.emit()

    def _replace_ids(self, ids: list[int]) -> None:
        old = self._ids
        inserted = _insertions(old, ids)
        if inserted is not None:
            for position, count in inserted:
                self.beginInsertRows(QModelIndex(), position, position + count - 1)
                self._ids[position:position] = ids[position:position + count]
                self.endInsertRows()
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        rows = _new_positions(old, ids, [index.row() for index in persistent])
        self._ids = list(ids)
        moved = [self.index(row, index.column()) if row >= 0 else QModelIndex()
                 for index, row in zip(persistent, rows)]
        self.changePersistentIndexList(persistent, moved)
        if self._cache:
            kept = set(ids)
            self._cache = {k: v for k, v in self._cache.items() if k in kept}
        self.layoutChanged.emit()

    def _emit_changed(self, rowids: set[int]) -> None:
        """One dataChanged per run of adjacent changed rows; past MAX_INSERT_RUNS runs, one
        spanning them all (views repaint only what they show, so over-reporting is cheap)."""
        last = self.columnCount() - 1
        runs = _runs(sorted(_positions_of(self._ids, rowids)))
        if len(runs) > MAX_INSERT_RUNS:
            runs = [(runs[0][0], runs[-1][1])]
        for start, end in runs:
            self.dataChanged.emit(self.index(start, 0), self.index(end, last))

    # -- access ------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return column_title(Column(section))
        return None

    def row_at(self, row: int) -> OrderRow | None:
        if not 0 <= row < len(self._ids):
            return None
        rowid = self._ids[row]
        cached = self._cache.get(rowid)
        if cached is None:
            start = (row // BLOCK_SIZE) * BLOCK_SIZE
            block = self._ids[start:start + BLOCK_SIZE]
            self._cache.update(self._orders.rows(block))
            cached = self._cache.get(rowid)
        return cached

    def reference_at(self, row: int) -> str | None:
        order_row = self.row_at(row)
        return order_row.reference if order_row else None

    def row_of_reference(self, reference: str) -> int:
        rowid = self._orders.rowid_for(reference)
        try:
            return self._ids.index(rowid) if rowid is not None else -1
        except ValueError:
            return -1

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == ReferenceRole:
            return row.reference
        if role == Qt.ItemDataRole.DecorationRole and column is Column.STATUS:
            return status_icon(row.status)
        if column is Column.REFERENCE and role in (Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ToolTipRole,
                                                   AttentionRole):
            now = datetime.now(timezone.utc)
            attention = needs_attention_on(row.status, row.shipped_at, row.delivered_at, now, row.expected_by)
            if role == AttentionRole:
                return attention
            if attention:
                return attention_icon() if role == Qt.ItemDataRole.DecorationRole else attention_text(row, now)
        if role == Qt.ItemDataRole.ToolTipRole and column is Column.STATUS and row.status is Status.BLOCKED:
            return block_reason_label(row.block_reason)
        return None

    def _display(self, row: OrderRow, column: Column) -> str:
        """The cell's text; server text is cut to one readable line (the stored value stays whole)."""
        if column is Column.REFERENCE:
            return display_text(display_reference(row.reference, row.shop_order_number))  # a shop order: its number
        if column is Column.CREATED:
            return format_date(row.created_at)
        if column is Column.SHOP:
            return display_text(row.shop_name)
        if column is Column.CUSTOMER:
            return display_text(row.customer_name)
        if column is Column.DESTINATION:
            name = country_name(row.country)
            return display_text(f"{name} · {row.city}" if row.city else name)
        if column is Column.STATUS:
            label = status_label(row.status)
            if row.status is Status.BLOCKED:
                return f"{label} ({block_reason_label(row.block_reason)})"
            return label
        if column is Column.TRACKING:
            return display_text(row.tracking_number) if row.tracking_number else ""
        if column is Column.CARRIER:
            return display_text(row.carrier) if row.carrier else ""
        if column is Column.SHOP_CHECK:
            return shop_state_label(row.shop_state) if row.shop_state else ""
        if column is Column.PARCEL:
            return parcel_cell(row.parcel_status, row.parcel_at) if row.parcel_status else ""
        if column is Column.EXPECTED:
            return expected_cell(row)
        return ""


def _insertions(old: list[int], new: list[int]) -> list[tuple[int, int]] | None:
    """Where ``new`` inserts runs into ``old`` (positions in ``new``), or None if rows moved or
    left, or if there are more than ``MAX_INSERT_RUNS`` runs."""
    if len(new) <= len(old):
        return None
    if new[: len(old)] == old:  # the common case: rows appended at the end, checked in C
        return [(len(old), len(new) - len(old))]
    runs: list[tuple[int, int]] = []
    i = 0
    for position, rowid in enumerate(new):
        if i < len(old) and old[i] == rowid:
            i += 1
            continue
        if runs and runs[-1][0] + runs[-1][1] == position:
            runs[-1] = (runs[-1][0], runs[-1][1] + 1)
        else:
            if len(runs) == MAX_INSERT_RUNS:
                return None
            runs.append((position, 1))
    if i != len(old):
        return None
    return runs


def _new_positions(old: list[int], new: list[int], rows: list[int]) -> list[int]:
    """For each old row number, where its row id now is (-1 if gone)."""
    if not rows:
        return []
    if len(rows) > 16:  # many persistent indexes: one dictionary beats many scans
        where = {rowid: row for row, rowid in enumerate(new)}
        return [where.get(old[row], -1) if 0 <= row < len(old) else -1 for row in rows]
    result = []
    for row in rows:
        try:
            result.append(new.index(old[row]) if 0 <= row < len(old) else -1)
        except ValueError:
            result.append(-1)
    return result


def _positions_of(ids: list[int], wanted: set[int]) -> list[int]:
    """Row numbers of ``wanted`` row ids in ``ids``."""
    if len(wanted) <= 16:
        positions = []
        for rowid in wanted:
            try:
                positions.append(ids.index(rowid))
            except ValueError:
                pass
        return positions
    return [row for row, rowid in enumerate(ids) if rowid in wanted]


def _runs(rows: list[int]) -> list[tuple[int, int]]:
    """Sorted row numbers as (first, last) runs of consecutive rows."""
    runs: list[tuple[int, int]] = []
    for row in rows:
        if runs and runs[-1][1] == row - 1:
            runs[-1] = (runs[-1][0], row)
        else:
            runs.append((row, row))
    return runs
