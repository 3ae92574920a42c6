"""Shopify Admin GraphQL API: read orders with their tracking, add TPOP's tracking.

Every detail of Shopify's wire format for the shop checks lives here. The access token
of the merchant's custom app travels only in the ``X-Shopify-Access-Token`` header.
GraphQL answers HTTP 200 even for errors, so ``errors[]`` is mapped to typed errors:
``THROTTLED`` (cost-based leaky bucket), ``ACCESS_DENIED`` (missing scope), and mutation
``userErrors``. Nothing is parsed from an answer that carries errors.

The fix touches only what is TPOP's: when TPOP's items are still open it creates a
fulfillment of those lines (the merchant may have fulfilled their own items already);
otherwise it updates a fulfillment whose line items are all TPOP products, never the
merchant's own.
"""

from __future__ import annotations

import logging
import re
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

import requests
from requests.auth import AuthBase

from tpop_desktop.connectors.errors import AuthError, NotFoundError, PayloadError, RateLimitedError, ServerError
from tpop_desktop.connectors.http import (
    DEFAULT_TIMEOUT,
    MAX_BODY_BYTES,
    check_token_chars,
    is_loopback_host,
    make_session,
    request_json,
    validate_api_url,
)
from tpop_desktop.connectors.shopify_graphql import (
    CREATE_FULFILLMENT,
    SHOP_QUERY,
    UPDATE_TRACKING,
    order_query,
    orders_query,
)
from tpop_desktop.connectors.payload import as_dict, as_list
from tpop_desktop.connectors.shopify_orders import (
    DEAD_FULFILLMENTS,
    OPEN_FULFILLMENT_ORDERS,
    fulfillments,
    matches,
    nodes,
    parse_order,
)
from tpop_desktop.connectors.shops import (
    MissingScopeError,
    NotAShopError,
    ProductRule,
    ShopConnection,
    ShopWriteError,
    TrackingWrite,
    has_tracking_number,
    iso_utc,
    text,
)
from tpop_desktop.core.models import Platform
from tpop_desktop.core.shop_checks import FixKind, default_fix_kind
from tpop_desktop.core.shop_orders import FulfillmentState, ShopOrder

__all__ = ["ShopifyConnector", "ShopifyTokenAuth", "graphql_error", "parse_order", "shopify_base_url", "throttle_wait"]

log = logging.getLogger(__name__)

DEFAULT_API_VERSION = "2025-01"
DEFAULT_PAGE_SIZE = 50
MAX_PAGES = 2000
READ_SCOPES = ("read_orders",)
PRODUCTS_SCOPE = "read_products"  # product tags, for a product rule that names tags
FULFILLMENT_SCOPE = "merchant_managed_fulfillment_orders"
_SHOP_NAME = re.compile(r"^[a-z0-9][a-z0-9-]*\.myshopify\.com$")
_VERSION = re.compile(r"^(\d{4}-\d{2}|unstable)$")
_SCOPE = re.compile(r"\b(?:read|write)_[a-z_]+\b")



def shopify_base_url(shop_domain: str) -> str:
    """``https://{shop}.myshopify.com``, or a loopback http(s) URL with a path (the sandbox).

    Accepts "lune", "lune.myshopify.com" or "https://lune.myshopify.com"; any other host
    is refused so the token is only ever sent to Shopify or to this computer.
    """
    candidate = (shop_domain or "").strip().rstrip("/")
    if not candidate:
        raise ValueError("The shop domain is empty.")
    if "://" not in candidate:
        name = candidate.lower()
        if "." not in name:
            name = f"{name}.myshopify.com"
        candidate = f"https://{name}"
    url = validate_api_url(candidate)
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    if is_loopback_host(host):
        return url
    if parts.scheme != "https" or not _SHOP_NAME.match(host) or parts.path not in ("", "/"):
        raise ValueError("The shop domain must look like your-shop.myshopify.com.")
    return f"https://{host}"


