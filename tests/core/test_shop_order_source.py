"""Shop orders as the app's orders: the shop's fulfilment state, honestly, and one row per order."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from tpop_desktop.core.models import Customer, Destination, Item, Order, Platform, Shipment, Shop, Status
from tpop_desktop.core.shop_order_source import (
    display_reference,
    is_shop_reference,
    merge_order_sources,
    order_from_shop,
    order_match_key,
    shop_orders_beside,
    shop_reference,
    shop_reference_of,
)
from tpop_desktop.core.shop_orders import FulfillmentState, ShopItem, ShopOrder, ShopTracking

NOW = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)
ETSY = Shop("shop_et_coton", "PetitCotonStudio", Platform.ETSY)
SHOPIFY = Shop("shop_sh_lune", "Atelier Lune", Platform.SHOPIFY)
F = FulfillmentState
TRACKED = (ShopTracking("La Poste", "LB123456785FR", "https://www.laposte.fr/x", NOW - timedelta(days=1)),)


def shop_order(shop: Shop = ETSY, fulfillment: FulfillmentState = F.UNFULFILLED, tracking=(), *, paid: bool = True,
               tpop: bool = True, items=(), delivered_at=None, number: str = "3112345678") -> ShopOrder:
    return ShopOrder(
        platform=shop.platform, shop_id=shop.id, order_id=number, number=number, created_at=NOW - timedelta(days=3),
        paid=paid, fulfillment=fulfillment, tracking=tuple(tracking), has_tpop_products=tpop,
        updated_at=NOW - timedelta(hours=2), items=tuple(items), delivered_at=delivered_at,
        customer=Customer("Zoë Martin"), destination=Destination("BE", "1000", "Bruxelles"),
    )


OPEN_TPOP_ITEM = ShopItem("Organic T-shirt", 1, "Black / M", "TP-1", tpop=True, open_quantity=1)
OWN_ITEM_SHIPPED = ShopItem("Handmade mug", 1, sku="OWN-1", tpop=False, open_quantity=0)

STATUSES = [
    # (name, shop order, status or None, tracking numbers)
    ("paid, nothing fulfilled", shop_order(), Status.OPEN, ()),
    ("fulfilled with tracking", shop_order(fulfillment=F.FULFILLED, tracking=TRACKED), Status.SHIPPED,
     ("LB123456785FR",)),
    ("fulfilled without tracking", shop_order(fulfillment=F.FULFILLED), Status.SHIPPED, ()),
    ("delivered, as the shop says", shop_order(fulfillment=F.FULFILLED, tracking=TRACKED, delivered_at=NOW),
     Status.DELIVERED, ("LB123456785FR",)),
    ("partly fulfilled, TPOP's item still open", shop_order(
        SHOPIFY, F.PARTIAL, (ShopTracking("DHL", "1234567890"),), items=(OPEN_TPOP_ITEM, OWN_ITEM_SHIPPED)),
     Status.OPEN, ()),
    ("partly fulfilled with tracking, items unknown", shop_order(SHOPIFY, F.PARTIAL, TRACKED), Status.SHIPPED,
     ("LB123456785FR",)),
    ("cancelled", shop_order(fulfillment=F.CANCELLED), Status.CANCELLED, ()),
    ("cancelled before payment", shop_order(fulfillment=F.CANCELLED, paid=False), Status.CANCELLED, ()),
    ("not paid yet", shop_order(paid=False), None, ()),
    ("no TPOP product", shop_order(tpop=False), None, ()),
]


@pytest.mark.parametrize(("name", "given", "status", "numbers"), STATUSES, ids=[s[0] for s in STATUSES])
def test_the_shops_fulfilment_becomes_the_apps_status_without_guessing(name, given, status, numbers) -> None:
    shop = ETSY if given.platform is Platform.ETSY else SHOPIFY
    order = order_from_shop(given, shop)
    if status is None:
        assert order is None
        return
    assert order is not None
    assert order.status is status
    assert tuple(s.tracking_number for s in order.shipments) == numbers


def test_a_shop_order_keeps_its_tracking_customer_destination_and_tpop_items_only() -> None:
    given = shop_order(ETSY, F.FULFILLED, TRACKED, items=(ShopItem("Organic T-shirt", 2, "Black / M", "TP-1"),
                                                    ShopItem("Own candle", 1, sku="OWN", tpop=False)))
    order = order_from_shop(given, ETSY)
    assert order is not None
    assert order.shipments == (Shipment("La Poste", "LB123456785FR", "https://www.laposte.fr/x", NOW - timedelta(days=1)),)
    assert order.items == (Item("Organic T-shirt", "Black / M", 2),)
    assert (order.customer.name, order.destination.country, order.shop_order_number) == ("Zoë Martin", "BE", "3112345678")
    assert order.updated_at == NOW - timedelta(hours=2)


def test_links_that_are_not_https_are_dropped_and_repeated_numbers_kept_once() -> None:
    tracking = (ShopTracking("Colissimo", "6A12345678901", "javascript:alert(1)"),
                ShopTracking("Colissimo", "6A 1234 5678 901", "https://x.example/6A"))
    order = order_from_shop(shop_order(fulfillment=F.FULFILLED, tracking=tracking), ETSY)
    assert order is not None
    assert [(s.tracking_number, s.tracking_url) for s in order.shipments] == [("6A12345678901", "")]


def test_references_are_stable_per_shop_and_never_look_like_tpops() -> None:
    first = order_from_shop(shop_order(), ETSY)
    again = order_from_shop(replace(shop_order(), updated_at=NOW), ETSY)
    assert first is not None and again is not None
    assert first.reference == again.reference == "shop:shop_et_coton:3112345678"
    other_shop = Shop("shop_sh_margaux", "Margaux", Platform.SHOPIFY)
    assert shop_reference(SHOPIFY.id, "#1042") != shop_reference(other_shop.id, "#1042")
    assert shop_reference(SHOPIFY.id, "#1042") == shop_reference(SHOPIFY.id, "1042")
    assert is_shop_reference(first.reference) and not is_shop_reference("TP-104233")


def test_a_shop_order_of_another_shop_is_refused() -> None:
    with pytest.raises(ValueError):
        order_from_shop(shop_order(), SHOPIFY)


def tpop_order(number: str = "3112345678", shop: Shop = ETSY) -> Order:
    return Order("TP-104233", shop, number, NOW - timedelta(days=3), NOW, Status.PRODUCTION, Customer("Zoë Martin"),
                 Destination("BE"))


def test_a_tpop_order_and_its_shop_order_are_one_row_tpops() -> None:
    from_shop = order_from_shop(shop_order(), ETSY)
    lone = order_from_shop(shop_order(number="3199999999"), ETSY)
    assert from_shop is not None and lone is not None
    merged = merge_order_sources([tpop_order()], [from_shop, lone])
    assert [o.reference for o in merged.orders] == ["TP-104233", lone.reference]
    assert merged.superseded == {from_shop.reference}
    assert order_match_key(tpop_order("#1042", SHOPIFY)) == order_match_key(tpop_order("1042", SHOPIFY))


def test_the_same_number_in_another_shop_is_another_order() -> None:
    from_shop = order_from_shop(shop_order(SHOPIFY, number="#1042"), SHOPIFY)
    assert from_shop is not None
    merged = merge_order_sources([tpop_order("#1042", Shop("shop_sh_margaux", "Margaux", Platform.SHOPIFY))],
                                 [from_shop])
    assert len(merged.orders) == 2 and not merged.superseded
    assert order_match_key(replace(tpop_order(), shop_order_number="")) is None


def test_stored_tpop_keys_supersede_shop_orders_like_tpop_orders_do() -> None:
    tpop = tpop_order("#1001", SHOPIFY)
    shop_rows = [order_from_shop(shop_order(SHOPIFY, number=n), SHOPIFY) for n in ("1001", "#1002", "1002")]
    merged = shop_orders_beside({order_match_key(tpop)}, shop_rows)
    assert [o.reference for o in merged.orders] == ["shop:shop_sh_lune:1002"]  # "#1002" and "1002" once
    assert merged.superseded == {"shop:shop_sh_lune:1001"}
    assert merge_order_sources([tpop], shop_rows).superseded == merged.superseded


@pytest.mark.parametrize(("reference", "number", "expected"), [
    ("shop:shop_sh_lune:1001", "#1001", "#1001"),  # the shop's own number, as the shop shows it
    ("shop:shop_sh_lune:1001", "", "shop:shop_sh_lune:1001"),
    ("TP-104233", "#1001", "TP-104233"),  # TPOP's reference stays TPOP's
])
def test_a_shop_order_shows_the_shops_own_number(reference: str, number: str, expected: str) -> None:
    assert display_reference(reference, number) == expected


@pytest.mark.parametrize(("reference", "number", "expected"), [
    ("TP-104233", "#1001", "shop:shop_sh_lune:1001"),
    ("TP-104233", "", None),  # placed by hand in TPOP: no shop order
    ("shop:shop_sh_lune:1001", "#1001", None),  # a shop row replaces nothing
])
def test_the_shop_row_a_tpop_order_replaces(reference: str, number: str, expected: str | None) -> None:
    order = replace(tpop_order(number or "#1", SHOPIFY), reference=reference, shop_order_number=number)
    assert shop_reference_of(order) == expected
