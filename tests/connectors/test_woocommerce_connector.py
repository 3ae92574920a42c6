"""The WooCommerce connector against answers shaped like WooCommerce's, replayed by a local server."""

from __future__ import annotations

import base64
import json
import logging
from datetime import UTC, datetime

import pytest
from scripted_http import Reply, ScriptedServer, Seen

from tpop_desktop.connectors.errors import (
    AuthError,
    ConnectorError,
    ForbiddenError,
    PayloadError,
    RateLimitedError,
    ServerError,
)
from tpop_desktop.connectors.shops import NotAShopError, ProductRule
from tpop_desktop.connectors.woocommerce import WooCommerceConnector, tracking_from_note
from tpop_desktop.core.models import Customer, Destination, Order, Platform, Shipment, Shop, Status
from tpop_desktop.core.shop_checks import FixKind, MissingReason, ShopState, compare_order
from tpop_desktop.core.shop_orders import FulfillmentState, ShopTracking

KEY = "ck_" + "4b1d6a0e9c2f47d8b3a5e6f7081c9d2e3f4a5b6c"  # made up
SECRET = "cs_9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d"
NOW = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)
NO_ROUTE = Reply(404, b'{"code":"rest_no_route","message":"No route was found matching the URL and request method.",'
                      b'"data":{"status":404}}')
TRACKING_ITEMS = [{"tracking_provider": "", "custom_tracking_provider": "La Poste", "custom_tracking_link": "",
                   "tracking_number": "LB123456789FR", "date_shipped": "1763000000", "tracking_id": "abc"}]


def order_json(order_id: int = 731, *, status: str = "completed", tracking: list | None = None) -> dict:
    meta = [{"id": 1, "key": "_wc_shipment_tracking_items", "value": tracking}] if tracking else []
    return {"id": order_id, "number": str(order_id + 4000), "status": status,
            "date_created_gmt": "2026-11-10T08:00:00", "date_modified_gmt": "2026-11-12T08:00:00",
            "date_paid_gmt": "2026-11-10T08:00:05", "line_items": [{"id": 1, "sku": "TP-1", "quantity": 1}],
            "meta_data": meta}


def json_reply(body, status: int = 200, headers: dict | None = None) -> Reply:
    return Reply(status, json.dumps(body).encode(), {"Content-Type": "application/json", **(headers or {})})


class WooScript:
    """Routes by path, like a WooCommerce site with or without the Shipment Tracking extension."""

    def __init__(self, *, extension: bool = True) -> None:
        self.extension = extension
        self.pages = [[order_json(731, tracking=TRACKING_ITEMS)], [order_json(732, status="processing")]]
        self.notes: list[dict] = []
        self.trackings: list[dict] = []

    def __call__(self, seen: Seen) -> Reply:
        path, _, query = seen.path.partition("?")
        if path.startswith("/wp-json/wc-shipment-tracking/") and not self.extension:
            return NO_ROUTE
        if path.endswith("/shipment-trackings/providers"):
            return json_reply({"France": {"Colissimo": "https://x/%1$s"}})
        if path == "/wp-json/wc/v3/orders":
            page = int(dict(p.split("=") for p in query.split("&")).get("page", "1"))
            return json_reply(self.pages[page - 1], headers={"X-WP-Total": "2", "X-WP-TotalPages": str(len(self.pages))})
        if path.endswith("/shipment-trackings"):
            if seen.method == "POST":
                self.trackings.append(json.loads(seen.body))
                return json_reply({"tracking_id": "t1", "tracking_number": "x"}, 201)
            return json_reply([])
        if path.endswith("/notes"):
            if seen.method == "POST":
                self.notes.append(json.loads(seen.body))
                return json_reply({"id": 5, "note": "x", "customer_note": True}, 201)
            return json_reply([{"id": 4, "note": n["note"], "customer_note": n["customer_note"]} for n in self.notes])
        if path.startswith("/wp-json/wc/v3/orders/"):
            return json_reply(order_json(int(path.rsplit("/", 1)[1])))
        if path == "/wp-json/":
            return json_reply({"name": "Bonnet Rouge", "namespaces": ["wp/v2", "wc/v3"]})
        return NO_ROUTE


