"""OrderStore: one thread's connection to the order database.

Open one ``OrderStore`` per thread on the same file (the sync worker writes, the GUI
reads); SQLite's WAL mode lets the GUI read while a sync is being written. Call
``open_database`` once at start-up before creating any.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path

from tpop_desktop.core.changes import ChangeEvent, EventKind
from tpop_desktop.core.models import BlockReason, Order, Platform, Status
from tpop_desktop.core.parcel import ParcelStatus, parse_carrier_time_text
from tpop_desktop.store import shop_rows
from tpop_desktop.store.codec import decode_payload, decode_time, encode_time
from tpop_desktop.store.connection import StoreConnection
from tpop_desktop.store.errors import StoreError, wrap
from tpop_desktop.store.query_sql import LATEST_PARCEL, from_clause, order_by_clause, where_clause
from tpop_desktop.store.records import HistoryEntry, OrderQuery, OrderRow, SortKey
from tpop_desktop.store.sync_writer import (
    CHUNK,
    SyncWriter,
    chunks,
    read_state,
    write_state,
)
from tpop_desktop.store.table_view import TableView

_CURSOR = "cursor"
_LAST_SYNC = "last_sync_at"
_LAST_FULL_SYNC = "last_full_sync_at"
_ROW_COLUMNS = (
    "rowid, reference, created_at, shop_name, platform, shop_order_number, customer_name,"
    " country, city, status, block_reason, tracking_number, carrier, shipped_at, delivered_at, archived,"
    " (SELECT state FROM shop_checks WHERE shop_checks.reference = orders.reference LIMIT 1),"
    f" (SELECT status || '|' || coalesce(status_at, '') FROM parcels WHERE {LATEST_PARCEL}),"
    " (SELECT expected_by FROM order_estimates WHERE order_estimates.reference = orders.reference)"
)


def _row(values: tuple) -> OrderRow:
    (rowid, reference, created_at, shop_name, platform, shop_order_number, customer_name,
     country, city, status, block_reason, tracking_number, carrier, shipped_at, delivered_at,
     archived, shop_state, parcel, expected_by) = values  # fmt: skip
    parcel_status, parcel_at = _parcel(parcel)
    return OrderRow(
        rowid=rowid,
        reference=reference,
        created_at=decode_time(created_at),  # type: ignore[arg-type]
        shop_name=shop_name,
        platform=Platform(platform),
        shop_order_number=shop_order_number,
        customer_name=customer_name,
        country=country,
        city=city,
        status=Status(status),
        block_reason=BlockReason(block_reason) if block_reason else None,
        tracking_number=tracking_number,
        carrier=carrier,
        shipped_at=decode_time(shipped_at),
        delivered_at=decode_time(delivered_at),
        archived=bool(archived),
        shop_state=shop_state,
        parcel_status=parcel_status,
        parcel_at=parcel_at,
        expected_by=decode_time(expected_by),
    )


def _parcel(text: str | None) -> tuple[ParcelStatus | None, datetime | None]:
    """The latest shipment's carrier status and its time, from ``status|status_at``."""
    if not text:
        return None, None
    status, _, at = text.partition("|")
    try:
        return ParcelStatus(status), parse_carrier_time_text(at or None)
    except ValueError:
        return None, None


