"""The sandbox's side of docs/tpop-api.md: domain objects to JSON, requests to values."""

from __future__ import annotations

import base64
import binascii
import json
from datetime import UTC, datetime
from typing import Any

from tpop_desktop.core.models import Account, Customer, Destination, Item, Order, Shipment, Shop
from tpop_desktop.sandbox.state import ManualOrderRequest

MAX_ITEMS = 50
MAX_QUANTITY = 100


class InvalidRequest(ValueError):
    """A request the contract refuses; ``code`` goes into the JSON error body."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


def iso(value: datetime | None) -> str | None:
    if value is None:
        return None
    return value.astimezone(UTC).isoformat().replace("+00:00", "Z")


def parse_iso(value: str, what: str) -> datetime:
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise InvalidRequest("invalid_parameter", f"{what} is not an ISO 8601 date-time") from None
    if parsed.tzinfo is None:
        raise InvalidRequest("invalid_parameter", f"{what} needs a time zone, e.g. Z")
    return parsed.astimezone(UTC)


def account_json(account: Account) -> dict[str, Any]:
    return {"id": account.id, "name": account.name, "email": account.email}


def shop_json(shop: Shop) -> dict[str, Any]:
    return {"id": shop.id, "name": shop.name, "platform": shop.platform.value}


def shipment_json(shipment: Shipment) -> dict[str, Any]:
    return {
        "carrier": shipment.carrier,
        "tracking_number": shipment.tracking_number,
        "tracking_url": shipment.tracking_url or None,
        "shipped_at": iso(shipment.shipped_at),
        "delivered_at": iso(shipment.delivered_at),
    }


def order_json(order: Order) -> dict[str, Any]:
    return {
        "reference": order.reference,
        "shop": shop_json(order.shop),
        "shop_order_number": order.shop_order_number,
        "created_at": iso(order.created_at),
        "updated_at": iso(order.updated_at),
        "status": order.status.value,
        "block_reason": order.block_reason.value if order.block_reason else None,
        "block_detail": order.block_detail,
        "customer": {
            "name": order.customer.name,
            "email": order.customer.email,
            "language": order.customer.language,
        },
        "destination": {
            "country": order.destination.country,
            "postcode": order.destination.postcode,
            "city": order.destination.city,
        },
        "items": [{"title": i.title, "variant": i.variant, "quantity": i.quantity} for i in order.items],
        "shipments": [shipment_json(s) for s in order.shipments],
    }


def encode_cursor(since: datetime | None, last: Order) -> str:
    """Opaque keyset cursor: the filter and the last (updated_at, reference) served."""
    raw = json.dumps({"s": iso(since), "u": iso(last.updated_at), "r": last.reference}, separators=(",", ":"))
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def decode_cursor(cursor: str) -> tuple[datetime | None, tuple[datetime, str]]:
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        data = json.loads(base64.urlsafe_b64decode(padded.encode("ascii")))
        since = parse_iso(data["s"], "cursor") if data["s"] is not None else None
        reference = data["r"]
        if not isinstance(reference, str):
            raise TypeError
        return since, (parse_iso(data["u"], "cursor"), reference)
    except (ValueError, TypeError, KeyError, UnicodeError, binascii.Error):
        raise InvalidRequest("invalid_cursor", "the cursor is not one this server issued") from None


def _field(data: dict[str, Any], key: str, *, required: bool = False, max_len: int = 500) -> str:
    value = data.get(key)
    if value is None:
        value = ""
    if not isinstance(value, str) or len(value) > max_len:
        raise InvalidRequest("invalid_request", f"{key} must be a string of at most {max_len} characters")
    if required and not value.strip():
        raise InvalidRequest("invalid_request", f"{key} is required")
    return value


def parse_manual_order(body: Any) -> ManualOrderRequest:
    """Validate a ``POST /v1/manual-orders`` body."""
    if not isinstance(body, dict):
        raise InvalidRequest("invalid_request", "the body must be a JSON object")
    customer = body.get("customer")
    address = body.get("address")
    items = body.get("items")
    if not isinstance(customer, dict) or not isinstance(address, dict):
        raise InvalidRequest("invalid_request", "customer and address are required objects")
    if not isinstance(items, list) or not 1 <= len(items) <= MAX_ITEMS:
        raise InvalidRequest("invalid_request", f"items must list 1 to {MAX_ITEMS} products")
    language = customer.get("language")
    if language is not None and not isinstance(language, str):
        raise InvalidRequest("invalid_request", "customer.language must be a string")
    country = _field(address, "country", required=True).strip().upper()
    if len(country) != 2 or not country.isascii() or not country.isalpha():
        raise InvalidRequest("invalid_request", "address.country must be an ISO 3166 alpha-2 code")
    lines = address.get("lines", [])
    if not isinstance(lines, list) or not all(isinstance(line, str) for line in lines):
        raise InvalidRequest("invalid_request", "address.lines must be a list of strings")
    parsed_items = []
    for entry in items:
        if not isinstance(entry, dict):
            raise InvalidRequest("invalid_request", "each item must be an object")
        quantity = entry.get("quantity", 1)
        if not isinstance(quantity, int) or isinstance(quantity, bool) or not 1 <= quantity <= MAX_QUANTITY:
            raise InvalidRequest("invalid_request", f"item quantity must be 1 to {MAX_QUANTITY}")
        parsed_items.append(Item(_field(entry, "title", required=True), _field(entry, "variant"), quantity))
    shop_id = body.get("shop_id")
    if shop_id is not None and not isinstance(shop_id, str):
        raise InvalidRequest("invalid_request", "shop_id must be a string")
    return ManualOrderRequest(
        customer=Customer(
            _field(customer, "name", required=True), _field(customer, "email"), (language or "").lower() or None
        ),
        destination=Destination(country, _field(address, "postcode"), _field(address, "city")),
        items=tuple(parsed_items),
        shop_id=shop_id or None,
        note=_field(body, "note", max_len=2000),
    )
