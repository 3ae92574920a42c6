"""What the merchant does to the selected orders: copy or open tracking, open in TPOP, archive, restore.

Every action reads the selection through the model (only row ids live in memory) and
the full order from the order service when it needs shipments. Links go through the https-only
opener; opening is capped so a "select all" never opens a thousand browser tabs.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timezone

from PySide6.QtCore import QLocale, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QMenu, QTableView

from tpop_desktop.core.shop_order_source import is_shop_reference
from tpop_desktop.core.tpop_urls import order_url
from tpop_desktop.core.tracking import (
    CARRIER,
    DESTINATION,
    TrackingLink,
    links_for,
    normalize,
)
from tpop_desktop.session.orders import OrderService
from tpop_desktop.settings import Settings
from tpop_desktop.store.errors import StoreError
from tpop_desktop.store.records import OrderRow
from tpop_desktop.ui.archive_dialog import (
    ARCHIVE_DAYS_KEY,
    DEFAULT_ARCHIVE_DAYS,
    ArchiveDialog,
    archive_days,
)
from tpop_desktop.ui.links import open_external
from tpop_desktop.ui.orders_model import OrderTableModel
from tpop_desktop.ui.texts import tr

MAX_OPEN_AT_ONCE = 10


class OrderActions(QObject):
    """The table's context menu and keyboard actions; ``message`` carries status-bar feedback."""

    message = Signal(str)
    archived = Signal(int)  # delivered orders archived by age

    def __init__(self, table: QTableView, parent: QObject | None = None, *,
                 now: Callable[[], datetime] = lambda: datetime.now(timezone.utc)) -> None:
        super().__init__(parent)
        self.table = table
        self._now = now
        self.extra_actions: list[QAction] = []
        self._model: OrderTableModel | None = None
        self._orders: OrderService | None = None
        self._settings: Settings | None = None
        self.archive_dialog: ArchiveDialog | None = None
        self.menu: QMenu | None = None

        self.copy_tracking_action = self._action(tr("Copy tracking number"), self.copy_tracking_numbers,
                                                 QKeySequence(QKeySequence.StandardKey.Copy))
        self.copy_link_action = self._action(tr("Copy carrier link"), self.copy_carrier_links,
                                             QKeySequence("Ctrl+Shift+C"))
        self.open_carrier_action = self._action(tr("Open carrier tracking page"), self.open_carrier_pages,
                                                QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter))
        self.open_destination_action = self._action(tr("Open destination post's tracking page"),
                                                    self.open_destination_pages, QKeySequence("Shift+Return"))
        self.open_dashboard_action = self._action(tr("Open in TPOP dashboard"), self.open_in_dashboard)
        self.archive_action = self._action(tr("Archive"), self.archive_selected)
        self.restore_action = self._action(tr("Restore from archive"), self.restore_selected)
        self.archive_old_action = QAction(self)
        self.archive_old_action.triggered.connect(self.ask_archive_old)
        self._update_archive_old_text()
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._on_context_menu)

    def _action(self, text: str, slot: Callable[[], object], *keys: QKeySequence) -> QAction:
        action = QAction(text, self)
        if keys:
            action.setShortcuts(list(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.table.addAction(action)
        return action

    def row_actions(self) -> list[QAction]:
        return [self.copy_tracking_action, self.copy_link_action, self.open_carrier_action,
                self.open_destination_action, self.open_dashboard_action, self.archive_action, self.restore_action]

    def attach(self, model: OrderTableModel | None, orders: OrderService | None, settings: Settings | None) -> None:
        """Act on a session's orders (None, None, None: no session)."""
        self._model, self._orders, self._settings = model, orders, settings
        self._update_archive_old_text()

    # -- the selection -------------------------------------------------------------------------

    def selected_rows(self) -> list[OrderRow]:
        """The selected rows in display order, or the current row when nothing is selected."""
        model = self._model
        if model is None or self.table.model() is not model:
            return []
        selection = self.table.selectionModel()
        rows = sorted({index.row() for index in selection.selectedRows()})
        if not rows and selection.currentIndex().isValid():
            rows = [selection.currentIndex().row()]
        return [row for row in (model.row_at(position) for position in rows) if row is not None]

    def _links(self, row: OrderRow, kind: str) -> list[TrackingLink]:
        if self._orders is None or not row.tracking_number:
            return []
        order = self._orders.order(row.reference)
        shipment = order.latest_shipment if order is not None else None
        if order is None or shipment is None or not shipment.tracking_number:
            return []
        links = links_for(shipment.tracking_number, carrier=shipment.carrier or None,
                          url=shipment.tracking_url or None, destination=order.destination.country or None,
                          postcode=order.destination.postcode or None, language=QLocale().name()[:2])
        return [link for link in links if link.kind == kind]

    def _guarded(self, work: Callable[[], None]) -> None:
        try:
            work()
        except StoreError as error:
            self.message.emit(tr("The order file could not be read: {error}").format(error=error))

    # -- copying -------------------------------------------------------------------------------

    def copy_tracking_numbers(self) -> None:
        numbers = list(dict.fromkeys(normalize(row.tracking_number) for row in self.selected_rows()
                                     if row.tracking_number))
        if not numbers:
            self.message.emit(tr("The selected orders have no tracking number yet."))
            return
        QGuiApplication.clipboard().setText("\n".join(numbers))
        self.message.emit(tr("%n tracking number(s) copied.", None, len(numbers)))

    def copy_carrier_links(self) -> None:
        def work() -> None:
            urls = list(dict.fromkeys(links[0].url for links in
                                      (self._links(row, CARRIER) for row in self.selected_rows()) if links))
            if not urls:
                self.message.emit(tr("No carrier link is known for the selected orders."))
                return
            QGuiApplication.clipboard().setText("\n".join(urls))
            self.message.emit(tr("%n carrier link(s) copied.", None, len(urls)))
        self._guarded(work)

    # -- opening -------------------------------------------------------------------------------

    def _rows_to_open(self) -> list[OrderRow] | None:
        rows = self.selected_rows()
        if len(rows) > MAX_OPEN_AT_ONCE:
            self.message.emit(tr("Select at most {count} orders to open their pages at once.").format(
                count=MAX_OPEN_AT_ONCE))
            return None
        return rows

    def _open_tracking(self, kind: str) -> None:
        def work() -> None:
            rows = self._rows_to_open()
            if rows is None:
                return
            found = [(row, links[0]) for row, links in ((row, self._links(row, kind)) for row in rows) if links]
            if not found:
                self.message.emit(tr("No carrier tracking page is known for the selected orders.") if kind == CARRIER
                                  else tr("No destination post's tracking page applies to the selected orders."))
                return
            for _row, link in found:
                open_external(link.url)
            to_paste = [normalize(row.tracking_number) for row, link in found if link.copy_number]
            if to_paste:  # the page cannot receive the number in its address: the merchant pastes it
                QGuiApplication.clipboard().setText(to_paste[-1])
                self.message.emit(tr("Tracking number {number} copied: paste it on the page.").format(
                    number=to_paste[-1]))
        self._guarded(work)

    def open_carrier_pages(self) -> None:
        self._open_tracking(CARRIER)

    def open_destination_pages(self) -> None:
        self._open_tracking(DESTINATION)

    def open_in_dashboard(self) -> None:
        rows = self._rows_to_open()
        for row in rows or []:
            if not is_shop_reference(row.reference):  # read from the shop: TPOP's dashboard has no page by this id
                open_external(order_url(row.reference))

    # -- archive ---------------------------------------------------------------------------------

    def _set_archived(self, archived: bool) -> None:
        def work() -> None:
            if self._orders is None or self._model is None:
                return
            references = [row.reference for row in self.selected_rows() if row.archived != archived]
            changed = self._orders.set_archived(references, archived)
            if changed:
                self._model.refresh(references)
            self.message.emit(tr("%n order(s) archived.", None, changed) if archived
                              else tr("%n order(s) restored from the archive.", None, changed))
        self._guarded(work)

    def archive_selected(self) -> None:
        self._set_archived(True)

    def restore_selected(self) -> None:
        self._set_archived(False)

    def archive_after_days(self) -> int:
        if self._settings is None:
            return DEFAULT_ARCHIVE_DAYS
        return archive_days(self._settings.value(ARCHIVE_DAYS_KEY, DEFAULT_ARCHIVE_DAYS))

    def _update_archive_old_text(self) -> None:
        days = self.archive_after_days()
        self.archive_old_action.setText(tr("Archive delivered orders older than %n day(s)…", None, days))

    def ask_archive_old(self) -> None:
        if self._orders is None:
            return
        dialog = ArchiveDialog(self.archive_after_days(), self.table.window())
        dialog.accepted.connect(lambda: self.archive_delivered_older_than(dialog.days()))
        self.archive_dialog = dialog
        dialog.open()

    def archive_delivered_older_than(self, days: int) -> None:
        """Archive delivered orders older than ``days`` (and remember ``days``), in the background."""
        orders, model = self._orders, self._model
        if orders is None or model is None:
            return
        if self._settings is not None:
            self._settings.set_value(ARCHIVE_DAYS_KEY, archive_days(days))
            self._update_archive_old_text()

        def done(count: int) -> None:
            model.refresh()
            self.message.emit(tr("%n delivered order(s) archived.", None, count))
            self.archived.emit(count)

        orders.archive_delivered(archive_days(days), done, lambda error: self.message.emit(
            tr("The order file could not be written: {error}").format(error=error)), context=self)

    # -- the context menu ------------------------------------------------------------------------

    def add_context_action(self, action: QAction) -> None:
        """Another feature's action on the selection (e.g. the shop fix), shown at the menu's end."""
        if action not in self.extra_actions:
            self.extra_actions.append(action)

    def context_menu(self) -> QMenu:
        """The menu for the current selection, with what does not apply disabled."""
        rows = self.selected_rows()
        tracked = any(row.tracking_number for row in rows)
        abroad = any(row.tracking_number and row.country and row.country != "FR" for row in rows)
        self.copy_tracking_action.setEnabled(tracked)
        self.copy_link_action.setEnabled(tracked)
        self.open_carrier_action.setEnabled(tracked)
        self.open_destination_action.setEnabled(abroad)
        self.open_dashboard_action.setEnabled(any(not is_shop_reference(row.reference) for row in rows))
        menu = QMenu(self.table)
        for action in (self.copy_tracking_action, self.copy_link_action):
            menu.addAction(action)
        menu.addSeparator()
        for action in (self.open_carrier_action, self.open_destination_action, self.open_dashboard_action):
            menu.addAction(action)
        menu.addSeparator()
        if any(not row.archived for row in rows):
            menu.addAction(self.archive_action)
        if any(row.archived for row in rows):
            menu.addAction(self.restore_action)
        if self.extra_actions:
            menu.addSeparator()
            for action in self.extra_actions:
                menu.addAction(action)
        menu.aboutToHide.connect(self._enable_all)
        return menu

    def _enable_all(self) -> None:
        """Keyboard shortcuts stay live outside the menu; each action says when it has nothing to do."""
        for action in self.row_actions():
            action.setEnabled(True)

    def _on_context_menu(self, position: QPoint) -> None:
        if not self.selected_rows():
            return
        self.menu = self.context_menu()
        self.menu.popup(self.table.viewport().mapToGlobal(position))

