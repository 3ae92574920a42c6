"""A shop's own view of an order (Shopify, WooCommerce, Etsy), independent of any wire format.

The shop checks compare these with TPOP's orders, and ``core.shop_order_source`` turns
them into the app's orders when a shop is an order source. Every shop connector turns
its payloads into ``ShopOrder`` values; the values serialize to plain JSON data so a
check run can be stored and shown later without asking the shop again. The line items,
customer and destination are optional: a connector fills what its API gives.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from decimal import Decimal
from typing import Any

from tpop_desktop.core.models import Customer, Destination, Platform


class FulfillmentState(StrEnum):
    """The shop order's fulfilment, normalized across platforms."""

    UNFULFILLED = "unfulfilled"
    PARTIAL = "partial"
    FULFILLED = "fulfilled"
    CANCELLED = "cancelled"


@dataclass(frozen=True, slots=True)
class ShopTracking:
    """One tracking entry as the shop holds it; any part may be empty."""

    company: str
    number: str
    url: str = ""
    shipped_at: datetime | None = None  # when the shop recorded it, if it says

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"company": self.company, "number": self.number, "url": self.url}
        if self.shipped_at is not None:
            data["shipped_at"] = _iso(self.shipped_at)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ShopTracking:
        return cls(str(data.get("company", "")), str(data["number"]), str(data.get("url", "")),
                   _parse_iso(data.get("shipped_at")))


@dataclass(frozen=True, slots=True)
class Money:
    """An amount as shops send it: an integer over a divisor (Etsy: 1250 / 100 EUR is 12.50 EUR)."""

    amount: int
    divisor: int
    currency: str

    @property
    def value(self) -> Decimal:
        return Decimal(self.amount) / Decimal(self.divisor)

    def to_dict(self) -> dict[str, Any]:
        return {"amount": self.amount, "divisor": self.divisor, "currency": self.currency}

    @classmethod
    def from_dict(cls, data: Any) -> Money | None:
        """The stored amount, or None for anything that is not one (never a crash on a damaged record)."""
        if not isinstance(data, dict):
            return None
        amount, divisor, currency = data.get("amount"), data.get("divisor"), data.get("currency")
        if not (isinstance(amount, int) and isinstance(divisor, int) and divisor > 0 and isinstance(currency, str)):
            return None
        return cls(amount, divisor, currency)


@dataclass(frozen=True, slots=True)
class ShopItem:
    """One line of a shop order; ``tpop`` says whether the shop's product rule matched it."""

    title: str
    quantity: int = 1
    variant: str = ""
    sku: str = ""
    tpop: bool = True
    open_quantity: int | None = None  # units not fulfilled yet, when the shop says (None: unknown)

    def to_dict(self) -> dict[str, Any]:
        return {"title": self.title, "quantity": self.quantity, "variant": self.variant, "sku": self.sku,
                "tpop": self.tpop, "open_quantity": self.open_quantity}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ShopItem:
        open_quantity = data.get("open_quantity")
        return cls(str(data.get("title", "")), int(data.get("quantity", 1)), str(data.get("variant", "")),
                   str(data.get("sku", "")), bool(data.get("tpop", True)),
                   int(open_quantity) if open_quantity is not None else None)


