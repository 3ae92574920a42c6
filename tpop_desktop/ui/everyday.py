"""Puts the everyday tools into the main window: filters, "Today", row actions, columns, export, shortcuts.

Built once per window, attached to every session the window shows: call
``install_everyday_views(window, settings, store_path)`` right after ``window.show_orders``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QObject, QStandardPaths, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QVBoxLayout, QWidget

from tpop_desktop.settings import Settings
from tpop_desktop.store.errors import StoreError
from tpop_desktop.store.records import OrderQuery
from tpop_desktop.ui.background import run_in_background
from tpop_desktop.ui.column_chooser import ColumnChooser
from tpop_desktop.ui.csv_export import CsvExporter
from tpop_desktop.ui.facets import Facets, read_facets_at
from tpop_desktop.ui.filter_bar import DEFAULT_DEBOUNCE_MS, FilterBar
from tpop_desktop.ui.main_window import MainWindow
from tpop_desktop.ui.order_actions import OrderActions
from tpop_desktop.ui.orders_model import OrderTableModel
from tpop_desktop.ui.row_marks import OrderRowDelegate
from tpop_desktop.ui.shortcuts_dialog import ShortcutsDialog, shortcut_entries
from tpop_desktop.ui.texts import tr
from tpop_desktop.ui.today_summary import TodayCounts, TodaySummary
from tpop_desktop.ui.view_state import ViewState

OBJECT_NAME = "everyday-views"
MESSAGE_MS = 8000


class EverydayViews(QObject):
    """Owns the widgets and actions it adds to ``window``; ``attach`` follows the window's session."""

    def __init__(self, window: MainWindow, *, debounce_ms: int = DEFAULT_DEBOUNCE_MS,
                 now: Callable[[], datetime] = lambda: datetime.now(timezone.utc)) -> None:
        super().__init__(window)
        self.setObjectName(OBJECT_NAME)
        self.window = window
        self._now = now
        self._settings: Settings | None = None
        self._store_path: Path | None = None
        self._model: OrderTableModel | None = None
        self._facets_generation = 0
        self._facets_order_count = -1
        self.file_dialog: QFileDialog | None = None
        self.shortcuts_dialog: ShortcutsDialog | None = None

        self.filter_bar = FilterBar(debounce_ms=debounce_ms, now=now)
        self.today = TodaySummary(now=now)
        self.actions = OrderActions(window.table, self, now=now)
        self.columns = ColumnChooser(window.table.horizontalHeader(), self)
        self.exporter = CsvExporter(window)
        self.delegate = OrderRowDelegate(window.table, now)
        window.table.setItemDelegate(self.delegate)
        self._place_widgets()
        self.view_state = ViewState(window, window.table, window.splitter, self.filter_bar, self.columns, self)
        self._build_actions()

        self.filter_bar.queryChanged.connect(self._apply_query)
        self.today.changed.connect(self._on_today_counts)
        self.actions.message.connect(self.show_message)
        self.exporter.finished.connect(self._on_export_finished)
        self.exporter.failed.connect(
            lambda error: self.show_message(tr("The export failed: {error}").format(error=error)))
        self.exporter.cancelled.connect(lambda: self.show_message(tr("Export cancelled.")))
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(lambda: self.exporter.wait(2.0))

    # -- building ----------------------------------------------------------------------------------

    def _place_widgets(self) -> None:
        """The table's side of the splitter becomes: "Today", the filter bar, the table."""
        splitter, table = self.window.splitter, self.window.table
        pane = QWidget()
        pane.setObjectName("orders-pane")
        layout = QVBoxLayout(pane)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.today.setContentsMargins(6, 4, 6, 0)
        layout.addWidget(self.today)
        layout.addWidget(self.filter_bar)
        splitter.replaceWidget(splitter.indexOf(table), pane)
        layout.addWidget(table, 1)
        table.show()
        self.orders_pane = pane

    def _build_actions(self) -> None:
        window = self.window
        self.export_action = QAction(tr("Export view to CSV…"), window)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.setToolTip(tr("Save the orders shown, one line per shipment, as a CSV file (Ctrl+E)"))
        self.export_action.triggered.connect(self.ask_export)
        window.addAction(self.export_action)
        window.file_menu.insertAction(window.settings_action, self.export_action)
        window.file_menu.insertSeparator(window.settings_action)
        window.toolbar.addAction(self.export_action)

        self.orders_menu = QMenu(tr("&Orders"), window)
        self.orders_menu.addAction(self.filter_bar.find_action)
        self.orders_menu.addSeparator()
        for action in self.actions.row_actions():
            self.orders_menu.addAction(action)
        self.orders_menu.addSeparator()
        self.orders_menu.addAction(self.actions.archive_old_action)
        window.menuBar().insertMenu(window.help_menu.menuAction(), self.orders_menu)

        self.shortcuts_action = QAction(tr("Keyboard shortcuts"), window)
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        window.help_menu.addAction(self.shortcuts_action)

    # -- following the session ---------------------------------------------------------------------

    def attach(self, settings: Settings, store_path: Path) -> None:
        """Show the session that ``window.show_orders`` just put in the window (idempotent)."""
        model, store = self.window.model, self.window.store
        if model is None or store is None:
            return
        if self._model is not None and self._model is not model:
            try:
                self._model.countsChanged.disconnect(self.filter_bar.set_counts)
            except (RuntimeError, TypeError):
                pass  # the old session's model is already gone
        if self._model is not model:
            model.countsChanged.connect(self.filter_bar.set_counts)
        self._settings, self._store_path, self._model = settings, Path(store_path), model
        self.actions.attach(model, store, settings)
        self.today.attach(self._store_path, model)
        self.view_state.attach(settings, model)
        self._facets_order_count = -1
        self.load_facets()

    def _showing_orders(self) -> bool:
        window = self.window
        return (self._model is not None and window.model is self._model
                and window.stack.currentWidget() is window.splitter)

    def _apply_query(self, query: OrderQuery) -> None:
        if self._model is not None and self.window.model is self._model:
            self._model.set_query(query)

    def show_message(self, text: str) -> None:
        self.window.statusBar().showMessage(text, MESSAGE_MS)

    # -- facets and "Today" ----------------------------------------------------------------------

    def load_facets(self) -> None:
        """Refill the shop and country lists from the store, on a background thread."""
        if self._store_path is None:
            return
        self._facets_generation += 1
        generation, path = self._facets_generation, self._store_path
        run_in_background(lambda: read_facets_at(path), lambda facets: self._on_facets(generation, facets),
                          lambda _error: None, context=self.filter_bar)

    def _on_facets(self, generation: int, facets: Facets) -> None:
        if generation == self._facets_generation:
            self.filter_bar.set_facets(facets.shops, facets.countries)

    def _on_today_counts(self, counts: TodayCounts) -> None:
        self.filter_bar.set_attention_count(counts.needs_attention)
        store = self.window.store
        if store is None or not self._showing_orders():
            return
        try:
            count = store.order_count()
        except StoreError:
            return
        if count != self._facets_order_count:  # new orders may bring a new shop or country
            self._facets_order_count = count
            self.load_facets()

    # -- export ---------------------------------------------------------------------------------------

    def default_export_path(self) -> Path:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = tr("tpop-orders-{date}.csv").format(date=QDate.currentDate().toString(Qt.DateFormat.ISODate))
        return Path(folder or Path.home()) / name

    def ask_export(self) -> None:
        if not self._showing_orders() or self.exporter.is_running():
            return
        dialog = QFileDialog(self.window, tr("Export orders to CSV"), str(self.default_export_path()),
                             tr("CSV files (*.csv)"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("csv")
        dialog.fileSelected.connect(lambda chosen: self.export_to(Path(chosen)))
        self.file_dialog = dialog
        dialog.open()

    def export_to(self, path: Path) -> bool:
        """Export exactly what the table shows (query and sort) to ``path``; False if it cannot start."""
        if self._model is None or self._store_path is None:
            return False
        sort, descending = self._model.sort_state()
        return self.exporter.start(path, self._store_path, self._model.query(), sort, descending)

    def _on_export_finished(self, path: str, lines: int) -> None:
        self.show_message(tr("%n line(s) exported to {file}", None, lines).format(file=Path(path).name))

    # -- help -------------------------------------------------------------------------------------------

    def shortcut_entries(self) -> list[tuple[str, str]]:
        """Ours first, then every other action of the window that has a shortcut (menus added later too)."""
        window = self.window
        actions = [self.filter_bar.find_action, *self.actions.row_actions(), self.export_action,
                   window.sync_action, window.settings_action, window.quit_action, *window.findChildren(QAction)]
        return shortcut_entries(actions, [(tr("Clear the search"), QKeySequence(Qt.Key.Key_Escape))])

    def show_shortcuts(self) -> None:
        self.shortcuts_dialog = ShortcutsDialog(self.shortcut_entries(), self.window)
        self.shortcuts_dialog.open()


def install_everyday_views(window: MainWindow, settings: Settings, store_path: Path) -> EverydayViews:
    """Build the views the first time, then attach them to the window's current session."""
    views = window.findChild(EverydayViews, OBJECT_NAME)
    if not isinstance(views, EverydayViews):
        views = EverydayViews(window)
    views.attach(settings, store_path)
    return views
