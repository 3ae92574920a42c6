"""Etsy Open API v3 ``ShopReceipt`` objects as ``ShopOrder`` values.

The receipt id is what the seller sees and what TPOP stores as the shop order number.
``status`` comes Title Case in real answers ("Completed") though documented lower case,
so it is compared without case; the create/update times come under two names each.
``is_shipped`` true with no shipment is the "marked shipped without tracking" case the
checks report. Shipments carry a free-text carrier name and a tracking code, never a
link or a delivery date: ``delivered_at`` stays unknown. Recipient fields are personal
data: they are parsed into the order and never logged.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from tpop_desktop.connectors.errors import PayloadError
from tpop_desktop.connectors.payload import as_dict, as_list
from tpop_desktop.connectors.shops import ProductRule, text
from tpop_desktop.core.models import Customer, Destination, Platform
from tpop_desktop.core.shop_orders import FulfillmentState, Money, ShopItem, ShopOrder, ShopTracking

CANCELLED_STATUSES = frozenset({"canceled", "cancelled", "fully refunded"})
PAID_STATUSES = frozenset({"paid", "completed", "partially refunded"})
MIN_TIMESTAMP = 946684800  # 2000-01-01, the lower bound Etsy documents for its time filters


def receipt_id(data: dict[str, Any]) -> int:
    value = data.get("receipt_id")
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise PayloadError("receipt_id is not a positive integer")
    return value


def parse_receipt(data: Any, shop_id: str, rule: ProductRule = ProductRule(),
                  listing_tags: Mapping[int, tuple[str, ...]] | None = None) -> ShopOrder:
    """One ShopReceipt; anything not in its documented shape is a ``PayloadError``."""
    data = as_dict(data, "receipt")
    number = str(receipt_id(data))
    status = text(data, "status").strip()
    lowered = status.lower()
    is_paid, is_shipped = _flag(data, "is_paid"), _flag(data, "is_shipped")
    if lowered in CANCELLED_STATUSES:
        fulfillment = FulfillmentState.CANCELLED
    elif is_shipped:
        fulfillment = FulfillmentState.FULFILLED
    else:
        fulfillment = FulfillmentState.UNFULFILLED
    created = _timestamp(data, "create_timestamp", "created_timestamp", required=True)
    updated = _timestamp(data, "update_timestamp", "updated_timestamp")
    tags = listing_tags or {}
    items = [_transaction(as_dict(t, "transaction"), rule, tags)
             for t in as_list(data.get("transactions") or [], "transactions")]
    return ShopOrder(
        platform=Platform.ETSY,
        shop_id=shop_id,
        order_id=number,
        number=number,
        created_at=created,  # type: ignore[arg-type]  # required=True never gives None
        updated_at=updated,
        paid=is_paid or lowered in PAID_STATUSES,
        fulfillment=fulfillment,
        fulfillment_raw=status,
        tracking=tuple(_shipments(data)),
        has_tpop_products=any(i.tpop for i in items) if items else True,
        items=tuple(items),
        customer=_customer(data),
        destination=_destination(data),
        total=_money(data.get("grandtotal")),
    )


def listing_ids(receipts: list[Any]) -> set[int]:
    """The listings sold in these receipts (for reading their tags)."""
    found: set[int] = set()
    for receipt in receipts:
        transactions = receipt.get("transactions") if isinstance(receipt, dict) else None
        for transaction in transactions if isinstance(transactions, list) else []:
            value = transaction.get("listing_id") if isinstance(transaction, dict) else None
            if isinstance(value, int) and not isinstance(value, bool) and value > 0:
                found.add(value)
    return found


def _flag(data: dict[str, Any], key: str) -> bool:
    value = data.get(key, False)
    if value is None:
        return False
    if not isinstance(value, bool):
        raise PayloadError(f"{key} is not a boolean")
    return value


def _timestamp(data: dict[str, Any], *keys: str, required: bool = False) -> datetime | None:
    for key in keys:
        value = data.get(key)
        if value is None:
            continue
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise PayloadError(f"{key} is not a Unix time")
        try:
            return datetime.fromtimestamp(value, UTC)
        except (OverflowError, OSError, ValueError):
            raise PayloadError(f"{key} is out of range") from None
    if required:
        raise PayloadError(f"{keys[0]} is missing")
    return None


def _shipments(data: dict[str, Any]) -> list[ShopTracking]:
    result = []
    for entry in as_list(data.get("shipments") or [], "shipments"):
        entry = as_dict(entry, "shipment")
        code = text(entry, "tracking_code").strip()
        if code:
            when = _timestamp(entry, "shipment_notification_timestamp")
            result.append(ShopTracking(text(entry, "carrier_name").strip(), code, "", when))
    return result


def _transaction(data: dict[str, Any], rule: ProductRule, tags: Mapping[int, tuple[str, ...]]) -> ShopItem:
    quantity = data.get("quantity")
    listing = data.get("listing_id")
    listing_tags = tags.get(listing, ()) if isinstance(listing, int) else ()
    return ShopItem(
        title=text(data, "title"),
        quantity=quantity if isinstance(quantity, int) and not isinstance(quantity, bool) and quantity > 0 else 1,
        sku=text(data, "sku"),
        tpop=rule.matches("", text(data, "sku"), listing_tags),
    )


def _money(value: Any) -> Money | None:
    """Etsy's Money ``{amount, divisor, currency_code}``; None when absent or not of that shape."""
    if not isinstance(value, dict):
        return None
    return Money.from_dict({"amount": value.get("amount"), "divisor": value.get("divisor"),
                            "currency": value.get("currency_code")})


def _customer(data: dict[str, Any]) -> Customer | None:
    name, email = text(data, "name").strip(), text(data, "buyer_email").strip()
    return Customer(name, email) if name or email else None


def _destination(data: dict[str, Any]) -> Destination | None:
    country = text(data, "country_iso").strip().upper()
    return Destination(country, text(data, "zip").strip(), text(data, "city").strip()) if country else None
