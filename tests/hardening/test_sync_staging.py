"""A sync's pages wait in a private staging file next to the database; it never outlives the sync."""

from __future__ import annotations

import gc
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from child_process import child_env
from fault_server import FaultServer

from tpop_desktop.connectors.errors import ServerError, SyncTooLargeError
from tpop_desktop.connectors.tpop import TpopConnector
from tpop_desktop.store import OrderStore, StoreUnavailableError, open_database
from tpop_desktop.sync import engine

TOKEN = "staging-token-31ac9e"


@pytest.fixture
def pages() -> FaultServer:
    """Valid pages of 10 new orders each with 1,000-character names; the listing ends after page 5."""
    server = FaultServer().start()
    server.always = "endless pages"
    server.page_orders = 10
    server.name_chars = 1000
    server.last_page = 5
    yield server
    server.stop()


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "data" / "orders.sqlite3"
    open_database(path)
    return path


def staged_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if ".staging-" in p.name)


def connector(server: FaultServer) -> TpopConnector:
    return TpopConnector(server.url, TOKEN, timeout=(2.0, 5.0))


def test_pages_wait_in_a_private_file_next_to_the_database_until_written(pages, db):
    source = connector(pages)
    store = OrderStore(db)
    try:
        fetched = engine.fetch_changes(source, None, database_path=db)
        [staged] = staged_files(db.parent)
        assert stat.S_IMODE(staged.stat().st_mode) == 0o600
        assert store.order_count() == 0  # nothing reaches the database before every page is in
        assert fetched.received == 50
        report = engine.apply_changes(store, fetched)
        assert store.order_count() == 50 and report.received == 50
        assert len(report.changed_references) == 50
        assert staged_files(db.parent) == []
    finally:
        store.close()
        source.close()


def test_a_failing_page_deletes_the_staged_pages_and_writes_nothing(pages, db):
    pages.fail_next("as always", "as always", "500")
    source = connector(pages)
    store = OrderStore(db)
    try:
        with pytest.raises(ServerError):
            engine.run_sync(source, store)
        assert pages.pages_served == 2
        assert store.order_count() == 0 and store.sync_cursor() is None
        assert staged_files(db.parent) == []
    finally:
        store.close()
        source.close()


def test_a_sync_over_the_byte_cap_is_refused_whole(pages, db):
    pages.last_page = None  # endless
    source = connector(pages)
    store = OrderStore(db)
    try:
        with pytest.raises(SyncTooLargeError) as caught:
            engine.run_sync(source, store, max_bytes=100_000)
        error = caught.value
        assert error.limit_bytes == 100_000 and error.received_bytes > 100_000
        assert error.pages == pages.pages_served
        assert error.received_bytes * (error.pages - 1) / error.pages < 100_000  # stopped at the first page past it
        assert "too much" in str(error) and TOKEN not in str(error)
        assert store.order_count() == 0 and store.sync_cursor() is None
        assert staged_files(db.parent) == []
    finally:
        store.close()
        source.close()


def test_a_sync_over_the_page_cap_is_refused_whole(pages, db, monkeypatch):
    pages.last_page = None
    monkeypatch.setattr(engine, "MAX_PAGES", 7)
    source = connector(pages)
    store = OrderStore(db)
    try:
        with pytest.raises(SyncTooLargeError, match="too many pages") as caught:
            engine.run_sync(source, store)
        assert caught.value.pages == 7 == pages.pages_served
        assert store.order_count() == 0
        assert staged_files(db.parent) == []
    finally:
        store.close()
        source.close()


def test_a_full_disk_while_writing_deletes_the_staged_pages(pages, db):
    source = connector(pages)
    store = OrderStore(db)
    try:
        fetched = engine.fetch_changes(source, None, database_path=db)
        pages_now = store._conn.execute("PRAGMA page_count").fetchone()[0]
        store._conn.execute(f"PRAGMA max_page_count = {pages_now}")  # SQLITE_FULL, as on a full disk
        with pytest.raises(StoreUnavailableError):
            engine.apply_changes(store, fetched)
        assert staged_files(db.parent) == []
    finally:
        store.close()
        source.close()
    store = OrderStore(db)
    try:
        assert store.order_count() == 0
    finally:
        store.close()


def test_staged_pages_left_by_a_killed_sync_are_removed_at_start(db):
    leftover = db.with_name(db.name + ".staging-0123456789ab")
    leftover.write_bytes(b"pages of a sync that never finished")
    unrelated = db.with_name("notes.txt")
    unrelated.write_text("mine")
    open_database(db)
    assert not leftover.exists()
    assert unrelated.read_text() == "mine"


def test_without_a_database_path_the_pages_wait_in_the_temporary_folder(pages):
    """What the worker gets until it passes the database's path: still on disk, still private."""
    before = set(Path(tempfile.gettempdir()).glob("tpop-desktop-sync.staging-*"))
    source = connector(pages)
    try:
        fetched = engine.fetch_changes(source, None)
        [staged] = set(Path(tempfile.gettempdir()).glob("tpop-desktop-sync.staging-*")) - before
        assert stat.S_IMODE(staged.stat().st_mode) == 0o600
        assert sum(1 for _ in fetched.orders()) == 50
        fetched.discard()
        assert not staged.exists()
    finally:
        source.close()


def test_a_fetch_never_applied_leaves_no_file_once_dropped(pages, db):
    """The worker abandons a fetch when the app quits: its pages must not stay on disk."""
    source = connector(pages)
    try:
        fetched = engine.fetch_changes(source, None, database_path=db)
    finally:
        source.close()
    [staged] = staged_files(db.parent)
    del fetched
    gc.collect()
    assert not staged.exists()


ABANDON = """
import sys
from pathlib import Path
from tpop_desktop.connectors.tpop import TpopConnector
from tpop_desktop.sync import engine
fetched = engine.fetch_changes(TpopConnector(sys.argv[1], "staging-token-31ac9e"), None,
                               database_path=Path(sys.argv[2]) if len(sys.argv) > 2 else None)
print(fetched.staged.path, flush=True)
sys.exit(0)  # quits without applying it, as the app does when closed mid-sync
"""


@pytest.mark.parametrize("where", ["next to the database", "in the temporary folder"])
def test_a_process_that_quits_mid_sync_leaves_no_staged_pages(pages, db, where):
    args = [sys.executable, "-c", ABANDON, pages.url] + ([str(db)] if where == "next to the database" else [])
    result = subprocess.run(args, capture_output=True, text=True, env=child_env(), timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    staged = Path(result.stdout.strip())
    assert staged.name.startswith(("orders.sqlite3.staging-", "tpop-desktop-sync.staging-"))
    assert not staged.exists()
