"""What the shop checks need from a shop (Shopify, WooCommerce, Etsy), whatever its API.

Every method may raise a ``ConnectorError`` subclass and must run off the GUI thread.
Reads are incremental (orders updated since an instant) and paged inside the connector.
Writes are never retried automatically, and ``add_tracking`` re-reads the order first and
writes nothing when TPOP's tracking number is already there: running a fix twice writes once.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Protocol

from tpop_desktop.connectors.errors import ConnectorError, ForbiddenError, NotFoundError, PayloadError
from tpop_desktop.core.models import Platform
from tpop_desktop.core.product_rule import ProductRule
from tpop_desktop.core.shop_checks import FixKind
from tpop_desktop.core.shop_orders import ShopOrder, normalize_tracking_number

__all__ = [
    "MissingScopeError",
    "NotAShopError",
    "ProductRule",
    "ShopConnection",
    "ShopConnector",
    "ShopWriteError",
    "TrackingWrite",
    "has_tracking_number",
    "iso_utc",
    "text",
]


class MissingScopeError(ForbiddenError):
    """The token works but lacks a permission the checks or the fix need."""

    def __init__(self, message: str, missing: Iterable[str] = ()) -> None:
        super().__init__(message)
        self.missing = tuple(missing)


class NotAShopError(NotFoundError):
    """The address answers, but it is not the shop API we expect (wrong domain, not WooCommerce)."""


class ShopWriteError(ConnectorError):
    """The shop refused a write (GraphQL ``userErrors``, or nothing left to fulfil)."""

    def __init__(self, message: str, messages: Iterable[str] = ()) -> None:
        super().__init__(message)
        self.messages = tuple(messages)


@dataclass(frozen=True, slots=True)
class ShopConnection:
    """What ``test_connection`` learned: the shop's name and what the fix can use."""

    platform: Platform
    shop_name: str
    scopes: tuple[str, ...] = ()
    tracking_extension: bool | None = None  # WooCommerce Shipment Tracking; None: not applicable
    warnings: tuple[str, ...] = ()  # codes, e.g. "no_shipment_tracking_extension", "missing_write_scope"


@dataclass(frozen=True, slots=True)
class TrackingWrite:
    """What ``add_tracking`` did: ``written`` False when the number was already there."""

    written: bool
    kind: FixKind | None
    order: ShopOrder  # the order as read just before the (possible) write


class ShopConnector(Protocol):
    """One connected shop."""

    shop_id: str
    platform: Platform

    def test_connection(self) -> ShopConnection: ...

    def orders(self, *, updated_since: datetime | None) -> list[ShopOrder]:
        """Every order updated at or after ``updated_since`` (all when None), all pages read."""
        ...

    def order(self, order_id: str) -> ShopOrder:
        """One order read afresh, with every tracking source the shop has."""
        ...

    def fix_kind(self, order: ShopOrder) -> FixKind | None:
        """How ``add_tracking`` would write to this order, from what is known without a request."""
        ...

    def add_tracking(
        self, order_id: str, number: str, company: str, url: str, *, notify_customer: bool
    ) -> TrackingWrite: ...

    def close(self) -> None: ...


def has_tracking_number(order: ShopOrder, number: str) -> bool:
    return normalize_tracking_number(number) in order.tracking_numbers


def iso_utc(value: datetime) -> str:
    """ISO 8601 in UTC with a ``Z``; a naive datetime is a programming error."""
    if value.tzinfo is None:
        raise ValueError("the date-time must be timezone-aware")
    return value.astimezone(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def text(data: dict[str, Any], key: str, *, required: bool = False) -> str:
    value = data.get(key)
    if value is None:
        if required:
            raise PayloadError(f"{key} is missing")
        return ""
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise PayloadError(f"{key} is not a string")
    return str(value)
