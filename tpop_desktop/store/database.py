"""Opening the order database once at start-up: create, check, repair by rebuild, migrate.

The database is a cache of what TPOP knows plus the merchant's own data (notes, cases,
archive flags, history), so a damaged file is moved aside, never repaired in place; what
SQLite can still read of it is salvaged into the new file (store/salvage.py), and the
caller forces a full sync for the rest.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import threading
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from tpop_desktop.store.errors import (
    StorageCause,
    StoreTooNewError,
    StoreUnavailableError,
    can_write,
    is_corruption,
    storage_error,
    wrap,
)
from tpop_desktop.store.header import HEADER_MAGIC
from tpop_desktop.store.salvage import Salvage, salvage
from tpop_desktop.store.schema import SCHEMA_VERSION, migrate, user_version
from tpop_desktop.store.staging import remove_leftover_staging

log = logging.getLogger(__name__)

BUSY_TIMEOUT_SECONDS = 10.0
_SIDE_FILES = ("-wal", "-shm")


@dataclass(frozen=True)
class OpenResult:
    path: Path
    rebuilt: bool  # a damaged file was moved aside: force a full sync and tell the merchant
    moved_to: Path | None  # where the damaged file now is (name it to the merchant)
    migrated_from: int | None  # schema version before migrating; None when nothing ran
    salvaged: Salvage | None = None  # when rebuilt: what was copied from the damaged file
    read_only: bool = False  # the folder cannot be written: orders shown, nothing saved


class _Corrupt(Exception):
    """Internal: the existing file failed its checks."""


def connect(path: Path, *, mode: str = "rw") -> sqlite3.Connection:
    """A connection in autocommit mode (transactions are always explicit).

    ``mode`` is SQLite's URI mode: "ro" never writes, "rw" never creates the file,
    "rwc" may create it.
    """
    path = Path(path)
    uri = f"{path.resolve().as_uri()}?mode={mode}"
    conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None)
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        if mode != "ro":
            conn.execute("PRAGMA synchronous = NORMAL")
        elif not can_write(path.parent, path):
            conn = _readable_in_place(conn, uri)
    except BaseException:
        conn.close()
        raise
    return conn


def _readable_in_place(conn: sqlite3.Connection, uri: str) -> sqlite3.Connection:
    """A read-only connection that works in a folder nothing can be written to.

    A WAL file needs its shared-memory side file, which cannot be created there; the
    file is then read as it is (``immutable``), as the last clean exit left it.
    """
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.Error:
        conn.close()
    conn = sqlite3.connect(f"{uri}&immutable=1", uri=True, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def _stamp() -> str:
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")


def _create_private_file(path: Path) -> None:
    """Create ``path`` empty with mode 0600 (SQLite gives -wal/-shm the same mode)."""
    with contextlib.suppress(FileExistsError):
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))


def _check_header(path: Path) -> None:
    """Refuse a newer file before SQLite opens it (even a read-only open adds -wal/-shm files)."""
    with open(path, "rb") as file:
        header = file.read(100)
    if len(header) < 100 or not header.startswith(HEADER_MAGIC):
        raise _Corrupt("not an SQLite database")
    version = int.from_bytes(header[60:64], "big", signed=True)
    if version > SCHEMA_VERSION:
        raise StoreTooNewError(version, SCHEMA_VERSION)


def _inspect_existing(path: Path) -> int:
    """Schema version of an existing file, without writing to it; raises _Corrupt or TooNew."""
    _check_header(path)
    try:
        conn = connect(path, mode="ro")
    except sqlite3.Error as error:
        raise wrap(error, path.parent) from error
    try:
        version = user_version(conn)
        if version > SCHEMA_VERSION:
            raise StoreTooNewError(version, SCHEMA_VERSION)
        problems = [row[0] for row in conn.execute("PRAGMA quick_check")]
        if problems != ["ok"]:
            raise _Corrupt("; ".join(str(p) for p in problems[:3]))
        return version
    except sqlite3.Error as error:
        if is_corruption(error):
            raise _Corrupt(str(error)) from error
        raise wrap(error, path.parent) from error
    finally:
        conn.close()


def _move_aside(path: Path) -> Path:
    target = path.with_name(f"{path.name}.corrupt-{_stamp()}")
    for suffix in ("", *_SIDE_FILES):
        source = Path(f"{path}{suffix}")
        if source.exists():
            os.replace(source, Path(f"{target}{suffix}"))
    return target


def _has_content(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0


def _backup(conn: sqlite3.Connection, path: Path, version: int) -> Path:
    """Consistent copy of the database before a migration, via SQLite's backup API."""
    target = path.with_name(f"{path.name}.bak-v{version}-{_stamp()}")
    _create_private_file(target)
    copy = sqlite3.connect(target)
    try:
        conn.backup(copy)
    finally:
        copy.close()
    return target


