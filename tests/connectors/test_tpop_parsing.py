"""The TPOP payload parser: contract-shaped JSON in, domain objects or PayloadError out."""

from __future__ import annotations

import copy
import logging
from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tpop_desktop.connectors.errors import PayloadError
from tpop_desktop.connectors.http import decode_json_body
from tpop_desktop.connectors.tpop import parse_order, parse_orders_page
from tpop_desktop.core.models import BlockReason, Customer, Destination, Item, Order, OrdersPage, Platform, Status

VALID = {
    "reference": "TP-104233",
    "shop": {"id": "shop_1", "name": "Atelier Lune", "platform": "shopify"},
    "shop_order_number": "#1042",
    "created_at": "2026-11-03T09:14:07Z",
    "updated_at": "2026-11-08T18:02:51+02:00",
    "status": "shipped",
    "block_reason": None,
    "block_detail": "",
    "customer": {"name": "Zoë <b>Müller</b>", "email": "zoe@example.org", "language": "DE"},
    "destination": {"country": "be", "postcode": "1000", "city": "Bruxelles"},
    "items": [{"title": "Organic tote bag", "variant": "Natural", "quantity": 2}],
    "shipments": [{
        "carrier": "La Poste", "tracking_number": "LB123456785FR",
        "tracking_url": "https://www.laposte.fr/outils/suivre-vos-envois?code=LB123456785FR",
        "shipped_at": "2026-11-08T16:02:51Z", "delivered_at": None,
    }],
}


def variant(**changes) -> dict:
    order = copy.deepcopy(VALID)
    for dotted, value in changes.items():
        target = order
        *path, last = dotted.split("__")
        for key in path:
            target = target[int(key)] if isinstance(target, list) else target[key]
        key = int(last) if isinstance(target, list) else last
        if value is KeyError:
            del target[key]
        else:
            target[key] = value
    return order


def test_a_valid_order_becomes_the_domain_order() -> None:
    order = parse_order(VALID)
    assert order.reference == "TP-104233"
    assert order.shop.platform is Platform.SHOPIFY
    assert order.status is Status.SHIPPED
    assert order.updated_at == datetime(2026, 11, 8, 16, 2, 51, tzinfo=UTC)
    assert order.updated_at.tzinfo is UTC
    assert order.customer == Customer("Zoë <b>Müller</b>", "zoe@example.org", "de")  # text kept as given
    assert order.destination == Destination("BE", "1000", "Bruxelles")
    assert order.items == (Item("Organic tote bag", "Natural", 2),)
    assert order.latest_shipment.tracking_number == "LB123456785FR"
    assert order.shipped_at == datetime(2026, 11, 8, 16, 2, 51, tzinfo=UTC)


@pytest.mark.parametrize(
    ("changes", "check"),
    [
        ({"status": "blocked", "block_reason": "payment", "block_detail": "insufficient_funds"},
         lambda o: (o.block_reason, o.block_detail) == (BlockReason.PAYMENT, "insufficient_funds")),
        ({"status": "blocked", "block_reason": None}, lambda o: o.block_reason is None),
        ({"status": "production", "block_reason": "visual", "block_detail": "x"},
         lambda o: o.block_reason is None and o.block_detail == ""),
        ({"items": KeyError, "shipments": KeyError}, lambda o: o.items == () and o.shipments == ()),
        ({"shop_order_number": None, "block_detail": None}, lambda o: o.shop_order_number == ""),
        ({"customer__language": None, "customer__email": None},
         lambda o: o.customer.language is None and o.customer.email == ""),
        ({"customer__language": ""}, lambda o: o.customer.language is None),
        ({"items__0__quantity": KeyError, "items__0__variant": None}, lambda o: o.items == (Item("Organic tote bag"),)),
        ({"shipments__0__tracking_url": None, "shipments__0__carrier": None},
         lambda o: o.latest_shipment.tracking_url == "" and o.latest_shipment.carrier == ""),
        ({"shipments__0__tracking_url": "javascript:alert(1)"},
         lambda o: o.latest_shipment.tracking_url == "javascript:alert(1)"),
        ({"created_at": "2026-11-03T10:14:07.250+01:00"},
         lambda o: o.created_at == datetime(2026, 11, 3, 9, 14, 7, 250000, tzinfo=UTC)),
        ({"status": "delivered", "shipments__0__delivered_at": "2026-11-10T08:00:00Z"},
         lambda o: o.delivered_at == datetime(2026, 11, 10, 8, tzinfo=UTC)),
        ({"extra_field_from_the_future": {"x": 1}}, lambda o: o.reference == "TP-104233"),
        ({"shop__platform": "manual", "shop_order_number": ""}, lambda o: o.shop.platform is Platform.MANUAL),
    ],
)
def test_valid_variants(changes: dict, check) -> None:
    assert check(parse_order(variant(**changes)))


