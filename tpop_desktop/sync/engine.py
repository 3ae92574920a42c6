"""One sync run, without Qt: read every changed order from TPOP, write them in one transaction.

The worker calls these on its own thread; tests and benchmarks call them directly.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone

from tpop_desktop.connectors.base import OrderSource
from tpop_desktop.connectors.errors import PayloadError
from tpop_desktop.core.changes import ChangeEvent
from tpop_desktop.core.models import Order
from tpop_desktop.store.orders_store import OrderStore

log = logging.getLogger(__name__)

MAX_PAGES = 10_000  # a server that hands out cursors forever must not keep us busy forever


@dataclass(frozen=True)
class Fetched:
    """Every order changed since a cursor, read completely, not yet written."""

    orders: list[Order]
    skipped: tuple[str, ...]
    server_time: datetime
    full: bool


@dataclass(frozen=True)
class SyncReport:
    events: list[ChangeEvent]
    received: int
    skipped: tuple[str, ...]
    full: bool
    finished_at: datetime
    changed_references: frozenset[str] = field(default_factory=frozenset)  # every order the server sent


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


def fetch_changes(source: OrderSource, cursor: str | None) -> Fetched:
    """Read all pages of orders updated since ``cursor`` (everything when None)."""
    updated_since = datetime.fromisoformat(cursor) if cursor else None
    orders: list[Order] = []
    skipped: list[str] = []
    server_time: datetime | None = None
    page_cursor: str | None = None
    seen_cursors: set[str] = set()
    for _ in range(MAX_PAGES):
        page = source.orders_page(updated_since=updated_since, cursor=page_cursor)
        if server_time is None:
            server_time = page.server_time
        orders.extend(page.orders)
        skipped.extend(page.skipped)
        page_cursor = page.next_cursor
        if page_cursor is None:
            break
        if page_cursor in seen_cursors:
            raise PayloadError("the server returned the same page cursor twice")
        seen_cursors.add(page_cursor)
    else:
        raise PayloadError("the server kept returning more pages")
    assert server_time is not None
    if skipped:
        log.warning("skipped %d malformed order(s): %s", len(skipped), ", ".join(skipped[:20]))
    return Fetched(orders, tuple(skipped), server_time, full=cursor is None)


def apply_changes(store: OrderStore, fetched: Fetched, *, now: Callable[[], datetime] = utc_now) -> SyncReport:
    """Write a complete fetch in one transaction, with the cursor for the next sync."""
    events = store.apply_sync(fetched.orders, cursor=fetched.server_time.isoformat(),
                              seen_at=now(), full=fetched.full)
    return SyncReport(
        events=events,
        received=len(fetched.orders),
        skipped=fetched.skipped,
        full=fetched.full,
        finished_at=now(),
        changed_references=frozenset(order.reference for order in fetched.orders),
    )


def run_sync(source: OrderSource, store: OrderStore, *, full: bool = False,
             now: Callable[[], datetime] = utc_now) -> SyncReport:
    """Fetch then apply; nothing is written unless every page was read."""
    fetched = fetch_changes(source, None if full else store.sync_cursor())
    return apply_changes(store, fetched, now=now)
