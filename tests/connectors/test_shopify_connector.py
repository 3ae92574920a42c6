"""The Shopify connector against answers shaped like Shopify's, replayed by a local server."""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime

import pytest
from scripted_http import Reply, ScriptedServer, Seen

from tpop_desktop.connectors.errors import (
    AuthError,
    ConnectorError,
    ForbiddenError,
    NotFoundError,
    PayloadError,
    RateLimitedError,
    ServerError,
)
from tpop_desktop.connectors.shopify import ShopifyConnector, shopify_base_url
from tpop_desktop.connectors.shops import MissingScopeError, ProductRule, ShopWriteError
from tpop_desktop.core.shop_checks import FixKind
from tpop_desktop.core.shop_orders import FulfillmentState, ShopTracking

TOKEN = "shpat_" + "0f3c9a77d2e14b5a8c6e1f0d9b2a4c7e"  # made up
SINCE = datetime(2026, 11, 1, tzinfo=UTC)


def order_node(number: str = "#1042", *, status: str = "FULFILLED", tracking: list | None = None,
               fulfillments: bool = True, vendor: str = "Atelier Lune", sku: str = "TP-LUNE-M") -> dict:
    tracking = [{"company": "La Poste", "number": "LB123456789FR", "url": "https://www.laposte.fr/x"}] \
        if tracking is None else tracking
    return {
        "id": f"gid://shopify/Order/{number.strip('#')}",
        "name": number,
        "createdAt": "2026-11-10T08:00:00Z",
        "updatedAt": "2026-11-12T08:00:00Z",
        "cancelledAt": None,
        "displayFinancialStatus": "PAID",
        "displayFulfillmentStatus": status,
        "lineItems": {"nodes": [{"id": "gid://shopify/LineItem/1", "sku": sku, "vendor": vendor, "quantity": 1}]},
        "fulfillments": [{"id": "gid://shopify/Fulfillment/77", "status": "SUCCESS", "createdAt": "2026-11-11T08:00:00Z",
                          "trackingInfo": tracking}] if fulfillments else [],
        "fulfillmentOrders": {"nodes": [{
            "id": "gid://shopify/FulfillmentOrder/9", "status": "CLOSED" if fulfillments else "OPEN",
            "lineItems": {"nodes": [{"id": "gid://shopify/FulfillmentOrderLineItem/5",
                                     "remainingQuantity": 0 if fulfillments else 1, "totalQuantity": 1,
                                     "lineItem": {"sku": sku, "vendor": vendor}}]},
        }]},
    }


def graphql(data: dict) -> Reply:
    cost = {"requestedQueryCost": 12, "actualQueryCost": 12,
            "throttleStatus": {"maximumAvailable": 2000.0, "currentlyAvailable": 1988, "restoreRate": 100.0}}
    return Reply(200, json.dumps({"data": data, "extensions": {"cost": cost}}).encode())


def orders_page(nodes: list[dict], next_cursor: str | None) -> Reply:
    edges = [{"cursor": f"c{i}", "node": n} for i, n in enumerate(nodes)]
    return graphql({"orders": {"edges": edges, "pageInfo": {"hasNextPage": next_cursor is not None,
                                                               "endCursor": next_cursor}}})


@pytest.fixture
def shopify(scripted: ScriptedServer) -> ShopifyConnector:
    return ShopifyConnector(scripted.url, TOKEN, shop_id="sh")


def body_of(seen: Seen) -> dict:
    return json.loads(seen.body)


def test_orders_are_read_page_by_page_with_the_token_in_a_header_only(
    scripted: ScriptedServer, shopify: ShopifyConnector
) -> None:
    pages = iter([orders_page([order_node("#1042")], "cursor-1"), orders_page([order_node("#1043", tracking=[])], None)])
    scripted.reply = lambda seen: next(pages)
    orders = shopify.orders(updated_since=SINCE)
    assert [(o.number, o.fulfillment, o.tracking) for o in orders] == [
        ("#1042", FulfillmentState.FULFILLED, (ShopTracking("La Poste", "LB123456789FR", "https://www.laposte.fr/x",
                                                            datetime(2026, 11, 11, 8, tzinfo=UTC)),)),
        ("#1043", FulfillmentState.FULFILLED, ()),
    ]
    first, second = scripted.seen
    assert first.path == "/admin/api/2025-01/graphql.json"
    assert first.headers["X-Shopify-Access-Token"] == TOKEN
    assert TOKEN not in first.path and TOKEN not in first.body.decode()
    assert body_of(first)["variables"]["query"] == "updated_at:>='2026-11-01T00:00:00Z'"
    assert body_of(second)["variables"]["after"] == "cursor-1"
    assert orders[0].paid and orders[0].shop_id == "sh"


