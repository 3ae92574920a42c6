"""Each kind of row the salvage copies: which columns it reads, how it checks them, how it writes.

A row is checked the way the app will read it (a payload that decodes, a time in the
store's format, a known status), so nothing the salvage copies can break the window
later; a row that fails the check raises and is left behind. Orders are rebuilt from their
payload (every indexed column derived again, shipments too), keeping the archive flag.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass

from tpop_desktop.core.cases import case_from_dict
from tpop_desktop.core.changes import EventKind
from tpop_desktop.core.models import Status
from tpop_desktop.store.codec import (
    ORDER_COLUMNS,
    decode_payload,
    decode_time,
    encode_payload,
    encode_time,
    order_columns,
    shipment_rows,
)

Copy = Callable[[sqlite3.Connection, tuple], bool]  # (new db, (rowid, *columns)) -> an archived order


@dataclass(frozen=True)
class RowKind:
    name: str  # the count's name in Salvage
    table: str
    columns: tuple[str, ...]  # read from the damaged file, after the rowid
    copy: Copy
    # For the page scan (rows SQLite could not reach): the key that says "already copied",
    # and the column whose larger value marks the newer of two copies (None: rows never change).
    key: str | None = None
    newer: str | None = None


def _copy_note(db: sqlite3.Connection, row: tuple) -> bool:
    _rowid, reference, text, updated_at = row
    if not (isinstance(reference, str) and reference and isinstance(text, str)):
        raise TypeError("not a note")
    decode_time(updated_at)
    db.execute("INSERT INTO notes (reference, text, updated_at) VALUES (?, ?, ?)", (reference, text, updated_at))
    return False


def _copy_case(db: sqlite3.Connection, row: tuple) -> bool:
    _rowid, case_id, reship_reference, _updated_at, payload = row
    case = case_from_dict(json.loads(payload))
    if case.id != case_id or not (reship_reference is None or isinstance(reship_reference, str)):
        raise ValueError("not this case")
    db.execute(
        "INSERT INTO cases (id, reference, kind, closed, opened_at, updated_at, reship_reference, payload)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (case.id, case.reference, case.kind.value, int(case.closed), encode_time(case.opened_at),
         encode_time(case.updated_at), reship_reference, payload))
    return False


def _copy_case_event(db: sqlite3.Connection, row: tuple) -> bool:
    rowid, case_id, reference, at, kind, data = row
    decode_time(at)
    if not isinstance(json.loads(data), dict) or not (isinstance(reference, str) and isinstance(kind, str)):
        raise ValueError("not a case event")
    db.execute("INSERT INTO case_events (id, case_id, reference, at, kind, data) VALUES (?, ?, ?, ?, ?, ?)",
               (rowid, case_id, reference, at, kind, data))
    return False


_INSERT_ORDER = (
    f"INSERT INTO orders (rowid, {', '.join(ORDER_COLUMNS)}, archived)"
    f" VALUES (?, {', '.join('?' * len(ORDER_COLUMNS))}, ?)"
)
_INSERT_SHIPMENT = (
    "INSERT INTO shipments (order_rowid, position, carrier, tracking_number, tracking_url,"
    " shipped_at, delivered_at) VALUES (?, ?, ?, ?, ?, ?, ?)"
)


def _copy_order(db: sqlite3.Connection, row: tuple) -> bool:
    rowid, reference, archived, _updated_at, payload = row
    order = decode_payload(payload)
    if order.reference != reference:
        raise ValueError("payload of another order")
    archived = 1 if archived == 1 else 0
    db.execute(_INSERT_ORDER, (rowid, *order_columns(order, encode_payload(order)), archived))
    db.executemany(_INSERT_SHIPMENT, shipment_rows(rowid, order))
    return bool(archived)


def _copy_history(db: sqlite3.Connection, row: tuple) -> bool:
    rowid, order_rowid, seen_at, kind, status, previous_status, detail = row
    decode_time(seen_at)
    EventKind(kind)
    Status(status)
    if previous_status is not None:
        Status(previous_status)
    if not isinstance(detail, str) or not isinstance(order_rowid, int):
        raise TypeError("not a history entry")
    db.execute("INSERT INTO history (id, order_rowid, seen_at, kind, status, previous_status, detail)"
               " VALUES (?, ?, ?, ?, ?, ?, ?)", (rowid, order_rowid, seen_at, kind, status, previous_status, detail))
    return False


def _copy_shop_fix(db: sqlite3.Connection, row: tuple) -> bool:
    rowid, reference, shop_id, at, outcome, data = row
    decode_time(at)
    if not all(isinstance(v, str) for v in (reference, shop_id, outcome)) or not isinstance(json.loads(data), dict):
        raise ValueError("not a shop fix record")
    db.execute("INSERT INTO shop_fixes (id, reference, shop_id, at, outcome, data) VALUES (?, ?, ?, ?, ?, ?)",
               (rowid, reference, shop_id, at, outcome, data))
    return False


# In this order: the merchant's own data first, each table before those that refer to it.
# Case events and shop fixes are too alike in shape to be told apart on raw pages: no scan.
KINDS: tuple[RowKind, ...] = (
    RowKind("notes", "notes", ("reference", "text", "updated_at"), _copy_note, key="reference", newer="updated_at"),
    RowKind("cases", "cases", ("id", "reship_reference", "updated_at", "payload"), _copy_case,
            key="id", newer="updated_at"),
    RowKind("case_events", "case_events", ("case_id", "reference", "at", "kind", "data"), _copy_case_event),
    RowKind("orders", "orders", ("reference", "archived", "updated_at", "payload"), _copy_order,
            key="rowid", newer="updated_at"),
    RowKind("history", "history", ("order_rowid", "seen_at", "kind", "status", "previous_status", "detail"),
            _copy_history, key="id"),
    RowKind("shop_fixes", "shop_fixes", ("reference", "shop_id", "at", "outcome", "data"), _copy_shop_fix),
)
