"""The rows of orders read from the merchant's shops (``shop:`` references), beside TPOP's.

They live in the same ``orders`` table, so the table, the detail pane, the notifications
and the export treat them alike. What differs is here: a TPOP order replaces the shop
row with the same key (its note moves over), each shop's read cursor is a key of
``sync_state`` (never TPOP's cursor), and TPOP's own rows are told apart by their
reference. Functions take the caller's connection; the caller owns the transaction.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from tpop_desktop.core.models import Order
from tpop_desktop.core.shop_order_source import SHOP_REFERENCE_PREFIX, shop_reference_of
from tpop_desktop.core.shop_orders import normalize_order_number
from tpop_desktop.store.sync_writer import CHUNK

CURSOR_KEY = "shop_orders_cursor:"  # + shop id, in sync_state
_NOT_SHOP = "reference NOT LIKE 'shop:%'"  # TPOP's rows (its references never start with "shop:")


def _prefix_range(shop_id: str) -> tuple[str, str]:
    """Bounds of the references of one shop's rows (an index range, not a scan)."""
    prefix = f"{SHOP_REFERENCE_PREFIX}{shop_id}:"
    return prefix, prefix[:-1] + ";"  # ";" sorts right after ":"


def predecessors(conn: sqlite3.Connection, tpop_orders: Iterable[Order]) -> dict[str, tuple[str, str]]:
    """TPOP reference -> (shop row reference, its stored payload) for the shop rows these orders replace."""
    wanted = {ref: order.reference for order in tpop_orders if (ref := shop_reference_of(order))}
    found: dict[str, tuple[str, str]] = {}
    refs = list(wanted)
    for start in range(0, len(refs), CHUNK):
        block = refs[start:start + CHUNK]
        rows = conn.execute(f"SELECT reference, payload FROM orders WHERE reference IN ({','.join('?' * len(block))})",
                            block)
        found.update({wanted[ref]: (ref, payload) for ref, payload in rows})
    return found


def drop_rows(conn: sqlite3.Connection, references: Iterable[str], moved_to: dict[str, str] | None = None) -> int:
    """Delete shop rows (never a TPOP row); a note moves to the TPOP order that replaces its row."""
    refs = [ref for ref in dict.fromkeys(references) if ref.startswith(SHOP_REFERENCE_PREFIX)]
    for old, new in (moved_to or {}).items():
        conn.execute("UPDATE OR IGNORE notes SET reference = ? WHERE reference = ?", (new, old))
    deleted = 0
    for start in range(0, len(refs), CHUNK):
        block = refs[start:start + CHUNK]
        deleted += conn.execute(f"DELETE FROM orders WHERE reference IN ({','.join('?' * len(block))})",
                                block).rowcount
    return deleted


def tpop_keys(conn: sqlite3.Connection, shop_ids: Iterable[str]) -> set[tuple[str, str]]:
    """(shop id, normalized shop order number) of TPOP's stored orders of these shops."""
    ids = sorted(set(shop_ids))
    if not ids:
        return set()
    rows = conn.execute(f"SELECT shop_id, shop_order_number FROM orders WHERE shop_id IN ({','.join('?' * len(ids))})"
                        f" AND shop_order_number != '' AND {_NOT_SHOP}", ids)
    return {(shop_id, key) for shop_id, number in rows if (key := normalize_order_number(number))}


def tpop_shop_names(conn: sqlite3.Connection, shop_ids: Iterable[str]) -> dict[str, str]:
    """The names TPOP's orders give these shops (TPOP's name wins over the platform's)."""
    ids = sorted(set(shop_ids))
    if not ids:
        return {}
    rows = conn.execute(f"SELECT shop_id, max(shop_name) FROM orders WHERE shop_id IN ({','.join('?' * len(ids))})"
                        f" AND {_NOT_SHOP} GROUP BY shop_id", ids)
    return {shop_id: name for shop_id, name in rows if name}


def shop_row_references(conn: sqlite3.Connection, shop_id: str) -> set[str]:
    low, high = _prefix_range(shop_id)
    rows = conn.execute("SELECT reference FROM orders WHERE reference >= ? AND reference < ?", (low, high))
    return {ref for (ref,) in rows}


def shops_with_rows(conn: sqlite3.Connection) -> set[str]:
    """The shops that have rows read from the shop (an index range over ``shop:`` references)."""
    rows = conn.execute("SELECT DISTINCT shop_id FROM orders WHERE reference >= ? AND reference < ?",
                        (SHOP_REFERENCE_PREFIX, SHOP_REFERENCE_PREFIX[:-1] + ";"))
    return {shop_id for (shop_id,) in rows}