def test_the_product_rule_tells_tpop_products_from_the_merchants_own(scripted: ScriptedServer) -> None:
    scripted.reply = orders_page([order_node("#1", sku="TP-1"), order_node("#2", sku="OWN-1")], None)
    connector = ShopifyConnector(scripted.url, TOKEN, product_rule=ProductRule(sku_prefixes=("TP-",)))
    assert [o.has_tpop_products for o in connector.orders(updated_since=None)] == [True, False]


def throttled() -> Reply:
    body = {"errors": [{"message": "Throttled", "extensions": {
        "code": "THROTTLED", "documentation": "https://shopify.dev/api/usage/rate-limits"}}],
        "extensions": {"cost": {"requestedQueryCost": 502, "actualQueryCost": None, "throttleStatus": {
            "maximumAvailable": 2000.0, "currentlyAvailable": 2, "restoreRate": 100.0}}}}
    return Reply(200, json.dumps(body).encode())


ACCESS_DENIED = {"errors": [{"message": "Access denied for orders field. Required access: `read_orders` access scope.",
                             "locations": [{"line": 2, "column": 3}], "path": ["orders"],
                             "extensions": {"code": "ACCESS_DENIED", "requiredAccess": "`read_orders` access scope."}}],
                 "data": None}

ERRORS = [
    ("THROTTLED", throttled(), RateLimitedError),
    ("HTTP 429", Reply(429, b'{"errors":"Exceeded 2 calls per second for api client."}',
                       {"Content-Type": "application/json", "Retry-After": "2.0"}), RateLimitedError),
    ("HTTP 401", Reply(401, b'{"errors":"[API] Invalid API key or access token (unrecognized login or wrong password)"}'),
     AuthError),
    ("HTTP 403", Reply(403, b'{"errors":"[API] This action requires merchant approval for read_orders scope."}'),
     ForbiddenError),
    ("ACCESS_DENIED", Reply(200, json.dumps(ACCESS_DENIED).encode()), MissingScopeError),
    ("HTTP 404", Reply(404, b'{"errors":"Not Found"}'), NotFoundError),
    ("HTTP 503", Reply(503, b"<html>unavailable</html>", {"Content-Type": "text/html"}), ServerError),
    ("INTERNAL_SERVER_ERROR", Reply(200, b'{"errors":[{"message":"Internal error","extensions":{"code":"INTERNAL_SERVER_ERROR"}}]}'),
     ServerError),
    ("malformed JSON", Reply(200, b'{"data": {"orders": {"edges": ['), PayloadError),
    ("not the documented shape", Reply(200, b'{"data": {"orders": {"edges": [{"node": {"name": 7}}]}}}'), PayloadError),
]


@pytest.mark.parametrize(("name", "reply", "error"), ERRORS, ids=[e[0] for e in ERRORS])
def test_every_failure_becomes_its_typed_error_without_the_token(
    name: str, reply: Reply, error: type[ConnectorError], scripted: ScriptedServer, shopify: ShopifyConnector,
    caplog: pytest.LogCaptureFixture,
) -> None:
    scripted.reply = reply
    caplog.set_level(logging.DEBUG)
    with pytest.raises(error) as caught:
        shopify.orders(updated_since=SINCE)
    assert TOKEN not in str(caught.value) and TOKEN not in repr(caught.value)
    assert TOKEN not in caplog.text and TOKEN not in repr(shopify)


def test_throttled_says_how_long_the_bucket_needs_to_refill(scripted: ScriptedServer, shopify: ShopifyConnector) -> None:
    scripted.reply = throttled()
    with pytest.raises(RateLimitedError) as caught:
        shopify.orders(updated_since=None)
    assert caught.value.retry_after == pytest.approx((502 - 2) / 100.0)


def test_access_denied_names_the_missing_scope(scripted: ScriptedServer, shopify: ShopifyConnector) -> None:
    scripted.reply = Reply(200, json.dumps(ACCESS_DENIED).encode())
    with pytest.raises(MissingScopeError) as caught:
        shopify.orders(updated_since=None)
    assert caught.value.missing == ("read_orders",)