@dataclass(frozen=True, slots=True)
class ShopOrder:
    """An order as the shop shows it.

    ``number`` is the number the merchant sees ("#1042" in Shopify, "5042" in
    WooCommerce); ``order_id`` is the shop's internal id, used to write to it.
    """

    platform: Platform
    shop_id: str
    order_id: str
    number: str
    created_at: datetime
    paid: bool
    fulfillment: FulfillmentState
    fulfillment_raw: str = ""  # the platform's own value, e.g. "PARTIALLY_FULFILLED", "completed"
    tracking: tuple[ShopTracking, ...] = ()
    has_tpop_products: bool = True
    fulfilled_by: str = ""  # who fulfilled it, when the shop says so ("" = unknown)
    updated_at: datetime | None = None
    items: tuple[ShopItem, ...] = ()
    customer: Customer | None = None  # personal data: never logged
    destination: Destination | None = None
    delivered_at: datetime | None = None  # only when the shop itself says the parcel was delivered
    total: Money | None = None  # what the buyer paid, where the platform's answer says (Etsy's grandtotal)

    @property
    def tpop_items(self) -> tuple[ShopItem, ...]:
        return tuple(item for item in self.items if item.tpop)

    @property
    def tracking_numbers(self) -> frozenset[str]:
        return frozenset(n for n in (normalize_tracking_number(t.number) for t in self.tracking) if n)

    def to_dict(self) -> dict[str, Any]:
        data = self._core_dict()
        if self.items:
            data["items"] = [i.to_dict() for i in self.items]
        if self.customer is not None:
            data["customer"] = {"name": self.customer.name, "email": self.customer.email,
                                "language": self.customer.language}
        if self.destination is not None:
            data["destination"] = {"country": self.destination.country, "postcode": self.destination.postcode,
                                   "city": self.destination.city}
        if self.delivered_at is not None:
            data["delivered_at"] = _iso(self.delivered_at)
        return data

    def _core_dict(self) -> dict[str, Any]:
        return {
            "platform": self.platform.value,
            "shop_id": self.shop_id,
            "order_id": self.order_id,
            "number": self.number,
            "created_at": _iso(self.created_at),
            "updated_at": _iso(self.updated_at),
            "paid": self.paid,
            "fulfillment": self.fulfillment.value,
            "fulfillment_raw": self.fulfillment_raw,
            "tracking": [t.to_dict() for t in self.tracking],
            "has_tpop_products": self.has_tpop_products,
            "fulfilled_by": self.fulfilled_by,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ShopOrder:
        created = _parse_iso(data["created_at"])
        if created is None:
            raise ValueError("created_at is missing")
        return cls(
            platform=Platform(data["platform"]),
            shop_id=str(data["shop_id"]),
            order_id=str(data["order_id"]),
            number=str(data["number"]),
            created_at=created,
            updated_at=_parse_iso(data.get("updated_at")),
            paid=bool(data["paid"]),
            fulfillment=FulfillmentState(data["fulfillment"]),
            fulfillment_raw=str(data.get("fulfillment_raw", "")),
            tracking=tuple(ShopTracking.from_dict(t) for t in data.get("tracking", [])),
            has_tpop_products=bool(data.get("has_tpop_products", True)),
            fulfilled_by=str(data.get("fulfilled_by", "")),
            items=tuple(ShopItem.from_dict(i) for i in data.get("items", [])),
            customer=_customer(data.get("customer")),
            destination=_destination(data.get("destination")),
            delivered_at=_parse_iso(data.get("delivered_at")),
        )


def normalize_order_number(number: str) -> str:
    """The comparable form of a shop order number: "#1042", " 1042 " and "No. 1042" match.

    Only a leading "#" or "No." and surrounding blanks are dropped; letters are kept
    (upper-cased), because "SN-1042" and "1042" are different orders.
    """
    text = (number or "").strip()
    upper = text.upper()
    for prefix in ("NO.", "N°", "#"):
        if upper.startswith(prefix):
            text = text[len(prefix):].strip()
            upper = text.upper()
    return upper.lstrip("#").strip()


def normalize_tracking_number(number: str) -> str:
    """Tracking numbers compare without case, blanks or dashes (carriers print them grouped)."""
    return "".join(ch for ch in (number or "").upper() if ch.isalnum())


def _customer(data: Any) -> Customer | None:
    if not isinstance(data, dict):
        return None
    language = data.get("language")
    return Customer(str(data.get("name", "")), str(data.get("email", "")), str(language) if language else None)


def _destination(data: Any) -> Destination | None:
    if not isinstance(data, dict):
        return None
    return Destination(str(data.get("country", "")), str(data.get("postcode", "")), str(data.get("city", "")))


def _iso(value: datetime | None) -> str | None:
    if value is None:
        return None
    return value.astimezone(UTC).isoformat().replace("+00:00", "Z")


def _parse_iso(value: Any) -> datetime | None:
    if value is None:
        return None
    parsed = datetime.fromisoformat(str(value))
    if parsed.tzinfo is None:
        raise ValueError("a stored date-time has no time zone")
    return parsed.astimezone(UTC)
