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


def needs_attention(order: Order, now: datetime, expected_by: datetime | None = None) -> bool:
    """True when the order is blocked, or shipped and not delivered after ``STALE_AFTER`` or past
    ``expected_by`` (the end of its lane's usual delivery window, when the history gives one: late).

    "Shipped" is judged on the latest shipment: its ``shipped_at`` must be known and its
    ``delivered_at`` unknown. An order shipped exactly ``STALE_AFTER`` ago is not yet stale.
    """
    return needs_attention_on(order.status, order.shipped_at, order.delivered_at, now, expected_by)


def is_late(status: Status, delivered_at: datetime | None, now: datetime, expected_by: datetime | None) -> bool:
    """Still travelling after its usual delivery window."""
    return status is Status.SHIPPED and delivered_at is None and expected_by is not None and now > expected_by


def needs_attention_on(status: Status, shipped_at: datetime | None, delivered_at: datetime | None,
                       now: datetime, expected_by: datetime | None = None) -> bool:
    """The same rule on the few fields a table row carries."""
    if status is Status.BLOCKED:
        return True
    if status is not Status.SHIPPED or shipped_at is None or delivered_at is not None:
        return False
    return shipped_at < stale_before(now) or is_late(status, delivered_at, now, expected_by)