def test_test_connection_gives_the_shop_name_and_checks_the_scopes(
    scripted: ScriptedServer, shopify: ShopifyConnector
) -> None:
    def app(scopes: list[str]) -> Reply:
        return graphql({"shop": {"name": "Atelier Lune", "myshopifyDomain": "lune.myshopify.com"},
                        "currentAppInstallation": {"accessScopes": [{"handle": s} for s in scopes]}})

    scripted.reply = app(["read_orders", "write_merchant_managed_fulfillment_orders"])
    connection = shopify.test_connection()
    assert (connection.shop_name, connection.warnings) == ("Atelier Lune", ())
    scripted.reply = app(["read_orders", "read_merchant_managed_fulfillment_orders"])
    assert shopify.test_connection().warnings == ("missing_write_scope",)
    scripted.reply = app(["read_products"])
    with pytest.raises(MissingScopeError) as caught:
        shopify.test_connection()
    assert caught.value.missing == ("read_orders", "read_merchant_managed_fulfillment_orders")


def test_tracking_of_a_closed_order_updates_its_fulfillment(scripted: ScriptedServer, shopify: ShopifyConnector) -> None:
    answers = iter([graphql({"order": order_node(tracking=[])}), graphql({"fulfillmentTrackingInfoUpdate": {
        "fulfillment": {"id": "gid://shopify/Fulfillment/77", "status": "SUCCESS", "trackingInfo": []}, "userErrors": []}})])
    scripted.reply = lambda seen: next(answers)
    write = shopify.add_tracking("gid://shopify/Order/1042", "LB123456789FR", "La Poste", "https://t.example/1",
                                 notify_customer=True)
    assert (write.written, write.kind) == (True, FixKind.UPDATE_FULFILLMENT_TRACKING)
    variables = body_of(scripted.seen[1])["variables"]
    assert "fulfillmentTrackingInfoUpdate(" in body_of(scripted.seen[1])["query"]
    assert variables == {"fulfillmentId": "gid://shopify/Fulfillment/77", "notifyCustomer": True,
                         "trackingInfoInput": {"company": "La Poste", "number": "LB123456789FR",
                                               "url": "https://t.example/1"}}


def test_tracking_of_an_open_order_creates_a_fulfillment_of_the_tpop_items(
    scripted: ScriptedServer, shopify: ShopifyConnector
) -> None:
    answers = iter([graphql({"order": order_node(status="UNFULFILLED", fulfillments=False)}),
                    graphql({"fulfillmentCreate": {"fulfillment": {"id": "gid://shopify/Fulfillment/78"},
                                                   "userErrors": []}})])
    scripted.reply = lambda seen: next(answers)
    write = shopify.add_tracking("gid://shopify/Order/1042", "LB1", "La Poste", "", notify_customer=False)
    assert (write.written, write.kind) == (True, FixKind.CREATE_FULFILLMENT)
    fulfillment = body_of(scripted.seen[1])["variables"]["fulfillment"]
    assert fulfillment == {
        "lineItemsByFulfillmentOrder": [{"fulfillmentOrderId": "gid://shopify/FulfillmentOrder/9",
                                         "fulfillmentOrderLineItems": [
                                             {"id": "gid://shopify/FulfillmentOrderLineItem/5", "quantity": 1}]}],
        "trackingInfo": {"company": "La Poste", "number": "LB1", "url": None},
        "notifyCustomer": False,
    }


def test_a_write_is_skipped_when_the_number_is_already_there(scripted: ScriptedServer, shopify: ShopifyConnector) -> None:
    scripted.reply = graphql({"order": order_node()})
    write = shopify.add_tracking("gid://shopify/Order/1042", "LB 123 456 789 FR", "La Poste", "", notify_customer=True)
    assert not write.written
    assert len(scripted.seen) == 1  # the re-read only


def test_user_errors_of_a_mutation_become_a_write_error(scripted: ScriptedServer, shopify: ShopifyConnector) -> None:
    answers = iter([graphql({"order": order_node(tracking=[])}), graphql({"fulfillmentTrackingInfoUpdate": {
        "fulfillment": None, "userErrors": [{"field": ["fulfillmentId"], "message": "Fulfillment does not exist."}]}})])
    scripted.reply = lambda seen: next(answers)
    with pytest.raises(ShopWriteError) as caught:
        shopify.add_tracking("gid://shopify/Order/1042", "LB1", "La Poste", "", notify_customer=True)
    assert caught.value.messages == ("Fulfillment does not exist.",)