@pytest.fixture
def woo(scripted: ScriptedServer) -> WooCommerceConnector:
    return WooCommerceConnector(scripted.url, KEY, SECRET, shop_id="wc")


def test_orders_are_read_page_by_page_with_basic_auth(scripted: ScriptedServer, woo: WooCommerceConnector) -> None:
    scripted.reply = WooScript()
    orders = woo.orders(updated_since=datetime(2026, 11, 1, tzinfo=UTC))
    assert [(o.number, o.fulfillment, o.paid, o.tracking) for o in orders] == [
        ("4731", FulfillmentState.FULFILLED, True,
         (ShopTracking("La Poste", "LB123456789FR", "", datetime.fromtimestamp(1763000000, UTC)),)),
        ("4732", FulfillmentState.UNFULFILLED, True, ()),
    ]
    listing = [s for s in scripted.seen if s.path.startswith("/wp-json/wc/v3/orders?")]
    assert len(listing) == 2
    assert "modified_after=2026-11-01T00%3A00%3A00Z" in listing[0].path and "page=2" in listing[1].path
    assert listing[0].headers["Authorization"] == "Basic " + base64.b64encode(f"{KEY}:{SECRET}".encode()).decode()
    assert all(KEY not in s.path and SECRET not in s.path for s in scripted.seen)
    assert orders[0].created_at == datetime(2026, 11, 10, 8, tzinfo=UTC)


ERRORS = [
    ("HTTP 401", json_reply({"code": "woocommerce_rest_authentication_error", "message": "Consumer key is invalid.",
                             "data": {"status": 401}}, 401), AuthError),
    ("HTTP 403", json_reply({"code": "woocommerce_rest_cannot_view", "message": "Sorry, you cannot list resources.",
                             "data": {"status": 403}}, 403), ForbiddenError),
    ("HTTP 429", Reply(429, b"{}", {"Content-Type": "application/json", "Retry-After": "30"}), RateLimitedError),
    ("HTTP 500", json_reply({"code": "internal_server_error", "message": "critical error"}, 500), ServerError),
    ("malformed JSON", Reply(200, b"[{\"id\": 1,"), PayloadError),
    ("an HTML page", Reply(200, b"<!doctype html><html>WordPress</html>", {"Content-Type": "text/html"}), PayloadError),
]


@pytest.mark.parametrize(("name", "reply", "error"), ERRORS, ids=[e[0] for e in ERRORS])
def test_every_failure_becomes_its_typed_error_without_the_secrets(
    name: str, reply: Reply, error: type[ConnectorError], scripted: ScriptedServer, woo: WooCommerceConnector,
    caplog: pytest.LogCaptureFixture,
) -> None:
    woo.tracking_extension = True
    scripted.reply = reply
    caplog.set_level(logging.DEBUG)
    with pytest.raises(error) as caught:
        woo.orders(updated_since=None)
    for secret in (KEY, SECRET):
        assert secret not in str(caught.value) and secret not in caplog.text and secret not in repr(woo)


def test_test_connection_tells_a_wrong_key_from_a_site_that_is_not_woocommerce(
    scripted: ScriptedServer, woo: WooCommerceConnector
) -> None:
    script = WooScript()
    scripted.reply = script
    connection = woo.test_connection()
    assert (connection.shop_name, connection.tracking_extension, connection.warnings) == ("Bonnet Rouge", True, ())
    script.extension = False
    assert woo.test_connection().warnings == ("no_shipment_tracking_extension",)
    scripted.reply = lambda seen: json_reply({"code": "woocommerce_rest_authentication_error"}, 401) \
        if "/wc/v3/" in seen.path else script(seen)
    with pytest.raises(AuthError):
        woo.test_connection()
    scripted.reply = json_reply({"name": "A blog", "namespaces": ["wp/v2"]})
    with pytest.raises(NotAShopError):
        woo.test_connection()
    scripted.reply = Reply(200, b"<html>not WordPress</html>", {"Content-Type": "text/html"})
    with pytest.raises(NotAShopError):
        woo.test_connection()
    scripted.reply = NO_ROUTE
    with pytest.raises(NotAShopError):
        woo.test_connection()


