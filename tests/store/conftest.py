"""Shared fixtures: realistic orders built by hand, and a fresh database per test."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

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
from tpop_desktop.store import OrderStore, open_database

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
SHOPS = {
    "shop-a": Shop("shop-a", "Atelier Céleste", Platform.SHOPIFY),
    "shop-b": Shop("shop-b", "Zoé & Co", Platform.ETSY),
}


def _build_order(
    reference: str,
    *,
    status: Status = Status.PRODUCTION,
    customer: str = "Jean Dupont",
    email: str = "",
    country: str = "FR",
    postcode: str = "75011",
    city: str = "Paris",
    shop: str = "shop-a",
    created_at: datetime | None = None,
    tracking: tuple[str, ...] = (),
    shipped_at: datetime | None = None,
    delivered_at: datetime | None = None,
    block_reason: BlockReason | None = None,
    number: str = "",
) -> Order:
    """An order with sensible defaults; tracking numbers become shipments."""
    created = created_at or NOW - timedelta(days=2)
    shipments = tuple(
        Shipment(
            "colissimo",
            code,
            f"https://www.laposte.fr/outils/suivre-vos-envois?code={code}",
            shipped_at or created + timedelta(days=1),
            delivered_at,
        )
        for code in tracking
    )
    return Order(
        reference=reference,
        shop=SHOPS[shop],
        shop_order_number=number or f"#{reference[-4:]}",
        created_at=created,
        updated_at=created + timedelta(hours=1),
        status=status,
        customer=Customer(customer, email, "fr"),
        destination=Destination(country, postcode, city),
        items=(Item("T-shirt bio", "M", 2),),
        shipments=shipments,
        block_reason=block_reason,
        block_detail="card_declined" if block_reason is BlockReason.PAYMENT else "",
    )


@pytest.fixture
def build_order():
    """``build_order(reference, status=..., customer=..., tracking=(...), ...) -> Order``."""
    return _build_order


@pytest.fixture
def now() -> datetime:
    return NOW


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    path = tmp_path / "data" / "orders.sqlite3"
    open_database(path)
    return path


@pytest.fixture
def store(db_path: Path):
    the_store = OrderStore(db_path)
    yield the_store
    the_store.close()
