"""The order domain: what a TPOP order is, independent of any wire format or widget.

Every connector turns its payloads into these immutable values; the store persists
them and the UI shows them. Datetimes are always timezone-aware (UTC).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum


class Platform(StrEnum):
    """Where the merchant's customer placed the order."""

    SHOPIFY = "shopify"
    WOOCOMMERCE = "woocommerce"
    ETSY = "etsy"
    TPOP = "tpop"  # a shop hosted by TPOP
    MANUAL = "manual"  # placed by hand in the TPOP dashboard


class Status(StrEnum):
    """TPOP's order statuses, plus ``delivered`` which comes from the carrier."""

    OPEN = "open"
    PRODUCTION = "production"
    BLOCKED = "blocked"
    SHIPPED = "shipped"
    DELIVERED = "delivered"
    CANCELLED = "cancelled"


class BlockReason(StrEnum):
    """Why TPOP put an order on hold; each has its own fix."""

    PAYMENT = "payment"
    ADDRESS = "address"
    VISUAL = "visual"


@dataclass(frozen=True, slots=True)
class Shop:
    id: str
    name: str
    platform: Platform


@dataclass(frozen=True, slots=True)
class Customer:
    name: str
    email: str = ""
    language: str | None = None  # ISO 639-1, lower case, when known


@dataclass(frozen=True, slots=True)
class Destination:
    country: str  # ISO 3166-1 alpha-2, upper case
    postcode: str = ""
    city: str = ""


@dataclass(frozen=True, slots=True)
class Item:
    title: str
    variant: str = ""
    quantity: int = 1


@dataclass(frozen=True, slots=True)
class Shipment:
    carrier: str
    tracking_number: str
    tracking_url: str = ""
    shipped_at: datetime | None = None
    delivered_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class Order:
    reference: str  # TPOP's reference, e.g. "TP-104233"
    shop: Shop
    shop_order_number: str  # the shop's own number, e.g. "#1042"
    created_at: datetime
    updated_at: datetime
    status: Status
    customer: Customer
    destination: Destination
    items: tuple[Item, ...] = ()
    shipments: tuple[Shipment, ...] = ()
    block_reason: BlockReason | None = None
    block_detail: str = ""  # e.g. the bank's decline code for a payment block

    @property
    def latest_shipment(self) -> Shipment | None:
        return self.shipments[-1] if self.shipments else None

    @property
    def shipped_at(self) -> datetime | None:
        shipment = self.latest_shipment
        return shipment.shipped_at if shipment else None

    @property
    def delivered_at(self) -> datetime | None:
        shipment = self.latest_shipment
        return shipment.delivered_at if shipment else None


@dataclass(frozen=True, slots=True)
class Account:
    """The TPOP account a token belongs to."""

    id: str
    name: str
    email: str


@dataclass(frozen=True, slots=True)
class OrdersPage:
    """One page of an incremental order listing.

    ``server_time`` is the server's clock when it answered: the next incremental sync
    asks for orders updated since then, so a skewed local clock never loses changes.
    """

    orders: tuple[Order, ...]
    next_cursor: str | None
    server_time: datetime
    skipped: tuple[str, ...] = field(default=())  # references of malformed orders left out
