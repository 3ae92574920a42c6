"""What changed in an order between two syncs: the source of history rows and notifications.

Rules (pure, no I/O):

- An order seen for the first time yields ``NEW`` only, whatever its state: an order
  that arrives already shipped (first sync, or an order created and shipped between two
  syncs) is one piece of news for the merchant, not two; its tracking numbers are in
  the order itself.
- A status change yields ``STATUS_CHANGED`` (with ``previous_status``), then one
  ``SHIPPED`` per new tracking number, then the specific kind when the new status is
  blocked, delivered or cancelled.
- A tracking number that was not in the previous version yields ``SHIPPED`` (detail: the
  tracking number), even when the status was already ``shipped`` (a re-shipment or a
  second parcel). Shipments without a tracking number cannot be followed and are ignored.
- A blocked order whose block reason changes (payment -> address) yields ``BLOCKED``
  again with the new reason: the fix the merchant must apply has changed.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum

from tpop_desktop.core.models import Order, Status


class EventKind(StrEnum):
    NEW = "new"
    STATUS_CHANGED = "status_changed"
    SHIPPED = "shipped"
    BLOCKED = "blocked"
    DELIVERED = "delivered"
    CANCELLED = "cancelled"


@dataclass(frozen=True)
class ChangeEvent:
    """One thing that happened to an order; ``detail`` is a code or a tracking number, not prose."""

    kind: EventKind
    reference: str
    order: Order
    previous_status: Status | None
    detail: str = ""


def _block_code(order: Order) -> str:
    return order.block_reason.value if order.block_reason is not None else ""


def _latest_tracking(order: Order) -> str:
    shipment = order.latest_shipment
    return shipment.tracking_number if shipment is not None else ""


def _new_tracking_numbers(old: Order, new: Order) -> list[str]:
    known = {shipment.tracking_number for shipment in old.shipments}
    fresh: list[str] = []
    for shipment in new.shipments:
        number = shipment.tracking_number
        if number and number not in known:
            known.add(number)
            fresh.append(number)
    return fresh


def detect_changes(old: Order | None, new: Order) -> list[ChangeEvent]:
    """The events that take ``old`` (None when never seen) to ``new``, in the order they matter."""
    if old is None:
        return [ChangeEvent(EventKind.NEW, new.reference, new, None)]

    def event(kind: EventKind, detail: str = "") -> ChangeEvent:
        return ChangeEvent(kind, new.reference, new, old.status, detail)

    events: list[ChangeEvent] = []
    status_changed = old.status is not new.status
    if status_changed:
        events.append(event(EventKind.STATUS_CHANGED, new.status.value))
    events.extend(event(EventKind.SHIPPED, number) for number in _new_tracking_numbers(old, new))
    if new.status is Status.BLOCKED and (status_changed or old.block_reason != new.block_reason):
        events.append(event(EventKind.BLOCKED, _block_code(new)))
    elif status_changed and new.status is Status.DELIVERED:
        events.append(event(EventKind.DELIVERED, _latest_tracking(new)))
    elif status_changed and new.status is Status.CANCELLED:
        events.append(event(EventKind.CANCELLED))
    return events


# A sync's events travel to the window (notifications) and stay in memory until the sync
# ends: each carries a compact copy of its order, so a server's megabyte-long names cannot
# make them large. The stored order keeps the full text.
EVENT_TEXT_LIMIT = 1000  # characters per text field (the reference is never cut)
EVENT_ENTRIES_LIMIT = 20  # items, and the latest shipments


def _cut(text: str) -> str:
    return text if len(text) <= EVENT_TEXT_LIMIT else text[:EVENT_TEXT_LIMIT]


def _is_compact(order: Order) -> bool:
    texts = (order.shop.id, order.shop.name, order.shop_order_number, order.block_detail,
             order.customer.name, order.customer.email, order.customer.language or "",
             order.destination.postcode, order.destination.city,
             *(text for item in order.items for text in (item.title, item.variant)),
             *(text for s in order.shipments for text in (s.carrier, s.tracking_number, s.tracking_url)))
    return (len(order.items) <= EVENT_ENTRIES_LIMIT and len(order.shipments) <= EVENT_ENTRIES_LIMIT
            and all(len(text) <= EVENT_TEXT_LIMIT for text in texts))


def compact_order(order: Order) -> Order:
    """``order`` itself when it is small, else a copy with long texts and lists cut."""
    if _is_compact(order):
        return order
    return replace(
        order,
        shop=replace(order.shop, id=_cut(order.shop.id), name=_cut(order.shop.name)),
        shop_order_number=_cut(order.shop_order_number),
        block_detail=_cut(order.block_detail),
        customer=replace(order.customer, name=_cut(order.customer.name), email=_cut(order.customer.email),
                         language=_cut(order.customer.language) if order.customer.language else None),
        destination=replace(order.destination, postcode=_cut(order.destination.postcode),
                            city=_cut(order.destination.city)),
        items=tuple(replace(i, title=_cut(i.title), variant=_cut(i.variant))
                    for i in order.items[:EVENT_ENTRIES_LIMIT]),
        shipments=tuple(replace(s, carrier=_cut(s.carrier), tracking_number=_cut(s.tracking_number),
                                tracking_url=_cut(s.tracking_url))
                        for s in order.shipments[-EVENT_ENTRIES_LIMIT:]),
    )


def compact_events(events: list[ChangeEvent]) -> list[ChangeEvent]:
    """Events of one order (as ``detect_changes`` returns them), with a compact order, details cut."""
    if not events:
        return events
    order = compact_order(events[0].order)
    if order is events[0].order and all(len(e.detail) <= EVENT_TEXT_LIMIT for e in events):
        return events
    return [replace(e, order=order, detail=_cut(e.detail)) for e in events]
