"""The main window: the orders table beside the detail pane, a toolbar, menus and a truthful status bar.

The window builds its whole layout here, once: the welcome page, the orders page
("Today", the filter bar, the table), the detail pane, the menus (``window_actions``) and
the status bar (sync state, the shop problems count, the order count). It knows no
service: the session binder (``ui.binders``) feeds it and answers its signals.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timezone
from typing import Protocol

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QMainWindow,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tpop_desktop.core.models import Order
from tpop_desktop.store.records import HistoryEntry, OrderQuery
from tpop_desktop.ui.about_dialog import AboutDialog
from tpop_desktop.ui.column_chooser import ColumnChooser
from tpop_desktop.ui.csv_export import CsvExporter
from tpop_desktop.ui.detail.pane import DetailPane
from tpop_desktop.ui.filter_bar import DEFAULT_DEBOUNCE_MS, FilterBar
from tpop_desktop.ui.filter_state import FilterState
from tpop_desktop.ui.notice_bar import NoticeBar
from tpop_desktop.ui.notifications import NotificationBanner
from tpop_desktop.ui.order_actions import OrderActions
from tpop_desktop.ui.orders_model import Column, OrderTableModel
from tpop_desktop.ui.row_marks import OrderRowDelegate
from tpop_desktop.ui.shortcuts_dialog import ShortcutsDialog, shortcut_entries
from tpop_desktop.ui.texts import tr
from tpop_desktop.ui.today_summary import TodaySummary
from tpop_desktop.ui.view_state import ViewState
from tpop_desktop.ui.welcome import WelcomePage
from tpop_desktop.ui.widgets import plain_label
from tpop_desktop.ui.window_actions import build_actions, build_menus

MESSAGE_MS = 8000
DEFAULT_SIZE = (1280, 720)  # a laptop's screen: the columns a merchant scans fit without scrolling
PANE_WIDTH = 400  # the detail pane's share; extra width goes to the table
COLUMN_WIDTHS = ((Column.REFERENCE, 100), (Column.CREATED, 80), (Column.CUSTOMER, 140), (Column.DESTINATION, 140),
                 (Column.STATUS, 150), (Column.CARRIER, 105), (Column.TRACKING, 130), (Column.PARCEL, 170),
                 (Column.SHOP, 140), (Column.SHOP_CHECK, 140), (Column.EXPECTED, 120))
SCANNED_COLUMNS = (Column.REFERENCE, Column.CREATED, Column.CUSTOMER, Column.DESTINATION, Column.STATUS,
                   Column.CARRIER, Column.TRACKING)  # shown first, in this order; the column chooser has the rest
HIDDEN_BY_DEFAULT = (Column.SHOP, Column.SHOP_CHECK, Column.EXPECTED)  # in the column chooser


class OrderReader(Protocol):
    """What the window reads to show one order (point reads by key)."""

    def order(self, reference: str) -> Order | None: ...

    def history(self, reference: str) -> list[HistoryEntry]: ...


class MainWindow(QMainWindow):
    syncRequested = Signal()
    demoRequested = Signal()
    quitRequested = Signal()
    settingsRequested = Signal()
    connectRequested = Signal()
    shopsRequested = Signal()  # the welcome page's "Connect your shops"
    signOutRequested = Signal()
    closing = Signal(QCloseEvent)

    def __init__(self, now: Callable[[], datetime] = lambda: datetime.now(timezone.utc), *,
                 debounce_ms: int = DEFAULT_DEBOUNCE_MS) -> None:
        super().__init__()
        self.setWindowTitle(tr("TPOP Desktop"))
        self.resize(*DEFAULT_SIZE)
        self._now = now
        self.model: OrderTableModel | None = None
        self._reader: OrderReader | None = None
        self._selected_reference: str | None = None
        self.about_dialog: AboutDialog | None = None
        self.shortcuts_dialog: ShortcutsDialog | None = None

        self.welcome = WelcomePage()
        self.welcome.demoRequested.connect(self.demoRequested)
        self.welcome.connectRequested.connect(self.connectRequested)
        self.welcome.shopsRequested.connect(self.shopsRequested)
        self.table = self._build_table()
        self._build_empty_view()
        self.today = TodaySummary()
        self.today.setContentsMargins(6, 4, 6, 0)
        self.filter_bar = FilterBar(debounce_ms=debounce_ms, now=now)
        self.order_actions = OrderActions(self.table, self, now=now)
        self.columns = ColumnChooser(self.table.horizontalHeader(), self)
        self.delegate = OrderRowDelegate(self.table, now)
        self.table.setItemDelegate(self.delegate)
        self.detail = DetailPane(now)
        self.orders_pane = self._build_orders_pane()
        self.splitter = QSplitter()
        self.splitter.addWidget(self.orders_pane)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 1)  # a wider window widens the table, not the pane
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setSizes([DEFAULT_SIZE[0] - PANE_WIDTH, PANE_WIDTH])
        self.stack = QStackedWidget()
        self.stack.addWidget(self.welcome)
        self.stack.addWidget(self.splitter)
        self.banner = NotificationBanner()
        self.notice = NoticeBar()
        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.addWidget(self.notice)
        central_layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.banner.float_over(central)  # over the rows, never pushing them down

        self.actions = build_actions(self)
        self.toolbar = build_menus(self, self.actions, [
            self.filter_bar.find_action, None, *self.order_actions.row_actions(), None,
            self.order_actions.archive_old_action])
        self.actions.sync.triggered.connect(self.syncRequested)
        self.actions.settings.triggered.connect(self.settingsRequested)
        self.actions.quit.triggered.connect(self.quitRequested)
        self.actions.connect.triggered.connect(self.connectRequested)
        self.actions.sign_out.triggered.connect(self.signOutRequested)
        self.actions.about.triggered.connect(self.show_about)
        self.actions.shortcuts.triggered.connect(self.show_shortcuts)
        self.order_actions.add_context_action(self.actions.shop_fix_selected)
        self.table.addAction(self.actions.shop_fix_selected)
        self._build_status_bar()
        self.view_state = ViewState(self, self.table, self.splitter, self.filter_bar, self.columns, self)
        self.filter_bar.queryChanged.connect(self._follow_shop_problems)
        self.exporter = CsvExporter(self)

    # -- building ----------------------------------------------------------------------------------

    def _build_table(self) -> QTableView:
        table = QTableView()
        table.setObjectName("orders-table")
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setSortingEnabled(True)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.horizontalHeader().setStretchLastSection(True)
        table.horizontalHeader().setSortIndicator(Column.CREATED, Qt.SortOrder.DescendingOrder)
        return table

    def _build_empty_view(self) -> None:
        """Shown over the table's empty viewport (never in the layout)."""
        self.empty_view = QWidget(self.table.viewport())
        self.empty_view.setObjectName("empty-table")
        layout = QVBoxLayout(self.empty_view)
        self.empty_label = plain_label("")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.empty_label)
        self.empty_clear = QPushButton(tr("Clear filters"))
        self.empty_clear.clicked.connect(lambda: self.filter_bar.reset())
        layout.addWidget(self.empty_clear, 0, Qt.AlignmentFlag.AlignHCenter)
        self.empty_view.hide()
        self.table.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt name
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize and self.empty_view.isVisible():
            self._place_empty()
        return super().eventFilter(watched, event)

    def _build_orders_pane(self) -> QWidget:
        """The table's side of the splitter: "Today", the filter bar, the table."""
        pane = QWidget()
        pane.setObjectName("orders-pane")
        layout = QVBoxLayout(pane)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.today)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.table, 1)
        return pane

    def _build_status_bar(self) -> None:
        self.sync_label = plain_label(tr("Starting…"), wrap=False)
        self.sync_label.setObjectName("sync-status")
        self.statusBar().addWidget(self.sync_label, 1)
        self.shop_problem_button = QPushButton()
        self.shop_problem_button.setObjectName("shop-problem-count")
        self.shop_problem_button.setFlat(True)
        self.shop_problem_button.hide()
        self.shop_problem_button.clicked.connect(  # exactly the orders it counted, whatever was filtered
            lambda: self.filter_bar.set_state(FilterState(shop_problems=True)))
        self.statusBar().addPermanentWidget(self.shop_problem_button)
        self.missing_button = QPushButton()
        self.missing_button.setObjectName("missing-in-tpop-count")
        self.missing_button.setFlat(True)
        self.missing_button.hide()
        self.missing_button.clicked.connect(lambda: self.actions.shops.trigger())  # the Missing in TPOP box
        self.statusBar().addPermanentWidget(self.missing_button)
        self.count_label = plain_label("", wrap=False)
        self.statusBar().addPermanentWidget(self.count_label)

    # -- pages ---------------------------------------------------------------------------------------

    def show_welcome(self) -> None:
        self.stack.setCurrentWidget(self.welcome)
        self.set_session_actions(False)
        self.sync_label.setText(tr("Not connected"))

    def show_opening(self) -> None:
        """A session's database is being opened: the orders page, empty, with what is happening."""
        self.stack.setCurrentWidget(self.splitter)
        self.set_session_actions(False)
        self.sync_label.setText(tr("Opening your orders…"))

    def show_orders(self, model: OrderTableModel, reader: OrderReader) -> None:
        self.model = model
        self._reader = reader
        self.table.setModel(model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in COLUMN_WIDTHS:
            self.table.setColumnWidth(column, width)
        for position, column in enumerate(SCANNED_COLUMNS):  # a saved layout (ViewState) replaces these
            header.moveSection(header.visualIndex(column), position)
        for column in HIDDEN_BY_DEFAULT:
            header.setSectionHidden(column, True)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        model.refreshed.connect(self._on_model_refreshed)
        model.rowsInserted.connect(self._update_count)
        model.layoutChanged.connect(self._update_count)
        self.stack.setCurrentWidget(self.splitter)
        self.set_session_actions(True)

    def detach_orders(self) -> None:
        """Before a session closes: the view must not read from it any more."""
        self.table.setModel(None)
        self.model = None
        self._reader = None
        self._selected_reference = None
        self.detail.show_placeholder()
        self.empty_view.hide()
        self.set_session_actions(False)
        self.set_shop_problem_count(0)
        self.today.show_counts(None)

    def showing_orders(self) -> bool:
        return self.model is not None and self.stack.currentWidget() is self.splitter

    def set_session_actions(self, enabled: bool) -> None:
        for action in self.actions.session_actions():
            action.setEnabled(enabled)

    # -- selection and detail ------------------------------------------------------------

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self.model is None or not current.isValid():
            return
        reference = self.model.reference_at(current.row())
        if reference:
            self.show_detail(reference)

    def show_detail(self, reference: str) -> None:
        if self._reader is None:
            return
        order = self._reader.order(reference)
        if order is None:
            self.detail.show_placeholder()
            self._selected_reference = None
            return
        self._selected_reference = reference
        self.detail.show_order(order, self._reader.history(reference))

    def redisplay_detail(self) -> None:
        """The shown order may have changed (a sync, a check, a fix): show its newest copy."""
        shown = self.detail.order
        if shown is not None and self._reader is not None:
            order = self._reader.order(shown.reference)
            if order is not None:
                self.detail.redisplay(order, self._reader.history(shown.reference))

    def select_reference(self, reference: str) -> bool:
        """Select an order's row (for notifications and tests); False when it is filtered out."""
        if self.model is None:
            return False
        row = self.model.row_of_reference(reference)
        if row < 0:
            return False
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)
        self.show_detail(reference)
        return True

    def reveal_reference(self, reference: str) -> None:
        """Show an order the filters hide: the table lists it alone (one click on its chip shows all again)."""
        if self.model is None:
            return
        model = self.model

        def select() -> None:
            model.refreshed.disconnect(select)
            self.select_reference(reference)

        model.refreshed.connect(select)
        self.filter_bar.show_recent(frozenset({reference}))

    def _on_model_refreshed(self) -> None:
        self._update_count()
        if self._selected_reference and self.model is not None \
                and self.model.row_of_reference(self._selected_reference) < 0:
            self._selected_reference = None  # a search or filter hid it: the pane must not show it any more
            self.detail.show_placeholder()
            return
        if self._selected_reference and self._reader is not None:
            order = self._reader.order(self._selected_reference)
            if order is not None and order != self.detail.order:
                self.detail.show_order(order, self._reader.history(self._selected_reference))

    def _follow_shop_problems(self, query: OrderQuery) -> None:
        """The menu's checkable "shop problems" says whether that filter is on, however it was set."""
        action = self.actions.shop_problems
        if action.isChecked() != query.shop_problems:
            action.blockSignals(True)
            action.setChecked(query.shop_problems)
            action.blockSignals(False)

    def _update_count(self, *_args) -> None:
        if self.model is not None:
            count = self.model.rowCount()
            self.count_label.setText(tr("%n order(s)", None, count))
            self._show_empty(count == 0)

    def _show_empty(self, empty: bool) -> None:
        """An empty table says why: the filters hide every order, or there is none yet."""
        filtering = self.filter_bar.filtering()
        self.empty_label.setText(
            tr("No order matches the search and filters.") if filtering else
            tr("No orders yet: they appear here after the first sync."))
        self.empty_clear.setVisible(filtering)
        self.empty_view.setVisible(empty)
        if empty:
            self._place_empty()

    def _place_empty(self) -> None:
        viewport = self.table.viewport()
        self.empty_view.setFixedWidth(max(200, viewport.width() - 40))
        self.empty_view.adjustSize()
        self.empty_view.move((viewport.width() - self.empty_view.width()) // 2, 40)

    # -- the status bar -------------------------------------------------------------------------

    def set_sync_text(self, text: str) -> None:
        self.sync_label.setText(text)

    def set_shop_problem_count(self, count: int, missing_in_tpop: int = 0) -> None:
        """``count`` is the length of the shop-problems list its button opens; the missing ones are in Shops."""
        self.shop_problem_button.setText(tr("%n order(s) need your attention in your shops", None, count))
        self.shop_problem_button.setVisible(count > 0)
        self.missing_button.setText(tr("%n paid shop order(s) missing in TPOP", None, missing_in_tpop))
        self.missing_button.setVisible(missing_in_tpop > 0)

    def show_message(self, text: str, timeout_ms: int = MESSAGE_MS) -> None:
        self.statusBar().showMessage(text, timeout_ms)

    # -- help and the window itself ----------------------------------------------------------------

    def shortcut_entries(self) -> list[tuple[str, str]]:
        """The table's actions first, then every other action of the window that has a shortcut."""
        actions = [self.filter_bar.find_action, *self.order_actions.row_actions(), self.actions.export,
                   self.actions.sync, self.actions.settings, self.actions.quit, *self.findChildren(QAction)]
        return shortcut_entries(actions, [(tr("Clear the search"), QKeySequence(Qt.Key.Key_Escape))])

    def show_shortcuts(self) -> None:
        self.shortcuts_dialog = ShortcutsDialog(self.shortcut_entries(), self)
        self.shortcuts_dialog.open()

    def show_about(self) -> None:
        self.about_dialog = AboutDialog(self)
        self.about_dialog.show()

    def bring_to_front(self) -> None:
        self.showNormal()
        self.raise_()
        self.activateWindow()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closing.emit(event)