@pytest.mark.parametrize(
    "changes",
    [
        {"reference": KeyError}, {"reference": ""}, {"reference": 104233},
        {"status": "pending"}, {"status": None}, {"status": "SHIPPED"},
        {"block_reason": "weather", "status": "blocked"},
        {"shop": KeyError}, {"shop": "shop_1"}, {"shop__platform": "wix"}, {"shop__id": None},
        {"created_at": "2026-11-03T09:14:07"}, {"created_at": "2026-11-03"}, {"created_at": "yesterday"},
        {"updated_at": 1730000000}, {"updated_at": None}, {"updated_at": "0001-01-01T00:00:00+01:00"},
        {"customer": None}, {"customer__name": KeyError}, {"customer__name": ["Zoë"]}, {"customer__language": 7},
        {"destination": []}, {"destination__country": "FRA"}, {"destination__country": "1F"},
        {"destination__country": None}, {"destination__postcode": 75011},
        {"items": {}}, {"items__0__quantity": "2"}, {"items__0__quantity": 0}, {"items__0__quantity": True},
        {"items__0__quantity": 1.5}, {"items__0__title": None},
        {"shipments": None}, {"shipments__0__tracking_number": ""}, {"shipments__0__shipped_at": "soon"},
        {"shipments__0": "LB123456785FR"},
    ],
    ids=repr,
)
def test_invalid_variants_raise_payload_error(changes: dict) -> None:
    with pytest.raises(PayloadError):
        parse_order(variant(**changes))


@pytest.mark.parametrize("obj", [None, [], "order", 3, True, [VALID]])
def test_non_objects_are_payload_errors(obj) -> None:
    with pytest.raises(PayloadError):
        parse_order(obj)


def page(orders, **changes) -> dict:
    envelope = {"orders": orders, "next_cursor": "abc", "server_time": "2026-11-20T10:30:00+01:00"}
    envelope.update(changes)
    return envelope


def test_a_page_skips_malformed_orders_and_names_them(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING)
    broken = variant(reference="TP-BROKEN", status="lost")
    anonymous = variant(reference=KeyError)
    result = parse_orders_page(page([VALID, broken, anonymous, None, variant(reference="TP-2")]))
    assert [o.reference for o in result.orders] == ["TP-104233", "TP-2"]
    assert result.skipped == ("TP-BROKEN",)
    assert result.next_cursor == "abc"
    assert result.server_time == datetime(2026, 11, 20, 9, 30, tzinfo=UTC)
    assert "TP-BROKEN" in caplog.text


@pytest.mark.parametrize(
    "envelope",
    [None, [], page(None), page({}), page([], server_time=None), page([], server_time="2026-11-20T10:30:00"),
     page([], next_cursor=5), {"orders": []}],
    ids=repr,
)
def test_a_malformed_envelope_fails_the_page(envelope) -> None:
    with pytest.raises(PayloadError):
        parse_orders_page(envelope)


@pytest.mark.parametrize("cursor", [None, ""])
def test_the_last_page_has_no_cursor(cursor) -> None:
    assert parse_orders_page(page([], next_cursor=cursor)).next_cursor is None


def test_offsets_become_utc() -> None:
    order = parse_order(variant(created_at="2026-03-29T01:30:00-05:00"))
    assert order.created_at == datetime(2026, 3, 29, 1, 30, tzinfo=timezone(timedelta(hours=-5)))
    assert order.created_at.utcoffset() == timedelta(0)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda children: st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=12), children, max_size=6),
    max_leaves=30,
)
field_values = st.one_of(json_values, st.sampled_from(
    ["2026-11-03T09:14:07Z", "2026-11-03T09:14:07", "shipped", "blocked", "payment", "FR", "", "TP-1", 0, -1, 1]))
near_orders = st.builds(
    lambda base, picks: {**base, **picks},
    st.just(VALID),
    st.dictionaries(st.sampled_from(sorted(VALID)), field_values, max_size=4),
)


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(json_values, near_orders))
def test_any_json_gives_an_order_or_a_payload_error(value) -> None:
    try:
        assert isinstance(parse_order(value), Order)
    except PayloadError:
        pass
    try:
        assert isinstance(parse_orders_page(value), OrdersPage)
    except PayloadError:
        pass
    try:
        result = parse_orders_page({"orders": [value], "next_cursor": None, "server_time": "2026-11-20T09:30:00Z"})
    except PayloadError:
        pytest.fail("one bad order must not fail the page")
    assert len(result.orders) + len(result.skipped) <= 1


@settings(max_examples=1500, deadline=None)
@given(st.binary(max_size=300) | st.sampled_from([b"null", b"[" * 5000, b"\xff", b'{"orders": [}', b"1e999999"]))
def test_any_bytes_give_a_result_or_a_payload_error(raw: bytes) -> None:
    for parse in (parse_order, parse_orders_page):
        try:
            parse(decode_json_body(raw))
        except PayloadError:
            pass
