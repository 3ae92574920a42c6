"""A Shopify-shaped Admin GraphQL endpoint for the sandbox's Shopify shops.

An honest, small subset: the document is read only far enough to know which root
fields are asked (arguments come from ``variables``), and each answers with the full
documented shape of its type whatever the selection. Errors look like Shopify's: 401
with a string ``errors``, 200 with ``errors[].extensions.code`` ACCESS_DENIED or THROTTLED.
"""

from __future__ import annotations

import base64
import hmac
import json
import re
from collections.abc import Callable
from datetime import datetime
from typing import Any

from tpop_desktop.sandbox.routing import Request, Response, Router
from tpop_desktop.sandbox.shop_state import Fulfillment, SandboxShopOrder, ShopSandbox
from tpop_desktop.sandbox.wire import iso

INVALID_TOKEN = "[API] Invalid API key or access token (unrecognized login or wrong password)"
BUCKET = 2000.0
RESTORE_RATE = 100.0
_IDENT = re.compile(r"[_A-Za-z][_0-9A-Za-z]*")
_SINCE = re.compile(r"updated_at:(>=|>)'?([^'\s]+)'?")
READ_FIELDS = {"orders": "read_orders", "order": "read_orders", "fulfillmentOrders": "read_merchant_managed_fulfillment_orders"}
WRITE_FIELDS = {"fulfillmentTrackingInfoUpdate", "fulfillmentCreate"}


def root_fields(document: str) -> list[str]:
    """Names of the top-level fields of the first operation (aliases resolved, strings skipped)."""
    text = re.sub(r"#[^\n]*", "", document)
    start = text.find("{")
    if start < 0:
        return []
    fields: list[str] = []
    depth = parens = 0
    i = start
    while i < len(text):
        ch = text[i]
        if ch == '"':
            end = text.find('"', i + 1)
            while end > 0 and text[end - 1] == "\\":
                end = text.find('"', end + 1)
            i = end + 1 if end > 0 else len(text)
            continue
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
            if depth == 0:
                break
        elif ch == "(":
            parens += 1
        elif ch == ")":
            parens -= 1
        elif depth == 1 and parens == 0:
            match = _IDENT.match(text, i)
            if match:
                name = match.group(0)
                rest = text[match.end():].lstrip()
                if not rest.startswith(":") and not name.startswith("__"):  # "alias: field" keeps the field
                    fields.append(name)
                i = match.end()
                continue
        i += 1
    return fields


