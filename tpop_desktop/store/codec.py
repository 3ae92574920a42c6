"""Orders to and from their stored form: the JSON payload and the indexed columns."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from tpop_desktop.core.models import (
    BlockReason,
    Customer,
    Destination,
    Item,
    Order,
    Platform,
    Shipment,
    Shop,
    Status,
)
from tpop_desktop.core.text import fold

_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"
# How much of each text the search index and the sort keys hold: nobody types, or sorts
# on, the 1,001st character of a name, and a server's megabyte-long names would make the
# trigram index (one entry per character) and the indexes huge and every sync slow. The
# payload keeps the whole text.
INDEXED_CHARS = 1000

# Lifecycle order, so sorting by status follows the order's life rather than the alphabet.
STATUS_RANK: dict[Status, int] = {
    Status.OPEN: 0,
    Status.PRODUCTION: 1,
    Status.BLOCKED: 2,
    Status.SHIPPED: 3,
    Status.DELIVERED: 4,
    Status.CANCELLED: 5,
}


def encode_time(moment: datetime) -> str:
    """Fixed-width UTC text that sorts like the instant; naive values are taken as UTC."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime(_FORMAT)


def encode_optional_time(moment: datetime | None) -> str | None:
    return encode_time(moment) if moment is not None else None


def decode_time(text: str | None) -> datetime | None:
    if text is None:
        return None
    return datetime.strptime(text, _FORMAT).replace(tzinfo=UTC)


def _shipment_to_dict(shipment: Shipment) -> dict[str, Any]:
    return {
        "carrier": shipment.carrier,
        "tracking_number": shipment.tracking_number,
        "tracking_url": shipment.tracking_url,
        "shipped_at": encode_optional_time(shipment.shipped_at),
        "delivered_at": encode_optional_time(shipment.delivered_at),
    }


def encode_payload(order: Order) -> str:
    """Deterministic JSON of the whole order: equal orders give equal text."""
    data = {
        "reference": order.reference,
        "shop": {"id": order.shop.id, "name": order.shop.name, "platform": order.shop.platform.value},
        "shop_order_number": order.shop_order_number,
        "created_at": encode_time(order.created_at),
        "updated_at": encode_time(order.updated_at),
        "status": order.status.value,
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
        "shipments": [_shipment_to_dict(s) for s in order.shipments],
        "block_reason": order.block_reason.value if order.block_reason is not None else None,
        "block_detail": order.block_detail,
    }
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def decode_payload(text: str) -> Order:
    data = json.loads(text)
    shop = data["shop"]
    customer = data["customer"]
    destination = data["destination"]
    return Order(
        reference=data["reference"],
        shop=Shop(shop["id"], shop["name"], Platform(shop["platform"])),
        shop_order_number=data["shop_order_number"],
        created_at=decode_time(data["created_at"]),  # type: ignore[arg-type]
        updated_at=decode_time(data["updated_at"]),  # type: ignore[arg-type]
        status=Status(data["status"]),
        customer=Customer(customer["name"], customer["email"], customer["language"]),
        destination=Destination(destination["country"], destination["postcode"], destination["city"]),
        items=tuple(Item(i["title"], i["variant"], i["quantity"]) for i in data["items"]),
        shipments=tuple(
            Shipment(
                s["carrier"],
                s["tracking_number"],
                s["tracking_url"],
                decode_time(s["shipped_at"]),
                decode_time(s["delivered_at"]),
            )
            for s in data["shipments"]
        ),
        block_reason=BlockReason(data["block_reason"]) if data["block_reason"] else None,
        block_detail=data["block_detail"],
    )


def search_text(order: Order) -> str:
    """The folded haystack a search box matches against (substring)."""
    parts = [
        order.reference,
        order.shop_order_number,
        order.customer.name,
        order.customer.email,
        *(s.tracking_number for s in order.shipments),
        order.destination.city,
        order.destination.postcode,
        order.destination.country,
    ]
    return fold("\n".join(part[:INDEXED_CHARS] for part in parts if part))


ORDER_COLUMNS = (
    "reference", "shop_id", "shop_name", "shop_sort", "platform", "shop_order_number",
    "created_at", "updated_at", "status", "status_rank", "block_reason", "block_detail",
    "customer_name", "customer_sort", "customer_email", "customer_language",
    "country", "postcode", "city", "city_sort", "tracking_number", "carrier",
    "shipped_at", "delivered_at", "search_text", "payload",
)  # fmt: skip


def order_columns(order: Order, payload: str) -> tuple[Any, ...]:
    """Values for ``ORDER_COLUMNS``, in that order."""
    latest = order.latest_shipment
    return (
        order.reference,
        order.shop.id,
        order.shop.name,
        fold(order.shop.name[:INDEXED_CHARS]),
        order.shop.platform.value,
        order.shop_order_number,
        encode_time(order.created_at),
        encode_time(order.updated_at),
        order.status.value,
        STATUS_RANK[order.status],
        order.block_reason.value if order.block_reason is not None else None,
        order.block_detail,
        order.customer.name,
        fold(order.customer.name[:INDEXED_CHARS]),
        order.customer.email,
        order.customer.language,
        order.destination.country,
        order.destination.postcode,
        order.destination.city,
        fold(order.destination.city[:INDEXED_CHARS]),
        latest.tracking_number if latest else "",
        latest.carrier if latest else "",
        encode_optional_time(latest.shipped_at if latest else None),
        encode_optional_time(latest.delivered_at if latest else None),
        search_text(order),
        payload,
    )


def shipment_rows(order_rowid: int, order: Order) -> list[tuple[Any, ...]]:
    return [
        (
            order_rowid,
            position,
            s.carrier,
            s.tracking_number,
            s.tracking_url,
            encode_optional_time(s.shipped_at),
            encode_optional_time(s.delivered_at),
        )
        for position, s in enumerate(order.shipments)
    ]
