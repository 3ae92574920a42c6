"""The detail pane: everything about the selected order, and what to do next.

It reads from the top as a merchant works: the status, the tracking number and its links,
what to do now (the advice and the cases), then the order itself, the note, the features'
sections and the history.

The pane lays itself out; features plug in through two typed sources, set by the
session binder: the cases (buttons, note, case events in the history) and named
sections (``SECTIONS``: the shop check today), each a widget for the order plus lines
for its history.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, timezone
from typing import Protocol

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from tpop_desktop.core.models import Order, Status
from tpop_desktop.core.parcel import ParcelTracking
from tpop_desktop.core.shop_order_source import display_reference, is_shop_reference
from tpop_desktop.core.text import display_text
from tpop_desktop.store.records import HistoryEntry
from tpop_desktop.ui.cases.section import CaseActions, CaseSource, NoteField
from tpop_desktop.ui.detail.advice_view import AdviceView
from tpop_desktop.ui.detail.shipment_view import ShipmentView
from tpop_desktop.ui.detail.timeline_view import TimelineView
from tpop_desktop.ui.formatting import format_datetime
from tpop_desktop.ui.shops.texts import shop_order_status_explanation
from tpop_desktop.ui.status_style import status_icon
from tpop_desktop.ui.texts import (
    block_reason_label,
    country_name,
    platform_label,
    status_explanation,
    status_label,
    tr,
)
from tpop_desktop.ui.widgets import heading_label, plain_label, separator, server_label


class DetailSection(Protocol):
    """A feature's part of the pane for one order (None: nothing to show for it)."""

    def section_for(self, order: Order) -> QWidget | None: ...

    def timeline_for(self, reference: str) -> Sequence[tuple[datetime, str]]: ...


SECTIONS = ("parcel", "estimate", "shop")  # named places, in the order they appear after the tracking
# The "parcel" source also has ``parcel_of(order)``: what the carrier says, for the advice and cases.