def test_with_the_extension_the_fix_adds_a_tracking_item(scripted: ScriptedServer, woo: WooCommerceConnector) -> None:
    script = WooScript()
    scripted.reply = script
    write = woo.add_tracking("732", "LB999999999FR", "La Poste", "https://t.example/LB9", notify_customer=True)
    assert (write.written, write.kind) == (True, FixKind.ADD_SHIPMENT_TRACKING)
    assert script.trackings == [{"custom_tracking_provider": "La Poste", "custom_tracking_link": "https://t.example/LB9",
                                 "tracking_number": "LB999999999FR"}]
    assert script.notes == []


def test_without_the_extension_the_fix_writes_a_customer_note_once(
    scripted: ScriptedServer, woo: WooCommerceConnector
) -> None:
    script = WooScript(extension=False)
    scripted.reply = script
    first = woo.add_tracking("732", "LB999999999FR", "La Poste", "https://t.example/LB9", notify_customer=True)
    second = woo.add_tracking("732", "LB999999999FR", "La Poste", "https://t.example/LB9", notify_customer=True)
    assert (first.written, first.kind, second.written) == (True, FixKind.ADD_CUSTOMER_NOTE, False)
    assert len(script.notes) == 1 and script.notes[0]["customer_note"] is True
    assert "LB999999999FR" in script.notes[0]["note"] and "https://t.example/LB9" in script.notes[0]["note"]
    assert woo.fix_kind(second.order) is FixKind.ADD_CUSTOMER_NOTE


@pytest.mark.parametrize(("note", "found"), [
    ("Your order has shipped with La Poste. Tracking number: LB123456789FR Track your parcel: https://x/LB1",
     [("La Poste / Colissimo", "LB123456789FR")]),
    ("Numéro de suivi : 6A12345678901", [("", "6A12345678901")]),
    ("Ihre Sendungsnummer: 00340434161094042557", [("", "00340434161094042557")]),
    ("Shipped with Mondial Relay, tracking number 12345678", [("Mondial Relay", "12345678")]),
    ("Shipped with DHL Express. Tracking: JD014600006281230704", [("DHL Express", "JD014600006281230704")]),
    ('Tracking number: <a href="https://www.ups.com/track?tracknum=1Z999AA10123456784">1Z999AA10123456784</a>',
     [("", "1Z999AA10123456784")]),
    # written by payment gateways and WooCommerce itself: no tracking in them
    ("Refunded 12.50 - Refund ID: 4RP55200GJ177180N", []),
    ("Order status changed from Processing to Completed.", []),
    ("Paid: 24.90 EUR", []),
    ("Tracking number: 4RP55200GJ177180N", []),  # tracking words, but neither a carrier's shape nor a carrier
])
def test_tracking_numbers_are_found_in_order_notes(note: str, found: list[tuple[str, str]]) -> None:
    assert [(t.company, t.number) for t in tracking_from_note(note)] == found


def note_json(note_id: int, note: str) -> dict:
    return {"id": note_id, "author": "system", "date_created": "2026-11-12T09:00:00",
            "date_created_gmt": "2026-11-12T08:00:00", "note": note, "customer_note": False, "added_by_user": False}


def test_a_payment_gateways_refund_note_is_not_tpops_tracking(scripted: ScriptedServer, woo: WooCommerceConnector) -> None:
    notes = [note_json(9, "Refunded 12.50 - Refund ID: 4RP55200GJ177180N"),
             note_json(8, "Order status changed from Processing to Completed.")]

    def site(seen: Seen) -> Reply:
        path = seen.path.partition("?")[0]
        if path.startswith("/wp-json/wc-shipment-tracking/"):
            return NO_ROUTE
        return json_reply(notes) if path.endswith("/notes") else json_reply(order_json(731))

    scripted.reply = site
    closed_by_hand = woo.order("731")
    assert closed_by_hand.tracking == ()
    tpop = Order("TP-104233", Shop("wc", "Bonnet Rouge", Platform.WOOCOMMERCE), "4731", NOW, NOW, Status.SHIPPED,
                 Customer("Zoë Martin"), Destination("FR"), shipments=(Shipment("La Poste", "LB123456785FR"),))
    check = compare_order(tpop, closed_by_hand)
    assert (check.state, check.reason) == (ShopState.TRACKING_MISSING, MissingReason.CLOSED_MANUALLY_OR_AUTOMATICALLY)


