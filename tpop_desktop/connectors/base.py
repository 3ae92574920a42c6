"""What the rest of the app needs from TPOP, whatever TPOP's wire format turns out to be."""

from __future__ import annotations

from datetime import datetime
from typing import Protocol

from tpop_desktop.core.models import Account, Order, OrdersPage, Shop


class OrderSource(Protocol):
    """A TPOP account's orders. Every method may raise a ``ConnectorError`` subclass."""

    def account(self) -> Account:
        """The account the token belongs to; used to validate a token."""
        ...

    def shops(self) -> list[Shop]: ...

    def orders_page(self, *, updated_since: datetime | None, cursor: str | None) -> OrdersPage:
        """One page of orders updated at or after ``updated_since`` (all when None)."""
        ...

    def order(self, reference: str) -> Order: ...

    def close(self) -> None: ...
