from datetime import UTC, datetime, timedelta

import pytest

from tpop_desktop.core.attention import STALE_AFTER, needs_attention
from tpop_desktop.core.models import (
    BlockReason,
    Customer,
    Destination,
    Order,
    Platform,
    Shipment,
    Shop,
    Status,
)

NOW = datetime(2026, 3, 1, 12, tzinfo=UTC)


def order(status, shipped_ago=None, delivered=False, block=None):
    shipments = ()
    if shipped_ago is not None:
        shipped_at = NOW - shipped_ago
        shipments = (Shipment("colissimo", "6A1", "", shipped_at, shipped_at + timedelta(days=1) if delivered else None),)
    return Order(
        reference="TP-1",
        shop=Shop("s", "Shop", Platform.SHOPIFY),
        shop_order_number="#1",
        created_at=NOW - timedelta(days=40),
        updated_at=NOW - timedelta(days=1),
        status=status,
        customer=Customer("Zoé"),
        destination=Destination("FR"),
        shipments=shipments,
        block_reason=block,
    )


@pytest.mark.parametrize(
    ("the_order", "expected"),
    [
        (order(Status.BLOCKED, block=BlockReason.ADDRESS), True),
        (order(Status.SHIPPED, shipped_ago=STALE_AFTER + timedelta(seconds=1)), True),
        (order(Status.SHIPPED, shipped_ago=STALE_AFTER), False),  # exactly 21 days: not yet
        (order(Status.SHIPPED, shipped_ago=timedelta(days=3)), False),
        (order(Status.SHIPPED, shipped_ago=timedelta(days=60), delivered=True), False),
        (order(Status.SHIPPED), False),  # shipped without a known shipping date
        (order(Status.DELIVERED, shipped_ago=timedelta(days=60), delivered=True), False),
        (order(Status.OPEN), False),
        (order(Status.PRODUCTION), False),
        (order(Status.CANCELLED), False),
    ],
)
def test_needs_attention(the_order, expected):
    assert needs_attention(the_order, NOW) is expected
