"""The main window: the orders table beside the detail pane, a toolbar and a truthful status bar."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timezone

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from tpop_desktop.store.orders_store import OrderStore
from tpop_desktop.sync.engine import SyncReport
from tpop_desktop.sync.worker import FailureKind, SyncFailure
from tpop_desktop.ui.about_dialog import AboutDialog
from tpop_desktop.ui.detail.pane import DetailPane
from tpop_desktop.ui.notice_bar import NoticeBar
from tpop_desktop.ui.notifications import NotificationBanner
from tpop_desktop.ui.orders_model import Column, OrderTableModel, format_datetime
from tpop_desktop.ui.texts import failure_message
from tpop_desktop.ui.welcome import WelcomePage
from tpop_desktop.ui.widgets import plain_label
from tpop_desktop.ui.texts import tr



OFFLINE_KINDS = (FailureKind.NETWORK, FailureKind.SERVER, FailureKind.RATE_LIMITED, FailureKind.PAYLOAD)


class MainWindow(QMainWindow):
    syncRequested = Signal()
    demoRequested = Signal()
    quitRequested = Signal()
    settingsRequested = Signal()
    connectRequested = Signal()
    signOutRequested = Signal()
    shopsRequested = Signal()
    closing = Signal(QCloseEvent)

    def __init__(self, now: Callable[[], datetime] = lambda: datetime.now(timezone.utc)) -> None:
        super().__init__()
        self.setWindowTitle(tr("TPOP Desktop"))
        self.resize(1200, 720)
        self._now = now
        self.store: OrderStore | None = None
        self.model: OrderTableModel | None = None
        self._last_sync: datetime | None = None
        self._selected_reference: str | None = None

        self.stack = QStackedWidget()
        self.welcome = WelcomePage()
        self.welcome.demoRequested.connect(self.demoRequested)
        self.welcome.connectRequested.connect(self.connectRequested)
        self.stack.addWidget(self.welcome)

        self.table = QTableView()
        self.table.setObjectName("orders-table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSortIndicator(Column.CREATED, Qt.SortOrder.DescendingOrder)
        self.detail = DetailPane(now)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.stack.addWidget(self.splitter)
        self.banner = NotificationBanner()
        self.notice = NoticeBar()
        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.addWidget(self.notice)
        central_layout.addWidget(self.banner)
        central_layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self._build_actions()
        self.sync_label = plain_label(tr("Starting…"), wrap=False)
        self.sync_label.setObjectName("sync-status")
        self.statusBar().addWidget(self.sync_label, 1)
        self.count_label = plain_label("", wrap=False)
        self.statusBar().addPermanentWidget(self.count_label)

    def _build_actions(self) -> None:
        self.sync_action = QAction(tr("Sync now"), self)
        self.sync_action.setShortcut(QKeySequence.StandardKey.Refresh)
        self.sync_action.setToolTip(tr("Fetch the latest orders from TPOP now (F5)"))
        self.sync_action.triggered.connect(self.syncRequested)
        self.sync_action.setEnabled(False)
        self.settings_action = QAction(tr("Settings…"), self)
        self.settings_action.setShortcut(QKeySequence.StandardKey.Preferences)
        if self.settings_action.shortcut().isEmpty():
            self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.settings_action.triggered.connect(self.settingsRequested)
        self.quit_action = QAction(tr("Quit"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.quitRequested)

        toolbar = QToolBar(tr("Main toolbar"))
        toolbar.setObjectName("main-toolbar")
        toolbar.setMovable(False)
        toolbar.addAction(self.sync_action)
        self.addToolBar(toolbar)
        self.toolbar = toolbar

        file_menu = self.menuBar().addMenu(tr("&File"))
        file_menu.addAction(self.sync_action)
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        self.file_menu = file_menu
        account_menu = self.menuBar().addMenu(tr("&Account"))
        self.connect_action = account_menu.addAction(tr("Connect a TPOP account…"))
        self.connect_action.triggered.connect(self.connectRequested)
        self.sign_out_action = account_menu.addAction(tr("Sign out"))
        self.sign_out_action.triggered.connect(self.signOutRequested)
        self.sign_out_action.setEnabled(False)
        self.shops_action = account_menu.addAction(tr("Shops…"))
        self.shops_action.setObjectName("shops-action")
        self.shops_action.triggered.connect(self.shopsRequested)
        self.shops_action.setEnabled(False)  # enabled while a session shows orders
        self.account_menu = account_menu
        self.help_menu = self.menuBar().addMenu(tr("&Help"))
        self.about_action = QAction(tr("About TPOP Desktop"), self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        self.help_menu.addAction(self.about_action)

    # -- pages -----------------------------------------------------------------------------

    def show_welcome(self) -> None:
        self.stack.setCurrentWidget(self.welcome)
        self.sync_action.setEnabled(False)
        self.sync_label.setText(tr("Not connected"))

    def show_orders(self, store: OrderStore, model: OrderTableModel) -> None:
        self.store = store
        self.model = model
        self.table.setModel(model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in ((Column.REFERENCE, 110), (Column.CREATED, 95), (Column.SHOP, 150),
                              (Column.CUSTOMER, 170), (Column.DESTINATION, 160), (Column.STATUS, 170)):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        model.refreshed.connect(self._on_model_refreshed)
        model.rowsInserted.connect(self._update_count)
        model.layoutChanged.connect(self._update_count)
        self.stack.setCurrentWidget(self.splitter)
        self.sync_action.setEnabled(True)
        self._last_sync = store.last_sync_at()
        if self._last_sync:
            self.sync_label.setText(tr("Showing orders as of {time}").format(time=format_datetime(self._last_sync)))

    def detach_orders(self) -> None:
        """Before a session's store closes: the view must not read from it any more."""
        self.table.setModel(None)
        self.model = None
        self.store = None
        self._selected_reference = None
        self.detail.show_placeholder()

    # -- selection and detail ------------------------------------------------------------

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self.model is None or not current.isValid():
            return
        reference = self.model.reference_at(current.row())
        if reference:
            self.show_detail(reference)

    def show_detail(self, reference: str) -> None:
        assert self.store is not None
        order = self.store.order(reference)
        if order is None:
            self.detail.show_placeholder()
            self._selected_reference = None
            return
        self._selected_reference = reference
        self.detail.show_order(order, self.store.history(reference))

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

    def _on_model_refreshed(self) -> None:
        self._update_count()
        if self._selected_reference and self.store is not None:
            order = self.store.order(self._selected_reference)
            shown = self.detail.order
            if order is not None and order != shown:
                self.detail.show_order(order, self.store.history(self._selected_reference))

    def _update_count(self, *_args) -> None:
        if self.model is not None:
            count = self.model.rowCount()
            self.count_label.setText(tr("%n order(s)", None, count))

    # -- sync status -------------------------------------------------------------------------

    def on_sync_started(self) -> None:
        self.sync_label.setText(tr("Syncing with TPOP…"))

    def on_sync_succeeded(self, report: SyncReport) -> None:
        self._last_sync = report.finished_at
        text = tr("Up to date. Last synced at {time}").format(time=format_datetime(report.finished_at))
        if report.skipped:
            text += " · " + tr("%n order(s) could not be read and were skipped", None, len(report.skipped))
        self.sync_label.setText(text)
        if self.model is not None:
            self.model.refresh(report.changed_references)

    def on_sync_failed(self, failure: SyncFailure) -> None:
        message = failure_message(failure.kind)
        if failure.kind in OFFLINE_KINDS:
            when = format_datetime(self._last_sync) if self._last_sync else None
            prefix = (tr("Offline: showing orders as of {time}.").format(time=when) if when
                      else tr("Offline: no orders synced yet."))
            message = f"{prefix} {message}"
            if failure.retry_in_s is not None:
                message += " " + tr("Retrying in {seconds} s.").format(seconds=int(round(failure.retry_in_s)))
        self.sync_label.setText(message)

    def show_about(self) -> None:
        self.about_dialog = AboutDialog(self)
        self.about_dialog.show()

    def bring_to_front(self) -> None:
        self.showNormal()
        self.raise_()
        self.activateWindow()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closing.emit(event)