class ShopifyTokenAuth(AuthBase):
    """Sets ``X-Shopify-Access-Token``; as an auth object it also keeps ~/.netrc out."""

    def __init__(self, token: str) -> None:
        check_token_chars(token)
        self._token = token

    def __call__(self, request: requests.PreparedRequest) -> requests.PreparedRequest:
        request.headers["X-Shopify-Access-Token"] = self._token
        return request

    def __repr__(self) -> str:
        return "ShopifyTokenAuth(<redacted>)"


class ShopifyConnector:
    """One Shopify shop, through a custom app's Admin API access token."""

    platform = Platform.SHOPIFY

    def __init__(
        self,
        shop_domain: str,
        access_token: str,
        api_version: str = DEFAULT_API_VERSION,
        *,
        shop_id: str = "",
        product_rule: ProductRule = ProductRule(),
        timeout: tuple[float, float] = DEFAULT_TIMEOUT,
        session: requests.Session | None = None,
        page_size: int = DEFAULT_PAGE_SIZE,
        max_body_bytes: int = MAX_BODY_BYTES,
    ) -> None:
        if not _VERSION.match(api_version):
            raise ValueError("The API version must look like 2025-01.")
        self._endpoint = f"{shopify_base_url(shop_domain)}/admin/api/{api_version}/graphql.json"
        self._auth = ShopifyTokenAuth(access_token)
        self.shop_id = shop_id
        self._rule = product_rule
        self._timeout = timeout
        self._owns_session = session is None
        self._session = session if session is not None else make_session()
        self._page_size = max(1, min(page_size, 250))
        self._max_body_bytes = max_body_bytes
        self._orders_query = orders_query(tags=product_rule.uses_tags)
        self._order_query = order_query(tags=product_rule.uses_tags)

    def __repr__(self) -> str:
        return f"ShopifyConnector({self._endpoint!r})"

    # --- reads ----------------------------------------------------------------------

    def test_connection(self) -> ShopConnection:
        """The shop's name; raises ``MissingScopeError`` when reading orders is not allowed."""
        try:
            data = self._graphql(SHOP_QUERY, {})
        except (NotFoundError, PayloadError) as exc:
            raise NotAShopError(f"not a Shopify Admin API ({type(exc).__name__})") from None
        shop = as_dict(data.get("shop"), "shop")
        installation = as_dict(data.get("currentAppInstallation"), "currentAppInstallation")
        scopes = tuple(
            text(as_dict(entry, "access scope"), "handle", required=True)
            for entry in as_list(installation.get("accessScopes"), "accessScopes")
        )
        granted = set(scopes)
        missing = [s for s in READ_SCOPES if s not in granted and s.replace("read_", "write_") not in granted]
        if not granted & {f"read_{FULFILLMENT_SCOPE}", f"write_{FULFILLMENT_SCOPE}"}:
            missing.append(f"read_{FULFILLMENT_SCOPE}")
        if self._rule.uses_tags and not granted & {PRODUCTS_SCOPE, "write_products"}:
            missing.append(PRODUCTS_SCOPE)
        if missing:
            raise MissingScopeError(f"missing scope: {', '.join(missing)}", missing)
        warnings = () if f"write_{FULFILLMENT_SCOPE}" in granted else ("missing_write_scope",)
        return ShopConnection(Platform.SHOPIFY, text(shop, "name"), scopes, None, warnings)

    def orders(self, *, updated_since: datetime | None) -> list[ShopOrder]:
        variables: dict[str, Any] = {"first": self._page_size, "after": None, "query": None}
        if updated_since is not None:
            variables["query"] = f"updated_at:>='{iso_utc(updated_since)}'"
        result: list[ShopOrder] = []
        for _ in range(MAX_PAGES):
            connection = as_dict(self._graphql(self._orders_query, variables).get("orders"), "orders")
            for edge in as_list(connection.get("edges"), "orders.edges"):
                result.append(self._parse_order(as_dict(edge, "edge").get("node")))
            page = as_dict(connection.get("pageInfo"), "pageInfo")
            cursor = page.get("endCursor")
            if page.get("hasNextPage") is not True:
                return result
            if not isinstance(cursor, str) or not cursor or cursor == variables["after"]:
                raise PayloadError("orders: hasNextPage without a new endCursor")
            variables["after"] = cursor
        raise PayloadError("orders: too many pages")

    def order(self, order_id: str) -> ShopOrder:
        return self._parse_order(self._read_node(order_id))

    def fix_kind(self, order: ShopOrder) -> FixKind | None:
        return default_fix_kind(order)

    # --- writes ---------------------------------------------------------------------

    def add_tracking(
        self, order_id: str, number: str, company: str, url: str, *, notify_customer: bool
    ) -> TrackingWrite:
        """Add TPOP's tracking once: update the order's fulfillment, or fulfil it with tracking."""
        if not number.strip():
            raise ValueError("the tracking number is empty")
        node = self._read_node(order_id)
        fresh = self._parse_order(node)
        if has_tracking_number(fresh, number):
            return TrackingWrite(False, None, fresh)
        if fresh.fulfillment is FulfillmentState.CANCELLED:
            raise ShopWriteError("the shop order is cancelled; tracking was not added")
        tracking = {"company": company or None, "number": number, "url": url or None}
        by_fulfillment_order = self._remaining_tpop_items(node)
        if by_fulfillment_order:
            variables = {
                "fulfillment": {
                    "lineItemsByFulfillmentOrder": by_fulfillment_order,
                    "trackingInfo": tracking,
                    "notifyCustomer": notify_customer,
                }
            }
            self._mutate(CREATE_FULFILLMENT, variables, "fulfillmentCreate")
            return TrackingWrite(True, FixKind.CREATE_FULFILLMENT, fresh)
        tpops = [f for f in fulfillments(node) if f.get("status") not in DEAD_FULFILLMENTS and self._is_tpops(f)]
        if not tpops:
            raise ShopWriteError("TPOP's items are neither open nor in a fulfillment of their own; tracking was not added")
        latest = max(tpops, key=lambda f: str(f.get("createdAt") or ""))
        variables = {
            "fulfillmentId": text(latest, "id", required=True),
            "trackingInfoInput": tracking,
            "notifyCustomer": notify_customer,
        }
        self._mutate(UPDATE_TRACKING, variables, "fulfillmentTrackingInfoUpdate")
        return TrackingWrite(True, FixKind.UPDATE_FULFILLMENT_TRACKING, fresh)

    def close(self) -> None:
        if self._owns_session:
            self._session.close()

    # --- plumbing -------------------------------------------------------------------

    def _read_node(self, order_id: str) -> dict[str, Any]:
        node = self._graphql(self._order_query, {"id": order_id}).get("order")
        if node is None:
            raise NotFoundError("order not found in the shop")
        return as_dict(node, "order")

    def _is_tpops(self, fulfillment: dict[str, Any]) -> bool:
        """A fulfillment whose line items are all TPOP products (unknown items: only if every product is)."""
        lines = nodes(fulfillment.get("fulfillmentLineItems"), "fulfillmentLineItems")
        if not lines:
            return self._rule.all_products
        return all(matches(self._rule, line.get("lineItem")) for line in lines)

    def _remaining_tpop_items(self, node: dict[str, Any]) -> list[dict[str, Any]]:
        result = []
        for fo in nodes(node.get("fulfillmentOrders"), "fulfillmentOrders"):
            if fo.get("status") not in OPEN_FULFILLMENT_ORDERS:
                continue
            items = []
            for item in nodes(fo.get("lineItems"), "fulfillmentOrder.lineItems"):
                remaining = item.get("remainingQuantity")
                if isinstance(remaining, int) and remaining > 0 and matches(self._rule, item.get("lineItem")):
                    items.append({"id": text(item, "id", required=True), "quantity": remaining})
            if items:
                result.append({"fulfillmentOrderId": text(fo, "id", required=True), "fulfillmentOrderLineItems": items})
        return result

    def _mutate(self, query: str, variables: dict[str, Any], root: str) -> dict[str, Any]:
        payload = as_dict(self._graphql(query, variables, write=True).get(root), root)
        errors = [as_dict(e, "userError") for e in as_list(payload.get("userErrors", []), "userErrors")]
        if errors:
            messages = [text(e, "message") for e in errors]
            raise ShopWriteError(f"{root} refused: {'; '.join(messages)[:500]}", messages)
        return payload

    def _graphql(self, query: str, variables: dict[str, Any], *, write: bool = False) -> dict[str, Any]:
        """POST one GraphQL document and return ``data``, or raise the typed error."""
        response = request_json(
            self._session,
            "POST",
            self._endpoint,
            auth=self._auth,
            json_body={"query": query, "variables": variables},
            timeout=self._timeout,
            max_bytes=self._max_body_bytes,
        )
        body = as_dict(response.data, "GraphQL answer")
        errors = body.get("errors")
        if errors:
            raise graphql_error(body, write=write)
        data = body.get("data")
        return as_dict(data, "data")

    def _parse_order(self, node: Any) -> ShopOrder:
        try:
            return parse_order(as_dict(node, "order"), self.shop_id, self._rule)
        except PayloadError as exc:
            raise PayloadError(f"Shopify order: {exc}") from None