class DetailPane(QScrollArea):
    """Rebuilt for each selected order; every server string is shown as plain text."""

    linkOpened = Signal(str)
    caseRequested = Signal(str, str)  # order reference, case kind
    messageRequested = Signal(str, str)  # order reference, template id (a customer message the advice offers)

    def __init__(self, now: Callable[[], datetime] = lambda: datetime.now(timezone.utc),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._now = now
        self.setWidgetResizable(True)
        self.setMinimumWidth(340)
        self.order: Order | None = None
        self.shipment_views: list[ShipmentView] = []
        self.advice_view: AdviceView | None = None
        self.timeline_view: TimelineView | None = None
        self.case_source: CaseSource | None = None  # set by the case wiring
        self.case_actions: CaseActions | None = None
        self.note_field: NoteField | None = None
        self._sections: dict[str, DetailSection] = {}
        self.section_widgets: dict[str, QWidget] = {}
        self._history: list[HistoryEntry] = []
        self.show_placeholder()

    def set_case_source(self, source: CaseSource | None) -> None:
        """Show cases and the note (or stop showing them) for the current and later orders."""
        self._flush_note()
        self.case_source = source
        self.redisplay()

    def set_section(self, name: str, source: DetailSection | None) -> None:
        """Show (or stop showing) the named section for the current and later orders."""
        if name not in SECTIONS:
            raise ValueError(f"no section place named {name!r}")
        if source is None:
            self._sections.pop(name, None)
        else:
            self._sections[name] = source
        self.redisplay()

    def redisplay(self, order: Order | None = None, history: list[HistoryEntry] | None = None) -> None:
        """Rebuild for the shown order (or a newer copy of it); nothing when no order is shown."""
        if self.order is None:
            return
        self.show_order(order or self.order, self._history if history is None else history)

    def refresh_cases(self) -> None:
        """A case of the shown order changed: update its buttons and the timeline in place."""
        if self.order is None or self.case_source is None or self.case_actions is None:
            return
        reference = self.order.reference
        self.case_actions.update_cases(self.case_source.cases_for(reference), self._now())
        if self.timeline_view is not None:
            self.timeline_view.set_case_events(self.case_source.events_for(reference))

    def _parcel_of(self, order: Order) -> ParcelTracking | None:
        """What the carrier says about the order's latest shipment, when the "parcel" section knows."""
        reader = self._sections.get("parcel")
        if reader is None or order.latest_shipment is None or not hasattr(reader, "parcel_of"):
            return None
        return reader.parcel_of(order)  # type: ignore[attr-defined]

    def _flush_note(self) -> None:
        if self.note_field is not None:
            self.note_field.flush()

    def show_placeholder(self) -> None:
        self._flush_note()
        self.order = None
        self.shipment_views = []
        self.section_widgets = {}
        self.case_actions = self.note_field = None
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(plain_label(tr("Select an order to see its tracking and what to do next.")),
                         0, Qt.AlignmentFlag.AlignTop)
        self.setWidget(body)

    def show_order(self, order: Order, history: list[HistoryEntry]) -> None:
        self._flush_note()
        self.order = order
        self._history = list(history)
        self.case_actions = self.note_field = None
        source = self.case_source
        body = QWidget()
        body.setObjectName("detail-body")
        layout = QVBoxLayout(body)

        title = heading_label(tr("Order {reference}").format(
            reference=display_text(display_reference(order.reference, order.shop_order_number))))
        title.setObjectName("detail-title")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        title.setFont(font)
        layout.addWidget(title)

        status_row = QLabel()
        status_row.setPixmap(status_icon(order.status).pixmap(16, 16))
        status_text = status_label(order.status)
        if order.status is Status.BLOCKED:
            status_text = tr("{status}: {reason}").format(status=status_text,
                                                         reason=block_reason_label(order.block_reason))
        self.status_label = heading_label(status_text)
        self.status_label.setObjectName("detail-status")
        layout.addWidget(self.status_label)
        self.explanation_label = plain_label(shop_order_status_explanation(order.status)  # the shop's meaning
                                             if is_shop_reference(order.reference) else status_explanation(order.status))
        layout.addWidget(self.explanation_label)

        layout.addWidget(heading_label(tr("Tracking")))
        self.shipment_views = []
        if not order.shipments:
            self.no_shipment_label = plain_label(tr("Not shipped yet: the tracking number appears here once "
                                                    "TPOP ships the order."))
            self.no_shipment_label.setObjectName("no-shipment")
            layout.addWidget(self.no_shipment_label)
        for shipment in order.shipments:
            view = ShipmentView(shipment, order.destination)
            view.linkOpened.connect(self.linkOpened)
            self.shipment_views.append(view)
            layout.addWidget(view)
        layout.addWidget(separator())

        parcel = self._parcel_of(order)
        self.advice_view = AdviceView(order, self._now(), parcel=parcel)
        self.advice_view.caseRequested.connect(self.caseRequested)
        self.advice_view.messageRequested.connect(self.messageRequested)
        layout.addWidget(self.advice_view)
        if source is not None:
            self.case_actions = CaseActions(order, source.cases_for(order.reference), self._now(), parcel=parcel)
            self.case_actions.caseRequested.connect(self.caseRequested)
            layout.addWidget(self.case_actions)
        layout.addWidget(separator())

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        shop = f"{display_text(order.shop.name)} ({platform_label(order.shop.platform)})"
        form.addRow(tr("Shop"), plain_label(shop, selectable=True))
        form.addRow(tr("Shop order"), server_label(order.shop_order_number))
        form.addRow(tr("Created"), plain_label(format_datetime(order.created_at)))
        self.customer_label = server_label(order.customer.name, order.customer.email)
        self.customer_label.setObjectName("detail-customer")
        form.addRow(tr("Customer"), self.customer_label)
        place = " ".join(part for part in (order.destination.postcode, order.destination.city) if part)
        form.addRow(tr("Destination"), server_label(place, country_name(order.destination.country)))
        items = "\n".join(
            display_text(tr("{quantity} × {title}").format(quantity=item.quantity, title=item.title)
                         + (f" ({item.variant})" if item.variant else ""))
            for item in order.items
        )
        form.addRow(tr("Items"), plain_label(items or tr("No items")))
        layout.addLayout(form)
        if source is not None:
            layout.addWidget(heading_label(tr("Note")))
            self.note_field = NoteField(order.reference, source.note(order.reference), source.set_note)
            layout.addWidget(self.note_field)
        layout.addWidget(separator())

        self.section_widgets = {}
        extra: list[tuple[datetime, str]] = []
        for name in SECTIONS:
            section = self._sections.get(name)
            if section is None:
                continue
            widget = section.section_for(order)
            extra.extend(section.timeline_for(order.reference))
            if widget is not None:
                self.section_widgets[name] = widget
                layout.addWidget(widget)
                layout.addWidget(separator())

        layout.addWidget(heading_label(tr("History")))
        self.timeline_view = TimelineView(history, source.events_for(order.reference) if source else (),
                                          extra=extra)
        layout.addWidget(self.timeline_view)
        layout.addStretch(1)
        self.setWidget(body)
