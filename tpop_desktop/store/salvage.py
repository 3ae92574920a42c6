"""Salvage: what can still be read from a damaged order database, copied into the new one.

A file that fails its check has usually lost a page or two, or its header; the rest is
intact. ``open_database`` moves it aside, creates a fresh database, then calls ``salvage``.
Two passes, ``.recover``-style (Python cannot run the CLI's ``.recover``, and Debian's
3.40 CLI fails on it anyway):

1. through SQLite: each table in rowid order, skipping the rowid ranges that fail to read;
2. for a table where that hit damage (or when SQLite cannot read the file at all), straight
   from the pages (page_scan.py), for the rows SQLite could not reach.

Each row is checked the way the app will read it (salvage_rows.py); a row that fails stays
behind. The merchant's own data goes first: notes, cases and their events, then the
orders (with their archive flags), their history and the shop fix records. The sync
cursor and the shop-check cache are not taken: a full sync follows and fills in the rest.
A destroyed 100-byte header is rebuilt in a temporary copy; the moved-aside file itself is
never written.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import sqlite3
import time
from collections.abc import Iterator
from itertools import pairwise
from dataclasses import dataclass, fields
from pathlib import Path

from tpop_desktop.store.header import HEADER_MAGIC, rebuilt_header
from tpop_desktop.store.page_scan import PageScanner
from tpop_desktop.store.salvage_rows import KINDS, RowKind

log = logging.getLogger(__name__)

_BLOCK = 256
_MIN_ROWID = -(2**63)
_MAX_ROWID = 2**63 - 1


@dataclass(frozen=True)
class Salvage:
    """What was copied from the damaged file (rows per kind), and from where."""

    source: Path
    notes: int = 0
    cases: int = 0
    case_events: int = 0
    orders: int = 0
    archived: int = 0  # of those orders, how many the merchant had archived
    history: int = 0
    shop_fixes: int = 0
    unreadable: int = 0  # rows SQLite read but that do not decode (left behind)
    header_rebuilt: bool = False

    def counts(self) -> dict[str, int]:
        """Kind -> rows recovered, for the log and the dialog."""
        return {f.name: getattr(self, f.name) for f in fields(self)
                if f.name not in ("source", "header_rebuilt", "unreadable")}

    @property
    def merchant_data(self) -> int:
        """Rows TPOP cannot give back: notes, cases, case events, history, fix records."""
        return self.notes + self.cases + self.case_events + self.history + self.shop_fixes


# -- pass 1: through SQLite ------------------------------------------------------------------------


def _rows(conn: sqlite3.Connection, table: str, columns: tuple[str, ...], damage: list[bool]) -> Iterator[tuple]:
    """(rowid, *columns) of ``table`` in rowid order, skipping ranges that fail (noted in ``damage``)."""
    listed = ", ".join(columns)
    block_sql = f"SELECT rowid, {listed} FROM {table} WHERE rowid > ? ORDER BY rowid LIMIT {_BLOCK}"
    one_sql = f"SELECT rowid, {listed} FROM {table} WHERE rowid > ? ORDER BY rowid LIMIT 1"
    exact_sql = f"SELECT rowid, {listed} FROM {table} WHERE rowid = ?"
    after = _MIN_ROWID
    while True:
        try:
            block = conn.execute(block_sql, (after,)).fetchall()
            if block and (block[0][0] <= after or any(a[0] >= b[0] for a, b in pairwise(block))):
                raise sqlite3.DatabaseError("rows out of order")  # a damaged tree: never loop on it
        except sqlite3.DatabaseError:
            damage.append(True)
            while True:  # one by one up to the damage, then past it
                try:
                    row = conn.execute(one_sql, (after,)).fetchone()
                except sqlite3.DatabaseError:
                    break
                if row is None:
                    return
                if row[0] <= after:
                    break
                yield row
                after = row[0]
            resume = _past_damage(conn, one_sql, after)
            if resume is None:
                return
            # "rowid > resume" works, "rowid > resume - 1" does not: the row ``resume`` itself,
            # if any, sits just past the damage and a direct lookup still finds it.
            with contextlib.suppress(sqlite3.DatabaseError):
                if (row := conn.execute(exact_sql, (resume,)).fetchone()) is not None:
                    yield row
            after = resume
            continue
        if not block:
            return
        yield from block
        after = block[-1][0]


def _readable(conn: sqlite3.Connection, one_sql: str, after: int) -> bool:
    try:
        conn.execute(one_sql, (after,)).fetchone()
    except sqlite3.DatabaseError:
        return False
    return True


def _past_damage(conn: sqlite3.Connection, one_sql: str, after: int) -> int | None:
    """The smallest rowid past ``after`` from which reading works again (None: nothing does).

    Probes ever further (after+1, +2, +4, ...), then narrows down between the last failing
    and the first working probe, so a damaged page costs a few dozen seeks.
    """
    failing, step = after, 1
    while True:
        probe = min(after + step, _MAX_ROWID)
        if _readable(conn, one_sql, probe):
            break
        if probe == _MAX_ROWID:
            return None
        failing, step = probe, step * 2
    working = probe
    while working - failing > 1:
        middle = (failing + working) // 2
        if _readable(conn, one_sql, middle):
            working = middle
        else:
            failing = middle
    return working


def _columns(conn: sqlite3.Connection, table: str) -> set[str]:
    try:
        return {row[1] for row in conn.execute(f"PRAGMA table_info({table})")} | {"rowid"}
    except sqlite3.DatabaseError:
        return set()


def _open_damaged(path: Path) -> sqlite3.Connection | None:
    """Read-only, with the WAL if it can be read, else the main file alone; None if neither.

    ``writable_schema`` makes SQLite read a file shorter than its header says (a cut file)
    instead of refusing it whole; the connection is read-only all the same.
    """
    uri = Path(path).resolve().as_uri()
    for options in ("mode=ro", "mode=ro&immutable=1"):
        conn = sqlite3.connect(f"{uri}?{options}", uri=True, isolation_level=None)
        try:
            conn.execute("PRAGMA writable_schema = ON")
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return conn
        except sqlite3.DatabaseError:
            conn.close()
    return None


def _private_copy(source: Path, target: Path, header: bytes | None = None) -> None:
    fd = os.open(target, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600)
    with open(fd, "wb") as out, open(source, "rb") as src:
        if header is not None:
            out.write(header)
            src.seek(len(header))
        shutil.copyfileobj(src, out)


def _readable_copy(source: Path) -> Path | None:
    """A temporary copy with a rebuilt header when ``source``'s header is destroyed, else None.

    The WAL, if any, is copied along: the latest transactions may still be only there.
    """
    wal = Path(f"{source}-wal")
    with open(source, "rb") as file:
        if file.read(100).startswith(HEADER_MAGIC):
            return None
        replacement = rebuilt_header(file, source.stat().st_size, wal=wal.exists() and wal.stat().st_size > 0)
    if replacement is None:
        return None
    copy = source.with_name(source.name + ".salvage")
    _private_copy(source, copy, replacement)
    if wal.exists():
        _private_copy(wal, Path(f"{copy}-wal"))
    return copy


def _remove_copy(copy: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(OSError):
            Path(f"{copy}{suffix}").unlink()


# -- pass 2: straight from the pages --------------------------------------------------------------


def _layout(db: sqlite3.Connection, table: str) -> tuple[int, dict[str, int], str | None]:
    """(values per record, column -> position, the rowid alias) from the new file's schema."""
    info = db.execute(f"PRAGMA table_info({table})").fetchall()
    alias = next((name for _cid, name, kind, _nn, _d, pk in info if pk == 1 and kind.upper() == "INTEGER"), None)
    return len(info), {name: cid for cid, name, *_rest in info}, alias


