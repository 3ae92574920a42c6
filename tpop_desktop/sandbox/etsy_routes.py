"""An Etsy-shaped Open API v3 for the sandbox's Etsy shop: receipts, shipments, the tracking write.

``/etsy/v3/application/...``: every call needs ``x-api-key: keystring:shared_secret``
(403 with Etsy's own messages otherwise); shop calls also need a valid bearer token (401
``invalid_token``). Receipts are ``{"count", "results"}`` pages filtered by ``was_paid``,
``was_shipped`` and ``min_last_modified``, newest first; ``createReceiptShipment`` adds a
shipment (and "e-mails the buyer": recorded in ``notifications``) each time it is called.
``rate_limit_remaining`` answers that many 429s (without rate headers, as Etsy does) and
``fail_remaining`` that many 500s.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qs

from tpop_desktop.core.models import Platform
from tpop_desktop.sandbox.etsy_auth import EtsyAuthState
from tpop_desktop.sandbox.routing import Request, Response, Router
from tpop_desktop.sandbox.shop_state import Fulfillment, SandboxShopOrder, ShopSandbox

API = r"/etsy/v3/application"
SHOP = API + r"/shops/(?P<shop>\d+)"
LIMITS = {"x-limit-per-second": "10", "x-limit-per-day": "10000"}


def _money(cents: int) -> dict[str, Any]:
    return {"amount": cents, "divisor": 100, "currency_code": "EUR"}


class EtsyApi:
    """Registers the Etsy API routes for the sandbox's one Etsy shop."""

    def __init__(self, shops: ShopSandbox, auth: EtsyAuthState, shop_id: str, etsy_shop_id: int) -> None:
        self._shops = shops
        self._auth = auth
        self.shop_id = shop_id
        self.etsy_shop_id = etsy_shop_id
        self.rate_limit_remaining = 0
        self.fail_remaining = 0
        self.used_today = 0

    def register(self, router: Router) -> None:
        router.add("GET", API + r"/openapi-ping", self._guard(self._ping, bearer=False))
        router.add("GET", API + r"/users/me", self._guard(self._me))
        router.add("GET", API + r"/users/(?P<user>\d+)/shops", self._guard(self._shop_of_user))
        router.add("GET", SHOP, self._guard(self._shop))
        router.add("GET", SHOP + r"/receipts", self._guard(self._receipts))
        router.add("GET", SHOP + r"/receipts/(?P<receipt>\d+)", self._guard(self._receipt))
        router.add("POST", SHOP + r"/receipts/(?P<receipt>\d+)/tracking", self._guard(self._create_shipment))
        router.add("GET", API + r"/listings/batch", self._guard(self._listings, bearer=False))

    def _guard(self, handler: Callable[[Request, re.Match[str]], Response], *, bearer: bool = True):  # type: ignore[no-untyped-def]
        def checked(request: Request, match: re.Match[str]) -> Response:
            problem = self._auth.api_key_problem(request.headers.get("x-api-key", ""))
            if problem is not None:
                return Response(403, {"error": problem})
            if self.rate_limit_remaining > 0:
                self.rate_limit_remaining -= 1
                return Response(429, {"error": "Too Many Requests"})
            if self.fail_remaining > 0:
                self.fail_remaining -= 1
                return Response(500, {"error": "Server Error"})
            if bearer:
                denied = self._auth.access_problem(request.headers.get("authorization", ""))
                if denied is not None:
                    return Response(401, {"error": "invalid_token", "error_description": denied})
            if "shop" in match.groupdict() and int(match["shop"]) != self.etsy_shop_id:
                return Response(404, {"error": "Shop not found"})
            with self._shops.lock:
                self._shops.refresh()
                answer = handler(request, match)
            self.used_today += 1
            limits = {**LIMITS, "x-remaining-this-second": "9", "x-remaining-today": str(max(0, 10000 - self.used_today))}
            return Response(answer.status, answer.body, {**limits, **answer.headers})

        return checked

    # --- handlers ----------------------------------------------------------------

    def _ping(self, request: Request, match: re.Match[str]) -> Response:
        return Response(200, {"application_id": 1_000_001})

    def _me(self, request: Request, match: re.Match[str]) -> Response:
        return Response(200, {"user_id": self._auth.user_id, "shop_id": self.etsy_shop_id})

    def _shop_of_user(self, request: Request, match: re.Match[str]) -> Response:
        if int(match["user"]) != self._auth.user_id:
            return Response(404, {"error": "User does not have a shop"})
        return self._shop(request, match)

    def _shop(self, request: Request, match: re.Match[str]) -> Response:
        name = self._shops.shops[self.shop_id].name
        return Response(200, {"shop_id": self.etsy_shop_id, "shop_name": name, "user_id": self._auth.user_id,
                              "currency_code": "EUR", "url": f"https://www.etsy.com/shop/{name}"})

    def _receipts(self, request: Request, match: re.Match[str]) -> Response:
        rows = sorted(self._shops.orders[self.shop_id].values(), key=lambda o: (o.created_at, o.id), reverse=True)
        for name, test in (("was_paid", lambda o: o.paid), ("was_shipped", lambda o: o.fulfilled_all)):
            wanted = request.param(name)
            if wanted in ("true", "false"):
                rows = [o for o in rows if test(o) == (wanted == "true")]
        since = request.param("min_last_modified")
        if since is not None:
            if not since.isdigit():
                return Response(400, {"error": "Expected int value for 'min_last_modified'"})
            rows = [o for o in rows if o.updated_at.timestamp() >= int(since)]
        limit, offset = request.param("limit") or "25", request.param("offset") or "0"
        if not limit.isdigit() or not 1 <= int(limit) <= 100 or not offset.isdigit():
            return Response(400, {"error": "limit must be between 1 and 100"})
        page = rows[int(offset): int(offset) + int(limit)]
        return Response(200, {"count": len(rows), "results": [receipt_json(o, self._auth.user_id) for o in page]})

    def _receipt(self, request: Request, match: re.Match[str]) -> Response:
        shop_order = self._shops.find(self.shop_id, int(match["receipt"]))
        if shop_order is None:
            return Response(404, {"error": "Receipt not found"})
        return Response(200, receipt_json(shop_order, self._auth.user_id))

    def _create_shipment(self, request: Request, match: re.Match[str]) -> Response:
        shop_order = self._shops.find(self.shop_id, int(match["receipt"]))
        if shop_order is None:
            return Response(404, {"error": "Receipt not found"})
        if "form-urlencoded" not in request.headers.get("content-type", ""):
            return Response(400, {"error": "Expected a form-encoded body"})
        form = {k: v[-1] for k, v in parse_qs(request.body.decode("utf-8", "replace")).items()}
        code, carrier = form.get("tracking_code", "").strip(), form.get("carrier_name", "").strip()
        if shop_order.cancelled:
            return Response(400, {"error": "Cannot submit tracking for a canceled receipt"})
        entries = [(carrier, code, "")] if code else []
        fulfillment = Fulfillment(self._shops.new_id(Platform.ETSY), self._shops.state.now(), entries)
        for item in shop_order.line_items:
            item.fulfilled = item.quantity
        shop_order.fulfillments.append(fulfillment)
        self._shops.touch(shop_order)
        self._shops.writes.append((self.shop_id, shop_order.number, "receipt_shipment"))
        self._shops.notifications.append((self.shop_id, shop_order.number, "receipt_shipment"))
        return Response(200, receipt_json(shop_order, self._auth.user_id))

    def _listings(self, request: Request, match: re.Match[str]) -> Response:
        wanted = {int(i) for i in (request.param("listing_ids") or "").split(",") if i.strip().isdigit()}
        if not wanted or len(wanted) > 100:
            return Response(400, {"error": "listing_ids must list 1 to 100 ids"})
        results = []
        for shop_order in self._shops.orders[self.shop_id].values():
            for item in shop_order.line_items:
                listing = listing_id(item.sku)
                if listing in wanted and all(r["listing_id"] != listing for r in results):
                    results.append({"listing_id": listing, "shop_id": self.etsy_shop_id, "title": item.title,
                                    "state": "active", "sku": [item.sku],
                                    "tags": ["tpop", "organic cotton"] if item.sku.startswith("TP-") else ["handmade"]})
        return Response(200, {"count": len(results), "results": results})


