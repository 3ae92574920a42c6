"""A damaged, foreign or unwritable order database: a clear message in the window, a safe outcome."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from tpop_desktop import app as app_module
from tpop_desktop.connectors.tpop import TpopConnector
from tpop_desktop.controller import AppController
from tpop_desktop.profile import Profile
from tpop_desktop.store import OrderStore, open_database
from tpop_desktop.store import connection as store_connection_module
from tpop_desktop.sync.engine import run_sync
from tpop_desktop.sync.outcome import FailureKind
from tpop_desktop.ui.texts import failure_message


def filled_profile(tmp_path: Path, sandbox, token: str) -> Profile:
    """A profile whose database holds the sandbox's orders, as a previous run left it."""
    profile = Profile.in_folder(tmp_path / "profile")
    profile.ensure()
    open_database(profile.database_path)
    store = OrderStore(profile.database_path)
    connector = TpopConnector(sandbox.base_url, token)
    try:
        run_sync(connector, store)
    finally:
        connector.close()
        store.close()
    return profile


def start_app(qtbot, profile: Profile, sandbox, token: str, *, expect_sync: bool = True) -> AppController:
    controller = AppController(profile, api_url=sandbox.base_url, token=token)
    qtbot.addWidget(controller.window)
    if expect_sync:
        with qtbot.waitSignal(controller.firstSyncDone, timeout=20000):
            controller.start(demo=False)
    else:  # the database is opened in the background: wait until the window shows what came of it
        controller.start(demo=False)
        qtbot.waitUntil(lambda: controller.session is not None or controller.window.welcome.notice.text() != "",
                        timeout=20000)
    return controller


def damage_header(path: Path) -> None:
    with open(path, "r+b") as file:
        file.write(b"\x5a" * 4096)


def truncate_to_half(path: Path) -> None:
    with open(path, "r+b") as file:
        file.truncate(path.stat().st_size // 2)


def truncate_to_header(path: Path) -> None:
    with open(path, "r+b") as file:
        file.truncate(50)


@pytest.mark.parametrize("damage", [damage_header, truncate_to_half, truncate_to_header])
def test_a_damaged_store_is_set_aside_and_rebuilt_from_tpop(qtbot, tmp_path, sandbox, sandbox_token, damage):
    profile = filled_profile(tmp_path, sandbox, sandbox_token)
    conn = sqlite3.connect(profile.database_path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    damage(profile.database_path)
    controller = start_app(qtbot, profile, sandbox, sandbox_token)
    try:
        [moved] = list(profile.data_dir.glob("orders.sqlite3.corrupt-*[0-9]Z"))  # kept, not deleted
        box = controller.rebuilt_box
        assert box is not None and box.isVisible() and "damaged" in box.text()
        assert str(moved) in box.text()  # the dialog names the file that holds what could not be saved
        assert "Recovered from the damaged file" in box.informativeText() or "Nothing could be read" in \
            box.informativeText()
        assert controller.session.orders.order_count() == len(sandbox.orders())
        assert controller.window.isVisible()
    finally:
        controller.close_session()


def test_a_store_from_a_newer_version_is_left_untouched(qtbot, tmp_path, sandbox, sandbox_token):
    profile = filled_profile(tmp_path, sandbox, sandbox_token)
    conn = sqlite3.connect(profile.database_path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("PRAGMA user_version = 99")
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    files_before = sorted(p.name for p in profile.data_dir.iterdir())
    digest = hashlib.sha256(profile.database_path.read_bytes()).hexdigest()

    controller = start_app(qtbot, profile, sandbox, sandbox_token, expect_sync=False)
    window = controller.window
    assert window.stack.currentWidget() is window.welcome
    assert "newer version" in window.welcome.notice.text() and window.welcome.notice.isVisibleTo(window)
    assert window.isVisible() and controller.session is None
    assert hashlib.sha256(profile.database_path.read_bytes()).hexdigest() == digest
    assert sorted(p.name for p in profile.data_dir.iterdir()) == files_before  # no -wal, no -shm, no backup


def test_an_unwritable_database_path_is_reported_in_the_window(qtbot, tmp_path, sandbox, sandbox_token):
    """As root, permissions cannot make a folder read-only; a directory where the database file
    should be makes SQLite fail to create it in the same way."""
    profile = Profile.in_folder(tmp_path / "profile")
    profile.ensure()
    profile.database_path.mkdir()
    controller = start_app(qtbot, profile, sandbox, sandbox_token, expect_sync=False)
    window = controller.window
    assert "cannot be" in window.welcome.notice.text() and window.welcome.notice.isVisibleTo(window)
    assert window.isVisible()


def test_a_profile_folder_under_a_file_stops_the_launch_with_a_message(qtbot, tmp_path, monkeypatch):
    """The profile cannot even be created (a regular file is in the way): a message box, exit 1."""
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda _parent, _title, text: shown.append(text)))
    assert app_module.main(["--profile", str(blocker / "profile")]) == 1
    assert len(shown) == 1 and "cannot use its folder" in shown[0]
    assert blocker.read_text() == "x"


def test_a_full_disk_keeps_the_stored_orders_and_recovers(qtbot, tmp_path, sandbox, sandbox_token, monkeypatch):
    """A small tmpfs is not available here. SQLite's max_page_count makes the database's own
    connection fail with SQLITE_FULL, the error a full disk gives, on the first page it adds."""
    profile = filled_profile(tmp_path, sandbox, sandbox_token)
    for _ in range(300):
        sandbox.state.add_order()  # the next sync needs room
    disk = {"full": True}
    real_connect = store_connection_module.connect

    def connect_on_a_full_disk(path, *, mode="rw"):
        conn = real_connect(path, mode=mode)
        if disk["full"]:
            pages = conn.execute("PRAGMA page_count").fetchone()[0]
            conn.execute(f"PRAGMA max_page_count = {pages}")
        return conn

    monkeypatch.setattr(store_connection_module, "connect", connect_on_a_full_disk)
    before = dump(profile)
    controller = start_app(qtbot, profile, sandbox, sandbox_token)
    try:
        window = controller.window
        assert failure_message(FailureKind.STORE) in window.sync_label.text()
        assert window.isVisible() and window.model.rowCount() == len(before_orders(before))
        assert dump(profile) == before
        disk["full"] = False  # space was freed
        window.sync_label.setText("")
        controller.sync_now()
        qtbot.waitUntil(lambda: "Up to date" in window.sync_label.text(), timeout=10000)
        assert controller.session.orders.order_count() == len(sandbox.orders())
    finally:
        controller.close_session()


def dump(profile: Profile) -> list[str]:
    conn = sqlite3.connect(profile.database_path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def before_orders(lines: list[str]) -> list[str]:
    return [line for line in lines if line.startswith('INSERT INTO "orders"')]
