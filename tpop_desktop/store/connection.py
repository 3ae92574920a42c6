"""One thread's connection to the order database, with the store's error family.

The order, case and shop-check stores are each one of these: same file, same checks,
same transactions; each thread opens its own. When the data folder cannot be written
(a read-only disk, no permission), the connection opens the file read-only instead of
failing, so the stored orders can still be shown; every write then raises a
``StoreUnavailableError`` whose ``cause`` is ``READ_ONLY``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from tpop_desktop.store.database import connect
from tpop_desktop.store.errors import StoreUnavailableError, can_write, wrap
from tpop_desktop.store.schema import SCHEMA_VERSION, user_version

_T = TypeVar("_T")


class StoreConnection:
    """Opens the file (``open_database`` must have run), reads and writes with plain errors."""

    TABLES: tuple[str, ...] = ()  # the tables a store owns (``Database.clear`` wipes them all)

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.folder = self.path.parent
        self.read_only = not can_write(self.folder, self.path)
        try:
            self._conn = connect(self.path, mode="ro" if self.read_only else "rw")
        except sqlite3.Error as error:
            raise wrap(error, self.folder) from error
        try:
            version = user_version(self._conn)
        except sqlite3.Error as error:
            self._conn.close()
            raise wrap(error, self.folder) from error
        if version != SCHEMA_VERSION:
            self._conn.close()
            raise StoreUnavailableError("The order database is not ready (open_database was not run).")
        self._closed = False

    def _read(self, action: Callable[[], _T]) -> _T:
        try:
            return action()
        except sqlite3.Error as error:
            raise wrap(error, self.folder) from error

    def _snapshot(self, action: Callable[[], _T]) -> _T:
        """Run ``action``'s reads in one read transaction: every query sees the same committed state."""
        def read() -> _T:
            self._conn.execute("BEGIN")
            try:
                return action()
            finally:
                self._conn.execute("COMMIT")

        return self._read(read)

    def _transaction(self, action: Callable[[], _T]) -> _T:
        """Run ``action`` in one write transaction; roll back on any exception."""
        try:
            self._conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as error:
            raise wrap(error, self.folder) from error
        try:
            result = action()
            self._conn.execute("COMMIT")
        except BaseException as error:
            self._rollback()
            if isinstance(error, sqlite3.Error):
                raise wrap(error, self.folder) from error
            raise
        self._committed()
        return result

    def _committed(self) -> None:
        """Called after each commit of this connection (caches to drop)."""

    def _rollback(self) -> None:
        if self._conn.in_transaction:
            try:
                self._conn.execute("ROLLBACK")
            except sqlite3.Error:
                pass  # SQLite already rolled back (e.g. after SQLITE_FULL)

    def wipe(self, tables: tuple[str, ...]) -> None:
        """Delete every row of ``tables`` in one transaction, overwriting the freed pages (sign-out)."""
        def delete_all() -> None:
            for table in tables:
                self._conn.execute(f"DELETE FROM {table}")

        self._read(lambda: self._conn.execute("PRAGMA secure_delete = ON"))
        try:
            self._transaction(delete_all)
        finally:
            self._read(lambda: self._conn.execute("PRAGMA secure_delete = OFF"))
        try:  # best effort: push the zeroed pages into the main file and drop old WAL frames
            self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite3.Error:
            pass

    def close(self) -> None:
        """Safe to call twice; later calls on the store raise ``StoreUnavailableError``."""
        if not self._closed:
            self._closed = True
            self._conn.close()
