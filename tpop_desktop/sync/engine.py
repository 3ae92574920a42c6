"""One sync run, without Qt: read every changed order from TPOP, write them in one transaction.

The pages are staged in a throwaway file next to the order database as they arrive
(see store/staging.py), so memory holds one page at a time; the order database is
written from that file once every page is in. A whole sync is capped (``MAX_SYNC_BYTES``,
``MAX_PAGES``): beyond it the sync stops with ``SyncTooLargeError`` and nothing is written.

The worker calls these on its own thread; tests and benchmarks call them directly.
"""

from __future__ import annotations

import logging
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from tpop_desktop.connectors.base import OrderSource
from tpop_desktop.connectors.errors import PayloadError, SyncTooLargeError
from tpop_desktop.core.changes import ChangeEvent
from tpop_desktop.core.models import Order
from tpop_desktop.store.errors import can_write
from tpop_desktop.store.orders_store import OrderStore
from tpop_desktop.store.staging import StagedOrders, StagingWriter, staging_path

log = logging.getLogger(__name__)

MAX_PAGES = 10_000  # a server that hands out cursors forever must not keep us busy forever
# Everything one sync may stage: about 700,000 orders of ordinary size (~750 bytes each).
MAX_SYNC_BYTES = 512 * 1024 * 1024
MAX_SKIPPED_NAMED = 1000  # references of skipped orders kept for the log and the window
SKIPPED_NAME_CHARS = 100


@dataclass(frozen=True)
class Fetched:
    """Every order changed since a cursor, read completely and staged, not yet written.

    ``apply_changes`` writes and then deletes the staged file; a fetch that is never
    applied must be ``discard``-ed (a leftover is removed at the next start anyway).
    """

    staged: StagedOrders
    skipped: tuple[str, ...]  # the first MAX_SKIPPED_NAMED references, shortened
    server_time: datetime
    full: bool
    skipped_count: int = 0

    @property
    def received(self) -> int:
        return self.staged.count

    def orders(self) -> Iterator[Order]:
        """The staged orders, read back from the file (each call reads it again)."""
        return self.staged.orders()

    def discard(self) -> None:
        self.staged.discard()


@dataclass(frozen=True)
class SyncReport:
    events: list[ChangeEvent]
    received: int
    skipped: tuple[str, ...]
    full: bool
    finished_at: datetime
    changed_references: frozenset[str] = field(default_factory=frozenset)  # every order the server sent
    skipped_count: int = 0  # all skipped orders; ``skipped`` names at most MAX_SKIPPED_NAMED


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


def _new_staging(database_path: Path | None) -> StagingWriter:
    if database_path is not None and can_write(Path(database_path).parent):
        return StagingWriter(staging_path(Path(database_path)))
    # No database named, or its folder is read-only (a sync that changes nothing still works
    # there): a private file in the temporary folder (0600, deleted after use).
    return StagingWriter(staging_path(Path(tempfile.gettempdir()) / "tpop-desktop-sync"))


def _too_large(why: str, writer: StagingWriter, max_bytes: int, pages: int) -> SyncTooLargeError:
    return SyncTooLargeError(
        f"the server sent too much for one sync ({why}): {writer.size_bytes} bytes in {pages} pages,"
        f" the limit is {max_bytes} bytes and {MAX_PAGES} pages",
        limit_bytes=max_bytes, received_bytes=writer.size_bytes, pages=pages,
    )


def fetch_changes(source: OrderSource, cursor: str | None, *, database_path: Path | None = None,
                  max_bytes: int = MAX_SYNC_BYTES) -> Fetched:
    """Read and stage all pages of orders updated since ``cursor`` (everything when None).

    ``database_path`` is the order database: the pages are staged next to it. Raises
    ``SyncTooLargeError`` beyond ``max_bytes`` staged or ``MAX_PAGES`` pages, and any
    ``ConnectorError`` of the source; the staged file is then deleted.
    """
    updated_since = datetime.fromisoformat(cursor) if cursor else None
    writer = _new_staging(database_path)
    skipped: list[str] = []
    skipped_count = 0
    server_time: datetime | None = None
    page_cursor: str | None = None
    seen_cursors: set[str] = set()
    try:
        for pages in range(1, MAX_PAGES + 1):
            page = source.orders_page(updated_since=updated_since, cursor=page_cursor)
            if server_time is None:
                server_time = page.server_time
            writer.add(page.orders)
            skipped_count += len(page.skipped)
            room = MAX_SKIPPED_NAMED - len(skipped)
            skipped.extend(reference[:SKIPPED_NAME_CHARS] for reference in page.skipped[:max(room, 0)])
            if writer.size_bytes > max_bytes:
                raise _too_large("too many bytes", writer, max_bytes, pages)
            page_cursor = page.next_cursor
            if page_cursor is None:
                break
            if page_cursor in seen_cursors:
                raise PayloadError("the server returned the same page cursor twice")
            seen_cursors.add(page_cursor)
        else:
            raise _too_large("too many pages", writer, max_bytes, MAX_PAGES)
        staged = writer.finish()
    except BaseException:
        writer.abort()
        raise
    assert server_time is not None
    log_skipped(skipped_count, skipped)
    return Fetched(staged, tuple(skipped), server_time, full=cursor is None, skipped_count=skipped_count)


def log_skipped(count: int, references: list[str] | tuple[str, ...]) -> None:
    """One warning for the malformed orders a sync skipped (also for a sync made in the helper process)."""
    if count:
        log.warning("skipped %d malformed order(s): %s", count, ", ".join(references[:20]))


def apply_changes(store: OrderStore, fetched: Fetched, *, now: Callable[[], datetime] = utc_now) -> SyncReport:
    """Write a complete fetch in one transaction, with the cursor for the next sync; then
    delete its staged file (also when writing fails)."""
    references: set[str] = set()

    def orders() -> Iterator[Order]:
        for order in fetched.orders():
            references.add(order.reference)
            yield order

    try:
        events = store.apply_sync(orders(), cursor=fetched.server_time.isoformat(),
                                  seen_at=now(), full=fetched.full)
    finally:
        fetched.discard()
    return SyncReport(
        events=events,
        received=fetched.received,
        skipped=fetched.skipped,
        full=fetched.full,
        finished_at=now(),
        changed_references=frozenset(references),
        skipped_count=fetched.skipped_count,
    )


def run_sync(source: OrderSource, store: OrderStore, *, full: bool = False,
             now: Callable[[], datetime] = utc_now, max_bytes: int = MAX_SYNC_BYTES) -> SyncReport:
    """Fetch then apply; nothing is written unless every page was read."""
    fetched = fetch_changes(source, None if full else store.sync_cursor(), database_path=store.path,
                            max_bytes=max_bytes)
    return apply_changes(store, fetched, now=now)