def test_a_failed_write_is_not_retried(scripted: ScriptedServer, shopify: ShopifyConnector) -> None:
    answers = iter([graphql({"order": order_node(tracking=[])}), Reply(502, b"bad gateway")])
    scripted.reply = lambda seen: next(answers)
    with pytest.raises(ServerError):
        shopify.add_tracking("gid://shopify/Order/1042", "LB1", "La Poste", "", notify_customer=True)
    assert len(scripted.seen) == 2


@pytest.mark.parametrize(("given", "expected"), [
    ("lune", "https://lune.myshopify.com"),
    ("lune.myshopify.com", "https://lune.myshopify.com"),
    ("https://Lune.myshopify.com/", "https://lune.myshopify.com"),
    ("http://127.0.0.1:8765/shopify/shop_sh_lune", "http://127.0.0.1:8765/shopify/shop_sh_lune"),
])
def test_shop_domains_are_normalized(given: str, expected: str) -> None:
    assert shopify_base_url(given) == expected


@pytest.mark.parametrize("given", ["http://lune.myshopify.com", "https://evil.example", "https://lune.myshopify.com/x",
                                   "https://user:pw@lune.myshopify.com", ""])
def test_other_hosts_never_receive_the_token(given: str) -> None:
    with pytest.raises(ValueError):
        ShopifyConnector(given, TOKEN)


def line(number: int, sku: str, vendor: str) -> dict:
    return {"id": f"gid://shopify/LineItem/{number}", "name": f"Item {number}", "variantTitle": None, "sku": sku,
            "vendor": vendor, "quantity": 1}


def merchant_fulfilled_own_item(*, tpop_open: bool = True) -> dict:
    """An order of the merchant's own mug (fulfilled, with their tracking) and TPOP's T-shirt."""
    own, tpop = line(1, "OWN-MUG", "Bijoux Margaux"), line(2, "TP-LUNE-M", "Atelier Lune")
    node = order_node(status="PARTIALLY_FULFILLED" if tpop_open else "FULFILLED",
                      tracking=[{"company": "Colissimo", "number": "6A11111111111", "url": None}])
    node["lineItems"] = {"nodes": [own, tpop]}
    fulfillments = [{"id": "gid://shopify/Fulfillment/77", "status": "SUCCESS", "createdAt": "2026-11-11T08:00:00Z",
                     "trackingInfo": [{"company": "Colissimo", "number": "6A11111111111", "url": None}],
                     "fulfillmentLineItems": {"nodes": [{"id": "gid://shopify/FulfillmentLineItem/70", "quantity": 1,
                                                         "lineItem": {"id": own["id"], "sku": own["sku"],
                                                                      "vendor": own["vendor"]}}]}}]
    if not tpop_open:  # the merchant also closed TPOP's item by hand, without tracking, a day earlier
        fulfillments.append({"id": "gid://shopify/Fulfillment/76", "status": "SUCCESS",
                             "createdAt": "2026-11-10T08:00:00Z", "trackingInfo": [],
                             "fulfillmentLineItems": {"nodes": [{"id": "gid://shopify/FulfillmentLineItem/71",
                                                                 "quantity": 1, "lineItem": {
                                                                     "id": tpop["id"], "sku": tpop["sku"],
                                                                     "vendor": tpop["vendor"]}}]}})
    node["fulfillments"] = fulfillments
    node["fulfillmentOrders"] = {"nodes": [{
        "id": "gid://shopify/FulfillmentOrder/9", "status": "IN_PROGRESS" if tpop_open else "CLOSED",
        "lineItems": {"nodes": [
            {"id": "gid://shopify/FulfillmentOrderLineItem/5", "remainingQuantity": 0, "totalQuantity": 1,
             "lineItem": {"id": own["id"], "sku": own["sku"], "vendor": own["vendor"]}},
            {"id": "gid://shopify/FulfillmentOrderLineItem/6", "remainingQuantity": 1 if tpop_open else 0,
             "totalQuantity": 1, "lineItem": {"id": tpop["id"], "sku": tpop["sku"], "vendor": tpop["vendor"]}},
        ]},
    }]}
    return node


TPOP_SKUS = ProductRule.of(sku_prefixes=["TP-"])


