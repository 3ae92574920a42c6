"""Everything the store raises: one family the UI can catch and show in plain words.

Each error says what went wrong (``cause``) and where (``folder``), so the window can tell
the merchant what to do: "the disk holding FOLDER is full: free some space" is not
"FOLDER cannot be written: check its permissions". The message is for the log and is safe
to show as it is.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
from enum import StrEnum
from pathlib import Path


class StorageCause(StrEnum):
    DISK_FULL = "disk_full"  # free some space
    READ_ONLY = "read_only"  # a read-only folder or disk, or no permission: check its permissions
    BUSY = "busy"  # another program holds the file: try again
    DAMAGED = "damaged"  # restart to rebuild it
    OTHER = "other"


class StoreError(Exception):
    """Base of every store failure; the message is plain and safe to show."""

    def __init__(self, message: str, *, cause: StorageCause = StorageCause.OTHER,
                 folder: Path | None = None) -> None:
        super().__init__(message)
        self.cause = cause
        self.folder = folder  # the folder holding the file that could not be used


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
_NOT_WRITABLE_CODES = {sqlite3.SQLITE_READONLY, sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_PERM}
_FULL_ERRNOS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
_NOT_WRITABLE_ERRNOS = {errno.EACCES, errno.EPERM, errno.EROFS}
# SQLite reports a write on a completely full disk as a plain "disk I/O error"; with less
# than this left on the disk, that is what it means.
FULL_MARGIN_BYTES = 4 * 1024 * 1024


def can_write(folder: Path, file: Path | None = None) -> bool:
    """Whether this process may create files in ``folder`` and write ``file`` (if it exists)."""
    if not os.access(folder, os.W_OK | os.X_OK):
        return False
    return file is None or not file.exists() or os.access(file, os.W_OK)


def disk_nearly_full(folder: Path | None) -> bool:
    if folder is None:
        return False
    try:
        return shutil.disk_usage(folder).free < FULL_MARGIN_BYTES
    except OSError:
        return False


def _message(cause: StorageCause, folder: Path | None, detail: str) -> str:
    where = str(folder) if folder is not None else "the order database's folder"
    if cause is StorageCause.DISK_FULL:
        return f"The disk holding {where} is full: free some space so the order database can be written."
    if cause is StorageCause.READ_ONLY:
        return f"{where} cannot be written (a read-only folder or disk, or no permission): check its permissions."
    if cause is StorageCause.BUSY:
        return "The order database is busy; try again in a moment."
    return f"The order database in {where} failed: {detail}"


def storage_error(error: OSError, folder: Path | None) -> StoreUnavailableError:
    """An OSError while creating or writing one of the store's files, classified."""
    if error.errno in _FULL_ERRNOS:
        cause = StorageCause.DISK_FULL
    elif error.errno in _NOT_WRITABLE_ERRNOS:
        cause = StorageCause.READ_ONLY
    else:
        cause = StorageCause.OTHER
    return StoreUnavailableError(_message(cause, folder, error.strerror or str(error)), cause=cause, folder=folder)


def is_corruption(error: sqlite3.Error) -> bool:
    """True when SQLite says the file itself is damaged (not merely unreachable)."""
    code = getattr(error, "sqlite_errorcode", None)
    if code is not None:
        return (code & 0xFF) in _CORRUPTION_CODES
    text = str(error).lower()
    return "malformed" in text or "not a database" in text


def wrap(error: sqlite3.Error, folder: Path | None = None) -> StoreError:
    """Turn a sqlite3 error into the store's own family, with its cause and folder."""
    if is_corruption(error):
        return StoreCorruptError("The order database is damaged; restart the app to rebuild it.",
                                 cause=StorageCause.DAMAGED, folder=folder)
    code = (getattr(error, "sqlite_errorcode", 0) or 0) & 0xFF
    if code == sqlite3.SQLITE_FULL or (code == sqlite3.SQLITE_IOERR and disk_nearly_full(folder)):
        cause = StorageCause.DISK_FULL
    elif code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        cause = StorageCause.BUSY
    elif code in _NOT_WRITABLE_CODES and (code != sqlite3.SQLITE_CANTOPEN or folder is None
                                          or not can_write(folder)):
        cause = StorageCause.READ_ONLY
    else:
        cause = StorageCause.OTHER
    return StoreUnavailableError(_message(cause, folder, str(error)), cause=cause, folder=folder)