class ShopifyApi:
    """Registers ``POST /shopify/{shop}/admin/api/{version}/graphql.json``."""

    def __init__(self, shops: ShopSandbox) -> None:
        self._shops = shops

    def register(self, router: Router) -> None:
        router.add("POST", r"/shopify/(?P<shop>[^/]+)/admin/api/(?P<version>[^/]+)/graphql\.json", self._graphql)

    def _graphql(self, request: Request, match: re.Match[str]) -> Response:
        shop_id = match["shop"]
        sandbox = self._shops
        if shop_id not in sandbox.scopes:
            return Response(404, {"errors": "Not Found"})
        expected = ("shpat_" + sandbox.secret(shop_id, "token")[:32]).encode()
        given = request.headers.get("x-shopify-access-token", "").encode("utf-8", "surrogateescape")
        if not hmac.compare_digest(given, expected):
            return Response(401, {"errors": INVALID_TOKEN})
        try:
            body = json.loads(request.body.decode("utf-8"))
            document = body["query"]
            variables = body.get("variables") or {}
            fields = root_fields(document)
        except (UnicodeDecodeError, ValueError, KeyError, TypeError, RecursionError):
            return Response(400, {"errors": {"query": "Required parameter missing or invalid"}})
        with sandbox.lock:
            if sandbox.throttle_remaining > 0:
                sandbox.throttle_remaining -= 1
                return Response(200, _throttled())
            sandbox.refresh()
            denied = self._denied(shop_id, fields, document)
            if denied:
                return Response(200, {"errors": denied, "data": None, "extensions": _cost(10)})
            data: dict[str, Any] = {}
            for name in fields:
                resolver = self._resolvers().get(name)
                if resolver is None:
                    message = f"Field '{name}' doesn't exist on type 'QueryRoot'"
                    return Response(200, {"errors": [{"message": message, "extensions": {"code": "undefinedField"}}]})
                data[name] = resolver(shop_id, variables)
        return Response(200, {"data": data, "extensions": _cost(12)})

    def _denied(self, shop_id: str, fields: list[str], document: str) -> list[dict[str, Any]]:
        granted = set(self._shops.scopes[shop_id])
        needs: list[tuple[str, str]] = []
        for name in fields:
            if name in WRITE_FIELDS:
                needs.append((name, "write_merchant_managed_fulfillment_orders"))
            elif name in READ_FIELDS:
                needs.append((name, READ_FIELDS[name]))
        if "fulfillmentOrders" in document and "fulfillmentOrders" not in fields:
            needs.append(("fulfillmentOrders", "read_merchant_managed_fulfillment_orders"))
        errors = []
        for name, scope in needs:
            if scope in granted or scope.replace("read_", "write_") in granted:
                continue
            errors.append({
                "message": f"Access denied for {name} field. Required access: `{scope}` access scope.",
                "locations": [{"line": 2, "column": 3}],
                "extensions": {"code": "ACCESS_DENIED", "documentation": "https://shopify.dev/api/usage/access-scopes",
                               "requiredAccess": f"`{scope}` access scope."},
                "path": [name],
            })
        return errors

    def _resolvers(self) -> dict[str, Callable[[str, dict[str, Any]], Any]]:
        return {
            "shop": self._shop,
            "currentAppInstallation": lambda shop_id, _: {
                "accessScopes": [{"handle": s} for s in self._shops.scopes[shop_id]]
            },
            "orders": self._orders,
            "order": self._order,
            "fulfillmentOrders": self._fulfillment_orders,
            "fulfillmentTrackingInfoUpdate": self._update_tracking,
            "fulfillmentCreate": self._create_fulfillment,
        }

    def _shop(self, shop_id: str, variables: dict[str, Any]) -> dict[str, Any]:
        shop = self._shops.shops[shop_id]
        return {"id": "gid://shopify/Shop/1", "name": shop.name, "myshopifyDomain": f"{shop_id}.myshopify.com"}

    def _orders(self, shop_id: str, variables: dict[str, Any]) -> dict[str, Any]:
        first = max(1, min(int(variables.get("first") or 50), 250))
        rows = sorted(self._shops.orders[shop_id].values(), key=lambda o: (o.updated_at, o.id))
        found = _SINCE.search(str(variables.get("query") or ""))
        if found:
            since = datetime.fromisoformat(found.group(2).replace("Z", "+00:00"))
            inclusive = found.group(1) == ">="
            rows = [o for o in rows if o.updated_at > since or (inclusive and o.updated_at == since)]
        after = variables.get("after")
        if after:
            stamp, _, last_id = base64.b64decode(after).decode().partition("|")
            key = (datetime.fromisoformat(stamp), int(last_id))
            rows = [o for o in rows if (o.updated_at, o.id) > key]
        page, more = rows[:first], len(rows) > first
        edges = [{"cursor": _cursor(o), "node": order_node(o)} for o in page]
        return {
            "edges": edges,
            "nodes": [e["node"] for e in edges],
            "pageInfo": {
                "hasNextPage": more,
                "hasPreviousPage": bool(after),
                "startCursor": edges[0]["cursor"] if edges else None,
                "endCursor": edges[-1]["cursor"] if edges else None,
            },
        }

    def _order(self, shop_id: str, variables: dict[str, Any]) -> dict[str, Any] | None:
        shop_order = self._find(shop_id, variables.get("id"), "Order")
        return order_node(shop_order) if shop_order else None

    def _fulfillment_orders(self, shop_id: str, variables: dict[str, Any]) -> dict[str, Any]:
        first = max(1, min(int(variables.get("first") or 50), 250))
        nodes = [_fulfillment_order(o) for o in sorted(self._shops.orders[shop_id].values(), key=lambda o: o.id)]
        nodes = [n for n in nodes if n["status"] == "OPEN"][:first]
        return {"nodes": nodes, "edges": [{"node": n} for n in nodes], "pageInfo": {"hasNextPage": False}}

    def _update_tracking(self, shop_id: str, variables: dict[str, Any]) -> dict[str, Any]:
        wanted = str(variables.get("fulfillmentId") or "")
        tracking = variables.get("trackingInfoInput") or {}
        for shop_order in self._shops.orders[shop_id].values():
            for fulfillment in shop_order.fulfillments:
                if f"gid://shopify/Fulfillment/{fulfillment.id}" == wanted:
                    if not tracking.get("number"):
                        return _user_error(["trackingInfoInput", "number"], "Tracking number can't be blank")
                    fulfillment.tracking = [(tracking.get("company") or "", tracking["number"], tracking.get("url") or "")]
                    self._shops.touch(shop_order)
                    self._record(shop_order, "fulfillment_tracking_update", bool(variables.get("notifyCustomer")))
                    return {"fulfillment": _fulfillment_node(fulfillment, shop_order), "userErrors": []}
        return _user_error(["fulfillmentId"], "Fulfillment does not exist.")

    def _create_fulfillment(self, shop_id: str, variables: dict[str, Any]) -> dict[str, Any]:
        spec = variables.get("fulfillment") or {}
        groups = spec.get("lineItemsByFulfillmentOrder") or []
        if not groups:
            return _user_error(["fulfillment", "lineItemsByFulfillmentOrder"], "Line items by fulfillment order can't be blank")
        shop_order = self._find(shop_id, groups[0].get("fulfillmentOrderId"), "FulfillmentOrder")
        if shop_order is None:
            return _user_error(["fulfillment"], "Fulfillment order does not exist.")
        if shop_order.cancelled or shop_order.fulfilled_all:
            return _user_error(["fulfillment"], "Fulfillment order has an unfulfillable status= closed.")
        wanted = {str(i.get("id")): int(i.get("quantity") or 0) for i in groups[0].get("fulfillmentOrderLineItems") or []}
        lines: list[tuple[int, int]] = []
        for item in shop_order.line_items:
            key = f"gid://shopify/FulfillmentOrderLineItem/{item.id}"
            remaining = item.quantity - item.fulfilled
            if not wanted or key in wanted:
                taken = min(remaining, wanted.get(key, remaining))
                item.fulfilled += taken
                if taken:
                    lines.append((item.id, taken))
        tracking = spec.get("trackingInfo") or {}
        entries = [(tracking.get("company") or "", tracking["number"], tracking.get("url") or "")] if tracking.get("number") else []
        now = self._shops.state.now()
        fulfillment = Fulfillment(self._shops.new_id(), now, entries, lines=lines)
        shop_order.fulfillments.append(fulfillment)
        self._shops.touch(shop_order)
        self._record(shop_order, "fulfillment_create", bool(spec.get("notifyCustomer")))
        return {"fulfillment": _fulfillment_node(fulfillment, shop_order), "userErrors": []}

    def _record(self, shop_order: SandboxShopOrder, kind: str, notify: bool) -> None:
        self._shops.writes.append((shop_order.shop.id, shop_order.number, kind))
        if notify:
            self._shops.notifications.append((shop_order.shop.id, shop_order.number, kind))

    def _find(self, shop_id: str, gid: Any, kind: str) -> SandboxShopOrder | None:
        prefix = f"gid://shopify/{kind}/"
        if not isinstance(gid, str) or not gid.startswith(prefix) or not gid[len(prefix):].isdigit():
            return None
        return self._shops.find(shop_id, int(gid[len(prefix):]))


