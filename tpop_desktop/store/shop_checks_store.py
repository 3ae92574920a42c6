"""ShopChecksStore: the daily shop checks' results, on the same SQLite file as the orders.

Only the latest result per shop order is kept (keyed like ``ShopCheck.key``), so the
table, the filter and the status bar read one row per order. A run is saved in one
transaction: a crash never leaves half a run. Shops that were not part of a run keep
their stored results. Fixes the merchant applied are kept for the order's timeline.
Open one instance per thread (the sync worker writes runs, the GUI reads and records fixes).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Mapping
from datetime import datetime

from tpop_desktop.core.models import Order, Platform
from tpop_desktop.core.shop_checks import FIXABLE_STATES, ShopCheck, ShopState
from tpop_desktop.store.codec import decode_payload, decode_time, encode_time
from tpop_desktop.store.connection import StoreConnection
from tpop_desktop.store.records import ShopFixRecord, ShopReadStatus
from tpop_desktop.store.sync_writer import CHUNK

log = logging.getLogger(__name__)

PROBLEM_STATES = (*sorted(FIXABLE_STATES), ShopState.NOT_IN_TPOP)


class ShopChecksStore(StoreConnection):
    """Latest shop check per shop order, the shops' read status and the fixes; errors are ``StoreError``."""

    TABLES = ("shop_checks", "shop_check_shops", "shop_fixes")  # what this store owns

    def _upsert(self, check: ShopCheck, at: str) -> None:
        shop_id, key = check.key
        self._conn.execute(
            "INSERT INTO shop_checks (shop_id, order_key, reference, state, checked_at, payload)"
            " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(shop_id, order_key) DO UPDATE SET"
            " reference = excluded.reference, state = excluded.state, checked_at = excluded.checked_at,"
            " payload = excluded.payload",
            (shop_id, key, check.reference, check.state.value, at, json.dumps(check.to_dict())),
        )

    # -- writing --------------------------------------------------------------------------

    def save_run(self, results: Iterable[ShopCheck], checked_at: datetime, *,
                 read_shops: Iterable[str] = (), failures: Mapping[str, str] | None = None) -> set[str]:
        """Store one run atomically; returns the TPOP references whose result was written.

        ``read_shops`` were read completely: their "not in TPOP" rows that this run no longer
        reports are dropped (the order reached TPOP or was cancelled). ``failures`` (shop id ->
        error class name) are shops that could not be read; their results are the ``UNKNOWN``
        ones in ``results``. Every other shop's stored rows stay as they were.
        """
        checks = list(results)
        at = encode_time(checked_at)
        failed = dict(failures or {})
        read = set(read_shops)

        def write() -> set[str]:
            for shop_id in read:
                kept = [c.key[1] for c in checks if c.shop_id == shop_id and c.state is ShopState.NOT_IN_TPOP]
                marks = ",".join("?" * len(kept))
                extra = f" AND order_key NOT IN ({marks})" if kept else ""
                self._conn.execute(
                    f"DELETE FROM shop_checks WHERE shop_id = ? AND reference IS NULL{extra}", (shop_id, *kept))
            for check in checks:
                self._upsert(check, at)
            for shop_id in read | set(failed):
                self._conn.execute(
                    "INSERT INTO shop_check_shops (shop_id, checked_at, failure) VALUES (?, ?, ?)"
                    " ON CONFLICT(shop_id) DO UPDATE SET checked_at = excluded.checked_at,"
                    " failure = excluded.failure",
                    (shop_id, at, failed.get(shop_id, "")),
                )
            return {c.reference for c in checks if c.reference}

        return self._transaction(write)

    def save_check(self, check: ShopCheck, checked_at: datetime) -> None:
        """One shop order checked again on its own (after a fix)."""
        self._transaction(lambda: self._upsert(check, encode_time(checked_at)))

    def record_fix(self, record: ShopFixRecord) -> None:
        self._transaction(lambda: self._conn.execute(
            "INSERT INTO shop_fixes (reference, shop_id, at, outcome, data) VALUES (?, ?, ?, ?, ?)",
            (record.reference, record.shop_id, encode_time(record.at), record.outcome, json.dumps(record.data))))

    def forget_shop(self, shop_id: str) -> set[str]:
        """The shop's connection was removed: its results go (returns the references that had one)."""
        def write() -> set[str]:
            rows = self._conn.execute(
                "SELECT reference FROM shop_checks WHERE shop_id = ? AND reference IS NOT NULL", (shop_id,)).fetchall()
            self._conn.execute("DELETE FROM shop_checks WHERE shop_id = ?", (shop_id,))
            self._conn.execute("DELETE FROM shop_check_shops WHERE shop_id = ?", (shop_id,))
            return {reference for (reference,) in rows}

        return self._transaction(write)

    # -- reading --------------------------------------------------------------------------

    def _checks(self, sql: str, params: tuple[object, ...] = ()) -> list[ShopCheck]:
        rows = self._read(lambda: self._conn.execute(sql, params).fetchall())
        result = []
        for (payload,) in rows:
            try:
                result.append(ShopCheck.from_dict(json.loads(payload)))
            except (ValueError, KeyError, TypeError):
                log.warning("a stored shop check could not be read; it is ignored")
        return result

    def latest(self, shop_id: str, order_key: str) -> ShopCheck | None:
        found = self._checks("SELECT payload FROM shop_checks WHERE shop_id = ? AND order_key = ?",
                             (shop_id, order_key))
        return found[0] if found else None

    def for_reference(self, reference: str) -> list[ShopCheck]:
        return self._checks("SELECT payload FROM shop_checks WHERE reference = ? ORDER BY shop_id, order_key",
                            (reference,))

    def states_for(self, references: Iterable[str]) -> dict[str, ShopState]:
        unique = list(dict.fromkeys(references))
        found: dict[str, ShopState] = {}
        for start in range(0, len(unique), CHUNK):
            block = unique[start:start + CHUNK]
            sql = f"SELECT reference, state FROM shop_checks WHERE reference IN ({','.join('?' * len(block))})"
            for reference, state in self._read(lambda: self._conn.execute(sql, block).fetchall()):
                found[reference] = ShopState(state)
        return found

    def counts(self) -> dict[ShopState, int]:
        rows = self._read(lambda: self._conn.execute("SELECT state, count(*) FROM shop_checks GROUP BY state")
                          .fetchall())
        counts = dict.fromkeys(ShopState, 0)
        for state, count in rows:
            counts[ShopState(state)] = count
        return counts

    def problem_count(self) -> int:
        """Shop orders that need the merchant: TPOP's tracking missing or different, or not in TPOP."""
        counts = self.counts()
        return sum(counts[state] for state in PROBLEM_STATES)

    def not_in_tpop(self) -> list[ShopCheck]:
        """Paid shop orders with TPOP products that never reached TPOP (no TPOP reference)."""
        return self._checks("SELECT payload FROM shop_checks WHERE reference IS NULL AND state = ?"
                            " ORDER BY shop_id, order_key", (ShopState.NOT_IN_TPOP.value,))

    def read_statuses(self) -> dict[str, ShopReadStatus]:
        rows = self._read(lambda: self._conn.execute(
            "SELECT shop_id, checked_at, failure FROM shop_check_shops").fetchall())
        return {shop_id: ShopReadStatus(shop_id, decode_time(at), failure)  # type: ignore[arg-type]
                for shop_id, at, failure in rows}

    def fixes_for(self, reference: str) -> list[ShopFixRecord]:
        rows = self._read(lambda: self._conn.execute(
            "SELECT reference, shop_id, at, outcome, data FROM shop_fixes WHERE reference = ? ORDER BY at, id",
            (reference,)).fetchall())
        return [ShopFixRecord(ref, shop_id, decode_time(at), outcome, json.loads(data))  # type: ignore[arg-type]
                for ref, shop_id, at, outcome, data in rows]

    def known_shops(self) -> list[tuple[str, str, Platform]]:
        """(shop id, name, platform) of every shop the stored TPOP orders came from, by name."""
        rows = self._read(lambda: self._conn.execute(
            "SELECT shop_id, max(shop_name), max(platform) FROM orders GROUP BY shop_id ORDER BY max(shop_sort)"
        ).fetchall())
        return [(shop_id, name, Platform(platform)) for shop_id, name, platform in rows]

    def tpop_orders(self, shop_ids: Iterable[str]) -> list[Order]:
        """The stored TPOP orders of these shops that came from a shop order (what the checks compare).

        Rows read from the shop itself (``shop:`` references) are not TPOP's: a shop order
        compared with its own copy would always look in sync."""
        ids = sorted(set(shop_ids))
        if not ids:
            return []
        sql = (f"SELECT payload FROM orders WHERE shop_id IN ({','.join('?' * len(ids))})"
               " AND shop_order_number != '' AND reference NOT LIKE 'shop:%'")  # rows read from the shop itself
        return [decode_payload(payload) for (payload,) in self._read(lambda: self._conn.execute(sql, ids).fetchall())]

    # -- lifecycle ------------------------------------------------------------------------

    def clear(self) -> None:
        """Forget every check, read status and fix record."""
        self.wipe(self.TABLES)

