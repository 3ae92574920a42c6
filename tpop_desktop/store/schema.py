"""The schema as a ladder of steps: ``STEPS[n]`` takes a database from version n to n+1.

Each step runs in its own transaction together with its ``PRAGMA user_version`` bump,
so an interrupted migration leaves the file at a consistent earlier version.
Never edit a released step: append a new one.

Datetimes are stored as fixed-width ISO-8601 UTC text ("2026-01-31T09:05:00.000000Z"),
which sorts and compares correctly as text.
"""

from __future__ import annotations

import sqlite3

_V1_ORDERS = (
    """
    CREATE TABLE orders (
        rowid INTEGER PRIMARY KEY,
        reference TEXT NOT NULL UNIQUE,
        shop_id TEXT NOT NULL,
        shop_name TEXT NOT NULL,
        shop_sort TEXT NOT NULL,
        platform TEXT NOT NULL,
        shop_order_number TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        status TEXT NOT NULL,
        status_rank INTEGER NOT NULL,
        block_reason TEXT,
        block_detail TEXT NOT NULL DEFAULT '',
        customer_name TEXT NOT NULL,
        customer_sort TEXT NOT NULL,
        customer_email TEXT NOT NULL DEFAULT '',
        customer_language TEXT,
        country TEXT NOT NULL,
        postcode TEXT NOT NULL DEFAULT '',
        city TEXT NOT NULL DEFAULT '',
        city_sort TEXT NOT NULL DEFAULT '',
        tracking_number TEXT NOT NULL DEFAULT '',
        carrier TEXT NOT NULL DEFAULT '',
        shipped_at TEXT,
        delivered_at TEXT,
        archived INTEGER NOT NULL DEFAULT 0,
        search_text TEXT NOT NULL,
        payload TEXT NOT NULL
    )
    """,
    # Each sort index ends with "archived" so the default view (archived hidden) is an
    # index-only scan; SQLite appends rowid, which makes the rowid tie-break free.
    "CREATE INDEX orders_created ON orders(created_at, archived)",
    "CREATE INDEX orders_reference_nocase ON orders(reference COLLATE NOCASE, archived)",
    "CREATE INDEX orders_shop ON orders(shop_sort, archived)",
    "CREATE INDEX orders_shop_id ON orders(shop_id)",
    "CREATE INDEX orders_customer ON orders(customer_sort, archived)",
    "CREATE INDEX orders_destination ON orders(country, city_sort, archived)",
    "CREATE INDEX orders_status ON orders(status_rank, archived)",
    # Covers the status chips (GROUP BY status) and the "needs attention" rule.
    "CREATE INDEX orders_attention ON orders(status, archived, shipped_at, delivered_at)",
    "CREATE INDEX orders_tracking ON orders(tracking_number COLLATE NOCASE, archived)",
    "CREATE INDEX orders_delivered ON orders(status, delivered_at)",
)

# Substring search: a trigram index over the folded search text, kept in step by triggers.
# detail=none keeps it small and fast to fill, but a phrase then only means "has all
# these trigrams", so queries re-check the text itself. Queries of 3+ characters use it;
# shorter ones scan search_text.
_V1_SEARCH = (
    "CREATE VIRTUAL TABLE orders_search USING fts5(search_text, tokenize = 'trigram', detail = 'none')",
    """
    CREATE TRIGGER orders_search_insert AFTER INSERT ON orders BEGIN
        INSERT INTO orders_search (rowid, search_text) VALUES (new.rowid, new.search_text);
    END
    """,
    """
    CREATE TRIGGER orders_search_update AFTER UPDATE OF search_text ON orders
    WHEN old.search_text IS NOT new.search_text BEGIN
        UPDATE orders_search SET search_text = new.search_text WHERE rowid = new.rowid;
    END
    """,
    """
    CREATE TRIGGER orders_search_delete AFTER DELETE ON orders BEGIN
        DELETE FROM orders_search WHERE rowid = old.rowid;
    END
    """,
)

_V1_RELATED = (
    """
    CREATE TABLE shipments (
        order_rowid INTEGER NOT NULL REFERENCES orders(rowid) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        carrier TEXT NOT NULL,
        tracking_number TEXT NOT NULL,
        tracking_url TEXT NOT NULL DEFAULT '',
        shipped_at TEXT,
        delivered_at TEXT,
        PRIMARY KEY (order_rowid, position)
    )
    """,
    "CREATE INDEX shipments_tracking ON shipments(tracking_number)",
    """
    CREATE TABLE history (
        id INTEGER PRIMARY KEY,
        order_rowid INTEGER NOT NULL REFERENCES orders(rowid) ON DELETE CASCADE,
        seen_at TEXT NOT NULL,
        kind TEXT NOT NULL,
        status TEXT NOT NULL,
        previous_status TEXT,
        detail TEXT NOT NULL DEFAULT ''
    )
    """,
    "CREATE INDEX history_order ON history(order_rowid, id)",
    "CREATE TABLE sync_state (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
)

