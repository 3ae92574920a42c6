from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from tpop_desktop.core.changes import (
    EVENT_ENTRIES_LIMIT,
    EVENT_TEXT_LIMIT,
    EventKind,
    compact_events,
    detect_changes,
)
from tpop_desktop.core.models import (
    BlockReason,
    Customer,
    Destination,
    Item,
    Order,
    Platform,
    Shipment,
    Shop,
    Status,
)

T0 = datetime(2026, 2, 1, 9, tzinfo=UTC)
PARCEL_1 = Shipment("colissimo", "6A111", "https://t/6A111", T0)
PARCEL_2 = Shipment("dpd", "0999", "https://t/0999", T0 + timedelta(days=2))
UNTRACKED = Shipment("lettre", "", "", T0)

BASE = Order(
    reference="TP-104233",
    shop=Shop("s1", "Atelier Céleste", Platform.SHOPIFY),
    shop_order_number="#1042",
    created_at=T0,
    updated_at=T0,
    status=Status.PRODUCTION,
    customer=Customer("Élodie Müller", "e@example.org", "fr"),
    destination=Destination("FR", "75011", "Paris"),
)


def with_(**changes):
    return replace(BASE, **changes)


def kinds_and_details(events):
    return [(e.kind, e.detail) for e in events]


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        pytest.param(None, BASE, [(EventKind.NEW, "")], id="first sighting"),
        pytest.param(
            None,
            with_(status=Status.SHIPPED, shipments=(PARCEL_1,)),
            [(EventKind.NEW, "")],
            id="new order already shipped is NEW only",
        ),
        pytest.param(BASE, BASE, [], id="unchanged"),
        pytest.param(BASE, with_(updated_at=T0 + timedelta(hours=1)), [], id="only updated_at moved"),
        pytest.param(
            BASE,
            with_(status=Status.SHIPPED, shipments=(PARCEL_1,)),
            [(EventKind.STATUS_CHANGED, "shipped"), (EventKind.SHIPPED, "6A111")],
            id="shipped with tracking",
        ),
        pytest.param(
            BASE,
            with_(status=Status.SHIPPED),
            [(EventKind.STATUS_CHANGED, "shipped")],
            id="shipped without tracking yet",
        ),
        pytest.param(
            with_(status=Status.SHIPPED),
            with_(status=Status.SHIPPED, shipments=(PARCEL_1,)),
            [(EventKind.SHIPPED, "6A111")],
            id="tracking appears later, status already shipped",
        ),
        pytest.param(
            with_(status=Status.SHIPPED, shipments=(PARCEL_1,)),
            with_(status=Status.SHIPPED, shipments=(PARCEL_1, PARCEL_2)),
            [(EventKind.SHIPPED, "0999")],
            id="second parcel",
        ),
        pytest.param(
            BASE,
            with_(status=Status.SHIPPED, shipments=(PARCEL_1, PARCEL_2)),
            [(EventKind.STATUS_CHANGED, "shipped"), (EventKind.SHIPPED, "6A111"), (EventKind.SHIPPED, "0999")],
            id="two parcels at once",
        ),
        pytest.param(
            with_(status=Status.SHIPPED),
            with_(status=Status.SHIPPED, shipments=(UNTRACKED,)),
            [],
            id="shipment without tracking number is not news",
        ),
        pytest.param(
            BASE,
            with_(status=Status.BLOCKED, block_reason=BlockReason.PAYMENT),
            [(EventKind.STATUS_CHANGED, "blocked"), (EventKind.BLOCKED, "payment")],
            id="blocked with reason",
        ),
        pytest.param(
            with_(status=Status.BLOCKED, block_reason=BlockReason.PAYMENT),
            with_(status=Status.BLOCKED, block_reason=BlockReason.ADDRESS),
            [(EventKind.BLOCKED, "address")],
            id="block reason changed",
        ),
        pytest.param(
            with_(status=Status.BLOCKED, block_reason=BlockReason.PAYMENT),
            with_(status=Status.PRODUCTION),
            [(EventKind.STATUS_CHANGED, "production")],
            id="unblocked",
        ),
        pytest.param(
            with_(status=Status.SHIPPED, shipments=(PARCEL_1,)),
            with_(status=Status.DELIVERED, shipments=(replace(PARCEL_1, delivered_at=T0 + timedelta(days=2)),)),
            [(EventKind.STATUS_CHANGED, "delivered"), (EventKind.DELIVERED, "6A111")],
            id="delivered",
        ),
        pytest.param(
            BASE,
            with_(status=Status.DELIVERED, shipments=(PARCEL_1,)),
            [(EventKind.STATUS_CHANGED, "delivered"), (EventKind.SHIPPED, "6A111"), (EventKind.DELIVERED, "6A111")],
            id="shipped and delivered between two syncs",
        ),
        pytest.param(
            BASE,
            with_(status=Status.CANCELLED),
            [(EventKind.STATUS_CHANGED, "cancelled"), (EventKind.CANCELLED, "")],
            id="cancelled",
        ),
    ],
)
def test_detect_changes(old, new, expected):
    assert kinds_and_details(detect_changes(old, new)) == expected