def order_node(o: SandboxShopOrder) -> dict[str, Any]:
    """The documented ``Order`` fields the checks select."""
    if o.cancelled:
        status = "UNFULFILLED" if not o.fulfilled_any else "RESTOCKED"
    elif o.fulfilled_all:
        status = "FULFILLED"
    elif o.fulfilled_any:
        status = "PARTIALLY_FULFILLED"
    else:
        status = "UNFULFILLED"
    financial = "REFUNDED" if o.cancelled else ("PAID" if o.paid else "PENDING")
    return {
        "id": f"gid://shopify/Order/{o.id}",
        "name": o.number,
        "createdAt": iso(o.created_at),
        "updatedAt": iso(o.updated_at),
        "cancelledAt": iso(o.updated_at) if o.cancelled else None,
        "displayFinancialStatus": financial,
        "displayFulfillmentStatus": status,
        "lineItems": {"nodes": [{**_line_item(i), "name": i.title, "variantTitle": None, "quantity": i.quantity}
                                for i in o.line_items]},
        "fulfillments": [_fulfillment_node(f, o) for f in o.fulfillments],
        "fulfillmentOrders": {"nodes": [_fulfillment_order(o)]},
    }


def _fulfillment_order(o: SandboxShopOrder) -> dict[str, Any]:
    status = "CANCELLED" if o.cancelled else ("CLOSED" if o.fulfilled_all else "OPEN")
    return {
        "id": f"gid://shopify/FulfillmentOrder/{o.id}",
        "status": status,
        "lineItems": {"nodes": [
            {"id": f"gid://shopify/FulfillmentOrderLineItem/{i.id}", "remainingQuantity": i.quantity - i.fulfilled,
             "totalQuantity": i.quantity, "lineItem": _line_item(i)} for i in o.line_items
        ]},
    }