_V2_NOTES = (
    """
    CREATE TABLE notes (
        reference TEXT PRIMARY KEY,
        text TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )
    """,
)

# The merchant's guided cases ("delivered but not received"...). Like notes, they are the
# merchant's own data, keyed by order reference rather than tied to the orders cache.
_V3_CASES = (
    """
    CREATE TABLE cases (
        id TEXT PRIMARY KEY,
        reference TEXT NOT NULL,
        kind TEXT NOT NULL,
        closed INTEGER NOT NULL,
        opened_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        reship_reference TEXT,
        payload TEXT NOT NULL
    )
    """,
    "CREATE INDEX cases_reference ON cases(reference, opened_at)",
    "CREATE INDEX cases_open ON cases(closed, updated_at)",
    """
    CREATE TABLE case_events (
        id INTEGER PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        reference TEXT NOT NULL,
        at TEXT NOT NULL,
        kind TEXT NOT NULL,
        data TEXT NOT NULL DEFAULT '{}'
    )
    """,
    "CREATE INDEX case_events_reference ON case_events(reference, at, id)",
)

# The daily shop checks: the latest result per shop order (keyed like ShopCheck.key), how
# each shop's last read went, and the fixes the merchant applied (shown in the timeline).
# "IF NOT EXISTS" so a file whose version was set back by hand re-runs this step safely.
_V4_SHOP_CHECKS = (
    """
    CREATE TABLE IF NOT EXISTS shop_checks (
        shop_id TEXT NOT NULL,
        order_key TEXT NOT NULL,
        reference TEXT,
        state TEXT NOT NULL,
        checked_at TEXT NOT NULL,
        payload TEXT NOT NULL,
        PRIMARY KEY (shop_id, order_key)
    )
    """,
    "CREATE INDEX IF NOT EXISTS shop_checks_reference ON shop_checks(reference, state)",
    "CREATE INDEX IF NOT EXISTS shop_checks_state ON shop_checks(state)",
    """
    CREATE TABLE IF NOT EXISTS shop_check_shops (
        shop_id TEXT PRIMARY KEY,
        checked_at TEXT NOT NULL,
        failure TEXT NOT NULL DEFAULT ''
    )
    """,
    """
    CREATE TABLE IF NOT EXISTS shop_fixes (
        id INTEGER PRIMARY KEY,
        reference TEXT NOT NULL,
        shop_id TEXT NOT NULL,
        at TEXT NOT NULL,
        outcome TEXT NOT NULL,
        data TEXT NOT NULL DEFAULT '{}'
    )
    """,
    "CREATE INDEX IF NOT EXISTS shop_fixes_reference ON shop_fixes(reference, at, id)",
)

# Carrier tracking: the latest carrier status per shipment (sortable by rank and date), every
# carrier event once (natural key per service and number), the daily call budget per service
# (it must survive a restart), per-number daily fetch counts (DHL allows 10 a day) and the
# numbers the aggregator already registered (registering twice would cost quota).
# Parcels and events are keyed by the shipment's tracking number as TPOP gave it (to join the
# shipments table); fetch counts and registrations by the normalised number the services see.
# ``status_at``/``event_time`` are UTC text with "Z", or the carrier's local wall-clock time
# without it (DHL often sends no offset): such times sort only approximately among UTC ones.
_V5_CARRIER_TRACKING = (
    """
    CREATE TABLE IF NOT EXISTS parcels (
        reference TEXT NOT NULL,
        tracking_number TEXT NOT NULL,
        service TEXT NOT NULL,
        status TEXT NOT NULL,
        status_rank INTEGER NOT NULL,
        status_at TEXT,
        code TEXT NOT NULL DEFAULT '',
        label TEXT NOT NULL DEFAULT '',
        is_final INTEGER NOT NULL DEFAULT 0,
        not_yet_available INTEGER NOT NULL DEFAULT 0,
        number_rejected INTEGER NOT NULL DEFAULT 0,
        checked_at TEXT NOT NULL,
        changed_at TEXT NOT NULL,
        payload TEXT NOT NULL DEFAULT '{}',
        PRIMARY KEY (reference, tracking_number)
    )
    """,
    "CREATE INDEX IF NOT EXISTS parcels_status ON parcels(status_rank, status_at)",
    "CREATE INDEX IF NOT EXISTS parcels_tracking ON parcels(tracking_number)",
    """
    CREATE TABLE IF NOT EXISTS carrier_events (
        id INTEGER PRIMARY KEY,
        service TEXT NOT NULL,
        tracking_number TEXT NOT NULL,
        event_key TEXT NOT NULL,
        event_time TEXT,
        code TEXT NOT NULL DEFAULT '',
        label TEXT NOT NULL DEFAULT '',
        place TEXT NOT NULL DEFAULT '',
        country TEXT NOT NULL DEFAULT '',
        status TEXT,
        final INTEGER NOT NULL DEFAULT 0,
        known INTEGER NOT NULL DEFAULT 1,
        seen_at TEXT NOT NULL,
        UNIQUE (service, tracking_number, event_key)
    )
    """,
    "CREATE INDEX IF NOT EXISTS carrier_events_parcel ON carrier_events(tracking_number, event_time)",
    """
    CREATE TABLE IF NOT EXISTS carrier_budget (
        service TEXT NOT NULL,
        kind TEXT NOT NULL,
        period TEXT NOT NULL,
        used INTEGER NOT NULL,
        PRIMARY KEY (service, kind, period)
    )
    """,
    """
    CREATE TABLE IF NOT EXISTS carrier_fetches (
        service TEXT NOT NULL,
        number TEXT NOT NULL,
        day TEXT NOT NULL,
        count INTEGER NOT NULL,
        PRIMARY KEY (service, number, day)
    )
    """,
    """
    CREATE TABLE IF NOT EXISTS carrier_registrations (
        service TEXT NOT NULL,
        number TEXT NOT NULL,
        registered_at TEXT NOT NULL,
        PRIMARY KEY (service, number)
    )
    """,
)