class OrderStore(StoreConnection):
    """Orders, their history, notes and the sync cursor; every failure is a ``StoreError``."""

    TABLES = ("history", "shipments", "orders", "notes", "sync_state")  # what this store owns

    def __init__(self, path: Path) -> None:
        super().__init__(path)
        # Sync state not yet written because nothing changed since (see apply_sync).
        self._pending_state: dict[str, str | None] = {}
        self._table_view = TableView(self._conn)

    def _committed(self) -> None:
        self._table_view.invalidate()  # this connection's own writes change what the table shows

    # -- sync -----------------------------------------------------------------------------

    def apply_sync(
        self,
        orders: Iterable[Order],
        *,
        cursor: str | None,
        seen_at: datetime,
        full: bool = False,
    ) -> list[ChangeEvent]:
        """Store one sync in ONE transaction and return what changed.

        All or nothing: if iterating ``orders`` or writing raises, nothing is kept, not
        even the cursor; the iterable's own exception propagates unchanged, SQLite errors
        become ``StoreError``. Unchanged orders are not written. When nothing changed (and
        ``full`` is false) the file is not touched at all: the new cursor and sync time
        are kept in memory, returned by this instance's ``sync_cursor``/``last_sync_at``,
        and written with the next change or by ``close``. A ``full`` sync always records
        its completion time (see ``last_full_sync_at``).
        """
        seen = encode_time(seen_at)
        writer = SyncWriter(self._conn, seen)
        state: dict[str, str | None] = {_CURSOR: cursor, _LAST_SYNC: seen}
        if full:
            state[_LAST_FULL_SYNC] = seen
        try:
            for chunk in chunks(orders):
                # the shop's own view of an order TPOP now lists: TPOP's row replaces it, its changes follow on
                before = shop_rows.predecessors(self._conn, chunk)
                writer.apply_chunk(chunk, {ref: payload for ref, (_shop_ref, payload) in before.items()})
                if before:
                    writer.begin()
                    shop_rows.drop_rows(self._conn, (shop_ref for shop_ref, _ in before.values()),
                                        {shop_ref: ref for ref, (shop_ref, _) in before.items()})
            if full:
                writer.begin()
            if writer.in_transaction:
                write_state(self._conn, state)
                self._conn.execute("COMMIT")
                self._table_view.invalidate()
        except BaseException as error:
            self._rollback()
            if isinstance(error, sqlite3.Error):
                raise wrap(error, self.folder) from error
            raise
        self._pending_state = {} if writer.in_transaction else state
        return writer.events

    def _state(self, key: str) -> str | None:
        if key in self._pending_state:
            return self._pending_state[key]
        return self._read(lambda: read_state(self._conn, key))

    def sync_cursor(self) -> str | None:
        return self._state(_CURSOR)

    def last_sync_at(self) -> datetime | None:
        return decode_time(self._state(_LAST_SYNC))

    def last_full_sync_at(self) -> datetime | None:
        """When a full sync last completed; None after a rebuild until one does."""
        return decode_time(self._state(_LAST_FULL_SYNC))

    # -- orders read from the shops ---------------------------------------------------------

    def apply_shop_orders(self, orders: Iterable[Order], *, drop: Iterable[str] = (), seen_at: datetime,
                          cursors: Mapping[str, str | None] | None = None) -> list[ChangeEvent]:
        """Store shop orders and drop shop rows (``drop``) in one transaction; TPOP's cursor is untouched.

        Unchanged orders are not written. The shops' read ``cursors`` (shop id -> ISO time)
        are written with the changes (None deletes one); when nothing changed they are not, and the next read
        after a restart starts a little earlier (orders read again unchanged cost reads only).
        """
        writer = SyncWriter(self._conn, encode_time(seen_at))
        try:
            for chunk in chunks(orders):
                writer.apply_chunk(chunk)
            gone = [ref for ref in dict.fromkeys(drop) if ref.startswith("shop:")]
            if gone:
                writer.begin()
                shop_rows.drop_rows(self._conn, gone)
            if writer.in_transaction:
                write_state(self._conn, {shop_rows.CURSOR_KEY + k: v for k, v in (cursors or {}).items()})
                self._conn.execute("COMMIT")
                self._table_view.invalidate()
        except BaseException as error:
            self._rollback()
            if isinstance(error, sqlite3.Error):
                raise wrap(error) from error
            raise
        return writer.events

    def shop_orders_cursor(self, shop_id: str) -> str | None:
        return self._read(lambda: read_state(self._conn, shop_rows.CURSOR_KEY + shop_id))

    def shop_order_references(self, shop_id: str) -> set[str]:
        """The references of one shop's rows read from the shop (never TPOP's)."""
        return self._read(lambda: shop_rows.shop_row_references(self._conn, shop_id))

    def shops_with_shop_rows(self) -> set[str]:
        return self._read(lambda: shop_rows.shops_with_rows(self._conn))

    def tpop_order_keys(self, shop_ids: Iterable[str]) -> set[tuple[str, str]]:
        return self._read(lambda: shop_rows.tpop_keys(self._conn, shop_ids))

    def tpop_shop_names(self, shop_ids: Iterable[str]) -> dict[str, str]:
        return self._read(lambda: shop_rows.tpop_shop_names(self._conn, shop_ids))

    def forget_shop_orders(self, shop_id: str) -> set[str]:
        """A shop's connection was removed: its rows read from the shop go, with its read cursor."""
        def forget() -> set[str]:
            refs = shop_rows.shop_row_references(self._conn, shop_id)
            shop_rows.drop_rows(self._conn, refs)
            write_state(self._conn, {shop_rows.CURSOR_KEY + shop_id: None})
            return refs

        refs = self._transaction(forget)
        self._table_view.invalidate()
        return refs

    # -- single orders --------------------------------------------------------------------

    def order(self, reference: str) -> Order | None:
        row = self._read(
            lambda: self._conn.execute(
                "SELECT payload FROM orders WHERE reference = ?", (reference,)
            ).fetchone()
        )
        return decode_payload(row[0]) if row is not None else None

    def history(self, reference: str) -> list[HistoryEntry]:
        """Every recorded event of the order, oldest first."""
        rows = self._read(
            lambda: self._conn.execute(
                "SELECT h.seen_at, h.kind, h.status, h.detail, h.previous_status FROM history h"
                " JOIN orders o ON o.rowid = h.order_rowid WHERE o.reference = ? ORDER BY h.id",
                (reference,),
            ).fetchall()
        )
        return [
            HistoryEntry(
                seen_at=decode_time(seen_at),  # type: ignore[arg-type]
                kind=EventKind(kind),
                status=Status(status),
                detail=detail,
                previous_status=Status(previous) if previous else None,
            )
            for seen_at, kind, status, detail, previous in rows
        ]

    def rowid_for(self, reference: str) -> int | None:
        return self.rowids_for([reference]).get(reference)

    def rowids_for(self, references: Iterable[str]) -> dict[str, int]:
        found: dict[str, int] = {}
        unique = list(dict.fromkeys(references))
        for start in range(0, len(unique), CHUNK):
            block = unique[start : start + CHUNK]
            sql = f"SELECT reference, rowid FROM orders WHERE reference IN ({','.join('?' * len(block))})"
            found.update(self._read(lambda: self._conn.execute(sql, block).fetchall()))
        return found

    # -- the table --------------------------------------------------------------------------

    def query_ids(
        self,
        query: OrderQuery,
        sort: SortKey = SortKey.CREATED,
        descending: bool = True,
        *,
        now: datetime,
    ) -> list[int]:
        """Row ids matching ``query``, in display order; rows are fetched later with ``rows``."""
        where, params = where_clause(query, now=now)
        sql = f"SELECT rowid{from_clause(query)}{where}{order_by_clause(sort, descending)}"
        return [rowid for (rowid,) in self._read(lambda: self._conn.execute(sql, params).fetchall())]

    def rows(self, rowids: Sequence[int]) -> dict[int, OrderRow]:
        """Display rows for ``rowids`` (missing ids are simply absent), fetched in blocks."""
        result: dict[int, OrderRow] = {}
        for start in range(0, len(rowids), CHUNK):
            block = list(rowids[start : start + CHUNK])
            sql = f"SELECT {_ROW_COLUMNS} FROM orders WHERE rowid IN ({','.join('?' * len(block))})"
            for values in self._read(lambda: self._conn.execute(sql, block).fetchall()):
                result[values[0]] = _row(values)
        return result

    def table(
        self, query: OrderQuery, sort: SortKey = SortKey.CREATED, descending: bool = True, *, now: datetime
    ) -> tuple[list[int], dict[Status, int]]:
        """``query_ids`` and ``status_counts`` together, faster when asked again and again.

        Keeps this connection's last sorted order in memory (see table_view); meant for
        the table's query thread, which asks on every keystroke and chip click.
        """
        return self._snapshot(lambda: self._table_view.table(query, sort, descending, now=now))

    def status_counts(self, query: OrderQuery | None = None, *, now: datetime) -> dict[Status, int]:
        """Orders per status under ``query`` minus its status filter (for the filter chips)."""
        where, params = where_clause(query or OrderQuery(), now=now, with_statuses=False)
        sql = f"SELECT status, count(*){from_clause(query or OrderQuery())}{where} GROUP BY status"
        counts = dict.fromkeys(Status, 0)
        for status, count in self._read(lambda: self._conn.execute(sql, params).fetchall()):
            counts[Status(status)] = count
        return counts

    def order_count(self) -> int:
        """Every stored order, archived ones included."""
        return int(self._read(lambda: self._conn.execute("SELECT count(*) FROM orders").fetchone()[0]))

    # -- merchant's own data ----------------------------------------------------------------

    def set_note(self, reference: str, text: str) -> None:
        """Save the merchant's note for an order; an empty note deletes it."""
        def write() -> None:
            if text.strip():
                self._conn.execute(
                    "INSERT INTO notes (reference, text, updated_at) VALUES (?, ?, ?)"
                    " ON CONFLICT(reference) DO UPDATE SET text = excluded.text,"
                    " updated_at = excluded.updated_at",
                    (reference, text, encode_time(datetime.now(UTC))),
                )
            else:
                self._conn.execute("DELETE FROM notes WHERE reference = ?", (reference,))

        self._transaction(write)

    def note(self, reference: str) -> str:
        row = self._read(
            lambda: self._conn.execute("SELECT text FROM notes WHERE reference = ?", (reference,)).fetchone()
        )
        return row[0] if row is not None else ""

    def archive_delivered(self, older_than_days: int, *, now: datetime) -> int:
        """Archive delivered orders delivered (or, if unknown, last updated) before the cut-off."""
        cutoff = encode_time(now - timedelta(days=older_than_days))
        return self._transaction(
            lambda: self._conn.execute(
                "UPDATE orders SET archived = 1 WHERE archived = 0 AND status = ?"
                " AND COALESCE(delivered_at, updated_at) < ?",
                (Status.DELIVERED.value, cutoff),
            ).rowcount
        )

    def set_archived(self, references: Iterable[str], archived: bool) -> int:
        """Archive or restore orders by reference; returns how many rows changed."""
        refs = list(dict.fromkeys(references))

        def write() -> int:
            changed = 0
            for start in range(0, len(refs), CHUNK):
                block = refs[start : start + CHUNK]
                changed += self._conn.execute(
                    f"UPDATE orders SET archived = ? WHERE archived != ?"
                    f" AND reference IN ({','.join('?' * len(block))})",
                    (int(archived), int(archived), *block),
                ).rowcount
            return changed

        return self._transaction(write) if refs else 0

    # -- lifecycle --------------------------------------------------------------------------

    def clear(self) -> None:
        """Forget every order, shipment, history entry, note and the sync cursor."""
        self.wipe(self.TABLES)
        self._pending_state = {}

    def close(self) -> None:
        """Write any sync state kept in memory, then close. Safe to call twice."""
        if self._closed:
            return
        try:
            if self._pending_state:
                state = self._pending_state
                self._transaction(lambda: write_state(self._conn, state))
                self._pending_state = {}
        except StoreError:
            pass  # losing the cursor only means re-reading a few orders next time
        finally:
            super().close()
