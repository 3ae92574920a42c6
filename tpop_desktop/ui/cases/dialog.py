"""The guided case: what the tracking says, TPOP's rule, the steps, the customer message, the decision.

Non-modal: the merchant keeps the orders window usable while answering a customer.
Every change goes through ``CaseServices.save_case`` at once, so closing the dialog
(or the app) never loses a step.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Protocol

from PySide6.QtCore import QLocale, QObject, Qt, Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from tpop_desktop.core.cases import (
    Case,
    CaseKind,
    CaseStep,
    Decision,
    decide,
    decisions_for,
    mark_step_done,
    mark_step_undone,
    next_step,
    record_message,
    reopen,
    steps_for,
)
from tpop_desktop.core.advice import delivery_event
from tpop_desktop.core.models import Order
from tpop_desktop.core.parcel import ParcelTracking
from tpop_desktop.core.text import display_text
from tpop_desktop.core.tracking import TrackingLink, delivers_to_relay_points, links_for
from tpop_desktop.store.errors import StoreError
from tpop_desktop.templates import TemplateLibrary
from tpop_desktop.ui.cases.message_panel import MessagePanel
from tpop_desktop.ui.cases.reship import ReshipPanel
from tpop_desktop.ui.cases.section import NoteField
from tpop_desktop.ui.cases.texts import (
    decision_label,
    decision_outcome,
    kind_title,
    messages_for,
    rule_sentence,
    step_explanation,
    step_title,
)
from tpop_desktop.ui.detail.shipment_view import link_button_text
from tpop_desktop.ui.formatting import format_datetime, format_long_datetime
from tpop_desktop.ui.links import open_external
from tpop_desktop.ui.texts import tr
from tpop_desktop.ui.tracking.texts import carrier_words, event_place, service_name
from tpop_desktop.ui.widgets import heading_label, plain_label, plain_message_box, plain_tooltip


class CaseServices(Protocol):
    """What a case dialog needs from the app (the case service provides it)."""

    templates: TemplateLibrary
    manualOrdersChanged: Signal

    def now(self) -> datetime: ...

    def save_case(self, case: Case) -> None: ...

    def withdraw_case(self, case: Case) -> None: ...

    def can_withdraw(self, case: Case) -> bool: ...

    def record_manual_order(self, case: Case, reference: str) -> None: ...

    def note(self, reference: str) -> str: ...

    def set_note(self, reference: str, text: str) -> None: ...

    def manual_orders_available(self) -> bool: ...

    def place_manual_order(self, order: Order, address_lines: Sequence[str], on_placed: Callable[[Order], None],
                           on_error: Callable[[Exception], None], context: QObject | None = None) -> None: ...


class CaseDialog(QDialog):
    def __init__(self, case: Case, order: Order, services: CaseServices, parent: QWidget | None = None, *,
                 parcel: ParcelTracking | None = None) -> None:
        super().__init__(parent)
        self.case = case
        self.order = order
        self.parcel = parcel  # the carrier's own answer, when the merchant has a tracking key
        self.services = services
        self.withdraw_box: QMessageBox | None = None
        self.setObjectName("case-dialog")
        self.setModal(False)
        self.setWindowTitle(tr("{case} · order {reference}").format(case=kind_title(case.kind),
                                                                   reference=display_text(order.reference)))
        self.resize(640, 760)
        outer = QVBoxLayout(self)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        body = QWidget()
        layout = QVBoxLayout(body)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)

        layout.addWidget(heading_label(kind_title(case.kind)))
        layout.addWidget(plain_label(tr("Order {reference} for {customer}").format(
            reference=display_text(order.reference), customer=display_text(order.customer.name)), selectable=True))
        self.rule_label = plain_label(rule_sentence(case.kind))
        self.rule_label.setObjectName("case-rule")
        self.rule_label.setStyleSheet("QLabel#case-rule { border: 1px solid #c0392b; border-radius: 4px; "
                                      "padding: 6px; }")
        layout.addWidget(self.rule_label)
        layout.addWidget(self._tracking_box())
        layout.addWidget(self._steps_box())

        self.message_box = QGroupBox(tr("Message to the customer"))
        message_layout = QVBoxLayout(self.message_box)
        self.message_panel = MessagePanel(order, services.templates, parcel=parcel)
        self.message_panel.messageSent.connect(self._on_message_sent)
        message_layout.addWidget(self.message_panel)
        layout.addWidget(self.message_box)

        notes_box = QGroupBox(tr("Your note"))
        notes_layout = QVBoxLayout(notes_box)
        self.note_field = NoteField(order.reference, services.note(order.reference), services.set_note)
        notes_layout.addWidget(self.note_field)
        layout.addWidget(notes_box)
        layout.addWidget(self._decision_box())
        layout.addStretch(1)

        self.error_label = plain_label("")
        self.error_label.setObjectName("case-error")
        self.error_label.hide()
        outer.addWidget(self.error_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        outer.addWidget(buttons)
        self._refresh()

    # -- building ----------------------------------------------------------------------------

    def _tracking_box(self) -> QGroupBox:
        box = QGroupBox(tr("What the carrier's tracking says"))
        layout = QVBoxLayout(box)
        shipment = self.order.latest_shipment
        if shipment is None:
            layout.addWidget(plain_label(tr("No shipment is recorded for this order.")))
            self.tracking_links: list[TrackingLink] = []
            return box
        delivered = self.order.delivered_at
        event = delivery_event(self.parcel) if self.parcel is not None else None
        if event is not None and self.parcel is not None:
            place = event_place(event.place, event.country)
            words = carrier_words({"label": event.label, "code": event.code})
            when = format_long_datetime(event.time)
            fact = (tr("{service} delivered it on {when} in {place}: {words}.") if place else
                    tr("{service} delivered it on {when}: {words}.")).format(
                service=service_name(self.parcel.service), when=when, place=place, words=words)
            self.tracking_summary = fact + " " + tr("This is the carrier's own record of the delivery: it is "
                                                    "authoritative.")
        elif delivered is not None:
            self.tracking_summary = tr("Delivered on {date} according to {carrier}.").format(
                date=format_long_datetime(delivered),
                carrier=shipment.carrier or tr("the carrier"))
        else:
            self.tracking_summary = tr("Not delivered according to {carrier}; shipped on {date}.").format(
                carrier=shipment.carrier or tr("the carrier"), date=format_datetime(shipment.shipped_at))
        summary = plain_label(self.tracking_summary)
        summary.setObjectName("tracking-summary")
        layout.addWidget(summary)
        layout.addWidget(plain_label(tr("Tracking number: {number}").format(number=display_text(shipment.tracking_number)),
                                     selectable=True))
        destination = self.order.destination
        self.tracking_links = links_for(
            shipment.tracking_number, carrier=shipment.carrier or None, url=shipment.tracking_url or None,
            destination=destination.country or None, postcode=destination.postcode or None,
            language=QLocale().name()[:2])
        self.link_buttons: list[QPushButton] = []
        for link in self.tracking_links:
            button = QPushButton(link_button_text(link))
            button.setObjectName(f"case-{link.kind}-link")
            button.setToolTip(plain_tooltip(link.url))
            button.clicked.connect(lambda _=False, chosen=link: open_external(chosen.url))
            self.link_buttons.append(button)
            layout.addWidget(button)
        return box

    def _steps_box(self) -> QGroupBox:
        box = QGroupBox(tr("Steps"))
        layout = QVBoxLayout(box)
        self.step_boxes: dict[CaseStep, QCheckBox] = {}
        steps = steps_for(self.case.kind)
        shipment = self.order.latest_shipment
        relay = shipment is not None and delivers_to_relay_points(shipment.carrier)  # no neighbour, a relay point
        for number, step in enumerate(steps, start=1):
            check = QCheckBox(tr("{number}. {step}").format(number=number, step=step_title(step, relay=relay)))
            check.setObjectName(f"step-{step.value}")
            if step is steps[-1]:
                check.setEnabled(False)  # the decision below completes the last step
            else:
                check.toggled.connect(lambda checked, chosen=step: self.mark_done(chosen) if checked
                                      else self.mark_undone(chosen))
            self.step_boxes[step] = check
            layout.addWidget(check)
            hint = plain_label(step_explanation(step, relay=relay))
            hint.setContentsMargins(24, 0, 0, 6)
            layout.addWidget(hint)
        return box

    def _decision_box(self) -> QGroupBox:
        box = QGroupBox(tr("Decision"))
        layout = QVBoxLayout(box)
        if self.case.kind is CaseKind.NOT_RECEIVED:
            layout.addWidget(plain_label(tr("If the customer still could not collect the parcel: tell them no new "
                                            "order can be sent, or reship at your own cost.")))
        row = QHBoxLayout()
        self.decision_buttons: dict[Decision, QPushButton] = {}
        for decision in decisions_for(self.case.kind):
            button = QPushButton(decision_label(decision))
            button.setObjectName(f"decide-{decision.value}")
            button.clicked.connect(lambda _=False, chosen=decision: self.choose(chosen))
            self.decision_buttons[decision] = button
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.reship_panel = ReshipPanel(self.order, self.services)
        self.reship_panel.placedInDashboard.connect(lambda: self.record_decision(Decision.RESHIP_AT_MY_COST))
        self.reship_panel.manualOrderPlaced.connect(self._on_manual_order)
        self.reship_panel.hide()
        layout.addWidget(self.reship_panel)
        self.decision_label = plain_label("")
        self.decision_label.setObjectName("case-decision")
        layout.addWidget(self.decision_label)
        self.reopen_button = QPushButton(tr("Reopen the case"))
        self.reopen_button.setObjectName("case-reopen")
        self.reopen_button.clicked.connect(self.reopen)
        layout.addWidget(self.reopen_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.withdraw_button = QPushButton(tr("Withdraw this case…"))
        self.withdraw_button.setObjectName("case-withdraw")
        self.withdraw_button.setToolTip(tr("Opened by mistake? Forget this case"))
        self.withdraw_button.clicked.connect(self.ask_withdraw)
        layout.addWidget(self.withdraw_button, 0, Qt.AlignmentFlag.AlignLeft)
        return box

    # -- changes -----------------------------------------------------------------------------

    def _apply(self, change: Callable[[Case], Case]) -> bool:
        """Change the case and save it; on a store failure the case stays as it was, and says so."""
        try:
            updated = change(self.case)
            self.services.save_case(updated)
        except (StoreError, ValueError) as error:
            self.error_label.setText(tr("The case could not be saved: {error}").format(error=error))
            self.error_label.show()
            self._refresh()
            return False
        self.case = updated
        self.error_label.hide()
        self._refresh()
        return True

    def mark_done(self, step: CaseStep) -> None:
        if step not in self.case.steps_done:
            self._apply(lambda case: mark_step_done(case, step, self.services.now()))

    def mark_undone(self, step: CaseStep) -> None:
        """A step ticked by mistake: untick it (the timeline keeps both)."""
        if step in self.case.steps_done:
            self._apply(lambda case: mark_step_undone(case, step, self.services.now()))

    def ask_withdraw(self) -> None:
        box = plain_message_box(
            QMessageBox.Icon.Question, tr("Withdraw this case?"),
            tr("Withdraw the case for order {reference}? It and its steps are forgotten, as if it had never "
               "been opened. Messages already sent to the customer stay sent.").format(
                reference=display_text(self.order.reference)),
            QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("confirm-withdraw")
        withdraw = box.addButton(tr("Withdraw the case"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.buttonClicked.connect(lambda button: self.withdraw() if button is withdraw else None)
        self.withdraw_box = box
        box.open()

    def withdraw(self) -> None:
        try:
            self.services.withdraw_case(self.case)
        except StoreError as error:
            self.error_label.setText(tr("The case could not be withdrawn: {error}").format(error=error))
            self.error_label.show()

    def _on_message_sent(self, template_id: str, language: str, channel: str) -> None:
        # a message after the decision (the refusal, the reship) belongs to the case too
        self._apply(lambda case: record_message(case, template_id, language, channel, self.services.now()))

    def choose(self, decision: Decision) -> None:
        """A decision button: a reship first goes through the reship panel, the others apply at once."""
        if decision is Decision.RESHIP_AT_MY_COST:
            self.reship_panel.show()
            self.reship_panel.start()
            return
        self.record_decision(decision)

    def record_decision(self, decision: Decision) -> None:
        if not self.case.closed and self._apply(lambda case: decide(case, decision, self.services.now())):
            self.reship_panel.hide()

    def _on_manual_order(self, reference: str) -> None:
        try:
            self.services.record_manual_order(self.case, reference)
        except StoreError as error:
            self.error_label.setText(tr("Manual order {reference} was placed, but could not be noted here: "
                                        "{error}").format(reference=reference, error=error))
            self.error_label.show()
        self.record_decision(Decision.RESHIP_AT_MY_COST)
        self.reship_panel.show()  # keeps the new order's reference in view

    def reopen(self) -> None:
        if self.case.closed:
            self._apply(lambda case: reopen(case, self.services.now()))

    # -- showing -------------------------------------------------------------------------------

    def hideEvent(self, event: QHideEvent) -> None:
        self.note_field.flush()  # closing right after typing keeps the note
        super().hideEvent(event)

    def show_case(self, case: Case) -> None:
        """The case changed elsewhere (reopened from the list)."""
        self.case = case
        self._refresh()

    def _refresh(self) -> None:
        case = self.case
        current = next_step(case)
        for step, check in self.step_boxes.items():
            check.blockSignals(True)
            check.setChecked(step in case.steps_done)
            check.blockSignals(False)
            if step is not steps_for(case.kind)[-1]:
                check.setEnabled(not case.closed)  # a step ticked by mistake can be unticked
            font = check.font()
            font.setBold(step is current)
            check.setFont(font)
        for button in self.decision_buttons.values():
            button.setEnabled(not case.closed)
        if case.closed and case.decision is not None:
            self.decision_label.setText(tr("Decided on {date}: {outcome}.").format(
                date=format_datetime(case.decided_at), outcome=decision_outcome(case.decision)))
        else:
            self.decision_label.setText(tr("No decision yet."))
        self.reopen_button.setVisible(case.closed)
        self.withdraw_button.setVisible(not case.closed and self.services.can_withdraw(case))
        self.message_panel.set_templates(messages_for(case))
