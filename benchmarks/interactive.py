"""Filter, status chip and sort latency at N orders, for the app's model or the naive baseline.

``python benchmarks/interactive.py --impl ours|baseline --profile DIR --runs 5`` prints one
result line (see measure.emit_result). Each sample is the time from the change (a
keystroke after the debounce, a chip click, a header click) until the view has been
repainted with the new rows.

For the app, the change goes to ``OrderTableModel.set_query`` / ``sort`` and the sample
ends when ``model.refreshed`` has fired and the table viewport has repainted. For the
baseline the proxy's filter/sort is synchronous, then the viewport repaints.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from measure import emit_result, summary, wait_for
from tpop_desktop.core.models import Status
from tpop_desktop.store.records import OrderQuery
from tpop_desktop.ui.orders_model import Column

# Search terms typed one character at a time (every prefix is one sample: a slow typist).
TERMS = ("müller", "lyon", "tp-1234", "6a0123")
CHIPS = (
    frozenset({Status.BLOCKED}),
    frozenset({Status.SHIPPED}),
    frozenset({Status.DELIVERED}),
    frozenset({Status.OPEN, Status.PRODUCTION}),
    frozenset(),
)


class OursDriver:
    """The app's table: MainWindow + OrderTableModel + the order service and QueryRunner on a real database."""

    def __init__(self, database: Path) -> None:
        from tpop_desktop.session.orders import OrderService
        from tpop_desktop.session.query_runner import QueryRunner
        from tpop_desktop.store.handle import Database
        from tpop_desktop.ui.main_window import MainWindow
        from tpop_desktop.ui.orders_model import OrderTableModel

        handle = Database(database)
        self.orders = OrderService(handle)
        self.runner = QueryRunner(handle)
        self.model = OrderTableModel(self.orders, self.runner)
        self.window = MainWindow()
        self.window.show_orders(self.model, self.orders)
        self.window.show()
        self.table = self.window.table
        started = time.perf_counter()
        wait_for(self.model.refreshed, self.model.refresh)
        self.table.viewport().repaint()
        self.load_ms = (time.perf_counter() - started) * 1000

    def _timed(self, action) -> float:
        elapsed = wait_for(self.model.refreshed, action)
        started = time.perf_counter()
        self.table.viewport().repaint()
        return elapsed + (time.perf_counter() - started) * 1000

    def search(self, text: str) -> float:
        return self._timed(lambda: self.model.set_query(OrderQuery(text=text)))

    def chip(self, statuses: frozenset[Status]) -> float:
        return self._timed(lambda: self.model.set_query(OrderQuery(statuses=statuses)))

    def sort(self, column: Column, order: Qt.SortOrder) -> float:
        return self._timed(lambda: self.table.sortByColumn(column, order))

    def rows(self) -> int:
        return self.model.rowCount()

    def close(self) -> None:
        self.window.detach_orders()  # the view stops reading before the database closes
        self.window.close()
        self.runner.shutdown()
        self.orders.close()


class WidgetsDriver(OursDriver):
    """The same table driven through the filter bar's search box and chips (debounce set to 0)."""

    def __init__(self, database: Path, scratch: Path) -> None:
        super().__init__(database)
        self.bar = self.window.filter_bar
        self.bar.set_debounce_ms(0)
        self.bar.queryChanged.connect(self.model.set_query)  # as the orders binder does
        self.model.countsChanged.connect(self.bar.set_counts)
        wait_for(self.model.refreshed, self.model.refresh)

    def search(self, text: str) -> float:
        return self._timed(lambda: self.bar.search.setText(text))

    def click_chip(self, status: Status) -> float:
        return self._timed(self.bar.chips[status].click)


def measure_widgets(driver: WidgetsDriver, runs: int) -> dict:
    search: list[float] = []
    chips: list[float] = []
    for _ in range(runs):
        for term in TERMS:
            for length in range(1, len(term) + 1):
                search.append(driver.search(term[:length]))
            driver.search("")
        for status in (Status.BLOCKED, Status.SHIPPED, Status.DELIVERED):
            chips.append(driver.click_chip(status))  # on
            chips.append(driver.click_chip(status))  # off again
    return {"filter_widgets_ms": summary(search), "chip_widgets_ms": summary(chips)}


class BaselineDriver:
    """QStandardItemModel + Python QSortFilterProxyModel; everything happens synchronously."""

    def __init__(self, database: Path) -> None:
        from baseline import NaiveOrders

        self.naive = NaiveOrders(database)
        started = time.perf_counter()
        self.naive.reload()
        self.naive.window.show()
        QApplication.processEvents()
        self.naive.repaint()
        self.load_ms = (time.perf_counter() - started) * 1000

    def _timed(self, action) -> float:
        started = time.perf_counter()
        action()
        self.naive.repaint()
        return (time.perf_counter() - started) * 1000

    def search(self, text: str) -> float:
        return self._timed(lambda: self.naive.proxy.set_filter(text))

    def chip(self, statuses: frozenset[Status]) -> float:
        return self._timed(lambda: self.naive.proxy.set_filter("", statuses))

    def sort(self, column: Column, order: Qt.SortOrder) -> float:
        return self._timed(lambda: self.naive.table.sortByColumn(column, order))

    def rows(self) -> int:
        return self.naive.proxy.rowCount()

    def close(self) -> None:
        self.naive.window.close()
        self.naive.table.setModel(None)
        self.naive.model.clear()  # 700,000 items: free them before the next run builds its own


def measure(driver, runs: int, terms: tuple[str, ...] = TERMS) -> dict:
    search: list[float] = []
    short_search: list[float] = []
    chips: list[float] = []
    sorts: dict[str, list[float]] = {column.name.lower(): [] for column in Column}
    for _ in range(runs):
        for term in terms:
            for length in range(1, len(term) + 1):
                elapsed = driver.search(term[:length])
                search.append(elapsed)
                if length < 3:
                    short_search.append(elapsed)
            driver.search("")  # the merchant clears the box (not measured: back to everything)
        for statuses in CHIPS:
            chips.append(driver.chip(statuses))
        for column in Column:
            for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
                sorts[column.name.lower()].append(driver.sort(column, order))
        driver.sort(Column.CREATED, Qt.SortOrder.DescendingOrder)
    every_sort = [value for values in sorts.values() for value in values]
    return {
        "load_ms": round(driver.load_ms, 1),
        "rows": driver.rows(),
        "filter_ms": summary(search),
        "filter_short_ms": summary(short_search),
        "chip_ms": summary(chips),
        "sort_ms": summary(every_sort),
        "sort_by_column_ms": {name: summary(values) for name, values in sorts.items()},
    }


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--impl", choices=("ours", "baseline", "widgets"), required=True)
    parser.add_argument("--profile", type=Path, required=True)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    app = QApplication([])
    database = args.profile / "data" / "orders.sqlite3"
    if args.impl == "widgets":
        import tempfile

        with tempfile.TemporaryDirectory() as scratch:
            driver = WidgetsDriver(database, Path(scratch))
            result = measure_widgets(driver, args.runs)
            driver.close()
        emit_result(result)
        return 0
    driver = OursDriver(database) if args.impl == "ours" else BaselineDriver(database)
    # Baseline filters cost seconds each: fewer terms keep its run short; medians stay comparable.
    result = measure(driver, args.runs, TERMS if args.impl == "ours" else TERMS[:2])
    driver.close()
    emit_result(result)
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
