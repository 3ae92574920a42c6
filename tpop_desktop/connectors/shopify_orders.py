"""Shopify ``Order`` nodes as ``ShopOrder`` values: tracking, line items, the product rule.

Shared by the connector's reads and its fix, so both decide "TPOP's items" the same way.
"""

from __future__ import annotations

from typing import Any

from tpop_desktop.connectors.payload import as_dict, as_list, parse_datetime
from tpop_desktop.connectors.shops import ProductRule, text
from tpop_desktop.core.models import Platform
from tpop_desktop.core.shop_orders import FulfillmentState, ShopItem, ShopOrder, ShopTracking

FULFILLMENT_STATES = {
    "FULFILLED": FulfillmentState.FULFILLED,
    "PARTIALLY_FULFILLED": FulfillmentState.PARTIAL,
    "RESTOCKED": FulfillmentState.CANCELLED,
}
PAID = frozenset({"PAID", "PARTIALLY_PAID", "PARTIALLY_REFUNDED"})
DEAD_FULFILLMENTS = frozenset({"CANCELLED", "ERROR", "FAILURE"})
OPEN_FULFILLMENT_ORDERS = frozenset({"OPEN", "IN_PROGRESS"})


def parse_order(node: dict[str, Any], shop_id: str, rule: ProductRule = ProductRule()) -> ShopOrder:
    """A Shopify ``Order`` node (the fields of ``ORDER_FIELDS``) as a ``ShopOrder``; else ``PayloadError``."""
    node = as_dict(node, "order")
    raw_state = text(node, "displayFulfillmentStatus")
    fulfillment = FULFILLMENT_STATES.get(raw_state, FulfillmentState.UNFULFILLED)
    if node.get("cancelledAt"):
        fulfillment = FulfillmentState.CANCELLED
    tracking: list[ShopTracking] = []
    for entry in fulfillments(node):
        if entry.get("status") in DEAD_FULFILLMENTS:
            continue
        created = entry.get("createdAt")
        shipped_at = parse_datetime(created, "fulfillment.createdAt") if created is not None else None
        for info in as_list(entry.get("trackingInfo") or [], "trackingInfo"):
            info = as_dict(info, "trackingInfo")
            if text(info, "number").strip():
                tracking.append(ShopTracking(text(info, "company"), text(info, "number"), text(info, "url"), shipped_at))
    open_by_line = _open_quantities(node)
    items = [_line_item(as_dict(i, "lineItem"), rule, open_by_line) for i in nodes(node.get("lineItems"), "lineItems")]
    updated = node.get("updatedAt")
    return ShopOrder(
        platform=Platform.SHOPIFY,
        shop_id=shop_id,
        order_id=text(node, "id", required=True),
        number=text(node, "name", required=True),
        created_at=parse_datetime(node.get("createdAt"), "createdAt"),
        updated_at=parse_datetime(updated, "updatedAt") if updated is not None else None,
        paid=text(node, "displayFinancialStatus") in PAID,
        fulfillment=fulfillment,
        fulfillment_raw=raw_state,
        tracking=tuple(tracking),
        has_tpop_products=any(i.tpop for i in items) if items else True,
        items=tuple(items),
    )


def matches(rule: ProductRule, line: Any) -> bool:
    """The product rule applied to a ``LineItem`` (vendor, SKU, and product tags when selected)."""
    line = line if isinstance(line, dict) else {}
    product = line.get("product") if isinstance(line.get("product"), dict) else {}
    tags = product.get("tags") if isinstance(product.get("tags"), list) else []
    return rule.matches(text(line, "vendor"), text(line, "sku"), [t for t in tags if isinstance(t, str)])


def _line_item(line: dict[str, Any], rule: ProductRule, open_by_line: dict[str, int] | None) -> ShopItem:
    quantity = line.get("quantity")
    line_id = text(line, "id")
    return ShopItem(
        title=text(line, "name"),
        quantity=quantity if isinstance(quantity, int) and not isinstance(quantity, bool) else 1,
        variant=text(line, "variantTitle"),
        sku=text(line, "sku"),
        tpop=matches(rule, line),
        open_quantity=None if open_by_line is None or not line_id else open_by_line.get(line_id, 0),
    )


def _open_quantities(node: dict[str, Any]) -> dict[str, int] | None:
    """Line item id -> units still to fulfil in open fulfillment orders; None when they were not read."""
    if node.get("fulfillmentOrders") is None:
        return None
    result: dict[str, int] = {}
    for fo in nodes(node.get("fulfillmentOrders"), "fulfillmentOrders"):
        if fo.get("status") not in OPEN_FULFILLMENT_ORDERS:
            continue
        for item in nodes(fo.get("lineItems"), "fulfillmentOrder.lineItems"):
            line = item.get("lineItem") if isinstance(item.get("lineItem"), dict) else {}
            remaining = item.get("remainingQuantity")
            if text(line, "id") and isinstance(remaining, int) and not isinstance(remaining, bool) and remaining > 0:
                result[text(line, "id")] = result.get(text(line, "id"), 0) + remaining
    return result


def fulfillments(node: dict[str, Any]) -> list[dict[str, Any]]:
    return [as_dict(f, "fulfillment") for f in as_list(node.get("fulfillments") or [], "fulfillments")]


def nodes(connection: Any, what: str) -> list[dict[str, Any]]:
    """A connection's items, whether selected as ``nodes`` or ``edges { node }``."""
    if connection is None:
        return []
    data = as_dict(connection, what)
    if "nodes" in data:
        return [as_dict(n, what) for n in as_list(data["nodes"], what)]
    return [as_dict(as_dict(e, what).get("node"), what) for e in as_list(data.get("edges", []), what)]
