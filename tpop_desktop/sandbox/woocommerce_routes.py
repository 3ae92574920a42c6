"""A WooCommerce-shaped REST API (v3) for the sandbox's WooCommerce shops.

``/woocommerce/{shop}/wp-json/...``: the site index, orders (paged with ``X-WP-Total`` and
``X-WP-TotalPages``), order notes, and the Shipment Tracking extension's routes, which
answer ``rest_no_route`` (404) when the extension is switched off for that shop.
"""

from __future__ import annotations

import base64
import binascii
import hmac
import json
import math
import re
from datetime import UTC, datetime
from typing import Any

from tpop_desktop.sandbox.routing import Request, Response, Router
from tpop_desktop.sandbox.shop_state import SandboxShopOrder, ShopSandbox

BASE = r"/woocommerce/(?P<shop>[^/]+)/wp-json"
TRACKING = BASE + r"/wc-shipment-tracking/v3"


def wp_error(status: int, code: str, message: str) -> Response:
    """WordPress REST's error shape."""
    return Response(status, {"code": code, "message": message, "data": {"status": status}})


def _no_route() -> Response:
    return wp_error(404, "rest_no_route", "No route was found matching the URL and request method.")


def gmt(value: datetime | None) -> str | None:
    """WooCommerce's ``*_gmt`` format: ISO 8601 without an offset."""
    return value.astimezone(UTC).replace(tzinfo=None, microsecond=0).isoformat() if value else None


class WooCommerceApi:
    def __init__(self, shops: ShopSandbox) -> None:
        self._shops = shops

    def register(self, router: Router) -> None:
        router.add("GET", BASE + r"/?", self._index)
        router.add("GET", BASE + r"/wc/v3/orders", self._guard(self._orders))
        router.add("GET", BASE + r"/wc/v3/orders/(?P<id>\d+)", self._guard(self._order))
        router.add("GET", BASE + r"/wc/v3/orders/(?P<id>\d+)/notes", self._guard(self._notes))
        router.add("POST", BASE + r"/wc/v3/orders/(?P<id>\d+)/notes", self._guard(self._add_note))
        router.add("GET", TRACKING + r"/shipment-trackings/providers", self._extension(self._providers))
        router.add("GET", TRACKING + r"/orders/(?P<id>\d+)/shipment-trackings",
                   self._extension(self._guard(self._trackings)))
        router.add("POST", TRACKING + r"/orders/(?P<id>\d+)/shipment-trackings",
                   self._extension(self._guard(self._add_tracking)))
        for method in ("GET", "POST", "PUT", "DELETE"):
            router.add(method, BASE + r"/.*", lambda request, match: _no_route())

    # --- guards ------------------------------------------------------------------

    def _guard(self, handler):  # type: ignore[no-untyped-def]
        def checked(request: Request, match: re.Match[str]) -> Response:
            shop_id = match["shop"]
            if shop_id not in self._shops.tracking_extension:
                return _no_route()
            if not self._authorized(shop_id, request.headers.get("authorization", "")):
                if not request.headers.get("authorization"):
                    return wp_error(401, "woocommerce_rest_cannot_view", "Sorry, you cannot list resources.")
                return wp_error(401, "woocommerce_rest_authentication_error", "Consumer key is invalid.")
            with self._shops.lock:
                self._shops.refresh()
                return handler(request, match)

        return checked

    def _extension(self, handler):  # type: ignore[no-untyped-def]
        def gated(request: Request, match: re.Match[str]) -> Response:
            if not self._shops.tracking_extension.get(match["shop"], False):
                return _no_route()
            return handler(request, match)

        return gated

    def _authorized(self, shop_id: str, header: str) -> bool:
        scheme, _, encoded = header.partition(" ")
        if scheme.lower() != "basic":
            return False
        try:
            given = base64.b64decode(encoded, validate=True)
        except (binascii.Error, ValueError):
            return False
        key = "ck_" + self._shops.secret(shop_id, "key")[:40]
        secret = "cs_" + self._shops.secret(shop_id, "secret")[:40]
        return hmac.compare_digest(given, f"{key}:{secret}".encode())

    # --- handlers ----------------------------------------------------------------

    def _index(self, request: Request, match: re.Match[str]) -> Response:
        shop_id = match["shop"]
        if shop_id not in self._shops.tracking_extension:
            return _no_route()
        namespaces = ["oembed/1.0", "wp/v2", "wc/v3", "wc/store/v1"]
        if self._shops.tracking_extension[shop_id]:
            namespaces.append("wc-shipment-tracking/v3")
        shop = self._shops.shops[shop_id]
        return Response(200, {"name": shop.name, "description": "", "url": f"https://{shop_id}.example",
                              "namespaces": namespaces})

    def _orders(self, request: Request, match: re.Match[str]) -> Response:
        rows = sorted(self._shops.orders[match["shop"]].values(), key=lambda o: o.id)
        since_text = request.param("modified_after")
        if since_text:
            try:
                since = datetime.fromisoformat(since_text.replace("Z", "+00:00"))
            except ValueError:
                return wp_error(400, "rest_invalid_param", "Invalid parameter(s): modified_after")
            since = since if since.tzinfo else since.replace(tzinfo=UTC)
            rows = [o for o in rows if o.updated_at > since]
        if request.param("order") == "desc":
            rows.reverse()
        per_page_text, page_text = request.param("per_page") or "10", request.param("page") or "1"
        if not per_page_text.isdigit() or not page_text.isdigit() or not 1 <= int(per_page_text) <= 100:
            return wp_error(400, "rest_invalid_param", "Invalid parameter(s): per_page, page")
        per_page, page = int(per_page_text), max(1, int(page_text))
        total_pages = max(1, math.ceil(len(rows) / per_page)) if rows else 0
        chunk = rows[(page - 1) * per_page: page * per_page]
        headers = {"X-WP-Total": str(len(rows)), "X-WP-TotalPages": str(total_pages)}
        return Response(200, [order_json(o, self._shops) for o in chunk], headers)

    def _order(self, request: Request, match: re.Match[str]) -> Response:
        shop_order = self._find(match)
        if shop_order is None:
            return wp_error(404, "woocommerce_rest_shop_order_invalid_id", "Invalid ID.")
        return Response(200, order_json(shop_order, self._shops))

    def _notes(self, request: Request, match: re.Match[str]) -> Response:
        shop_order = self._find(match)
        if shop_order is None:
            return wp_error(404, "woocommerce_rest_shop_order_invalid_id", "Invalid ID.")
        return Response(200, [_note_json(n) for n in reversed(shop_order.notes)])

    def _add_note(self, request: Request, match: re.Match[str]) -> Response:
        shop_order = self._find(match)
        if shop_order is None:
            return wp_error(404, "woocommerce_rest_shop_order_invalid_id", "Invalid ID.")
        body = _json_body(request)
        if body is None or not isinstance(body.get("note"), str) or not body["note"].strip():
            return wp_error(400, "rest_missing_callback_param", "Missing parameter(s): note")
        note = self._shops.add_note(shop_order, body["note"], bool(body.get("customer_note")))
        self._shops.writes.append((shop_order.shop.id, shop_order.number, "customer_note"))
        return Response(201, _note_json(note))

    def _providers(self, request: Request, match: re.Match[str]) -> Response:
        return Response(200, {
            "France": {"Colissimo": "https://www.laposte.fr/outils/suivre-vos-envois?code=%1$s"},
            "Global": {"DHL Express": "https://www.dhl.com/track?tracking-id=%1$s"},
        })

    def _trackings(self, request: Request, match: re.Match[str]) -> Response:
        shop_order = self._find(match)
        if shop_order is None:
            return wp_error(404, "woocommerce_rest_order_invalid_id", "Invalid order ID.")
        return Response(200, [_tracking_json(t) for t in shop_order.tracking_items])

    def _add_tracking(self, request: Request, match: re.Match[str]) -> Response:
        shop_order = self._find(match)
        if shop_order is None:
            return wp_error(404, "woocommerce_rest_order_invalid_id", "Invalid order ID.")
        body = _json_body(request)
        if body is None or not str(body.get("tracking_number") or "").strip():
            return wp_error(400, "rest_missing_callback_param", "Missing parameter(s): tracking_number")
        company = str(body.get("custom_tracking_provider") or body.get("tracking_provider") or "")
        item = self._shops.add_tracking_item(
            shop_order, company, str(body["tracking_number"]), str(body.get("custom_tracking_link") or "")
        )
        self._shops.writes.append((shop_order.shop.id, shop_order.number, "shipment_tracking"))
        return Response(201, _tracking_json(item))

    def _find(self, match: re.Match[str]) -> SandboxShopOrder | None:
        return self._shops.find(match["shop"], int(match["id"]))