def graphql_error(body: dict[str, Any], *, write: bool = False) -> Exception:
    """The typed error for a GraphQL ``errors`` answer (HTTP 200)."""
    errors = body.get("errors")
    if isinstance(errors, str):
        return AuthError("Shopify refused the token") if "access token" in errors.lower() else PayloadError(
            "Shopify answered with an error"
        )
    entries = [e for e in errors if isinstance(e, dict)] if isinstance(errors, list) else []
    codes = [str((e.get("extensions") or {}).get("code", "")) for e in entries if isinstance(e.get("extensions"), dict)]
    if "THROTTLED" in codes:
        return RateLimitedError("Shopify throttled the request (THROTTLED)", throttle_wait(body))
    if "ACCESS_DENIED" in codes:
        missing: list[str] = []
        for entry in entries:
            extensions = entry.get("extensions") if isinstance(entry.get("extensions"), dict) else {}
            for source in (str(extensions.get("requiredAccess", "")), str(entry.get("message", ""))):
                missing.extend(s for s in _SCOPE.findall(source) if s not in missing)
        named = f": {', '.join(missing)}" if missing else ""
        return MissingScopeError(f"missing scope{named} (ACCESS_DENIED)", missing)
    if "INTERNAL_SERVER_ERROR" in codes:
        return ServerError("Shopify failed (INTERNAL_SERVER_ERROR)", 200)
    shown = ", ".join(sorted({c for c in codes if c.replace("_", "").isalnum()})) or "no code"
    return PayloadError(f"Shopify GraphQL error ({shown}){' during a write' if write else ''}")


def throttle_wait(body: dict[str, Any]) -> float | None:
    """Seconds until the bucket holds the query's cost: (needed - available) / restoreRate."""
    candidates = [body.get("extensions")]
    errors = body.get("errors")
    if isinstance(errors, list):
        candidates.extend(e.get("extensions") for e in errors if isinstance(e, dict))
    for extensions in candidates:
        cost = extensions.get("cost") if isinstance(extensions, dict) else None
        if not isinstance(cost, dict) or not isinstance(cost.get("throttleStatus"), dict):
            continue
        status = cost["throttleStatus"]
        needed, available, rate = cost.get("requestedQueryCost"), status.get("currentlyAvailable"), status.get("restoreRate")
        if all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in (needed, available, rate)) and rate > 0:
            return max(0.0, (float(needed) - float(available)) / float(rate))
    return None
