"""Everything the store raises: one family the UI can catch and show in plain words."""

from __future__ import annotations

import sqlite3


class StoreError(Exception):
    """Base of every store failure; the message is plain and safe to show."""


class StoreUnavailableError(StoreError):
    """The database cannot be opened or written (read-only folder, disk full, locked...)."""


class StoreTooNewError(StoreError):
    """The file was written by a newer version of the app; it is left untouched."""

    def __init__(self, found: int, supported: int) -> None:
        super().__init__(
            f"The order database was created by a newer version of TPOP Desktop "
            f"(schema {found}, this version reads up to {supported}). Please update the app."
        )
        self.found = found
        self.supported = supported


class StoreCorruptError(StoreError):
    """SQLite found damage while running; restarting rebuilds the database."""


_CORRUPTION_CODES = {sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB}


def is_corruption(error: sqlite3.Error) -> bool:
    """True when SQLite says the file itself is damaged (not merely unreachable)."""
    code = getattr(error, "sqlite_errorcode", None)
    if code is not None:
        return (code & 0xFF) in _CORRUPTION_CODES
    text = str(error).lower()
    return "malformed" in text or "not a database" in text


def wrap(error: sqlite3.Error) -> StoreError:
    """Turn a sqlite3 error into the store's own family, with a plain message."""
    if is_corruption(error):
        return StoreCorruptError("The order database is damaged; restart the app to rebuild it.")
    code = (getattr(error, "sqlite_errorcode", 0) or 0) & 0xFF
    if code == sqlite3.SQLITE_FULL:
        return StoreUnavailableError("The disk is full; the order database cannot be written.")
    if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        return StoreUnavailableError("The order database is busy; try again in a moment.")
    if code in (sqlite3.SQLITE_READONLY, sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_PERM):
        return StoreUnavailableError("The order database cannot be opened for writing.")
    return StoreUnavailableError(f"The order database failed: {error}")
