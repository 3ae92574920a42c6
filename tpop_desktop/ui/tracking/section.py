"""The detail pane's "Carrier tracking" section: what the carrier says, its timeline, "Refresh now".

Everything the carrier sent (labels, places, the pickup point, the partner's name and
number) is shown as plain text. The destination post's link uses the partner's own
number, the one bpost or Deutsche Post know the parcel by.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from tpop_desktop.core.models import Order
from tpop_desktop.core.parcel import CarrierEvent, ParcelTracking, TrackingServiceId
from tpop_desktop.core.tracking import TrackingLink, destination_post_link
from tpop_desktop.core.text import display_text
from tpop_desktop.ui.detail.shipment_view import link_button_text
from tpop_desktop.ui.formatting import format_date, format_datetime
from tpop_desktop.ui.links import open_external
from tpop_desktop.ui.texts import tr
from tpop_desktop.ui.tracking.texts import carrier_words, event_place, parcel_status_label, service_name
from tpop_desktop.ui.widgets import heading_label, plain_label, plain_tooltip

def event_line(event: CarrierEvent) -> str:
    """One scan: when, the carrier's words and code, where."""
    parts = [format_datetime(event.time), carrier_words({"label": event.label, "code": event.code}),
             event_place(event.place, event.country)]
    return " · ".join(part for part in parts if part)


def partner_link(parcel: ParcelTracking, order: Order) -> TrackingLink | None:
    """The destination post's page for the partner's own number."""
    partner = parcel.partner
    if partner is None or not partner.reference:
        return None
    return destination_post_link(partner.reference, order.destination.country, postcode=order.destination.postcode,
                                 language=QLocale().name()[:2])


class ParcelSection(QWidget):
    """Shown for a shipped order once the merchant has a tracking key; ``refreshRequested`` carries the reference."""

    refreshRequested = Signal(str)
    linkOpened = Signal(str)

    def __init__(self, order: Order, parcel: ParcelTracking | None, service: TrackingServiceId | None, *,
                 note: str = "", busy: bool = False, can_refresh: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("parcel-section")
        self.reference = order.reference
        self.parcel = parcel
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading_label(tr("Carrier tracking")))
        self.event_labels = []
        self.partner_button: QPushButton | None = None
        if parcel is None:
            self.status_label = plain_label(tr("Not asked yet: the carrier is asked after the next sync."))
            self.status_label.setObjectName("parcel-status")
            layout.addWidget(self.status_label)
        else:
            self._show(parcel, order, layout)
        self.note_label = plain_label(note)
        self.note_label.setObjectName("parcel-note")
        self.note_label.setVisible(bool(note))
        layout.addWidget(self.note_label)
        self.refresh_button = QPushButton(tr("Refreshing…") if busy else tr("Refresh now"))
        self.refresh_button.setObjectName("parcel-refresh")
        if service is not None:
            self.refresh_button.setToolTip(tr("Asks {service} now; it counts against its daily calls.").format(
                service=service_name(service)))
        self.refresh_button.setEnabled(can_refresh and not busy)
        self.refresh_button.clicked.connect(lambda: self.refreshRequested.emit(self.reference))
        layout.addWidget(self.refresh_button)

    def _show(self, parcel: ParcelTracking, order: Order, layout: QVBoxLayout) -> None:
        when = format_datetime(parcel.status_at)
        status = parcel_status_label(parcel.status)
        self.status_label = heading_label(tr("{status} · {date}").format(status=status, date=when) if when else status)
        self.status_label.setObjectName("parcel-status")
        layout.addWidget(self.status_label)
        words = carrier_words({"label": parcel.label, "code": parcel.code})
        self.words_label = plain_label(tr("{service} says: {words}").format(
            service=service_name(parcel.service), words=words) if words else "", selectable=True)
        self.words_label.setObjectName("parcel-words")
        self.words_label.setVisible(bool(words))
        layout.addWidget(self.words_label)
        if parcel.estimated_from is not None and not parcel.is_final:
            start, end = format_date(parcel.estimated_from), format_date(parcel.estimated_to)
            text = tr("Estimated delivery: {start} to {end}").format(start=start, end=end) if end and end != start \
                else tr("Estimated delivery: {date}").format(date=start)
            self.estimate_label = plain_label(text)
            self.estimate_label.setObjectName("parcel-estimate")
            layout.addWidget(self.estimate_label)
        point = parcel.pickup_point
        if point is not None and point.name and not parcel.is_final:
            kind = {"BDP": tr("post office"), "A2P": tr("pickup point")}.get(point.type, "")
            text = tr("Waits at: {point} ({kind})").format(point=point.name, kind=kind) if kind else \
                tr("Waits at: {point}").format(point=point.name)
            self.pickup_label = plain_label(text, selectable=True)
            self.pickup_label.setObjectName("parcel-pickup")
            layout.addWidget(self.pickup_label)
        partner = parcel.partner
        if partner is not None and partner.name:
            text = tr("Carried on by {partner}, who know it as {number}").format(
                partner=partner.name, number=partner.reference) if partner.reference else \
                tr("Carried on by {partner}").format(partner=partner.name)
            self.partner_label = plain_label(text, selectable=True)
            self.partner_label.setObjectName("parcel-partner")
            layout.addWidget(self.partner_label)
            link = partner_link(parcel, order)
            if link is not None:
                self.partner_button = QPushButton(tr("{link}, with {partner}'s own number").format(
                    link=link_button_text(link), partner=display_text(partner.name).replace("&", "&&")))
                self.partner_button.setObjectName("parcel-partner-link")
                self.partner_button.setToolTip(plain_tooltip(link.url))
                self.partner_button.clicked.connect(lambda _=False, chosen=link: self._open(chosen))
                layout.addWidget(self.partner_button)
        if parcel.events:
            layout.addWidget(heading_label(tr("What the carrier scanned (newest first)")))
        for event in parcel.events:
            label = plain_label(event_line(event), selectable=True)
            label.setObjectName("parcel-event")
            self.event_labels.append(label)
            layout.addWidget(label)

    def _open(self, link: TrackingLink) -> None:
        if link.copy_number and self.parcel is not None and self.parcel.partner is not None:
            QGuiApplication.clipboard().setText(self.parcel.partner.reference)
        if open_external(link.url):
            self.linkOpened.emit(link.url)

    def event_texts(self) -> list[str]:
        return [label.text() for label in self.event_labels]
