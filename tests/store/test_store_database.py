"""open_database: a fresh file, a damaged one, an older one, a newer one, an unusable place."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tpop_desktop.store import (
    OrderStore,
    StoreTooNewError,
    StoreUnavailableError,
    open_database,
)
from tpop_desktop.store.database import connect
from tpop_desktop.store.schema import SCHEMA_VERSION, migrate

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


def test_a_fresh_database_is_private_and_in_wal_mode(tmp_path):
    path = tmp_path / "config" / "tpop" / "orders.sqlite3"
    result = open_database(path)
    assert result.path == path and not result.rebuilt and result.moved_to is None
    assert result.migrated_from is None
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    conn.close()


def test_opening_twice_keeps_the_data(tmp_path, build_order):
    path = tmp_path / "orders.sqlite3"
    open_database(path)
    store = OrderStore(path)
    store.apply_sync([build_order("TP-1")], cursor="c1", seen_at=NOW)
    store.close()
    result = open_database(path)
    assert not result.rebuilt and result.migrated_from is None
    store = OrderStore(path)
    assert store.order_count() == 1 and store.sync_cursor() == "c1"
    store.close()


def filled_database(path, build_order, count=3000):
    open_database(path)
    store = OrderStore(path)
    store.apply_sync([build_order(f"TP-{i}", customer="Élodie Müller " * 5) for i in range(count)],
                     cursor="c1", seen_at=NOW)
    store.close()


def damage_header(path):
    with open(path, "r+b") as f:
        f.write(os.urandom(4096))


def damage_middle(path):
    size = path.stat().st_size
    with open(path, "r+b") as f:
        f.seek(size // 2)
        f.write(os.urandom(4096 * 4))


def truncate(path):
    size = path.stat().st_size
    with open(path, "r+b") as f:
        f.truncate(size // 3)


def not_a_database(path):
    path.write_text("this is a shopping list, not a database\n" * 200)


@pytest.mark.parametrize("damage", [damage_header, damage_middle, truncate, not_a_database])
def test_a_damaged_file_is_moved_aside_and_rebuilt(tmp_path, build_order, damage):
    path = tmp_path / "orders.sqlite3"
    filled_database(path, build_order)
    damage(path)
    damaged_bytes = path.read_bytes()
    result = open_database(path)
    assert result.rebuilt
    assert result.moved_to is not None and result.moved_to.name.startswith("orders.sqlite3.corrupt-")
    assert result.moved_to.read_bytes() == damaged_bytes  # kept for inspection, not deleted
    store = OrderStore(path)
    try:
        salvaged = result.salvaged.orders  # what could still be read (see test_store_salvage.py)
        assert store.order_count() == salvaged <= 3000 and store.sync_cursor() is None
        store.apply_sync([build_order("TP-new")], cursor="c2", seen_at=NOW)
        assert store.order_count() == salvaged + 1
    finally:
        store.close()


def test_wal_and_shm_files_move_with_the_damaged_file(tmp_path, build_order):
    path = tmp_path / "orders.sqlite3"
    filled_database(path, build_order)
    writer = sqlite3.connect(path)
    writer.execute("CREATE TABLE scratch(x)")
    writer.execute("INSERT INTO scratch VALUES (1)")
    writer.commit()
    leftovers = {suffix: Path(f"{path}{suffix}").read_bytes() for suffix in ("-wal", "-shm")}
    writer.close()
    for suffix, content in leftovers.items():  # as a crash would leave them
        Path(f"{path}{suffix}").write_bytes(content)
    damage_middle(path)

    result = open_database(path)

    assert result.rebuilt
    assert Path(f"{result.moved_to}-wal").read_bytes() == leftovers["-wal"]  # the unsaved changes
    assert Path(f"{result.moved_to}-shm").exists()  # SQLite's index of them, rebuilt on reading


def test_a_newer_database_is_refused_and_left_untouched(tmp_path, build_order):
    path = tmp_path / "orders.sqlite3"
    filled_database(path, build_order, count=10)
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    before = (hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns)
    with pytest.raises(StoreTooNewError, match="newer version") as raised:
        open_database(path)
    assert raised.value.found == SCHEMA_VERSION + 1
    assert (hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["orders.sqlite3"]


def test_migrating_an_older_database_keeps_a_backup_and_the_data(tmp_path):
    path = tmp_path / "orders.sqlite3"
    path.touch(mode=0o600)
    conn = connect(path)
    migrate(conn, target=1)  # a database written by the first release
    conn.execute("INSERT INTO sync_state (key, value) VALUES ('cursor', 'from-v1')")
    conn.close()

    result = open_database(path)

    assert result.migrated_from == 1 and not result.rebuilt
    (backup,) = [p for p in tmp_path.iterdir() if ".bak-v1-" in p.name]
    assert backup.name.startswith("orders.sqlite3.bak-v1-")
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    old = sqlite3.connect(backup)
    assert old.execute("PRAGMA user_version").fetchone()[0] == 1
    assert old.execute("SELECT value FROM sync_state").fetchone()[0] == "from-v1"
    old.close()
    store = OrderStore(path)
    try:
        assert store.sync_cursor() == "from-v1"
        store.set_note("TP-1", "added by step 2")
        assert store.note("TP-1") == "added by step 2"
    finally:
        store.close()


def test_each_migration_step_is_atomic(tmp_path, monkeypatch):
    from tpop_desktop.store import schema

    path = tmp_path / "orders.sqlite3"
    conn = connect(path, mode="rwc")
    broken = (*schema.STEPS[:1], (*schema.STEPS[1], "CREATE TABLE broken (oops"))
    monkeypatch.setattr(schema, "STEPS", broken)
    with pytest.raises(sqlite3.OperationalError):
        schema.migrate(conn, target=2)
    assert schema.user_version(conn) == 1  # step 1 committed, step 2 rolled back entirely
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert "orders" in tables and "notes" not in tables
    conn.close()


def test_a_fresh_database_makes_no_backup(tmp_path):
    open_database(tmp_path / "orders.sqlite3")
    assert [p.name for p in tmp_path.iterdir() if ".bak-" in p.name] == []


def test_a_folder_that_cannot_be_created_is_reported_plainly(tmp_path):
    # Running as root ignores permission bits, so a read-only folder cannot be faked with
    # chmod; a path below a regular FILE fails the same way for every user.
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(StoreUnavailableError, match="cannot be created"):
        open_database(blocker / "orders.sqlite3")


def test_a_path_that_is_a_folder_is_reported_plainly(tmp_path):
    path = tmp_path / "orders.sqlite3"
    path.mkdir()
    with pytest.raises(StoreUnavailableError):
        open_database(path)
    assert path.is_dir()


def test_a_read_only_database_is_reported_when_writing(tmp_path, build_order):
    # Simulated with SQLite's own read-only mode (root would ignore file permissions).
    path = tmp_path / "orders.sqlite3"
    open_database(path)
    store = OrderStore(path)
    store.close()
    read_only = connect(path, mode="ro")
    with pytest.raises(sqlite3.OperationalError) as raised:
        read_only.execute("INSERT INTO sync_state VALUES ('k', 'v')")
    read_only.close()
    from tpop_desktop.store.errors import StorageCause, wrap

    error = wrap(raised.value, path.parent)
    assert isinstance(error, StoreUnavailableError)
    assert error.cause is StorageCause.READ_ONLY and error.folder == path.parent
    assert f"{path.parent} cannot be written" in str(error) and "check its permissions" in str(error)
