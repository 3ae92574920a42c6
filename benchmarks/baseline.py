"""The naive Qt way, for comparison: every order as items, filtered by a Python proxy.

A ``QStandardItemModel`` holds one ``QStandardItem`` per cell for every order (the same
seven columns and display texts as the app's table), and a ``QSortFilterProxyModel``
subclass filters with a Python ``filterAcceptsRow`` called for every row. After a sync
the whole model is reloaded. ``python benchmarks/baseline.py --cold-start --profile DIR``
opens it like an app and reports its first painted table (see app_probe.py).
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSortFilterProxyModel, Qt, QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

from tpop_desktop.core.models import BlockReason, Status
from tpop_desktop.core.text import fold
from tpop_desktop.store.codec import decode_time
from tpop_desktop.ui.formatting import format_date
from tpop_desktop.ui.orders_model import Column, column_title
from tpop_desktop.ui.status_style import status_icon
from tpop_desktop.ui.texts import block_reason_label, country_name, status_label

SearchRole = Qt.ItemDataRole.UserRole + 10
StatusRole = Qt.ItemDataRole.UserRole + 11

_SELECT = (
    "SELECT reference, created_at, shop_name, customer_name, country, city, status, block_reason,"
    " tracking_number, search_text FROM orders WHERE archived = 0 ORDER BY created_at DESC"
)


def _items(values: tuple) -> list[QStandardItem]:
    reference, created_at, shop, customer, country, city, status, block_reason, tracking, search = values
    status = Status(status)
    name = country_name(country)
    status_text = status_label(status)
    if status is Status.BLOCKED:
        status_text = f"{status_text} ({block_reason_label(BlockReason(block_reason) if block_reason else None)})"
    first = QStandardItem(reference)
    first.setData(search, SearchRole)
    status_item = QStandardItem(status_icon(status), status_text)
    status_item.setData(status.value, StatusRole)
    return [
        first,
        QStandardItem(format_date(decode_time(created_at))),
        QStandardItem(shop),
        QStandardItem(customer),
        QStandardItem(f"{name} · {city}" if city else name),
        status_item,
        QStandardItem(tracking or ""),
    ]


class NaiveFilterProxy(QSortFilterProxyModel):
    """Text and status filter in Python, evaluated row by row over the whole model."""

    def __init__(self) -> None:
        super().__init__()
        self._needle = ""
        self._statuses: frozenset[str] = frozenset()

    def set_filter(self, text: str, statuses: frozenset[Status] = frozenset()) -> None:
        self._needle = fold(text.strip())
        self._statuses = frozenset(s.value for s in statuses)
        self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:  # noqa: N802 - Qt name
        model = self.sourceModel()
        if self._statuses and model.index(source_row, Column.STATUS, source_parent).data(StatusRole) \
                not in self._statuses:
            return False
        if self._needle:
            return self._needle in model.index(source_row, Column.REFERENCE, source_parent).data(SearchRole)
        return True


class NaiveOrders:
    """Model, proxy and a table view in a window, like a straightforward Qt app would build."""

    def __init__(self, database: Path) -> None:
        self.database = database
        self.model = QStandardItemModel()
        self.proxy = NaiveFilterProxy()
        self.proxy.setSourceModel(self.model)
        self.window = QMainWindow()
        self.window.resize(1200, 720)
        self.table = QTableView()
        self.table.setObjectName("orders-table")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.window.setCentralWidget(self.table)

    def reload(self) -> None:
        """Read every order and rebuild every item (what the naive app does after a sync)."""
        conn = sqlite3.connect(f"{self.database.resolve().as_uri()}?mode=ro", uri=True)
        try:
            rows = conn.execute(_SELECT).fetchall()
        finally:
            conn.close()
        self.model.clear()
        self.model.setHorizontalHeaderLabels([column_title(c) for c in Column])
        root = self.model.invisibleRootItem()
        for values in rows:
            root.appendRow(_items(values))

    def repaint(self) -> None:
        self.table.viewport().repaint()


def cold_start(database: Path) -> int:
    """Open like an app: load everything, show, report the first painted rows."""
    from measure import emit_result, peak_rss_mb  # noqa: PLC0415 - benchmarks/ is on sys.path

    app = QApplication(sys.argv[:1])
    naive = NaiveOrders(database)
    state: dict[str, float] = {}

    def painted() -> None:
        emit_result({"first_paint_wall": time.time(), "rows": naive.proxy.rowCount(), "peak_rss_mb": peak_rss_mb()})
        app.exit(0)

    class FirstPaint(QObject):
        def eventFilter(self, obj, event):  # noqa: N802 - Qt name
            if not state and event.type() == QEvent.Type.Paint and obj is naive.table.viewport() \
                    and naive.proxy.rowCount() > 0:
                state["seen"] = 1
                QTimer.singleShot(0, painted)
            return False

    watcher = FirstPaint()
    app.installEventFilter(watcher)
    naive.reload()
    naive.window.show()
    return app.exec()


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--cold-start", action="store_true")
    parser.add_argument("--profile", type=Path, required=True)
    args = parser.parse_args()
    raise SystemExit(cold_start(args.profile / "data" / "orders.sqlite3"))
