"""Writing one sync: upserts, shipments and history, as the caller's single transaction.

Only orders whose stored JSON differs are written, so re-reading unchanged orders (an
overlapping page, an idle poll) costs reads only.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator

from tpop_desktop.core.changes import ChangeEvent, compact_events, detect_changes
from tpop_desktop.core.models import Order
from tpop_desktop.store.codec import ORDER_COLUMNS, decode_payload, encode_payload, order_columns, shipment_rows

CHUNK = 500
# A chunk also ends once its orders' texts reach this many characters: a chunk is held in
# memory several times over (the orders, their stored and new payloads, folded copies).
CHUNK_CHARS = 4 * 1024 * 1024

_INSERT_ORDER = (
    f"INSERT INTO orders ({', '.join(ORDER_COLUMNS)}) VALUES ({', '.join('?' * len(ORDER_COLUMNS))})"
)
# A status change brings an archived order back into view: it needs a look again.
_UPDATE_ORDER = (
    f"UPDATE orders SET {', '.join(f'{c} = ?' for c in ORDER_COLUMNS)},"
    " archived = CASE WHEN ? THEN 0 ELSE archived END WHERE rowid = ?"
)
_INSERT_SHIPMENT = (
    "INSERT INTO shipments (order_rowid, position, carrier, tracking_number, tracking_url,"
    " shipped_at, delivered_at) VALUES (?, ?, ?, ?, ?, ?, ?)"
)
_INSERT_HISTORY = (
    "INSERT INTO history (order_rowid, seen_at, kind, status, previous_status, detail)"
    " VALUES (?, ?, ?, ?, ?, ?)"
)


def text_size(order: Order) -> int:
    """About how many characters the order's texts hold (what makes an order big)."""
    return (len(order.reference) + len(order.shop.name) + len(order.shop_order_number)
            + len(order.customer.name) + len(order.customer.email) + len(order.destination.city)
            + len(order.destination.postcode) + len(order.block_detail)
            + sum(len(i.title) + len(i.variant) for i in order.items)
            + sum(len(s.carrier) + len(s.tracking_number) + len(s.tracking_url) for s in order.shipments))


def chunks(items: Iterable[Order], size: int = CHUNK, max_chars: int = CHUNK_CHARS) -> Iterator[list[Order]]:
    """Lists of at most ``size`` orders and, unless one order alone is larger, ``max_chars`` of text."""
    chunk: list[Order] = []
    chars = 0
    for order in items:
        chunk.append(order)
        chars += text_size(order)
        if len(chunk) >= size or chars >= max_chars:
            yield chunk
            chunk, chars = [], 0
    if chunk:
        yield chunk


def stored_payloads(conn: sqlite3.Connection, references: list[str]) -> dict[str, tuple[int, str]]:
    """reference -> (rowid, payload) for the references already stored."""
    placeholders = ",".join("?" * len(references))
    rows = conn.execute(
        f"SELECT reference, rowid, payload FROM orders WHERE reference IN ({placeholders})", references
    )
    return {reference: (rowid, payload) for reference, rowid, payload in rows}


class SyncWriter:
    """Applies orders one by one; opens the write transaction lazily, at the first change."""

    def __init__(self, conn: sqlite3.Connection, seen_at: str) -> None:
        self._conn = conn
        self._seen_at = seen_at
        self.in_transaction = False
        self.events: list[ChangeEvent] = []

    def begin(self) -> None:
        if not self.in_transaction:
            self._conn.execute("BEGIN IMMEDIATE")
            self.in_transaction = True

    def apply_chunk(self, chunk: list[Order], predecessors: dict[str, str] | None = None) -> None:
        """Write a chunk; an order repeated in it is written once, from its last copy.

        (fetch_changes' staging already keeps one copy per order for a whole sync.) ``predecessors``
        (reference -> payload) stand in as the previous version of an order seen for the first time
        under this reference (a shop's row that TPOP's order replaces).
        """
        last_copies = {order.reference: order for order in chunk}
        stored = stored_payloads(self._conn, list(last_copies))
        for order in last_copies.values():
            payload = encode_payload(order)
            previous = stored.get(order.reference)
            if previous is not None and previous[1] == payload:
                continue
            self.begin()
            earlier = (predecessors or {}).get(order.reference) if previous is None else None
            self._write(order, payload, previous, earlier)

    def _write(self, order: Order, payload: str, previous: tuple[int, str] | None, earlier: str | None = None) -> int:
        columns = order_columns(order, payload)
        old = decode_payload(previous[1]) if previous is not None else None
        before = old if earlier is None else decode_payload(earlier)  # what the change events compare with
        if previous is None:
            rowid = int(self._conn.execute(_INSERT_ORDER, columns).lastrowid)  # type: ignore[arg-type]
        else:
            rowid = previous[0]
            status_changed = old is not None and old.status is not order.status
            self._conn.execute(_UPDATE_ORDER, (*columns, status_changed, rowid))
        if old is None or old.shipments != order.shipments:
            if old is not None:
                self._conn.execute("DELETE FROM shipments WHERE order_rowid = ?", (rowid,))
            self._conn.executemany(_INSERT_SHIPMENT, shipment_rows(rowid, order))
        events = detect_changes(before, order)
        self._conn.executemany(
            _INSERT_HISTORY,
            [
                (
                    rowid,
                    self._seen_at,
                    event.kind.value,
                    order.status.value,
                    event.previous_status.value if event.previous_status is not None else None,
                    event.detail,
                )
                for event in events
            ],
        )
        self.events.extend(compact_events(events))
        return rowid


def write_state(conn: sqlite3.Connection, values: dict[str, str | None]) -> None:
    """Upsert (or delete, for None) keys of sync_state; the caller owns the transaction."""
    for key, value in values.items():
        if value is None:
            conn.execute("DELETE FROM sync_state WHERE key = ?", (key,))
        else:
            conn.execute(
                "INSERT INTO sync_state (key, value) VALUES (?, ?)"
                " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, value),
            )


def read_state(conn: sqlite3.Connection, key: str) -> str | None:
    row = conn.execute("SELECT value FROM sync_state WHERE key = ?", (key,)).fetchone()
    return row[0] if row is not None else None