def test_events_carry_the_order_and_the_previous_status():
    new = with_(status=Status.BLOCKED, block_reason=BlockReason.VISUAL)
    events = detect_changes(BASE, new)
    assert {e.reference for e in events} == {"TP-104233"}
    assert all(e.order is new for e in events)
    assert all(e.previous_status is Status.PRODUCTION for e in events)


def test_new_order_has_no_previous_status():
    (event,) = detect_changes(None, BASE)
    assert event.previous_status is None and event.order is BASE


# -- compact events: what a sync keeps in memory per event -----------------------------------

HUGE = "N" * (EVENT_TEXT_LIMIT * 80)


@pytest.mark.parametrize(
    ("order", "cut"),
    [
        (BASE, lambda o: o),
        (with_(customer=Customer(HUGE, HUGE, "fr")), lambda o: (o.customer.name, o.customer.email)),
        (with_(destination=Destination("FR", HUGE, HUGE)), lambda o: (o.destination.postcode, o.destination.city)),
        (with_(shop=Shop(HUGE, HUGE, Platform.ETSY)), lambda o: (o.shop.id, o.shop.name)),
        (with_(status=Status.SHIPPED, shipments=(Shipment(HUGE, "6A1", HUGE, T0),)),
         lambda o: (o.shipments[0].carrier, o.shipments[0].tracking_url)),
        (with_(items=(Item(HUGE, HUGE, 1),)), lambda o: (o.items[0].title, o.items[0].variant)),
    ],
)
def test_an_event_carries_its_order_with_every_text_cut_to_the_limit(order, cut):
    [event] = compact_events(detect_changes(None, order))
    if order is BASE:
        assert event.order is BASE  # an ordinary order is not copied
        return
    assert all(len(text) == EVENT_TEXT_LIMIT and HUGE.startswith(text) for text in cut(event.order))
    assert event.order.reference == order.reference and event.order.status is order.status


def test_long_lists_keep_the_first_items_and_the_latest_shipments():
    parcels = tuple(Shipment("dpd", f"P{i}", "", T0 + timedelta(hours=i)) for i in range(EVENT_ENTRIES_LIMIT * 3))
    order = with_(status=Status.SHIPPED, items=tuple(Item(f"T{i}") for i in range(EVENT_ENTRIES_LIMIT * 3)),
                  shipments=parcels)
    events = compact_events(detect_changes(BASE, order))
    assert {e.order for e in events} == {events[0].order}  # one copy shared by the order's events
    compact = events[0].order
    assert compact.items == order.items[:EVENT_ENTRIES_LIMIT]
    assert compact.shipments == parcels[-EVENT_ENTRIES_LIMIT:]
    assert compact.latest_shipment == order.latest_shipment
    assert [e.detail for e in events if e.kind is EventKind.SHIPPED] == [p.tracking_number for p in parcels]


def test_a_huge_tracking_number_is_cut_alike_in_the_detail_and_the_order():
    order = with_(status=Status.SHIPPED, shipments=(Shipment("dpd", HUGE, "", T0),))
    shipped = [e for e in compact_events(detect_changes(BASE, order)) if e.kind is EventKind.SHIPPED]
    assert shipped[0].detail == shipped[0].order.shipments[0].tracking_number == HUGE[:EVENT_TEXT_LIMIT]
