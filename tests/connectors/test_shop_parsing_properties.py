"""Whatever a shop's API sends, its parser gives a shop order or the connector's payload error."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tpop_desktop.connectors.errors import PayloadError
from tpop_desktop.connectors.etsy_receipts import parse_receipt
from tpop_desktop.connectors.http import decode_json_body
from tpop_desktop.connectors.shopify import graphql_error, throttle_wait
from tpop_desktop.connectors.shopify import parse_order as parse_shopify_order
from tpop_desktop.connectors.woocommerce import parse_order as parse_woo_order
from tpop_desktop.core.shop_orders import ShopOrder

SHOPIFY_ORDER = {
    "id": "gid://shopify/Order/1042", "name": "#1042", "createdAt": "2026-11-10T08:00:00Z",
    "updatedAt": "2026-11-12T08:00:00Z", "cancelledAt": None, "displayFinancialStatus": "PAID",
    "displayFulfillmentStatus": "FULFILLED",
    "lineItems": {"nodes": [{"id": "gid://shopify/LineItem/1", "sku": "TP-LUNE-M", "vendor": "Atelier Lune"}]},
    "fulfillments": [{"id": "gid://shopify/Fulfillment/77", "status": "SUCCESS",
                      "trackingInfo": [{"company": "La Poste", "number": "LB123456785FR", "url": "https://x.fr"}]}],
}
WOO_ORDER = {
    "id": 731, "number": "4731", "status": "completed", "date_created_gmt": "2026-11-10T08:00:00",
    "date_modified_gmt": "2026-11-12T08:00:00", "line_items": [{"id": 1, "sku": "TP-1", "quantity": 1}],
    "meta_data": [{"id": 1, "key": "_wc_shipment_tracking_items", "value": [
        {"tracking_provider": "", "custom_tracking_provider": "La Poste", "tracking_number": "LB123456785FR"}]}],
}

ETSY_RECEIPT = {
    "receipt_id": 2994739355, "status": "Completed", "is_paid": True, "is_shipped": True,
    "create_timestamp": 1763370000, "updated_timestamp": 1763460000, "name": "Lotte Peeters", "country_iso": "BE",
    "zip": "9000", "city": "Gent", "buyer_email": None,
    "shipments": [{"receipt_shipping_id": 1, "shipment_notification_timestamp": 1763456400, "carrier_name": "La Poste",
                   "tracking_code": "LB123456785FR"}],
    "transactions": [{"transaction_id": 3, "listing_id": 4, "title": "T-shirt", "quantity": 1, "sku": "TP-1"}],
}

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4),
    max_leaves=30,
)


def near(valid: dict) -> st.SearchStrategy:
    """The valid payload with a few fields replaced by anything, or nested parts broken."""
    return st.builds(lambda picks: {**valid, **picks},
                     st.dictionaries(st.sampled_from(sorted(valid)), json_values, max_size=4))


def outcome(parse, value) -> None:
    try:
        assert isinstance(parse(value, "shop-1"), ShopOrder)
    except PayloadError:
        pass


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(json_values, near(SHOPIFY_ORDER)))
def test_shopify_orders_parse_or_raise_a_payload_error(value) -> None:
    outcome(parse_shopify_order, value)


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(json_values, near(WOO_ORDER)))
def test_woocommerce_orders_parse_or_raise_a_payload_error(value) -> None:
    outcome(parse_woo_order, value)


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(json_values, near(ETSY_RECEIPT)))
def test_etsy_receipts_parse_or_raise_a_payload_error(value) -> None:
    outcome(parse_receipt, value)


@settings(max_examples=1500, deadline=None)
@given(st.binary(max_size=300) | st.sampled_from([b"null", b"[" * 5000, b"\xff", b"{}", json.dumps(WOO_ORDER).encode()]))
def test_any_bytes_give_a_shop_order_or_a_payload_error(raw: bytes) -> None:
    for parse in (parse_shopify_order, parse_woo_order, parse_receipt):
        try:
            outcome(parse, decode_json_body(raw))
        except PayloadError:
            pass


@settings(max_examples=1000, deadline=None)
@given(json_values)
def test_shopify_error_bodies_never_crash_the_error_mapping(body) -> None:
    if not isinstance(body, dict):
        body = {"errors": body}
    assert isinstance(graphql_error(body), Exception)
    wait = throttle_wait(body)
    assert wait is None or wait >= 0