# The Parcel column's sort looks up each order's latest shipment in ``parcels``: this index gives
# the lookup's keys without reading the order rows (5 to 3 times faster at 100,000 orders).
_V6_PARCEL_LOOKUP = (
    "CREATE INDEX IF NOT EXISTS orders_parcel_lookup ON orders(reference, tracking_number, archived)",
)

_V7_DELIVERY_ESTIMATES = (
    # When each shipped, undelivered order is usually delivered by, from the merchant's own history
    # of its lane (destination country x carrier): written after each sync by the estimates job.
    """
    CREATE TABLE IF NOT EXISTS order_estimates (
        reference TEXT PRIMARY KEY,
        expected_by TEXT,
        window_low INTEGER,
        window_high INTEGER,
        parcels INTEGER NOT NULL DEFAULT 0,
        country TEXT NOT NULL DEFAULT '',
        carrier TEXT NOT NULL DEFAULT ''
    )
    """,
    "CREATE INDEX IF NOT EXISTS order_estimates_expected ON order_estimates(expected_by)",
)

# The Carrier column sorts like the others: from an index, not a sort of every row.
_V8_CARRIER_SORT = (
    "CREATE INDEX IF NOT EXISTS orders_carrier ON orders(carrier COLLATE NOCASE, archived)",
)

_V9_TRANSIT_SAMPLES = (
    # Every shipment with its working days from shipping to delivery, rebuilt by the estimates job
    # after a sync: the Insights view reads one narrow table instead of joining three and counting
    # working days in Python (100,000 parcels in tens of milliseconds).
    """
    CREATE TABLE IF NOT EXISTS transit_samples (
        reference TEXT NOT NULL,
        country TEXT NOT NULL,
        carrier TEXT NOT NULL,
        shop_id TEXT NOT NULL,
        shipped_at TEXT NOT NULL,
        delivered_at TEXT,
        days REAL,
        bin INTEGER,
        week TEXT,
        calendar_days INTEGER,
        latest INTEGER NOT NULL DEFAULT 0,
        status TEXT NOT NULL DEFAULT ''
    )
    """,
    "CREATE INDEX IF NOT EXISTS transit_samples_shipped ON transit_samples(shipped_at)",  # a period's parcels
)

STEPS: tuple[tuple[str, ...], ...] = (
    _V1_ORDERS + _V1_SEARCH + _V1_RELATED,  # 0 -> 1
    _V2_NOTES,  # 1 -> 2
    _V3_CASES,  # 2 -> 3
    _V4_SHOP_CHECKS,  # 3 -> 4
    _V5_CARRIER_TRACKING,  # 4 -> 5
    _V6_PARCEL_LOOKUP,  # 5 -> 6
    _V7_DELIVERY_ESTIMATES,  # 6 -> 7
    _V8_CARRIER_SORT,  # 7 -> 8
    _V9_TRANSIT_SAMPLES,  # 8 -> 9
)
SCHEMA_VERSION = len(STEPS)


def user_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection, target: int = SCHEMA_VERSION) -> int | None:
    """Run the missing steps up to ``target``; return the starting version, or None if none ran.

    ``conn`` must be in autocommit mode (``isolation_level=None``) so the explicit
    transactions below are the only ones.
    """
    start = user_version(conn)
    if start >= target:
        return None
    for version in range(start, target):
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in STEPS[version]:
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {version + 1}")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
    return start