def order_json(o: SandboxShopOrder, shops: ShopSandbox) -> dict[str, Any]:
    if o.cancelled:
        status = "cancelled"
    elif o.fulfilled_all:
        status = "completed"
    else:
        status = "processing" if o.paid else "pending"
    meta = []
    if o.tracking_items:
        meta.append({"id": o.id % 100000, "key": "_wc_shipment_tracking_items", "value": list(o.tracking_items)})
    completed = max((f.created_at for f in o.fulfillments), default=None)
    return {
        "id": o.id,
        "parent_id": 0,
        "number": o.number,
        "status": status,
        "currency": "EUR",
        "created_via": "checkout",
        "date_created": gmt(o.created_at),
        "date_created_gmt": gmt(o.created_at),
        "date_modified": gmt(o.updated_at),
        "date_modified_gmt": gmt(o.updated_at),
        "date_paid_gmt": gmt(o.created_at) if o.paid else None,
        "date_completed_gmt": gmt(completed) if status == "completed" else None,
        "total": f"{sum(i.quantity for i in o.line_items) * 24.9:.2f}",
        "payment_method": "stripe",
        "line_items": [
            {"id": i.id, "name": i.title, "product_id": i.id % 1000, "variation_id": 0, "quantity": i.quantity,
             "sku": i.sku, "price": 24.9, "total": f"{i.quantity * 24.9:.2f}", "meta_data": []}
            for i in o.line_items
        ],
        "meta_data": meta,
    }


def _note_json(note: Any) -> dict[str, Any]:
    return {
        "id": note.id,
        "author": "WooCommerce",
        "date_created": gmt(note.created_at),
        "date_created_gmt": gmt(note.created_at),
        "note": note.note,
        "customer_note": note.customer_note,
        "added_by_user": False,
    }


def _tracking_json(item: dict[str, str]) -> dict[str, Any]:
    link = item.get("custom_tracking_link", "").replace("%1$s", item["tracking_number"])
    shipped = item.get("date_shipped", "")
    day = datetime.fromtimestamp(int(shipped), UTC).date().isoformat() if shipped.isdigit() else shipped
    return {
        "tracking_id": item["tracking_id"],
        "tracking_provider": item.get("custom_tracking_provider") or item.get("tracking_provider", ""),
        "tracking_link": link,
        "tracking_number": item["tracking_number"],
        "date_shipped": day,
    }


def _json_body(request: Request) -> dict[str, Any] | None:
    try:
        body = json.loads(request.body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return None
    return body if isinstance(body, dict) else None
