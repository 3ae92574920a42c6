"""One shipment: the tracking number to copy, the carrier's link and the destination post's link."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from tpop_desktop.core.models import Destination, Shipment
from tpop_desktop.core.tracking import (
    TrackingLink,
    is_valid_s10,
    links_for,
    looks_like_s10,
    normalize,
    s10_issuer,
)
from tpop_desktop.core.text import display_text
from tpop_desktop.ui.formatting import format_datetime
from tpop_desktop.ui.links import open_external
from tpop_desktop.ui.texts import country_name, tr
from tpop_desktop.ui.widgets import heading_label, plain_label, plain_tooltip


def link_button_text(link: TrackingLink) -> str:
    if link.kind == "destination" and link.country:
        name = tr("Track with {operator} ({country})").format(
            operator=display_text(link.operator), country=country_name(link.country))
    else:
        name = tr("Track with {operator}").format(operator=display_text(link.operator) or tr("the carrier"))
    if link.copy_number:
        name += " " + tr("(opens the page and copies the number)")
    return name.replace("&", "&&")  # a button's "&" marks a shortcut: a carrier's own "&" is shown as is


def link_explanation(link: TrackingLink) -> str:
    if link.kind == "destination":
        return tr("A postal number: the sending post's tracking often stops at the border, and {operator} "
                  "continues it in {country}.").format(operator=link.operator, country=country_name(link.country or ""))
    return tr("The carrier's own tracking page.")


class ShipmentView(QWidget):
    """Shows one shipment; every link goes through the https-only opener."""

    linkOpened = Signal(str)
    numberCopied = Signal(str)

    def __init__(self, shipment: Shipment, destination: Destination, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shipment = shipment
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        carrier = display_text(shipment.carrier) or tr("Unknown carrier")
        shipped = format_datetime(shipment.shipped_at)
        title = tr("{carrier}, shipped {date}").format(carrier=carrier, date=shipped) if shipped else carrier
        layout.addWidget(heading_label(title))
        if shipment.delivered_at:
            layout.addWidget(plain_label(tr("Delivered {date}").format(date=format_datetime(shipment.delivered_at))))

        row = QHBoxLayout()
        self.number_field = QLineEdit(display_text(shipment.tracking_number))  # Copy copies it whole
        self.number_field.setReadOnly(True)
        self.number_field.setAccessibleName(tr("Tracking number"))
        row.addWidget(self.number_field, 1)
        self.copy_button = QPushButton(tr("Copy"))
        self.copy_button.setToolTip(tr("Copy the tracking number"))
        self.copy_button.clicked.connect(self.copy_number)
        row.addWidget(self.copy_button)
        layout.addLayout(row)

        check = self._number_check(shipment.tracking_number)
        if check:
            layout.addWidget(plain_label(check))

        self.links = links_for(
            shipment.tracking_number, carrier=shipment.carrier or None, url=shipment.tracking_url or None,
            destination=destination.country or None, postcode=destination.postcode or None,
            language=QLocale().name()[:2],
        )
        self.link_buttons: list[QPushButton] = []
        for link in self.links:
            button = QPushButton(link_button_text(link))
            button.setObjectName(f"{link.kind}-link")
            button.setToolTip(plain_tooltip(link.url))
            button.clicked.connect(lambda _=False, chosen=link: self.open_link(chosen))
            self.link_buttons.append(button)
            layout.addWidget(button)
            layout.addWidget(plain_label(link_explanation(link)))
        if not self.links:
            layout.addWidget(plain_label(tr("No tracking page is known for this carrier.")))

    def _number_check(self, number: str) -> str:
        if is_valid_s10(number):
            issuer = s10_issuer(number)
            return tr("International postal number issued by the post of {country}.").format(
                country=country_name(issuer or ""))
        if looks_like_s10(number):
            return tr("This number fails its check digit: it was probably mistyped.")
        if number and normalize(number) != number:
            return tr("Use it without spaces: {number}").format(number=normalize(number))
        return ""

    def copy_number(self) -> None:
        QGuiApplication.clipboard().setText(normalize(self.shipment.tracking_number))
        self.numberCopied.emit(self.shipment.tracking_number)

    def open_link(self, link: TrackingLink) -> None:
        if link.copy_number:
            self.copy_number()
        if open_external(link.url):
            self.linkOpened.emit(link.url)
