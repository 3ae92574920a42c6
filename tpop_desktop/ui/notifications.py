"""Tells the merchant when orders ship, get blocked or when the carrier says something new about a parcel:
tray messages, or a banner without a tray."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QSystemTrayIcon, QWidget

from tpop_desktop.core.changes import ChangeEvent, EventKind
from tpop_desktop.core.notify_rules import plan_notifications, plan_parcel_notifications, strip_markup
from tpop_desktop.core.parcel import ParcelChange, ParcelStatus
from tpop_desktop.core.shop_order_source import display_reference
from tpop_desktop.ui.desktop_notifications import DesktopNotifications
from tpop_desktop.ui.texts import block_reason_label, country_name
from tpop_desktop.ui.tracking.texts import carrier_words, event_place, service_name
from tpop_desktop.ui.widgets import plain_label
from tpop_desktop.ui.texts import tr

BANNER_WIDTH = 640
BANNER_MARGIN = 12
DELIVERED_MEMORY = 5000  # deliveries remembered so TPOP and the carrier do not both announce one



def event_message(event: ChangeEvent) -> tuple[str, str]:
    """Title and body for one event; server text is stripped of anything markup-like."""
    order = event.order
    ref = strip_markup(display_reference(order.reference, order.shop_order_number))
    if event.kind is EventKind.SHIPPED:
        shipment = next((s for s in order.shipments if s.tracking_number == event.detail), order.latest_shipment)
        carrier = strip_markup(shipment.carrier) if shipment else ""
        number = strip_markup(event.detail)
        return (tr("Order {reference} shipped").format(reference=ref),
                tr("{carrier} {number} to {country}").format(
                    carrier=carrier, number=number, country=country_name(order.destination.country)).strip())
    if event.kind is EventKind.BLOCKED:
        return (tr("Order {reference} is blocked").format(reference=ref),
                tr("Reason: {reason}").format(reason=block_reason_label(order.block_reason)))
    if event.kind is EventKind.DELIVERED:
        return (tr("Order {reference} was delivered").format(reference=ref),
                tr("Delivered to {city}, {country}").format(
                    city=strip_markup(order.destination.city), country=country_name(order.destination.country)))
    return (tr("New order {reference}").format(reference=ref),
            tr("From {shop}, for {customer}").format(
                shop=strip_markup(order.shop.name), customer=strip_markup(order.customer.name)))


def summary_message(counts: dict[EventKind, int]) -> tuple[str, str]:
    parts = []
    if counts.get(EventKind.SHIPPED):
        parts.append(tr("%n shipped", None, counts[EventKind.SHIPPED]))
    if counts.get(EventKind.BLOCKED):
        parts.append(tr("%n blocked", None, counts[EventKind.BLOCKED]))
    if counts.get(EventKind.DELIVERED):
        parts.append(tr("%n delivered", None, counts[EventKind.DELIVERED]))
    if counts.get(EventKind.NEW):
        parts.append(tr("%n new", None, counts[EventKind.NEW]))
    return tr("%n order update(s)", None, sum(counts.values())), ", ".join(parts)


def parcel_message(change: ParcelChange) -> tuple[str, str]:
    """Title and body for one carrier change; the carrier's words are stripped of anything markup-like."""
    ref = strip_markup(change.reference)
    tracking = change.tracking
    words = strip_markup(carrier_words({"label": tracking.label, "code": tracking.code}))
    service = service_name(tracking.service)
    if change.new is ParcelStatus.DELIVERED:
        event = tracking.latest_event
        place = strip_markup(event_place(event.place, event.country)) if event is not None else ""
        body = tr("{service}: {words}, {place}").format(service=service, words=words, place=place) if place else \
            tr("{service}: {words}").format(service=service, words=words)
        return tr("Order {reference} was delivered").format(reference=ref), body
    if change.new is ParcelStatus.AVAILABLE_FOR_PICKUP:
        point = tracking.pickup_point
        body = tr("At {point}").format(point=strip_markup(point.name)) if point is not None and point.name else \
            tr("{service}: {words}").format(service=service, words=words)
        return tr("Order {reference} waits for pickup").format(reference=ref), body
    if change.new is ParcelStatus.HELD_CUSTOMS:
        title = tr("Order {reference} is held at customs").format(reference=ref)
    elif change.new is ParcelStatus.RETURNED_TO_SENDER:
        title = (tr("Order {reference} is back with its sender") if tracking.is_final else
                 tr("Order {reference} is returning to its sender")).format(reference=ref)
    else:
        title = tr("Order {reference}: the carrier reports a problem").format(reference=ref)
    return title, tr("{service}: {words}").format(service=service, words=words)


def parcel_summary_message(counts: dict[str, int]) -> tuple[str, str]:
    parts = []
    if counts.get("delivered"):
        parts.append(tr("%n delivered", None, counts["delivered"]))
    if counts.get("parcel_pickup"):
        parts.append(tr("%n waiting for pickup", None, counts["parcel_pickup"]))
    if counts.get("parcel_problem"):
        parts.append(tr("%n with a problem", None, counts["parcel_problem"]))
    if counts.get("parcel_returned"):
        parts.append(tr("%n returned to sender", None, counts["parcel_returned"]))
    return tr("%n parcel update(s)", None, sum(counts.values())), ", ".join(parts)