def _line_item(item: Any) -> dict[str, Any]:
    """A ``LineItem`` as the fix reads it; its product's tags are the sandbox's own TPOP tag."""
    return {"id": f"gid://shopify/LineItem/{item.id}", "sku": item.sku, "vendor": item.vendor,
            "product": {"tags": ["tpop"] if item.sku.startswith("TP-") else []}}


def _fulfillment_node(f: Any, o: SandboxShopOrder) -> dict[str, Any]:
    by_id = {item.id: item for item in o.line_items}
    return {
        "id": f"gid://shopify/Fulfillment/{f.id}",
        "status": f.status,
        "createdAt": iso(f.created_at),
        "trackingInfo": [{"company": c or None, "number": n, "url": u or None} for (c, n, u) in f.tracking],
        "fulfillmentLineItems": {"nodes": [
            {"id": f"gid://shopify/FulfillmentLineItem/{f.id}{line_id}", "quantity": quantity,
             "lineItem": _line_item(by_id[line_id])} for line_id, quantity in f.lines if line_id in by_id
        ]},
    }


def _user_error(path: list[str], message: str) -> dict[str, Any]:
    return {"fulfillment": None, "userErrors": [{"field": path, "message": message}]}


def _cursor(o: SandboxShopOrder) -> str:
    return base64.b64encode(f"{o.updated_at.isoformat()}|{o.id}".encode()).decode()


def _cost(requested: int, available: float = BUCKET - 12) -> dict[str, Any]:
    return {"cost": {
        "requestedQueryCost": requested,
        "actualQueryCost": requested,
        "throttleStatus": {"maximumAvailable": BUCKET, "currentlyAvailable": available, "restoreRate": RESTORE_RATE},
    }}


def _throttled() -> dict[str, Any]:
    extensions = _cost(502, available=2.0)
    extensions["cost"]["actualQueryCost"] = None
    return {
        "errors": [{
            "message": "Throttled",
            "extensions": {"code": "THROTTLED", "documentation": "https://shopify.dev/api/usage/rate-limits"},
        }],
        "extensions": extensions,
    }
