"""Reshipping at the merchant's cost: through the TPOP dashboard, or a manual order placed from here.

TPOP does not reship a parcel marked delivered, so a reship is a new manual order the
merchant pays for. The dashboard way opens TPOP's manual-order page with the details on
the clipboard. The direct way places the order through the account's connector, only
after a confirmation that says who pays; it runs in the background and is sent once.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tpop_desktop.connectors.errors import (
    AuthError,
    ForbiddenError,
    NetworkError,
    RateLimitedError,
)
from tpop_desktop.core.cases import reship_block
from tpop_desktop.core.models import Order
from tpop_desktop.core.text import display_text
from tpop_desktop.core.tpop_urls import MANUAL_ORDER_URL
from tpop_desktop.ui.links import open_external
from tpop_desktop.ui.texts import tr
from tpop_desktop.ui.widgets import plain_label, plain_message_box


def problem_text(error: Exception) -> str:
    """Why placing failed, in plain words (never the server's own text)."""
    if isinstance(error, NetworkError):
        return tr("TPOP could not be reached")
    if isinstance(error, (AuthError, ForbiddenError)):
        return tr("TPOP refused the account's token")
    if isinstance(error, RateLimitedError):
        return tr("TPOP asked the app to slow down")
    return tr("TPOP did not accept the request")


class ManualOrders(Protocol):
    """Placing a manual order through the account (the case service provides it)."""

    manualOrdersChanged: Signal  # bool: whether a token is known

    def manual_orders_available(self) -> bool: ...

    def place_manual_order(self, order: Order, address_lines: Sequence[str], on_placed: Callable[[Order], None],
                           on_error: Callable[[Exception], None], context: QObject | None = None) -> None: ...


class ReshipPanel(QWidget):
    """Shown once the merchant chose "Reship at my cost"."""

    placedInDashboard = Signal()  # the merchant says they placed it on the TPOP website
    manualOrderPlaced = Signal(str)  # the new TPOP order's reference

    def __init__(self, order: Order, manual_orders: ManualOrders, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reship-panel")
        self.order = order
        self._manual = manual_orders
        self.confirm_box: QMessageBox | None = None
        self.confirm_button: QPushButton | None = None
        self.placing = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(plain_label(tr(
            "A reship is a new manual order, charged to you. The TPOP dashboard's manual-order page opened in "
            "your browser and the order's items and recipient are on the clipboard: paste them there.")))
        row = QHBoxLayout()
        self.dashboard_button = QPushButton(tr("Open the manual-order page again"))
        self.dashboard_button.clicked.connect(self.open_dashboard)
        row.addWidget(self.dashboard_button)
        self.copy_button = QPushButton(tr("Copy the order details again"))
        self.copy_button.clicked.connect(self.copy_details)
        row.addWidget(self.copy_button)
        layout.addLayout(row)
        self.placed_button = QPushButton(tr("I placed it in the dashboard"))
        self.placed_button.setObjectName("reship-placed-in-dashboard")
        self.placed_button.clicked.connect(self.placedInDashboard)
        layout.addWidget(self.placed_button)

        layout.addWidget(plain_label(tr("Or place it from here. This app does not know the street address: "
                                        "copy it from your shop, one line per line.")))
        self.address_field = QPlainTextEdit()
        self.address_field.setObjectName("reship-address")
        self.address_field.setAccessibleName(tr("Street address"))
        self.address_field.setPlaceholderText(tr("Street and number\nFlat, floor, building"))
        self.address_field.setTabChangesFocus(True)
        self.address_field.setMaximumHeight(70)
        self.address_field.textChanged.connect(self._update_buttons)
        layout.addWidget(self.address_field)
        self.place_button = QPushButton(tr("Place the manual order now…"))
        self.place_button.setObjectName("reship-place-now")
        self.place_button.clicked.connect(self.ask_confirmation)
        layout.addWidget(self.place_button)
        self.status_label = plain_label("", selectable=True)
        self.status_label.setObjectName("reship-status")
        layout.addWidget(self.status_label)
        manual_orders.manualOrdersChanged.connect(self._availability_changed)
        self._availability_changed(manual_orders.manual_orders_available())

    def _availability_changed(self, available: bool) -> None:
        if self.placing:
            return
        if available:
            self.status_label.clear()
        else:
            self.status_label.setText(tr("Placing orders from here needs a connected TPOP account."))
        self._update_buttons()

    def address_lines(self) -> list[str]:
        return [line.strip() for line in self.address_field.toPlainText().splitlines() if line.strip()]

    def _update_buttons(self) -> None:
        self.place_button.setEnabled(self._manual.manual_orders_available() and not self.placing
                                     and bool(self.address_lines()))

    # -- the dashboard way -----------------------------------------------------------------

    def start(self) -> None:
        """The merchant chose to reship: the dashboard page and the details, at once."""
        self.copy_details()
        self.open_dashboard()

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(reship_block(self.order))

    def open_dashboard(self) -> None:
        open_external(MANUAL_ORDER_URL)

    # -- the direct way --------------------------------------------------------------------

    def confirmation_text(self) -> str:
        items = "\n".join(display_text(f"{item.quantity} × {item.title}" + (f" ({item.variant})" if item.variant else ""))
                          for item in self.order.items)
        destination = self.order.destination
        address = "\n".join(display_text(part) for part in (
            self.order.customer.name, *self.address_lines(),
            " ".join(p for p in (destination.postcode, destination.city) if p), destination.country) if part)
        return tr("Items:\n{items}\n\nShip to:\n{address}").format(items=items or tr("(none)"), address=address)

    def ask_confirmation(self) -> None:
        box = plain_message_box(
            QMessageBox.Icon.Warning, tr("Place a manual order charged to you?"),
            tr("This places a new TPOP order to reship order {reference}. It is CHARGED TO YOU, "
               "the merchant: TPOP does not pay for a parcel marked delivered.").format(
                reference=display_text(self.order.reference)),
            QMessageBox.StandardButton.NoButton, self, informative=self.confirmation_text())
        self.confirm_button = box.addButton(tr("Place the order (charged to me)"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.buttonClicked.connect(lambda button: self._on_confirmation(button is self.confirm_button))
        self.confirm_box = box
        box.open()

    def _on_confirmation(self, confirmed: bool) -> None:
        if not confirmed or self.placing or not self._manual.manual_orders_available():
            return
        self.placing = True
        self._update_buttons()
        self.status_label.setText(tr("Placing the manual order…"))
        self._manual.place_manual_order(self.order, self.address_lines(), self._on_placed, self._on_failed,
                                        context=self)

    def _on_placed(self, placed: Order) -> None:
        self.placing = False
        self.status_label.setText(tr("Manual order {reference} placed. TPOP emails you its confirmation.").format(
            reference=placed.reference))
        self._update_buttons()
        self.manualOrderPlaced.emit(placed.reference)

    def _on_failed(self, error: Exception) -> None:
        self.placing = False
        self.status_label.setText(tr(
            "The manual order could not be confirmed ({problem}). Check the TPOP dashboard before trying again: "
            "it may have been placed.").format(problem=problem_text(error)))
        self._update_buttons()