def test_the_fix_fulfils_tpops_open_item_and_leaves_the_merchants_own_fulfillment_alone(
    scripted: ScriptedServer,
) -> None:
    created = graphql({"fulfillmentCreate": {"fulfillment": {"id": "gid://shopify/Fulfillment/78"}, "userErrors": []}})
    scripted.reply = lambda seen: created if "mutation" in body_of(seen)["query"] else graphql(
        {"order": merchant_fulfilled_own_item()})
    connector = ShopifyConnector(scripted.url, TOKEN, shop_id="sh", product_rule=TPOP_SKUS)
    fresh = connector.order("gid://shopify/Order/1042")
    assert connector.fix_kind(fresh) is FixKind.CREATE_FULFILLMENT
    assert [(i.sku, i.tpop, i.open_quantity) for i in fresh.items] == [("OWN-MUG", False, 0), ("TP-LUNE-M", True, 1)]
    write = connector.add_tracking("gid://shopify/Order/1042", "LB123456785FR", "La Poste", "", notify_customer=True)
    assert (write.written, write.kind) == (True, FixKind.CREATE_FULFILLMENT)
    mutation = body_of(scripted.seen[-1])
    assert "fulfillmentTrackingInfoUpdate" not in mutation["query"]
    assert mutation["variables"]["fulfillment"]["lineItemsByFulfillmentOrder"] == [
        {"fulfillmentOrderId": "gid://shopify/FulfillmentOrder/9",
         "fulfillmentOrderLineItems": [{"id": "gid://shopify/FulfillmentOrderLineItem/6", "quantity": 1}]}]


def test_when_tpops_item_was_closed_by_hand_its_own_fulfillment_gets_the_tracking(scripted: ScriptedServer) -> None:
    answers = iter([graphql({"order": merchant_fulfilled_own_item(tpop_open=False)}),
                    graphql({"fulfillmentTrackingInfoUpdate": {"fulfillment": {"id": "gid://shopify/Fulfillment/76"},
                                                               "userErrors": []}})])
    scripted.reply = lambda seen: next(answers)
    connector = ShopifyConnector(scripted.url, TOKEN, shop_id="sh", product_rule=TPOP_SKUS)
    write = connector.add_tracking("gid://shopify/Order/1042", "LB123456785FR", "La Poste", "", notify_customer=True)
    assert (write.written, write.kind) == (True, FixKind.UPDATE_FULFILLMENT_TRACKING)
    assert body_of(scripted.seen[-1])["variables"]["fulfillmentId"] == "gid://shopify/Fulfillment/76"  # not 77


def test_no_fulfillment_of_tpops_items_and_nothing_open_writes_nothing(scripted: ScriptedServer) -> None:
    node = merchant_fulfilled_own_item(tpop_open=False)
    node["fulfillments"] = node["fulfillments"][:1]  # only the merchant's own fulfillment is left
    scripted.reply = graphql({"order": node})
    connector = ShopifyConnector(scripted.url, TOKEN, shop_id="sh", product_rule=TPOP_SKUS)
    with pytest.raises(ShopWriteError):
        connector.add_tracking("gid://shopify/Order/1042", "LB123456785FR", "La Poste", "", notify_customer=True)
    assert len(scripted.seen) == 1


def test_a_tag_rule_reads_product_tags_and_needs_read_products(scripted: ScriptedServer) -> None:
    node = order_node("#1", sku="LUNE-M")
    node["lineItems"]["nodes"][0]["product"] = {"tags": ["Summer", "tpop"]}
    scripted.reply = orders_page([node], None)
    connector = ShopifyConnector(scripted.url, TOKEN, product_rule=ProductRule.of(tags=["TPOP"]))
    [order] = connector.orders(updated_since=None)
    assert order.has_tpop_products and "product { tags }" in body_of(scripted.seen[0])["query"]
    plain = ShopifyConnector(scripted.url, TOKEN)
    plain.orders(updated_since=None)
    assert "product" not in body_of(scripted.seen[-1])["query"]
    scripted.reply = graphql({"shop": {"name": "Atelier Lune", "myshopifyDomain": "lune.myshopify.com"},
                              "currentAppInstallation": {"accessScopes": [
                                  {"handle": "read_orders"}, {"handle": "write_merchant_managed_fulfillment_orders"}]}})
    with pytest.raises(MissingScopeError) as caught:
        connector.test_connection()
    assert caught.value.missing == ("read_products",)
