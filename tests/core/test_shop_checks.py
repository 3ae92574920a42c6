"""The daily shop checks: every state, both reasons, the grace periods, and storage round trips."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from tpop_desktop.core.models import Customer, Destination, Order, Platform, Shipment, Shop, Status
from tpop_desktop.core.shop_checks import (
    FixKind,
    GracePolicy,
    MissingReason,
    ShopAdvice,
    ShopCheck,
    ShopState,
    check_shop,
    unknown_checks,
)
from tpop_desktop.core.shop_orders import (
    FulfillmentState,
    Money,
    ShopItem,
    ShopOrder,
    ShopTracking,
    normalize_order_number,
)

NOW = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)
SHOPIFY = Shop("sh", "Atelier Lune", Platform.SHOPIFY)
WOO = Shop("wc", "Bonnet Rouge", Platform.WOOCOMMERCE)
ETSY = Shop("et", "PetitCoton", Platform.ETSY)
TPOP_NUMBER = "LB123456789FR"


def tpop_order(shop: Shop = SHOPIFY, number: str = "#1042", status: Status = Status.SHIPPED,
               tracking: tuple[str, ...] = (TPOP_NUMBER,)) -> Order:
    shipments = tuple(Shipment("La Poste", n, f"https://track.example/{n}", NOW - timedelta(days=2)) for n in tracking)
    return Order(
        reference="TP-104233", shop=shop, shop_order_number=number, created_at=NOW - timedelta(days=5),
        updated_at=NOW - timedelta(days=2), status=status, customer=Customer("Zoë Martin"),
        destination=Destination("FR"), shipments=shipments if status in (Status.SHIPPED, Status.DELIVERED) else (),
    )


def shop_order(shop: Shop = SHOPIFY, number: str = "#1042", fulfillment: FulfillmentState = FulfillmentState.FULFILLED,
               tracking: tuple[str, ...] = (TPOP_NUMBER,), paid: bool = True, age: timedelta = timedelta(days=5),
               tpop_products: bool = True, items: tuple[ShopItem, ...] = ()) -> ShopOrder:
    return ShopOrder(
        platform=shop.platform, shop_id=shop.id, order_id="gid://shopify/Order/1", number=number,
        created_at=NOW - age, paid=paid, fulfillment=fulfillment, fulfillment_raw=fulfillment.value.upper(),
        tracking=tuple(ShopTracking("La Poste", n, "") for n in tracking), has_tpop_products=tpop_products,
        items=items,
    )


MERCHANT_SHIPPED_OWN_ITEM = (ShopItem("Own mug", 1, sku="OWN-1", tpop=False, open_quantity=0),
                             ShopItem("Organic T-shirt", 1, sku="TP-1", tpop=True, open_quantity=1))


F = FulfillmentState
CASES = [
    # (name, tpop order, shop order, state, reason, fix kind)
    ("same number", tpop_order(), shop_order(), ShopState.IN_SYNC, None, None),
    ("same number, other formatting", tpop_order(), shop_order(tracking=("lb 1234-5678-9fr",)), ShopState.IN_SYNC, None, None),
    ("'#1042' matches '1042'", tpop_order(number="1042"), shop_order(), ShopState.IN_SYNC, None, None),
    ("closed by hand, no tracking", tpop_order(), shop_order(tracking=()), ShopState.TRACKING_MISSING,
     MissingReason.CLOSED_MANUALLY_OR_AUTOMATICALLY, FixKind.UPDATE_FULFILLMENT_TRACKING),
    ("partly fulfilled, no tracking", tpop_order(), shop_order(fulfillment=F.PARTIAL, tracking=()),
     ShopState.TRACKING_MISSING, MissingReason.CLOSED_MANUALLY_OR_AUTOMATICALLY, FixKind.UPDATE_FULFILLMENT_TRACKING),
    ("still open, no tracking", tpop_order(), shop_order(fulfillment=F.UNFULFILLED, tracking=()),
     ShopState.TRACKING_MISSING, MissingReason.NOT_CLOSED, FixKind.CREATE_FULFILLMENT),
    ("merchant fulfilled their own item, TPOP's still open", tpop_order(),
     shop_order(fulfillment=F.PARTIAL, tracking=("6A0000000001",), items=MERCHANT_SHIPPED_OWN_ITEM),
     ShopState.TRACKING_DIFFERENT, MissingReason.CLOSED_MANUALLY_OR_AUTOMATICALLY, FixKind.CREATE_FULFILLMENT),
    ("Etsy receipt marked shipped without tracking", tpop_order(ETSY, "3112345678"),
     shop_order(ETSY, "3112345678", tracking=()), ShopState.TRACKING_MISSING,
     MissingReason.CLOSED_MANUALLY_OR_AUTOMATICALLY, FixKind.CREATE_RECEIPT_SHIPMENT),
    ("WooCommerce completed without tracking", tpop_order(WOO, "5042"), shop_order(WOO, "5042", tracking=()),
     ShopState.TRACKING_MISSING, MissingReason.CLOSED_MANUALLY_OR_AUTOMATICALLY, FixKind.ADD_SHIPMENT_TRACKING),
    ("another number", tpop_order(), shop_order(tracking=("6A0000000001",)), ShopState.TRACKING_DIFFERENT,
     MissingReason.CLOSED_MANUALLY_OR_AUTOMATICALLY, FixKind.UPDATE_FULFILLMENT_TRACKING),
    ("an older TPOP parcel", tpop_order(tracking=("LA000000001FR", TPOP_NUMBER)),
     shop_order(tracking=("LA000000001FR",)), ShopState.TRACKING_DIFFERENT, None, FixKind.UPDATE_FULFILLMENT_TRACKING),
    ("delivered and in sync", tpop_order(status=Status.DELIVERED), shop_order(), ShopState.IN_SYNC, None, None),
    ("TPOP in production", tpop_order(status=Status.PRODUCTION), shop_order(fulfillment=F.UNFULFILLED, tracking=()),
     ShopState.WAITING, None, None),
    ("TPOP blocked", tpop_order(status=Status.BLOCKED), shop_order(fulfillment=F.UNFULFILLED, tracking=()), ShopState.WAITING, None, None),
    ("TPOP cancelled", tpop_order(status=Status.CANCELLED), shop_order(fulfillment=F.CANCELLED, tracking=()), ShopState.WAITING, None, None),
]


@pytest.mark.parametrize(("name", "order", "shop", "state", "reason", "fix_kind"), CASES, ids=[c[0] for c in CASES])
def test_each_tpop_order_gets_the_state_its_shop_order_shows(name, order, shop, state, reason, fix_kind) -> None:
    [check] = check_shop([order], [shop], NOW)
    assert (check.state, check.reason, check.fix_kind) == (state, reason, fix_kind)
    assert check.reference == order.reference
    assert check.fixable == (fix_kind is not None)


def test_tracking_problems_carry_the_prevention_advice_of_their_platform() -> None:
    [shopify] = check_shop([tpop_order()], [shop_order(tracking=())], NOW)
    [woo] = check_shop([tpop_order(WOO, "5042")], [shop_order(WOO, "5042", tracking=())], NOW)
    [still_open] = check_shop([tpop_order()], [shop_order(fulfillment=F.UNFULFILLED, tracking=())], NOW)
    assert ShopAdvice.SHOPIFY_DO_NOT_AUTO_FULFILL in shopify.advice
    assert ShopAdvice.WOOCOMMERCE_NO_AUTO_COMPLETE in woo.advice
    assert ShopAdvice.DO_NOT_CLOSE_ORDERS_BY_HAND in woo.advice
    assert still_open.advice == (ShopAdvice.ADD_TPOP_TRACKING,)
    [different] = check_shop([tpop_order()], [shop_order(tracking=("6A0000000001",))], NOW)
    assert different.advice[0] is ShopAdvice.TPOP_TRACKING_IS_AUTHORITATIVE
    assert different.tpop_tracking == ShopTracking("La Poste", TPOP_NUMBER, f"https://track.example/{TPOP_NUMBER}")


def test_a_cancelled_shop_order_is_reported_but_offers_no_fix() -> None:
    [check] = check_shop([tpop_order()], [shop_order(fulfillment=F.CANCELLED, tracking=())], NOW)
    assert check.state is ShopState.TRACKING_MISSING and check.reason is None
    assert not check.fixable


MISSING_CASES = [
    ("paid Shopify order, 3 h old", SHOPIFY, timedelta(hours=3), True, True, ShopState.NOT_IN_TPOP),
    ("paid Shopify order, 1 h old", SHOPIFY, timedelta(hours=1), True, True, ShopState.WAITING),
    ("paid Etsy order, 6 h old", ETSY, timedelta(hours=6), True, True, ShopState.WAITING),
    ("paid Etsy order, 13 h old", ETSY, timedelta(hours=13), True, True, ShopState.NOT_IN_TPOP),
    ("unpaid order", SHOPIFY, timedelta(days=2), False, True, None),
    ("no TPOP product", WOO, timedelta(days=2), True, False, None),
]


@pytest.mark.parametrize(("name", "shop", "age", "paid", "tpop_products", "state"), MISSING_CASES,
                         ids=[c[0] for c in MISSING_CASES])
def test_paid_shop_orders_missing_in_tpop_are_reported_after_the_grace_period(
    name, shop, age, paid, tpop_products, state
) -> None:
    order = shop_order(shop, "#2001", F.UNFULFILLED, (), paid=paid, age=age, tpop_products=tpop_products)
    results = check_shop([], [order], NOW)
    assert [r.state for r in results] == ([state] if state else [])
    if state is ShopState.NOT_IN_TPOP:
        assert results[0].reference is None
        assert ShopAdvice.PLACE_MANUAL_ORDER in results[0].advice
        assert (ShopAdvice.SHOPIFY_DO_NOT_AUTO_FULFILL in results[0].advice) == (shop is SHOPIFY)


def test_the_grace_periods_are_configurable_in_hours() -> None:
    order = shop_order(ETSY, "3100", F.UNFULFILLED, (), age=timedelta(hours=5))
    assert check_shop([], [order], NOW, GracePolicy.from_hours(etsy_hours=4))[0].state is ShopState.NOT_IN_TPOP
    assert check_shop([], [order], NOW, GracePolicy.from_hours(etsy_hours=24))[0].state is ShopState.WAITING


def test_a_tpop_order_whose_shop_order_was_not_read_gets_no_invented_result() -> None:
    assert check_shop([tpop_order()], [], NOW) == []
    assert check_shop([tpop_order(number="")], [shop_order(number="")], NOW)[0].reference is None


def test_orders_only_match_within_the_same_shop() -> None:
    other_shop = shop_order(Shop("sh2", "Other", Platform.SHOPIFY), tracking=())
    results = check_shop([tpop_order()], [other_shop], NOW)
    assert [(r.reference, r.state) for r in results] == [(None, ShopState.NOT_IN_TPOP)]


def test_unknown_checks_cover_the_shops_tpop_orders_only() -> None:
    orders = [tpop_order(), replace(tpop_order(WOO, "5042"), reference="TP-2"), replace(tpop_order(), reference="TP-3",
              shop_order_number="")]
    results = unknown_checks(orders, "sh", Platform.SHOPIFY)
    assert [(r.reference, r.state) for r in results] == [("TP-104233", ShopState.UNKNOWN)]


@pytest.mark.parametrize("raw", ["#1042", "1042", " #1042 ", "No. 1042", "n°1042"])
def test_shop_order_numbers_compare_without_their_decoration(raw: str) -> None:
    assert normalize_order_number(raw) == "1042"


def test_results_and_shop_orders_survive_a_json_round_trip() -> None:
    import json

    checks = check_shop([tpop_order()], [shop_order(tracking=("6A0000000001",))], NOW)
    checks += check_shop([], [shop_order(number="#9", tracking=(), age=timedelta(days=1))], NOW)
    for check in checks:
        assert ShopCheck.from_dict(json.loads(json.dumps(check.to_dict()))) == check
    order = replace(shop_order(), updated_at=NOW)
    assert ShopOrder.from_dict(json.loads(json.dumps(order.to_dict()))) == order
    detailed = replace(order, items=MERCHANT_SHIPPED_OWN_ITEM, customer=Customer("Zoë Martin", "z@example.org"),
                       destination=Destination("BE", "1000", "Bruxelles"), delivered_at=NOW,
                       tracking=(ShopTracking("La Poste", TPOP_NUMBER, "", NOW - timedelta(days=1)),))
    assert ShopOrder.from_dict(json.loads(json.dumps(detailed.to_dict()))) == detailed


def test_a_shop_order_missing_in_tpop_keeps_when_and_for_whom_it_was_placed() -> None:
    """The merchant recognises it in the list: its date and its customer travel with the check."""
    missing = replace(shop_order(number="#8000", age=timedelta(days=3)), customer=Customer("Camille Durand"),
                      total=Money(2980, 100, "EUR"))
    placed = missing.created_at
    [check] = [c for c in check_shop([], [missing], NOW) if c.state is ShopState.NOT_IN_TPOP]
    assert (check.ordered_at, check.customer_name, check.total) == (placed, "Camille Durand", Money(2980, 100, "EUR"))
    assert ShopCheck.from_dict(check.to_dict()) == check  # stored and read back whole
