"""The table's ids and chip counts, reusing the sorted order between queries.

Each keystroke or chip click used to cost two SQL passes (sorted ids, then counts), and
sorting a large match in SQLite is much of a query's time. Here the full sorted order is
read once per sort key (a covering index scan) and kept while the file is unchanged
(``PRAGMA data_version`` moves whenever another connection commits). A query then asks
SQLite only which rows match, unsorted, grouped by status (the counts come from the same
pass), and keeps the cached order's subsequence: rowid being the final tie-break, the
order is total, so the result is exactly ``OrderStore.query_ids``. Everything runs in one
read transaction, so the cached order and the matches come from the same snapshot.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from dataclasses import dataclass, replace
from datetime import datetime

from tpop_desktop.core.models import Status
from tpop_desktop.store.query_sql import from_clause, order_by_clause, where_clause
from tpop_desktop.store.records import OrderQuery, SortKey
_STATUSES = tuple(status.value for status in Status)
# One pass, one result row: the matching ids of each status as text. Building 100,000
# Python row tuples costs more than the scan itself; splitting six strings does not.
_IDS_PER_STATUS = ", ".join(f"group_concat(CASE WHEN status = '{s}' THEN rowid END)" for s in _STATUSES)


def _ints(text: str | None) -> list[int]:
    return list(map(int, text.split(","))) if text else []


@dataclass(frozen=True)
class _Order:
    """Every row id (archived ones only when asked) in display order."""

    data_version: int
    key: tuple[SortKey, bool, bool]
    ids: list[int]


def _is_plain(query: OrderQuery) -> bool:
    """Only a status filter (or nothing): both answers come from covering indexes.

    Compared field by field with an empty query, so a filter added to OrderQuery later
    takes the general path without anyone having to remember this function.
    """
    return replace(query, statuses=frozenset(), include_archived=False) == OrderQuery()


class TableView:
    """Per-connection helper behind ``OrderStore.table``; keeps one sorted order in memory."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn
        self._order: _Order | None = None

    def _sorted_ids(self, sort: SortKey, descending: bool, include_archived: bool) -> list[int]:
        self._conn.execute("SELECT 1 FROM sync_state LIMIT 1").fetchall()  # pins the snapshot first
        version = int(self._conn.execute("PRAGMA data_version").fetchone()[0])
        key = (sort, descending, include_archived)
        cached = self._order
        if cached is not None and cached.key == key and cached.data_version == version:
            return cached.ids
        where = "" if include_archived else " WHERE archived = 0"
        sql = f"SELECT rowid FROM orders{where}{order_by_clause(sort, descending)}"  # a covering index scan
        ids = [rowid for (rowid,) in self._conn.execute(sql)]
        self._order = _Order(version, key, ids)  # one sort key at a time: a few MB at 100,000 orders
        return ids

    def invalidate(self) -> None:
        """Forget the cached order (this connection wrote; data_version only sees others' commits)."""
        self._order = None

    def table(self, query: OrderQuery, sort: SortKey, descending: bool, *,
              now: datetime) -> tuple[list[int], dict[Status, int]]:
        """(row ids in display order, orders per status ignoring the status filter).

        Call inside a read transaction (``OrderStore.table`` does).
        """
        ordered = self._sorted_ids(sort, descending, query.include_archived)
        if _is_plain(query):
            where, params = where_clause(query, now=now, with_statuses=False)
            counts = Counter(dict(self._conn.execute(f"SELECT status, count(*) FROM orders{where} GROUP BY status",
                                                     params).fetchall()))
            if not query.statuses:
                return list(ordered), _by_status(counts)
            where, params = where_clause(query, now=now)
            matched = {rowid for (rowid,) in self._conn.execute(f"SELECT rowid FROM orders{where}", params)}
        else:
            where, params = where_clause(query, now=now, with_statuses=False)
            row = self._conn.execute(f"SELECT {_IDS_PER_STATUS}{from_clause(query)}{where}", params).fetchone()
            per_status = {status: _ints(text) for status, text in zip(_STATUSES, row)}
            counts = Counter({status: len(ids) for status, ids in per_status.items()})
            wanted = {status.value for status in query.statuses} or set(_STATUSES)
            matched = {rowid for status in wanted for rowid in per_status[status]}
        if len(matched) == len(ordered):
            return list(ordered), _by_status(counts)
        return [rowid for rowid in ordered if rowid in matched], _by_status(counts)


def _by_status(counts: Counter) -> dict[Status, int]:
    return {status: counts.get(status.value, 0) for status in Status}
