"""Delivery times in the window: each order's estimate in the pane, the Insights window, the late marker.

The estimates job's outcome refreshes the rows whose "expected by" moved (the table's late
marker and the Needs attention count follow); the Insights window is made on first use and
its clicked figures become the table's filter.
"""

from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from tpop_desktop.core.attention import is_late
from tpop_desktop.core.messages import ESTIMATE_TEMPLATE
from tpop_desktop.core.models import Order, Status
from tpop_desktop.session.facets import Facets
from tpop_desktop.session.session import Session
from tpop_desktop.sync.estimates_job import EstimatesOutcome
from tpop_desktop.ui.binders.connections import Connections
from tpop_desktop.ui.insights.texts import estimate_text, expected_text
from tpop_desktop.ui.insights.view import InsightsWindow
from tpop_desktop.ui.main_window import MainWindow
from tpop_desktop.ui.orders_model import OrderTableModel
from tpop_desktop.ui.texts import tr
from tpop_desktop.ui.widgets import heading_label, plain_label


class InsightsBinder(QObject):
    def __init__(self, window: MainWindow, session: Session, model: OrderTableModel) -> None:
        super().__init__(window)
        self.window = window
        self.insights = session.insights
        self.model = model
        self.view: InsightsWindow | None = None
        self.shop_names: dict[str, str] = {}
        self._links = Connections()
        self._links.connect(session.orders.facetsRead, self._on_facets)
        self._links.connect(self.insights.estimatesChanged, self._on_estimates)
        self._links.connect(window.actions.insights.triggered, self.open_view)
        window.detail.set_section("estimate", self)

    # -- the detail pane's section ----------------------------------------------------------------

    def section_for(self, order: Order) -> QWidget | None:
        if order.status is not Status.SHIPPED or order.delivered_at is not None:
            return None
        estimate = self.insights.estimate_for(order.reference)
        if estimate is None:
            return None
        box = QWidget()
        box.setObjectName("estimate-section")
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading_label(tr("Delivery estimate")))
        layout.addWidget(plain_label(estimate_text(estimate)))
        now = datetime.now(timezone.utc)
        expected = expected_text(estimate, order.status, order.delivered_at, now)
        if expected:
            layout.addWidget(plain_label(expected))
        if expected and not is_late(order.status, order.delivered_at, now, estimate.expected_by):
            answer = QPushButton(tr("Tell the customer when it should arrive…"))
            answer.setObjectName("estimate-message")
            reference = order.reference
            answer.clicked.connect(lambda: self.window.detail.messageRequested.emit(
                reference, ESTIMATE_TEMPLATE.value))
            layout.addWidget(answer)
        return box

    def timeline_for(self, reference: str) -> list[tuple[datetime, str]]:
        return []

    def _on_facets(self, facets: Facets) -> None:
        self.shop_names = dict(facets.shops)
        if self.view is not None:
            self.view.set_shops(self.shop_names)

    def _on_estimates(self, outcome: EstimatesOutcome) -> None:
        if outcome.references:
            self.model.refresh(outcome.references)
        shown = self.window.detail.order
        if shown is not None and shown.reference in outcome.references:
            self.window.redisplay_detail()
        if self.view is not None and self.view.isVisible():
            self.view.request()

    # -- the Insights window ------------------------------------------------------------------------

    def open_view(self) -> InsightsWindow:
        if self.view is None:
            self.view = InsightsWindow(self.insights, self.shop_names, self.window)
            self.view.ordersRequested.connect(self._show_orders)
        self.view.show()
        self.view.raise_()
        self.view.activateWindow()
        self.view.request()
        return self.view

    def _show_orders(self, references: frozenset[str], label: str) -> None:
        self.window.filter_bar.show_recent(frozenset(references), label)
        self.window.raise_()
        self.window.activateWindow()

    def unbind(self) -> None:
        self._links.disconnect_all()
        self.window.detail.set_section("estimate", None)
        if self.view is not None:
            self.view.close()
            self.view.deleteLater()
            self.view = None

