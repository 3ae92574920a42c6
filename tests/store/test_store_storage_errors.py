"""Storage errors say what happened and where: a full disk, a folder that cannot be written.

Real conditions, not simulated ones: a read-only bind mount of the data folder, and a 2 MB
tmpfs as the disk, each in a private mount namespace (tests/confined.py). The stored
orders stay readable when the folder cannot be written.
"""

from __future__ import annotations

import errno
import json
import sqlite3
from pathlib import Path

import pytest
from confined import read_only_possible, run_on_small_disk, run_read_only, small_disk_possible

from tpop_desktop.store import OrderStore, StoreUnavailableError, open_database
from tpop_desktop.store.errors import StorageCause, storage_error, wrap

CHILD = Path(__file__).with_name("storage_child.py")


def child_result(completed) -> dict:  # type: ignore[no-untyped-def]
    assert completed.returncode == 0, completed.stderr[-3000:]
    return json.loads(completed.stdout.strip().splitlines()[-1])


@pytest.fixture
def filled(tmp_path, build_order, now) -> Path:
    path = tmp_path / "data" / "orders.sqlite3"
    open_database(path)
    store = OrderStore(path)
    store.apply_sync([build_order(f"TP-{i}") for i in range(1, 51)], cursor="c1", seen_at=now)
    store.set_note("TP-1", "ring twice")
    store.close()  # a clean exit: the WAL is folded back, its side files removed
    return path


@pytest.mark.skipif(read_only_possible() is not None, reason=str(read_only_possible()))
def test_a_read_only_data_folder_shows_the_stored_orders_and_refuses_writes_plainly(filled):
    folder = filled.parent
    result = child_result(run_read_only(folder, [str(CHILD), "read-only", str(filled)]))
    assert result["open"] == {"ok": True}  # OpenResult.read_only
    assert result["read_only"] is True
    assert (result["orders"], result["note"]) == (50, "ring twice")
    assert result["cases"] == {"ok": 0}
    for step in ("set_note", "sync", "archive", "staging"):
        failure = result[step]
        assert failure["error"] == "StoreUnavailableError", (step, failure)
        assert (failure["cause"], failure["folder"]) == ("read_only", str(folder)), (step, failure)
        assert f"{folder} cannot be written" in failure["message"] and "check its permissions" in failure["message"]
    assert OrderStore(filled).order_count() == 50  # outside the child, nothing changed


@pytest.mark.skipif(read_only_possible() is not None, reason=str(read_only_possible()))
def test_a_read_only_folder_without_a_database_says_which_folder(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    result = child_result(run_read_only(folder, [str(CHILD), "read-only", str(folder / "orders.sqlite3")]))
    assert result["open"]["error"] == "StoreUnavailableError"
    assert (result["open"]["cause"], result["open"]["folder"]) == ("read_only", str(folder))


@pytest.mark.skipif(small_disk_possible() is not None, reason=str(small_disk_possible()))
def test_a_full_disk_is_named_as_such_nearly_full_and_completely_full(tmp_path):
    disk = tmp_path / "disk"
    disk.mkdir()
    result = child_result(run_on_small_disk(disk, "2m", [str(CHILD), "small-disk", str(disk)]))
    data = str(disk / "data")
    assert result["open"] == {"ok": False}
    assert result["written"] > 0 and result["kept"] == result["written"]  # the failed sync left nothing half-done
    for step in ("filling", "sync_on_full_disk", "staging_on_full_disk"):
        failure = result[step]
        assert (failure["error"], failure["cause"], failure["folder"]) == ("StoreUnavailableError", "disk_full", data), (
            step, failure)
        assert f"The disk holding {data} is full: free some space" in failure["message"]
    assert result["kept_after"] == result["kept"]  # a completely full disk still shows what is stored
    other = result["new_database_on_full_disk"]
    assert (other["cause"], other["folder"]) == ("disk_full", str(disk / "other")), other


@pytest.mark.parametrize(
    ("code", "cause"),
    [(errno.ENOSPC, StorageCause.DISK_FULL), (errno.EDQUOT, StorageCause.DISK_FULL),
     (errno.EROFS, StorageCause.READ_ONLY), (errno.EACCES, StorageCause.READ_ONLY),
     (errno.EPERM, StorageCause.READ_ONLY), (errno.EIO, StorageCause.OTHER)],
)
def test_os_errors_are_classified_by_their_errno(tmp_path, code, cause):
    error = storage_error(OSError(code, "as the system said"), tmp_path)
    assert (error.cause, error.folder) == (cause, tmp_path)
    assert str(tmp_path) in str(error)


def test_writing_on_dev_full_is_a_full_disk(tmp_path):
    with pytest.raises(OSError) as raised, open("/dev/full", "wb") as device:
        device.write(b"x" * 8192)
        device.flush()
    assert storage_error(raised.value, tmp_path).cause is StorageCause.DISK_FULL


def test_sqlite_errors_are_classified_with_the_folder(db_path, build_order, now):
    store = OrderStore(db_path)
    store.apply_sync([build_order("TP-1")], cursor="c1", seen_at=now)
    pages = store._conn.execute("PRAGMA page_count").fetchone()[0]
    store._conn.execute(f"PRAGMA max_page_count = {pages}")  # SQLITE_FULL on the next page
    with pytest.raises(StoreUnavailableError) as raised:
        store.apply_sync([build_order(f"TP-{i}", customer="x" * 5000) for i in range(2, 50)], cursor="c2",
                         seen_at=now)
    store.close()
    assert (raised.value.cause, raised.value.folder) == (StorageCause.DISK_FULL, db_path.parent)
    busy = sqlite3.OperationalError("database is locked")
    busy.sqlite_errorcode = sqlite3.SQLITE_BUSY  # type: ignore[attr-defined]
    assert wrap(busy, db_path.parent).cause is StorageCause.BUSY