def test_a_tracking_item_in_the_meta_and_on_the_route_is_one_item_with_its_name_and_link(
    scripted: ScriptedServer, woo: WooCommerceConnector
) -> None:
    meta_copy = [{"tracking_provider": "la-poste", "custom_tracking_provider": "", "custom_tracking_link": "",
                  "tracking_number": "LB123456785FR", "date_shipped": "1763000000", "tracking_id": "a1b2"}]
    link = "https://www.laposte.fr/outils/suivre-vos-envois?code=LB123456785FR"
    route_copy = [{"tracking_id": "a1b2", "tracking_provider": "La Poste", "tracking_link": link,
                   "tracking_number": "LB123456785FR", "date_shipped": "2025-11-13"}]

    def site(seen: Seen) -> Reply:
        path = seen.path.partition("?")[0]
        if path.endswith("/providers"):
            return json_reply({"France": {"La Poste": "https://www.laposte.fr/outils/suivre-vos-envois?code=%1$s"}})
        if path.endswith("/shipment-trackings"):
            return json_reply(route_copy)
        if path.endswith("/notes"):
            return json_reply([])
        return json_reply(order_json(731, tracking=meta_copy))

    scripted.reply = site
    assert woo.order("731").tracking == (
        ShopTracking("La Poste", "LB123456785FR", link, datetime.fromtimestamp(1763000000, UTC)),)


def test_a_tag_rule_reads_the_products_tags_once(scripted: ScriptedServer) -> None:
    rows = [order_json(731), order_json(732)]
    rows[0]["line_items"] = [{"id": 1, "name": "T-shirt Lune - Black, M", "product_id": 11, "variation_id": 21,
                              "quantity": 2, "sku": "LUNE-BLK-M"}]
    rows[1]["line_items"] = [{"id": 2, "name": "Bougie", "product_id": 12, "variation_id": 0, "quantity": 1, "sku": ""}]
    products = [{"id": 11, "name": "T-shirt Lune", "tags": [{"id": 5, "name": "TPOP", "slug": "tpop"}]},
                {"id": 12, "name": "Bougie", "tags": [{"id": 6, "name": "Fait main", "slug": "fait-main"}]}]

    def site(seen: Seen) -> Reply:
        path = seen.path.partition("?")[0]
        if path == "/wp-json/wc/v3/products":
            return json_reply(products)
        return json_reply(rows, headers={"X-WP-Total": "2", "X-WP-TotalPages": "1"})

    scripted.reply = site
    woo = WooCommerceConnector(scripted.url, KEY, SECRET, shop_id="wc", product_rule=ProductRule.of(tags=["tpop"]))
    woo.tracking_extension = True
    first = woo.orders(updated_since=None)
    again = woo.orders(updated_since=None)
    assert [o.has_tpop_products for o in first] == [o.has_tpop_products for o in again] == [True, False]
    assert [(i.title, i.quantity, i.tpop) for i in first[0].items] == [("T-shirt Lune - Black, M", 2, True)]
    reads = [s.path for s in scripted.seen if s.path.startswith("/wp-json/wc/v3/products")]
    assert len(reads) == 1 and "include=11%2C12" in reads[0]


def test_the_customer_and_destination_come_from_the_shipping_address(scripted: ScriptedServer,
                                                                     woo: WooCommerceConnector) -> None:
    row = order_json(731)
    row["billing"] = {"first_name": "Zoë", "last_name": "Martin", "email": "zoe@example.org", "country": "FR",
                      "postcode": "75011", "city": "Paris"}
    row["shipping"] = {"first_name": "Lotte", "last_name": "Peeters", "company": "", "address_1": "Rue 1",
                       "address_2": "", "city": "Gent", "state": "", "postcode": "9000", "country": "BE"}
    scripted.reply = json_reply([row], headers={"X-WP-TotalPages": "1"})
    woo.tracking_extension = True
    [order] = woo.orders(updated_since=None)
    assert order.customer == Customer("Lotte Peeters", "zoe@example.org")
    assert order.destination == Destination("BE", "9000", "Gent")


def test_plain_http_is_refused_except_on_this_computer() -> None:
    with pytest.raises(ValueError):
        WooCommerceConnector("http://shop.example", KEY, SECRET)
    assert "https://shop.example" in repr(WooCommerceConnector("https://shop.example/", KEY, SECRET))
