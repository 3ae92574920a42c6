"""Binds a session's shop checks to the window: the "Shop" section, the count, the filter, the fix, the dialog."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from tpop_desktop.core.models import Order
from tpop_desktop.core.shop_order_source import is_shop_reference
from tpop_desktop.session.session import Session
from tpop_desktop.session.shops import FixesDone, ShopService
from tpop_desktop.store.errors import StoreError
from tpop_desktop.sync.shop_job import ShopCheckOutcome
from tpop_desktop.ui.binders.connections import Connections
from tpop_desktop.ui.main_window import MainWindow
from tpop_desktop.ui.orders_model import OrderTableModel
from tpop_desktop.ui.shops.fix_dialog import FixConfirmDialog
from tpop_desktop.ui.shops.section import ShopSection
from tpop_desktop.ui.shops.shops_dialog import ShopsDialog
from tpop_desktop.ui.shops.texts import failure_text, fix_record_text, shop_source_section_text
from tpop_desktop.ui.texts import tr
from tpop_desktop.ui.widgets import heading_label, plain_label

MESSAGE_MS = 15000


class ShopsBinder(QObject):
    checksShown = Signal(object)  # ShopCheckOutcome, once the window shows it
    fixFinished = Signal(object)  # the references that were attempted

    def __init__(self, window: MainWindow, session: Session, model: OrderTableModel) -> None:
        super().__init__(window)
        self.window = window
        self.session = session
        self.shops: ShopService = session.shops
        self.model = model
        self.dialog: ShopsDialog | None = None
        self.fix_dialog: FixConfirmDialog | None = None
        self._links = Connections()
        link, actions = self._links.connect, window.actions
        link(self.shops.changed, self._on_changed)
        link(self.shops.checksDone, self._on_checks_done)
        link(self.shops.fixesStarted, self._on_fixes_started)
        link(self.shops.fixesDone, self._on_fixes_done)
        link(actions.shops.triggered, lambda: self.open_shops())
        link(actions.shop_problems.toggled, window.filter_bar.set_shop_problems)
        link(actions.shop_fix_selected.triggered, self.fix_selected)
        link(actions.shop_check_now.triggered, self.check_now)
        window.detail.set_section("shop", self)

    # -- the detail pane's section --------------------------------------------------------------------

    def section_for(self, order: Order) -> QWidget | None:
        if is_shop_reference(order.reference):
            return _source_section()
        check = self.shops.check_for(order.reference)
        if check is None:
            return None
        section = ShopSection(order.reference, check, self.shops.failure_for(check.shop_id),
                              busy=order.reference in self.shops.fixing)
        section.fixRequested.connect(lambda reference: self.request_fix([reference]))
        return section

    def timeline_for(self, reference: str) -> list[tuple[datetime, str]]:
        return [(record.at, fix_record_text(record)) for record in self.shops.fixes_for(reference)]

    # -- what the checks found -------------------------------------------------------------------------

    def _on_changed(self) -> None:
        snapshot = self.shops.snapshot
        self.window.set_shop_problem_count(snapshot.problem_count, len(snapshot.not_in_tpop))
        if self.shops.last_touched:
            self.model.refresh(self.shops.last_touched)
        self.window.redisplay_detail()
        if self.dialog is not None:
            self.dialog.refresh(self.shops.snapshot)

    def _on_checks_done(self, outcome: ShopCheckOutcome) -> None:
        if outcome.failures:
            names = {shop_id: name for shop_id, name, _platform in self.shops.snapshot.known}
            self.window.show_message(" ".join(
                tr("{shop} could not be checked: {reason}").format(shop=names.get(shop_id, shop_id),
                                                                  reason=failure_text(kind))
                for shop_id, kind in sorted(outcome.failures.items())), MESSAGE_MS)
        self.checksShown.emit(outcome)

    def check_now(self) -> None:
        self.shops.check_now()
        self.session.sync_now()

    # -- the Shops dialog --------------------------------------------------------------------------------

    def open_shops(self, shop_id: str | None = None) -> ShopsDialog:
        if self.dialog is None:
            self.dialog = ShopsDialog(self.shops, self.window, tpop_connected=self.session.has_tpop)
        self.dialog.refresh(self.shops.snapshot)
        if shop_id:
            self.dialog.show_shop(shop_id)
        self.shops.refresh()  # the dialog follows when the newest snapshot arrives
        self.dialog.show()
        self.dialog.raise_()
        return self.dialog

    # -- the fix -------------------------------------------------------------------------------------------

    def fix_selected(self) -> None:
        rows = sorted({index.row() for index in self.window.table.selectionModel().selectedRows()})
        self.request_fix([r for r in (self.model.reference_at(row) for row in rows) if r])

    def request_fix(self, references: list[str]) -> FixConfirmDialog | None:
        """Ask first: the dialog shows exactly what will be written; OK runs it in the background."""
        orders = []
        for reference in references:
            try:
                order = self.session.orders.order(reference)
            except StoreError:
                order = None
            if order is not None:
                orders.append(order)
        requests = self.shops.plan_fixes(orders)
        if not requests:
            self.window.show_message(tr(
                "None of the selected orders can get TPOP's tracking from here (shop not connected, or "
                "nothing to fix)."))
            return None
        dialog = FixConfirmDialog([request.plan for request in requests], self.window)
        dialog.accepted.connect(lambda: self.shops.run_fixes(requests, dialog.notify_customer()))
        self.fix_dialog = dialog
        dialog.open()
        return dialog

    def _on_fixes_started(self, _references: tuple[str, ...]) -> None:
        self.window.redisplay_detail()
        self.window.show_message(tr("Adding TPOP's tracking to the shop orders…"), MESSAGE_MS)

    def _on_fixes_done(self, done: FixesDone) -> None:
        message = tr("TPOP's tracking was added to %n shop order(s).", None, done.written)
        if done.failed:
            message += " " + tr("%n order(s) could not be updated: see their history.", None, done.failed)
        self.window.show_message(message, MESSAGE_MS)
        self.fixFinished.emit(list(done.references))

    # -- the end ------------------------------------------------------------------------------------------------

    def unbind(self) -> None:
        self._links.disconnect_all()
        self.window.detail.set_section("shop", None)
        self.window.actions.shop_problems.setChecked(False)
        for dialog in (self.dialog, self.fix_dialog):
            if dialog is not None:
                dialog.close()
                dialog.deleteLater()
        self.dialog = self.fix_dialog = None
        self.deleteLater()


def _source_section() -> QWidget:
    """For an order read from the shop: where it comes from, and who knows the rest."""
    section = QWidget()
    section.setObjectName("shop-source-section")
    layout = QVBoxLayout(section)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(heading_label(tr("Shop")))
    layout.addWidget(plain_label(shop_source_section_text()))
    return section