def _scanned_rows(scanner: PageScanner, db: sqlite3.Connection, kind: RowKind) -> Iterator[tuple]:
    count, position, alias = _layout(db, kind.table)
    for rowid, values in scanner.cells(count):
        yield (rowid, *(rowid if name in ("rowid", alias) else values[position[name]] for name in kind.columns))


def _scan_into(db: sqlite3.Connection, scanner: PageScanner, kind: RowKind) -> tuple[int, int]:
    """Rows found on the pages and not copied yet (or newer than an earlier page copy)."""
    assert kind.key is not None
    key_at = 0 if kind.key in ("rowid", "id") else 1 + kind.columns.index(kind.key)
    newer_at = 1 + kind.columns.index(kind.newer) if kind.newer else None
    from_pages: dict[object, object] = {}  # key -> "newer" value, for rows this pass added
    copied = archived = 0
    db.execute("BEGIN IMMEDIATE")
    try:
        for row in _scanned_rows(scanner, db, kind):
            key = row[key_at]
            stamp = row[newer_at] if newer_at is not None else None
            if db.execute(f"SELECT 1 FROM {kind.table} WHERE {kind.key} = ?", (key,)).fetchone() is not None:
                if key not in from_pages or stamp is None or not str(stamp) > str(from_pages[key]):
                    continue  # SQLite's copy wins; of two page copies, the newer
                db.execute(f"DELETE FROM {kind.table} WHERE {kind.key} = ?", (key,))
                copied -= 1
            db.execute("SAVEPOINT salvage_row")
            try:
                archived += kind.copy(db, row)
                copied += 1
                from_pages[key] = stamp
            except Exception:  # noqa: BLE001 - mostly cells of another table with as many columns
                db.execute("ROLLBACK TO salvage_row")
            db.execute("RELEASE salvage_row")
        db.execute("COMMIT")
    except BaseException:
        db.execute("ROLLBACK")
        raise
    return copied, archived


