"""Binds a session's orders to the window: the table, filters, "Today", facets, actions, export, sync status."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QDate, QStandardPaths, Qt
from PySide6.QtWidgets import QFileDialog

from tpop_desktop.core.models import Status
from tpop_desktop.session.facets import Facets
from tpop_desktop.session.orders import TodayCounts
from tpop_desktop.session.session import Session
from tpop_desktop.store.errors import StoreError
from tpop_desktop.store.records import OrderQuery
from tpop_desktop.sync.engine import SyncReport
from tpop_desktop.sync.outcome import FailureKind, SyncFailure
from tpop_desktop.ui.binders.connections import Connections
from tpop_desktop.ui.filter_state import FilterState
from tpop_desktop.ui.formatting import format_datetime
from tpop_desktop.ui.main_window import MainWindow
from tpop_desktop.ui.orders_model import OrderTableModel
from tpop_desktop.ui.texts import failure_message, storage_problem, tr
from tpop_desktop.ui.today_summary import BLOCKED, NEEDS_ATTENTION, SHIPPED_TODAY

OFFLINE_KINDS = (FailureKind.NETWORK, FailureKind.SERVER, FailureKind.RATE_LIMITED, FailureKind.PAYLOAD)


def sync_succeeded_text(report: SyncReport) -> str:
    text = tr("Up to date. Last synced at {time}").format(time=format_datetime(report.finished_at))
    if report.skipped:
        text += " · " + tr("%n order(s) could not be read and were skipped", None, report.skipped_count)
    return text


def sync_failed_text(failure: SyncFailure, last_sync: datetime | None) -> str:
    message = failure_message(failure.kind)
    if failure.kind is FailureKind.STORE and failure.cause is not None:
        message = f"{message} {storage_problem(failure.cause, failure.folder)}"
    if failure.kind in OFFLINE_KINDS:
        prefix = (tr("Offline: showing orders as of {time}.").format(time=format_datetime(last_sync)) if last_sync
                  else tr("Offline: no orders synced yet."))
        message = f"{prefix} {message}"
        if failure.retry_in_s is not None:
            message += " " + tr("Retrying in {seconds} s.").format(seconds=int(round(failure.retry_in_s)))
    return message


class OrdersBinder:
    def __init__(self, window: MainWindow, session: Session) -> None:
        self.window = window
        self.session = session
        self.orders = session.orders
        self._exporter = window.exporter
        self._links = Connections()
        self._facets_order_count = -1
        self._last_sync: datetime | None = None
        self.file_dialog: QFileDialog | None = None
        self.model = OrderTableModel(session.orders, session.runner)
        self._seen_query: OrderQuery = self.model.query()

        window.show_orders(self.model, session.orders)
        link = self._links.connect
        bar, actions = window.filter_bar, window.order_actions
        link(bar.queryChanged, self.model.set_query)
        link(self.model.countsChanged, bar.set_counts)
        link(self.model.refreshed, self._on_refreshed)
        link(actions.message, window.show_message)
        link(self.orders.todayCounted, self._on_today)
        link(window.today.listRequested, self._show_today_list)
        link(self.orders.facetsRead, self._on_facets)
        link(self.orders.problem, window.show_message)
        link(window.actions.export.triggered, self.ask_export)
        link(self._exporter.finished, lambda path, lines: window.show_message(
            tr("%n line(s) exported to {file}", None, lines).format(file=Path(path).name)))
        link(self._exporter.failed, lambda error: window.show_message(
            tr("The export failed: {error}").format(error=error)))
        link(self._exporter.cancelled, lambda: window.show_message(tr("Export cancelled.")))
        link(session.syncStarted, lambda: window.set_sync_text(tr("Syncing with TPOP…")))
        link(session.syncSucceeded, self._on_synced)
        link(session.syncFailed, self._on_sync_failed)
        actions.attach(self.model, self.orders, session.settings)
        window.view_state.attach(session.settings, self.model)
        self._show_last_sync()
        self.model.refresh()
        self.orders.count_today()
        self.orders.load_facets()

    def _show_last_sync(self) -> None:
        try:
            self._last_sync = self.orders.last_sync_at()
        except StoreError:
            self._last_sync = None
        if self._last_sync:
            self.window.set_sync_text(tr("Showing orders as of {time}").format(time=format_datetime(self._last_sync)))

    # -- the data changed -------------------------------------------------------------------------------

    def _on_synced(self, report: SyncReport) -> None:
        self._last_sync = report.finished_at
        self.window.set_sync_text(sync_succeeded_text(report))
        self.model.refresh(report.changed_references)

    def _on_sync_failed(self, failure: SyncFailure) -> None:
        self.window.set_sync_text(sync_failed_text(failure, self._last_sync))

    def _on_refreshed(self) -> None:
        """A refresh with an unchanged query means the data changed (a sync, an archive): recount."""
        query = self.model.query()
        if query == self._seen_query:
            self.orders.count_today()
        self._seen_query = query

    def _on_today(self, counts: TodayCounts) -> None:
        self.window.today.show_counts(counts)
        self.window.filter_bar.set_attention_count(counts.needs_attention)
        if counts.stored_orders != self._facets_order_count:  # new orders may bring a new shop or country
            self._facets_order_count = counts.stored_orders
            self.orders.load_facets()

    def _show_today_list(self, kind: str) -> None:
        """A count of the "Today" line was clicked: the table shows exactly what it counted."""
        state = {SHIPPED_TODAY: FilterState(shipped_today=True),
                 BLOCKED: FilterState(statuses=frozenset({Status.BLOCKED})),
                 NEEDS_ATTENTION: FilterState(needs_attention=True)}[kind]
        self.window.filter_bar.set_state(state)  # exactly that list, whatever was filtered before

    def _on_facets(self, facets: Facets) -> None:
        self.window.filter_bar.set_facets(facets.shops, facets.countries)

    # -- export -------------------------------------------------------------------------------------------

    @staticmethod
    def default_export_path() -> Path:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = tr("tpop-orders-{date}.csv").format(date=QDate.currentDate().toString(Qt.DateFormat.ISODate))
        documents = Path(folder) if folder else None
        return (documents if documents is not None and documents.is_dir() else Path.home()) / name  # never the cwd

    def ask_export(self) -> None:
        if not self.window.showing_orders() or self._exporter.is_running():
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
        sort, descending = self.model.sort_state()
        return self._exporter.start(self.orders, path, self.model.query(), sort, descending)

    # -- the end ----------------------------------------------------------------------------------------------

    def unbind(self) -> None:
        self._links.disconnect_all()
        self.window.order_actions.attach(None, None, None)
        self.window.detach_orders()
