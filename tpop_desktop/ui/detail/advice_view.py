"""TPOP's advice for the order at this moment, as notices the merchant can act on."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QPushButton, QVBoxLayout, QWidget

from tpop_desktop.core.advice import (
    Advice,
    AdviceCode,
    Severity,
    advice_for,
    support_message_fields,
)
from tpop_desktop.core.cases import CaseKind
from tpop_desktop.core.messages import TEMPLATES_BY_ADVICE
from tpop_desktop.core.models import Order
from tpop_desktop.core.parcel import ParcelTracking
from tpop_desktop.core.tpop_urls import SUPPORT_URL, order_url
from tpop_desktop.ui.formatting import format_date, format_datetime
from tpop_desktop.ui.links import open_external
from tpop_desktop.ui.texts import tr
from tpop_desktop.ui.tracking.texts import parcel_advice_text
from tpop_desktop.ui.widgets import plain_label


# Blocked orders the merchant unblocks in TPOP's dashboard (the address, the card, the print file).
DASHBOARD_FIXES = frozenset({AdviceCode.BLOCKED_ADDRESS, AdviceCode.BLOCKED_PAYMENT, AdviceCode.BLOCKED_VISUAL,
                             AdviceCode.BLOCKED_UNKNOWN})


def _when(iso: str | None) -> str:
    if not iso:
        return ""
    try:
        return format_datetime(datetime.fromisoformat(iso))
    except ValueError:
        return iso


def advice_text(advice: Advice) -> str:
    """The sentence for an advice code, filled with its parameters."""
    p = advice.params
    code = advice.code
    if code.value.startswith("parcel_"):
        return parcel_advice_text(advice)
    if code is AdviceCode.TRACKING_NOT_ACTIVE_YET:
        return tr("Tracking may not be active yet: activation can take up to 48 working hours after "
                  "shipping (expected by {when}).").format(when=_when(p.get("ready_at")))
    if code is AdviceCode.TRACKING_MAY_LAG:
        return tr("Tracking can lag behind the parcel: it may already be in the letterbox while the "
                  "tracking still says it was just picked up.")
    if code is AdviceCode.CONTACT_SUPPORT:
        return tr("Shipped {days} days ago and still not delivered: you can now contact TPOP support "
                  "about this parcel.").format(days=p.get("days", "21"))
    if code is AdviceCode.BLOCKED_PAYMENT:
        text = tr("Payment failed. Update your card or top up your TPOP wallet, then click \"Retry payment\" "
                  "on the TPOP orders page. It can take 1 to 2 working days.")
        if p.get("detail"):
            text += " " + tr("Bank code: {code}.").format(code=p["detail"])
        return text
    if code is AdviceCode.BLOCKED_ADDRESS:
        return tr("Address problem. Correct the shipping address in the TPOP dashboard, then tell TPOP "
                  "that it changed.")
    if code is AdviceCode.BLOCKED_VISUAL:
        return tr("Print file problem. Fix the visual, then resubmit the order to production.")
    if code is AdviceCode.BLOCKED_UNKNOWN:
        return tr("TPOP put this order on hold. Open it in the TPOP dashboard to see why.")
    if code is AdviceCode.RESTART_IS_USELESS:
        return tr("Asking TPOP to restart production before fixing the cause is useless.")
    if code is AdviceCode.OPEN_NOT_CHARGED:
        return tr("Not charged yet: you can still change or cancel it in the TPOP dashboard.")
    if code is AdviceCode.PRODUCTION_CHARGED:
        return tr("Charged: it can no longer be cancelled. It ships 2 to 7 working days after entering "
                  "production.")
    if code is AdviceCode.DELIVERED_NOT_RECEIVED_HINT and p.get("relay"):
        return tr("If your customer says it never arrived: the carrier's tracking is authoritative. The parcel "
                  "waits at the relay point the tracking names, where the customer collects it (tracking number "
                  "and an identity document).")
    if code is AdviceCode.DELIVERED_NOT_RECEIVED_HINT:
        return tr("If your customer says it never arrived: the carrier's tracking is authoritative. The parcel "
                  "is often with a neighbour or at the post office (tracking number and an identity document).")
    return code.value


def support_message(order: Order) -> str:
    fields = support_message_fields(order)
    return tr("Hello, my order {reference} (tracking number {tracking}) was shipped on {date} and has not "
              "been delivered. Could you look into it? Thank you.").format(
        reference=fields.get("reference", order.reference),
        tracking=fields.get("tracking_number", ""),
        date=_date(fields.get("shipped_on", "")),
    )


def _date(iso: str) -> str:
    try:
        return format_date(datetime.fromisoformat(iso))
    except ValueError:
        return iso


class AdviceView(QWidget):
    supportOpened = Signal(str)
    messageRequested = Signal(str, str)  # order reference, template id (a customer message the advice offers)
    caseRequested = Signal(str, str)  # order reference, case kind

    def __init__(self, order: Order, now: datetime, parent: QWidget | None = None, *,
                 parcel: ParcelTracking | None = None) -> None:
        super().__init__(parent)
        self.order = order
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.advice = advice_for(order, now, parcel)
        self.texts: list[str] = []
        self.support_button: QPushButton | None = None
        self.message_button: QPushButton | None = None
        self.returned_button: QPushButton | None = None
        self.dashboard_button: QPushButton | None = None
        for advice in self.advice:
            frame = QFrame()
            frame.setObjectName(f"advice-{advice.severity.value}")
            frame.setFrameShape(QFrame.Shape.StyledPanel)
            inner = QVBoxLayout(frame)
            text = advice_text(advice)
            self.texts.append(text)
            inner.addWidget(plain_label(text))
            if advice.code is AdviceCode.CONTACT_SUPPORT:
                self.support_button = QPushButton(tr("Contact TPOP support (copies a ready message)"))
                self.support_button.clicked.connect(self.contact_support)
                inner.addWidget(self.support_button)
            templates = TEMPLATES_BY_ADVICE.get(advice.code)
            if templates:
                self.message_button = QPushButton(tr("Message for the customer…"))
                self.message_button.setObjectName("advice-customer-message")
                self.message_button.clicked.connect(
                    lambda _=False, chosen=templates[0].value: self.messageRequested.emit(order.reference, chosen))
                inner.addWidget(self.message_button)
            if advice.code in DASHBOARD_FIXES:  # the fix is made in TPOP's dashboard: one click to the order
                self.dashboard_button = QPushButton(tr("Open the order in the TPOP dashboard"))
                self.dashboard_button.setObjectName("advice-open-dashboard")
                self.dashboard_button.clicked.connect(lambda: open_external(order_url(order.reference)))
                inner.addWidget(self.dashboard_button)
            if advice.code is AdviceCode.PARCEL_RETURNED:
                self.returned_button = QPushButton(tr("Open the returned-to-sender case…"))
                self.returned_button.setObjectName("advice-returned-case")
                self.returned_button.clicked.connect(
                    lambda: self.caseRequested.emit(order.reference, CaseKind.RETURNED_TO_SENDER.value))
                inner.addWidget(self.returned_button)
            if advice.severity is Severity.ACTION:
                frame.setStyleSheet("QFrame#advice-action { border: 1px solid #e74c3c; border-radius: 4px; }")
            layout.addWidget(frame)

    def contact_support(self) -> None:
        QGuiApplication.clipboard().setText(support_message(self.order))
        if open_external(SUPPORT_URL):
            self.supportOpened.emit(SUPPORT_URL)


__all__ = ["AdviceView", "advice_text", "support_message"]