# -- both passes, table by table ------------------------------------------------------------------


def _copy_rows(db: sqlite3.Connection, kind: RowKind, rows: Iterator[tuple]) -> tuple[int, int, int]:
    """(copied, of which archived, unreadable), committed on its own."""
    copied = archived = unreadable = 0
    db.execute("BEGIN IMMEDIATE")
    try:
        for row in rows:
            db.execute("SAVEPOINT salvage_row")
            try:
                archived += kind.copy(db, row)
                copied += 1
            except Exception as error:  # noqa: BLE001 - any damage in a row leaves only that row behind
                db.execute("ROLLBACK TO salvage_row")
                if not unreadable:
                    log.info("salvage: a row of %s is unreadable (%s: %s)", kind.table, type(error).__name__, error)
                unreadable += 1
            db.execute("RELEASE salvage_row")
        db.execute("COMMIT")
    except BaseException:
        db.execute("ROLLBACK")
        raise
    return copied, archived, unreadable


def salvage(damaged_path: Path, db: sqlite3.Connection) -> Salvage:
    """Copy what can be read from ``damaged_path`` into the fresh database ``db`` (autocommit mode).

    Never raises for damage: a file nothing can be read from gives a ``Salvage`` of zeros.
    """
    started = time.monotonic()
    counts: dict[str, int] = {kind.name: 0 for kind in KINDS} | {"archived": 0}
    unreadable = 0
    copy = _readable_copy(damaged_path)
    damaged = _open_damaged(copy or damaged_path)
    try:
        scanner = PageScanner(copy or damaged_path)
        for kind in KINDS:
            damage: list[bool] = []
            if damaged is not None and set(kind.columns) <= _columns(damaged, kind.table):
                copied, archived, bad = _copy_rows(db, kind, _rows(damaged, kind.table, kind.columns, damage))
                counts[kind.name] += copied
                counts["archived"] += archived
                unreadable += bad
            else:
                damage.append(True)  # the table cannot be reached through SQLite at all
            if damage and kind.key is not None:
                copied, archived = _scan_into(db, scanner, kind)
                counts[kind.name] += copied
                counts["archived"] += archived
    except OSError as error:
        log.warning("the damaged database %s cannot be read: %s", damaged_path, error)
    finally:
        if damaged is not None:
            damaged.close()
        if copy is not None:
            _remove_copy(copy)
    result = Salvage(source=damaged_path, unreadable=unreadable, header_rebuilt=copy is not None, **counts)
    log.warning("salvaged from the damaged database %s in %.1f s: %s (%d unreadable row(s)%s)", damaged_path,
                time.monotonic() - started, ", ".join(f"{n} {k}" for k, n in result.counts().items()),
                unreadable, "; header rebuilt" if copy is not None else "")
    return result
