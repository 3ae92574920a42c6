"""Which orders need the merchant to act: the rule behind the "needs attention" filter.

The store mirrors this rule in SQL so the filter runs on 100,000 rows without loading
them; a test checks both agree.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from tpop_desktop.core.models import Order, Status

# A parcel still not delivered three weeks after shipping is probably lost or stuck.
STALE_AFTER = timedelta(days=21)


def stale_before(now: datetime) -> datetime:
    """Shipments sent strictly before this moment count as stale."""
    return now - STALE_AFTER


def needs_attention(order: Order, now: datetime) -> bool:
    """True when the order is blocked, or shipped more than ``STALE_AFTER`` ago and not delivered.

    "Shipped" is judged on the latest shipment: its ``shipped_at`` must be known and its
    ``delivered_at`` unknown. An order shipped exactly ``STALE_AFTER`` ago is not yet stale.
    """
    return needs_attention_on(order.status, order.shipped_at, order.delivered_at, now)


def needs_attention_on(status: Status, shipped_at: datetime | None, delivered_at: datetime | None,
                       now: datetime) -> bool:
    """The same rule on the few fields a table row carries."""
    if status is Status.BLOCKED:
        return True
    if status is not Status.SHIPPED:
        return False
    return shipped_at is not None and delivered_at is None and shipped_at < stale_before(now)