def listing_id(sku: str) -> int:
    return 1_000_000_000 + int(hashlib.sha1(sku.encode()).hexdigest()[:8], 16) % 10**8  # noqa: S324 - an id


def receipt_json(o: SandboxShopOrder, seller_user_id: int) -> dict[str, Any]:
    """A ShopReceipt with the fields Etsy documents (Title Case status, duplicated time names)."""
    if o.cancelled:
        status = "Canceled"
    elif o.fulfilled_all:
        status = "Completed"
    else:
        status = "Paid" if o.paid else "Payment Processing"
    created, updated = int(o.created_at.timestamp()), int(o.updated_at.timestamp())
    name, country, postcode, city = o.buyer
    total = sum(i.quantity for i in o.line_items) * 2490
    shipped = max((int(f.created_at.timestamp()) for f in o.fulfillments), default=None)
    return {
        "receipt_id": o.id, "receipt_type": 0, "seller_user_id": seller_user_id, "seller_email": None,
        "buyer_user_id": 700_000_000 + o.id % 1_000_000, "buyer_email": None,
        "name": name, "first_line": "12 rue des Lilas", "second_line": None, "city": city, "state": None,
        "zip": postcode, "formatted_address": f"{name}\n12 rue des Lilas\n{postcode} {city}\n{country}",
        "country_iso": country, "status": status, "payment_method": "cc",
        "message_from_seller": None, "message_from_buyer": "", "is_paid": o.paid, "is_shipped": o.fulfilled_all,
        "create_timestamp": created, "created_timestamp": created, "update_timestamp": updated,
        "updated_timestamp": updated, "is_gift": False, "gift_message": "", "gift_sender": "",
        "grandtotal": _money(total + 490), "subtotal": _money(total), "total_price": _money(total),
        "total_shipping_cost": _money(490), "total_tax_cost": _money(0), "total_vat_cost": _money(0),
        "discount_amt": _money(0), "gift_wrap_price": _money(0),
        "shipments": [
            {"receipt_shipping_id": f.id, "shipment_notification_timestamp": int(f.created_at.timestamp()),
             "carrier_name": c, "tracking_code": n}
            for f in o.fulfillments for (c, n, _) in f.tracking
        ],
        "transactions": [
            {"transaction_id": i.id, "title": i.title, "seller_user_id": seller_user_id, "receipt_id": o.id,
             "listing_id": listing_id(i.sku), "quantity": i.quantity, "sku": i.sku, "price": _money(2490),
             "paid_timestamp": created if o.paid else None, "shipped_timestamp": shipped if o.fulfilled_all else None,
             "expected_ship_date": created + 5 * 86400, "min_processing_days": 2, "max_processing_days": 5}
            for i in o.line_items
        ],
        "refunds": [],
    }