class NotificationBanner(QFrame):
    """The in-window stand-in for tray messages when the desktop has no tray.

    It floats over the bottom of the window (``float_over``) instead of taking a place in
    the layout, so rows never move under the merchant's pointer; it stays until dismissed
    or replaced by the next message.
    """

    openRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notification-banner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        layout = QHBoxLayout(self)
        self.label = plain_label("")
        layout.addWidget(self.label, 1)
        self.show_button = QPushButton(tr("Show"))
        self.show_button.clicked.connect(lambda: self.openRequested.emit(self._reference))
        self.show_button.clicked.connect(self.hide)
        layout.addWidget(self.show_button)
        close = QPushButton(tr("Dismiss"))
        close.clicked.connect(self.hide)
        layout.addWidget(close)
        self._reference = ""
        self._host: QWidget | None = None
        self.hide()

    def float_over(self, host: QWidget) -> None:
        """Show over the bottom of ``host`` (the window's central widget), following its size."""
        self._host = host
        self.setParent(host)
        host.installEventFilter(self)
        self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt name
        if watched is self._host and event.type() == QEvent.Type.Resize:
            self._place()
        return False

    def _place(self) -> None:
        host = self._host
        if host is None:
            return
        width = min(BANNER_WIDTH, host.width() - 2 * BANNER_MARGIN)
        self.setFixedWidth(max(200, width))
        self.adjustSize()
        self.move((host.width() - self.width()) // 2, host.height() - self.height() - BANNER_MARGIN)

    def show_message(self, title: str, body: str, reference: str) -> None:
        self._reference = reference
        self.show_button.setText(tr("Show the order") if reference else tr("Show these orders"))
        self.label.setText(f"{title}: {body}" if body else title)
        self.show()
        self._place()
        self.raise_()


class Notifier(QObject):
    """Turns sync events into notifications according to the merchant's settings."""

    shown = Signal(str, str, str)  # title, body, reference ("" for a summary)
    openRequested = Signal(str)  # a single order's notification was clicked: that order
    recentRequested = Signal(object)  # a summary was clicked: the frozenset of references it summed up

    def __init__(self, enabled_kinds: Callable[[], Iterable[str]], banner: NotificationBanner,
                 tray: QSystemTrayIcon | None = None, parent: QObject | None = None, *,
                 desktop: DesktopNotifications | None = None) -> None:
        """``desktop``: where the desktop has a notification server, messages a click opens (else the tray's)."""
        super().__init__(parent)
        self._enabled_kinds = enabled_kinds
        self.banner = banner
        self.tray = tray
        self.paused = False
        self._last_reference = ""
        self._summary: frozenset[str] = frozenset()
        self._delivered: dict[str, None] = {}  # orders whose delivery was announced (oldest first, bounded)
        self.desktop = desktop
        if desktop is not None:
            desktop.activated.connect(self._open_clicked)
        banner.openRequested.connect(self._open)
        self.set_tray(tray)

    def set_tray(self, tray: QSystemTrayIcon | None) -> None:
        self.tray = tray
        if tray is not None:
            tray.messageClicked.connect(lambda: self._open(self._last_reference))

    def _open_clicked(self, reference: str, summed_up: frozenset[str]) -> None:
        """A desktop notification was clicked: its own order, or the orders its summary was about."""
        if reference:
            self.openRequested.emit(reference)
        else:
            self.recentRequested.emit(summed_up)

    def _open(self, reference: str) -> None:
        """The tray's message or the banner's Show was clicked: the latest notification's orders."""
        self._open_clicked(reference, self._summary)

    def close(self) -> None:
        """At quit: the desktop notifications' connection closes."""
        if self.desktop is not None:
            self.desktop.close()

    def notify_events(self, events: list[ChangeEvent], *, first_sync: bool = False) -> None:
        events = [e for e in events if e.kind is not EventKind.DELIVERED or e.reference not in self._delivered]
        self._remember_delivered(e.reference for e in events if e.kind is EventKind.DELIVERED)
        if self.paused or not events:
            return
        plan = plan_notifications(events, set(self._enabled_kinds()), first_sync=first_sync)
        if plan.summary is not None:
            title, body = summary_message(plan.summary)
            self._show(title, body, "", plan.references)
            return
        for event in plan.singles:
            title, body = event_message(event)
            self._show(title, body, event.reference)

    def notify_parcels(self, changes: Iterable[ParcelChange]) -> None:
        """What the carrier says that is new; a delivery already announced is not said twice."""
        changes = list(changes)
        plan = plan_parcel_notifications(changes, set(self._enabled_kinds()), already_delivered=self._delivered)
        self._remember_delivered(c.reference for c in changes if c.new is ParcelStatus.DELIVERED)
        if self.paused:
            return
        if plan.summary is not None:
            title, body = parcel_summary_message(plan.summary)
            self._show(title, body, "", plan.references)
            return
        for change in plan.singles:
            title, body = parcel_message(change)
            self._show(title, body, change.reference)

    def _remember_delivered(self, references: Iterable[str]) -> None:
        for reference in references:
            self._delivered[reference] = None
        while len(self._delivered) > DELIVERED_MEMORY:
            del self._delivered[next(iter(self._delivered))]

    def _show(self, title: str, body: str, reference: str, summed_up: frozenset[str] = frozenset()) -> None:
        self._last_reference = reference
        if not reference:
            self._summary = summed_up
        if self.tray is not None and self.tray.isVisible():
            tray = self.tray

            def tray_message() -> None:
                tray.showMessage(title, body, QSystemTrayIcon.MessageIcon.Information, 10000)

            if self.desktop is not None:
                self.desktop.show(title, body, reference, fallback=tray_message, summed_up=summed_up)  # clickable
            else:
                tray_message()
        else:
            self.banner.show_message(title, body, reference)
        self.shown.emit(title, body, reference)