def _prepare(path: Path, *, existing_version: int | None) -> int | None:
    """Switch to WAL and migrate; returns the version migrated from (None if none ran)."""
    conn = connect(path)
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        if existing_version is not None and existing_version < SCHEMA_VERSION and _has_content(conn):
            _backup(conn, path, existing_version)
        return migrate(conn)
    finally:
        conn.close()


class IntegrityCheck:
    """The start-up check of an existing file, begun early on its own thread.

    ``PRAGMA quick_check`` reads the whole file (a few hundred milliseconds at 100,000
    orders); SQLite releases the GIL meanwhile, so started before the app's imports it
    overlaps them instead of delaying the window. ``open_database`` takes its result.
    """

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._done = threading.Event()
        self._version: int | None = None
        self._error: BaseException | None = None
        # A plain thread: the check starts before Qt (and its thread pool) is even imported.
        threading.Thread(target=self._run, name="tpop-store-check", daemon=True).start()

    def _run(self) -> None:
        try:
            if self.path.exists() and self.path.stat().st_size > 0:
                self._version = _inspect_existing(self.path)
        except BaseException as error:  # handed to open_database
            self._error = error
        finally:
            self._done.set()

    def result(self) -> int | None:
        """The file's schema version (None when there was no file); raises what the check found."""
        self._done.wait()
        if self._error is not None:
            raise self._error
        return self._version


def open_database(path: Path, check: IntegrityCheck | None = None) -> OpenResult:
    """Make ``path`` a healthy database at the current schema; call once before any OrderStore.

    ``check`` is an ``IntegrityCheck`` of the same file started earlier, if any.
    Raises ``StoreTooNewError`` (file left untouched) or ``StoreUnavailableError``.
    """
    path = Path(path)
    if path.parent.is_dir() and not can_write(path.parent, path):
        return _open_read_only(path)
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        remove_leftover_staging(path)  # a sync killed before it finished; its pages are worthless
        existed = path.exists() and path.stat().st_size > 0
        moved_to: Path | None = None
        version: int | None = None
        if existed:
            try:
                early = check is not None and check.path == path
                version = check.result() if early else _inspect_existing(path)
                if version is None:  # the file appeared after the early check began
                    version = _inspect_existing(path)
            except _Corrupt:
                moved_to = _move_aside(path)
        _create_private_file(path)
        try:
            migrated_from = _prepare(path, existing_version=version)
        except sqlite3.Error as error:
            if not is_corruption(error) or moved_to is not None:
                raise
            # quick_check passed but writing hit damage: rebuild once.
            moved_to = _move_aside(path)
            version = None
            _create_private_file(path)
            migrated_from = _prepare(path, existing_version=None)
        salvaged = _salvage_into(path, moved_to) if moved_to is not None else None
    except sqlite3.Error as error:
        raise wrap(error, path.parent) from error
    except OSError as error:
        classified = storage_error(error, path.parent)
        if classified.cause is StorageCause.OTHER:
            classified = StoreUnavailableError(
                f"The order database cannot be created at {path}: {error.strerror or error}", folder=path.parent)
        raise classified from error
    return OpenResult(
        path=path,
        rebuilt=moved_to is not None,
        moved_to=moved_to,
        migrated_from=migrated_from if version is not None else None,
        salvaged=salvaged,
    )


def _open_read_only(path: Path) -> OpenResult:
    """The data folder cannot be written: show the stored orders as they are, or say why not."""
    folder = path.parent
    log.warning("%s cannot be written; the order database is opened read-only", folder)
    if not path.exists() or path.stat().st_size == 0:
        raise StoreUnavailableError(
            f"{folder} cannot be written (a read-only folder or disk, or no permission), so the order"
            " database cannot be created there: check its permissions.",
            cause=StorageCause.READ_ONLY, folder=folder)
    try:
        version = _inspect_existing(path)
    except _Corrupt as damage:
        raise StoreUnavailableError(
            f"The order database in {folder} is damaged and cannot be repaired because the folder cannot be"
            " written: check its permissions.", cause=StorageCause.READ_ONLY, folder=folder) from damage
    if version != SCHEMA_VERSION:
        raise StoreUnavailableError(
            f"The order database in {folder} must be upgraded but the folder cannot be written:"
            " check its permissions.", cause=StorageCause.READ_ONLY, folder=folder)
    return OpenResult(path=path, rebuilt=False, moved_to=None, migrated_from=None, read_only=True)


def _salvage_into(path: Path, moved_to: Path) -> Salvage:
    log.warning("the order database was damaged; it was moved to %s and a new one created", moved_to)
    conn = connect(path)
    try:
        return salvage(moved_to, conn)
    finally:
        conn.close()
