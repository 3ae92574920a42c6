"""The merchant's own shops as a source of orders, for a merchant without (or besides) a TPOP token.

A shop order that contains TPOP products becomes an ``Order`` of the app, so it appears
in the same table, detail pane, notifications and export as TPOP's orders. The shop only
knows what the shop knows, so the mapping says no more than the shop does:

=====================================================  ==========================================
the shop order                                         the app's order
=====================================================  ==========================================
no TPOP product (the shop's product rule), or unpaid   not an order of the app (``None``)
cancelled or refunded                                  ``CANCELLED``
paid, nothing fulfilled                                ``OPEN`` (TPOP alone knows production)
partly fulfilled while a TPOP item is known open       ``OPEN`` (the parcel was not TPOP's)
fulfilled (or partly) with tracking numbers            ``SHIPPED``, one shipment per number
fulfilled without any tracking number                  ``SHIPPED`` without a shipment: nothing to
                                                       follow, flagged after 48 working hours
the shop itself records the delivery                   ``DELIVERED`` (never guessed)
=====================================================  ==========================================

``BLOCKED`` and ``PRODUCTION`` never come from a shop: only TPOP's dashboard knows them,
which is why the window says that TPOP stays authoritative for those.

The reference is ``shop:<shop id>:<shop order number>``: stable across reads, distinct
between two shops with the same numbers, and never a TPOP reference (TPOP's are
``TP-`` numbers and never start with ``shop:``). Shipment links are kept only when they
are https links. With a TPOP token too, a TPOP order and a shop order with the same key
(shop id, shop order number without "#", as the shop checks match them) are one order:
``merge_order_sources`` keeps TPOP's, which is authoritative, and names the shop rows it
replaces so the store drops them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from tpop_desktop.core.models import Customer, Destination, Item, Order, Shipment, Shop, Status
from tpop_desktop.core.shop_orders import (
    FulfillmentState,
    ShopOrder,
    normalize_order_number,
    normalize_tracking_number,
)
from tpop_desktop.core.tracking import is_safe_tracking_url

SHOP_REFERENCE_PREFIX = "shop:"


def shop_reference(shop_id: str, number: str) -> str:
    """The app's reference of a shop order, e.g. ``shop:shop_et_coton:3112345678``."""
    key = normalize_order_number(number)
    if not shop_id or not key:
        raise ValueError("a shop order needs a shop id and a number")
    return f"{SHOP_REFERENCE_PREFIX}{shop_id}:{key}"


def is_shop_reference(reference: str) -> bool:
    return reference.startswith(SHOP_REFERENCE_PREFIX)


def display_reference(reference: str, shop_order_number: str) -> str:
    """What the merchant sees as the order's reference: TPOP's, or the shop's own number for a shop order."""
    return (shop_order_number.strip() or reference) if is_shop_reference(reference) else reference


def order_match_key(order: Order) -> tuple[str, str] | None:
    """(shop id, normalized shop order number), the key the shop checks match on; None without a number."""
    number = normalize_order_number(order.shop_order_number)
    return (order.shop.id, number) if number else None


def shop_reference_of(tpop_order: Order) -> str | None:
    """The shop order row a TPOP order replaces (the same key); None when it names no shop order."""
    if is_shop_reference(tpop_order.reference) or not tpop_order.shop.id:
        return None
    number = normalize_order_number(tpop_order.shop_order_number)
    return shop_reference(tpop_order.shop.id, number) if number else None


def order_from_shop(shop_order: ShopOrder, shop: Shop) -> Order | None:
    """The app's order for one shop order, following the module's table; None when it is not one."""
    if shop.id != shop_order.shop_id or shop.platform is not shop_order.platform:
        raise ValueError("the shop order belongs to another shop")
    if not shop_order.has_tpop_products or not normalize_order_number(shop_order.number):
        return None
    cancelled = shop_order.fulfillment is FulfillmentState.CANCELLED
    if not shop_order.paid and not cancelled:
        return None
    shipments = _shipments(shop_order)
    status = _status(shop_order, bool(shipments))
    if status is not Status.SHIPPED and status is not Status.DELIVERED:
        shipments = ()
    updated = max(shop_order.updated_at or shop_order.created_at, shop_order.created_at)
    return Order(
        reference=shop_reference(shop.id, shop_order.number),
        shop=shop,
        shop_order_number=shop_order.number,
        created_at=shop_order.created_at,
        updated_at=updated,
        status=status,
        customer=shop_order.customer or Customer(""),
        destination=shop_order.destination or Destination(""),
        items=tuple(Item(i.title, i.variant, i.quantity) for i in shop_order.tpop_items),
        shipments=shipments,
    )


def _status(shop_order: ShopOrder, tracked: bool) -> Status:
    state = shop_order.fulfillment
    if state is FulfillmentState.CANCELLED:
        return Status.CANCELLED
    if state is FulfillmentState.UNFULFILLED:
        return Status.OPEN
    if state is FulfillmentState.PARTIAL and any((i.open_quantity or 0) > 0 for i in shop_order.tpop_items):
        return Status.OPEN
    if tracked and shop_order.delivered_at is not None:
        return Status.DELIVERED
    return Status.SHIPPED


def _shipments(shop_order: ShopOrder) -> tuple[Shipment, ...]:
    result: list[Shipment] = []
    seen: set[str] = set()
    for entry in shop_order.tracking:
        key = normalize_tracking_number(entry.number)
        if not key or key in seen:
            continue
        seen.add(key)
        url = entry.url.strip() if is_safe_tracking_url(entry.url.strip()) else ""
        result.append(Shipment(entry.company.strip(), entry.number.strip(), url, entry.shipped_at))
    if result and shop_order.delivered_at is not None:
        last = result[-1]
        result[-1] = Shipment(last.carrier, last.tracking_number, last.tracking_url, last.shipped_at,
                              shop_order.delivered_at)
    return tuple(result)


@dataclass(frozen=True, slots=True)
class MergedOrders:
    """One order per shop order: TPOP's where it exists, the shop's otherwise."""

    orders: tuple[Order, ...]
    superseded: frozenset[str]  # references of shop orders now shown through their TPOP order


def merge_order_sources(tpop_orders: Iterable[Order], shop_orders: Iterable[Order]) -> MergedOrders:
    """TPOP's orders, plus the shop orders that no TPOP order matches (same key as the shop checks)."""
    tpop = list(tpop_orders)
    known = {key for key in (order_match_key(o) for o in tpop) if key is not None}
    merged = shop_orders_beside(known, shop_orders)
    return MergedOrders((*tpop, *merged.orders), merged.superseded)


def shop_orders_beside(tpop_keys: Iterable[tuple[str, str]], shop_orders: Iterable[Order]) -> MergedOrders:
    """The shop orders that no TPOP order (given by its match key) already shows, once each.

    What ``merge_order_sources`` does when TPOP's orders are in the store and only their keys
    are at hand (the shop order source reads the keys, not every stored order).
    """
    known = set(tpop_keys)
    kept: list[Order] = []
    superseded: set[str] = set()
    seen_shop: set[tuple[str, str]] = set()
    for order in shop_orders:
        key = order_match_key(order)
        if key is None or key in seen_shop:
            continue
        seen_shop.add(key)
        if key in known:
            superseded.add(order.reference)
        else:
            kept.append(order)
    return MergedOrders(tuple(kept), frozenset(superseded))
