"""One sync's pages on disk until the last page is in: a throwaway SQLite file.

A sync is all or nothing, so nothing reaches the order database before every page has
been read. Keeping the pages in memory meant a server handing out cursors forever could
take gigabytes; written here as they arrive, memory holds one page at a time. The file
sits next to the order database (same disk, same private folder) but is not part of it:
no schema change, nothing to migrate, and deleting it loses nothing. ``open_database``
removes any left behind by a killed sync.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import sqlite3
import weakref
from collections.abc import Iterable, Iterator
from pathlib import Path

from tpop_desktop.core.models import Order
from tpop_desktop.store.codec import decode_payload, encode_payload
from tpop_desktop.store.errors import storage_error, wrap

STAGING_MARK = ".staging-"
_READ_BLOCK = 200  # rows fetched at a time when reading back

# One row per reference: a repeated order (it changed while the pages were read, or a server
# repeats it) keeps its first place and its last copy, so a sync records one change per order.
_SCHEMA = "CREATE TABLE staged (seq INTEGER PRIMARY KEY, reference TEXT NOT NULL UNIQUE, payload TEXT NOT NULL)"
_UPSERT = (
    "INSERT INTO staged (reference, payload) VALUES (?, ?)"
    " ON CONFLICT(reference) DO UPDATE SET payload = excluded.payload"
)


def staging_path(database_path: Path) -> Path:
    """A fresh name next to the order database (two syncs never share one)."""
    database_path = Path(database_path)
    return database_path.with_name(f"{database_path.name}{STAGING_MARK}{secrets.token_hex(6)}")


def remove_leftover_staging(database_path: Path) -> list[Path]:
    """Delete staging files a killed or abandoned sync left next to ``database_path``."""
    database_path = Path(database_path)
    removed: list[Path] = []
    for leftover in database_path.parent.glob(f"{database_path.name}{STAGING_MARK}*"):
        with contextlib.suppress(OSError):
            leftover.unlink()
            removed.append(leftover)
    return removed


def _discard(path: Path) -> None:
    for suffix in ("", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            Path(f"{path}{suffix}").unlink()


class StagingWriter:
    """Appends pages to a new staging file; ``finish`` hands it over for reading.

    A folder that cannot be written or a full disk raise ``StoreUnavailableError`` with
    its ``cause`` and ``folder``, as the order database itself would.
    """

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        try:
            os.close(os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
        except OSError as error:
            raise storage_error(error, self.path.parent) from error
        try:
            self._conn = sqlite3.connect(self.path, isolation_level=None)
            # A crash loses the file anyway: no journal, no fsync.
            self._conn.execute("PRAGMA journal_mode = OFF")
            self._conn.execute("PRAGMA synchronous = OFF")
            self._conn.execute(_SCHEMA)
        except BaseException as error:
            _discard(self.path)
            if isinstance(error, sqlite3.Error):
                raise wrap(error, self.path.parent) from error
            raise
        self.size_bytes = 0
        # A fetch abandoned when the app quits never reaches finish or abort: the file goes
        # when this object does, or at the latest when the interpreter exits.
        self._finalizer = weakref.finalize(self, _discard, self.path)

    def add(self, orders: Iterable[Order]) -> int:
        """Stage one page; returns the bytes it added."""
        rows = []
        added = 0
        for order in orders:
            payload = encode_payload(order)
            added += len(payload.encode("utf-8"))
            rows.append((order.reference, payload))
        try:
            self._conn.execute("BEGIN")
            self._conn.executemany(_UPSERT, rows)
            self._conn.execute("COMMIT")
        except sqlite3.Error as error:
            raise wrap(error, self.path.parent) from error
        self.size_bytes += added  # every copy counts towards the cap, kept or not
        return added

    def finish(self) -> StagedOrders:
        count = int(self._conn.execute("SELECT count(*) FROM staged").fetchone()[0])
        self._conn.close()
        staged = StagedOrders(self.path, count, self.size_bytes)
        self._finalizer.detach()  # the staged orders own the file now
        return staged

    def abort(self) -> None:
        """Close and delete the file (the sync failed or was too large)."""
        with contextlib.suppress(sqlite3.Error):
            self._conn.close()
        self._finalizer()


class StagedOrders:
    """A complete staged sync: ``count`` distinct orders, read back in arrival order, then ``discard``."""

    def __init__(self, path: Path, count: int, size_bytes: int) -> None:
        self.path = path
        self.count = count
        self.size_bytes = size_bytes
        self._finalizer = weakref.finalize(self, _discard, path)  # never applied: deleted all the same

    def orders(self) -> Iterator[Order]:
        """Each staged order once (its last copy), where it first arrived, a block at a time."""
        conn = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            cursor = conn.execute("SELECT payload FROM staged ORDER BY seq")
            while rows := cursor.fetchmany(_READ_BLOCK):
                for (payload,) in rows:
                    yield decode_payload(payload)
        finally:
            conn.close()

    def discard(self) -> None:
        """Delete the file; safe to call twice."""
        self._finalizer()
