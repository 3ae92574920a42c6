"""OrderQuery and SortKey as SQL: filtering and sorting happen in SQLite, not in Python."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from tpop_desktop.core.attention import stale_before
from tpop_desktop.core.models import Status
from tpop_desktop.core.text import fold
from tpop_desktop.store.codec import encode_time
from tpop_desktop.store.records import OrderQuery, SortKey

# The end of the order's usual delivery window (the estimates job's), while its parcel travels.
EXPECTED_BY_SQL = "(SELECT expected_by FROM order_estimates WHERE order_estimates.reference = orders.reference)"

# Mirrors tpop_desktop.core.attention.needs_attention exactly (a test checks they agree); the
# parameters: the stale limit, then now (past the usual window: late).
NEEDS_ATTENTION_SQL = (
    f"(status = '{Status.BLOCKED.value}' OR (status = '{Status.SHIPPED.value}'"
    f" AND shipped_at IS NOT NULL AND delivered_at IS NULL AND (shipped_at < ? OR {EXPECTED_BY_SQL} < ?)))"
)

# Orders whose latest shop check says TPOP's tracking is missing or different in the shop.
SHOP_PROBLEMS_SQL = (
    "reference IN (SELECT reference FROM shop_checks WHERE reference IS NOT NULL"
    " AND state IN ('tracking_missing', 'tracking_different'))"
)

# The carrier's answer about the order's latest shipment (the parcels table's primary key).
LATEST_PARCEL = "parcels.reference = orders.reference AND parcels.tracking_number = orders.tracking_number"
PARCEL_STATUS_SQL = f"EXISTS (SELECT 1 FROM parcels WHERE {LATEST_PARCEL} AND parcels.status IN ({{marks}}))"

# The trigram index finds substrings of at least this many characters.
TRIGRAM = 3

_ORDER_BY: dict[SortKey, tuple[str, ...]] = {
    SortKey.REFERENCE: ("reference COLLATE NOCASE",),
    SortKey.CREATED: ("created_at",),
    SortKey.SHOP: ("shop_sort",),
    SortKey.CUSTOMER: ("customer_sort",),
    SortKey.DESTINATION: ("country", "city_sort"),
    SortKey.STATUS: ("status_rank",),
    SortKey.TRACKING: ("tracking_number COLLATE NOCASE",),
    SortKey.CARRIER: ("carrier COLLATE NOCASE",),
    SortKey.EXPECTED: (f"{EXPECTED_BY_SQL} IS NULL ASC", EXPECTED_BY_SQL),  # without an estimate: last either way
    SortKey.SHOP_CHECK: (
        "COALESCE((SELECT CASE state WHEN 'tracking_missing' THEN 0 WHEN 'tracking_different' THEN 1"
        " WHEN 'unknown' THEN 2 WHEN 'waiting' THEN 3 ELSE 4 END"
        " FROM shop_checks WHERE shop_checks.reference = orders.reference LIMIT 1), 5)",
    ),
    # one lookup a row: the rank (a single digit, STATUS_RANK) then the carrier's time, as text;
    # never asked ("") sorts first
    SortKey.PARCEL: (
        f"COALESCE((SELECT status_rank || '|' || COALESCE(status_at, '') FROM parcels WHERE {LATEST_PARCEL}), '')",
    ),
}


def trigram_match(needle: str) -> str:
    """An FTS5 query requiring every trigram of ``needle`` (each quoted as a literal token)."""
    grams = dict.fromkeys(needle[i : i + TRIGRAM] for i in range(len(needle) - TRIGRAM + 1))
    return " AND ".join('"' + gram.replace('"', '""') + '"' for gram in grams)


def _in_list(column: str, values: frozenset[str], where: list[str], params: list[Any]) -> None:
    ordered = sorted(values)
    where.append(f"{column} IN ({','.join('?' * len(ordered))})")
    params.extend(ordered)


def where_clause(
    query: OrderQuery, *, now: datetime, with_statuses: bool = True
) -> tuple[str, list[Any]]:
    """``WHERE ...`` (or "") and its parameters; ``with_statuses=False`` drops the status filter."""
    where: list[str] = []
    params: list[Any] = []
    needle = fold(query.text.strip())
    if len(needle) >= TRIGRAM:
        where.append("rowid IN (SELECT rowid FROM orders_search WHERE orders_search MATCH ?)")
        params.append(trigram_match(needle))
        where.append("instr(search_text, ?) > 0")  # drops trigram-only matches (see schema)
        params.append(needle)
    elif needle:
        where.append("instr(search_text, ?) > 0")
        params.append(needle)
    if with_statuses and query.statuses:
        _in_list("status", frozenset(s.value for s in query.statuses), where, params)
    if query.shop_ids:
        _in_list("shop_id", query.shop_ids, where, params)
    if query.countries:
        _in_list("country", frozenset(c.upper() for c in query.countries), where, params)
    if query.created_from is not None:
        where.append("created_at >= ?")
        params.append(encode_time(query.created_from))
    if query.created_to is not None:
        where.append("created_at < ?")
        params.append(encode_time(query.created_to))
    if query.needs_attention:
        where.append(NEEDS_ATTENTION_SQL)
        params += [encode_time(stale_before(now)), encode_time(now)]
    if query.shop_problems:
        where.append(SHOP_PROBLEMS_SQL)
    if query.parcel_statuses:
        ordered = sorted(status.value for status in query.parcel_statuses)
        where.append(PARCEL_STATUS_SQL.format(marks=",".join("?" * len(ordered))))
        params.extend(ordered)
    if query.shipped_from is not None:
        where.append("shipped_at >= ?")
        params.append(encode_time(query.shipped_from))
    if query.references is not None:
        _in_list("reference", query.references, where, params)  # an empty set matches nothing
    if not query.include_archived and query.references is None:  # recent changes include archived ones
        where.append("archived = 0")
    return (" WHERE " + " AND ".join(where)) if where else "", params


def from_clause(query: OrderQuery) -> str:
    """``FROM orders``; a short search text scans the table in storage order.

    Left alone, SQLite walks the sort index and fetches each row at random to test the
    text, about three times slower than one sequential scan followed by a sort.
    """
    needle = fold(query.text.strip())
    if 0 < len(needle) < TRIGRAM:
        return " FROM orders NOT INDEXED"
    return " FROM orders"


def order_by_clause(sort: SortKey, descending: bool) -> str:
    """Stable: ties are broken on rowid, in the same direction; a term ending in ASC keeps it."""
    direction = " DESC" if descending else ""
    terms = [term if term.endswith(" ASC") else term + direction for term in _ORDER_BY[sort]]
    terms.append("rowid" + direction)
    return " ORDER BY " + ", ".join(terms)
