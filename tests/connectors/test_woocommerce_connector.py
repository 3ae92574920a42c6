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
from tpop_desktop.connectors.shops import NotAShopError
from tpop_desktop.connectors.woocommerce import WooCommerceConnector, tracking_from_note
from tpop_desktop.core.shop_checks import FixKind
from tpop_desktop.core.shop_orders import FulfillmentState, ShopTracking

KEY = "ck_" + "4b1d6a0e9c2f47d8b3a5e6f7081c9d2e3f4a5b6c"  # made up
SECRET = "cs_9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d"
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
        ("4731", FulfillmentState.FULFILLED, True, (ShopTracking("La Poste", "LB123456789FR", ""),)),
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


@pytest.mark.parametrize(("note", "numbers"), [
    ("Your order has shipped with La Poste. Tracking number: LB123456789FR Track your parcel: https://x/LB1",
     ["LB123456789FR"]),
    ("Numéro de suivi : 6A12345678901", ["6A12345678901"]),
    ("Order status changed from Processing to Completed.", []),
    ("Paid: 24.90 EUR", []),
])
def test_tracking_numbers_are_found_in_order_notes(note: str, numbers: list[str]) -> None:
    assert [t.number for t in tracking_from_note(note)] == numbers


def test_plain_http_is_refused_except_on_this_computer() -> None:
    with pytest.raises(ValueError):
        WooCommerceConnector("http://shop.example", KEY, SECRET)
    assert "https://shop.example" in repr(WooCommerceConnector("https://shop.example/", KEY, SECRET))
