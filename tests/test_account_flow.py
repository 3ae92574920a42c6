"""Connecting an account, starting with the stored token, signing out: the real window and keyring flows."""

from __future__ import annotations

import threading

import keyring.errors
import pytest
from keyring_fakes import HangingKeyring, MemoryKeyring, RaisingKeyring, locked_keyring
from PySide6.QtWidgets import QMessageBox

from tpop_desktop.controller import AppController
from tpop_desktop.credentials import Credentials
from tpop_desktop.profile import Profile
from tpop_desktop.settings import Settings
from tpop_desktop.store.orders_store import OrderStore


class FailKeyring(RaisingKeyring):
    def __init__(self) -> None:
        super().__init__(keyring.errors.NoKeyringError("No recommended backend was available."))


def build(qtbot, profile_dir, credentials, **kwargs) -> AppController:
    controller = AppController(Profile.in_folder(profile_dir), credentials=credentials, **kwargs)
    qtbot.addWidget(controller.window)
    return controller


def connect_through_dialog(qtbot, controller, sandbox, token, *, save: bool = True):
    controller.window.welcome.connect_button.click()
    dialog = controller.account_flow.dialog
    dialog.token_field.setText(token)
    dialog.advanced.setChecked(True)
    dialog.url_field.setText(sandbox.base_url)
    dialog.test_button.click()
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=10000)
    assert dialog.result_label.text().startswith("Connected to ")
    if save:
        dialog.save_button.click()
    return dialog


def profile_files_text(root) -> bytes:
    return b"".join(path.read_bytes() for path in root.rglob("*") if path.is_file())


@pytest.mark.keyring_service
def test_connect_stores_the_token_in_the_secret_service_restart_uses_it_sign_out_removes_it(
        qtbot, tmp_path, sandbox, sandbox_token, secret_tool_lookup):
    profile_dir = tmp_path / "profile"
    controller = build(qtbot, profile_dir, Credentials(timeout=10))
    controller.start(demo=False)
    with qtbot.waitSignal(controller.firstSyncDone, timeout=20000) as first:
        connect_through_dialog(qtbot, controller, sandbox, sandbox_token)
    assert first.args == [True]
    account_id = Settings(Profile.in_folder(profile_dir).settings_path).account_id
    assert account_id and secret_tool_lookup(account_id) == sandbox_token
    controller.quit()
    assert sandbox_token.encode() not in profile_files_text(profile_dir)

    restarted = build(qtbot, profile_dir, Credentials(timeout=10))
    with qtbot.waitSignal(restarted.firstSyncDone, timeout=20000) as again:
        restarted.start(demo=False)
    assert again.args == [True]
    qtbot.waitUntil(lambda: restarted.window.model.rowCount() == len(sandbox.orders()), timeout=5000)

    restarted.window.actions.sign_out.trigger()
    box = restarted.account_flow.confirm_box
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: restarted.window.stack.currentWidget() is restarted.window.welcome, timeout=10000)
    assert secret_tool_lookup(account_id) is None
    assert Settings(Profile.in_folder(profile_dir).settings_path).account_id == ""
    store = OrderStore(Profile.in_folder(profile_dir).database_path)
    assert store.order_count() == 0
    store.close()
    restarted.quit()


def test_without_secure_storage_the_token_can_be_used_for_this_session_only(qtbot, tmp_path, sandbox, sandbox_token):
    profile_dir = tmp_path / "profile"
    controller = build(qtbot, profile_dir, Credentials(backend=FailKeyring(), timeout=5))
    controller.start(demo=False)
    dialog = connect_through_dialog(qtbot, controller, sandbox, sandbox_token)
    qtbot.waitUntil(lambda: dialog.session_button.isVisible(), timeout=10000)
    assert "no secure password storage" in dialog.result_label.text()
    with qtbot.waitSignal(controller.firstSyncDone, timeout=20000):
        dialog.session_button.click()
    notice = controller.window.notice
    assert notice.isVisible() and "for this session only" in notice.label.text()
    controller.quit()
    assert sandbox_token.encode() not in profile_files_text(profile_dir)
    assert Settings(Profile.in_folder(profile_dir).settings_path).account_id == ""


def test_a_locked_keyring_still_lets_the_token_be_used_for_this_session(qtbot, tmp_path, sandbox, sandbox_token):
    profile_dir = tmp_path / "profile"
    controller = build(qtbot, profile_dir, Credentials(backend=locked_keyring(), timeout=5))
    controller.start(demo=False)
    dialog = connect_through_dialog(qtbot, controller, sandbox, sandbox_token)
    qtbot.waitUntil(lambda: "keyring is locked" in dialog.result_label.text(), timeout=10000)
    assert dialog.session_button.isVisible() and dialog.save_button.isEnabled()  # Save again after unlocking
    with qtbot.waitSignal(controller.firstSyncDone, timeout=20000):
        dialog.session_button.click()
    assert "for this session only" in controller.window.notice.label.text()
    controller.quit()
    assert sandbox_token.encode() not in profile_files_text(profile_dir)


def prepare_stored_account(qtbot, profile_dir, sandbox, sandbox_token) -> str:
    """A previous run: account in settings, orders in the store, token in a keyring."""
    first = build(qtbot, profile_dir, Credentials(backend=MemoryKeyring()), api_url=sandbox.base_url,
                  token=sandbox_token)
    with qtbot.waitSignal(first.firstSyncDone, timeout=20000):
        first.start(demo=False)
    first.quit()
    account = sandbox.state.account if hasattr(sandbox.state, "account") else None
    account_id = getattr(account, "id", "acct-demo")
    Settings(Profile.in_folder(profile_dir).settings_path).set_account(account_id, "Demo", sandbox.base_url)
    return account_id


def test_a_locked_keyring_shows_stored_orders_with_an_unlock_action(qtbot, tmp_path, sandbox, sandbox_token):
    profile_dir = tmp_path / "profile"
    prepare_stored_account(qtbot, profile_dir, sandbox, sandbox_token)
    controller = build(qtbot, profile_dir, Credentials(backend=locked_keyring(), timeout=5))
    controller.start(demo=False)
    window = controller.window
    qtbot.waitUntil(lambda: window.model is not None and window.model.rowCount() == len(sandbox.orders()),
                    timeout=5000)
    qtbot.waitUntil(lambda: "keyring is locked" in window.notice.label.text(), timeout=10000)
    assert window.notice.action_button.text() == "Unlock keyring to sync"
    assert not controller.session.sync.is_running()
    controller.quit()


@pytest.mark.parametrize("backend, words", [
    (FailKeyring(), "no secure password storage"),
    (RaisingKeyring(keyring.errors.InitError("Failed to create the collection: Prompt dismissed..")),
     "The keyring failed"),
    (RaisingKeyring(RuntimeError("org.freedesktop.DBus.Error.ServiceUnknown")), "The keyring failed"),
])
def test_a_broken_or_missing_keyring_shows_stored_orders_and_offers_this_session_only(
        qtbot, tmp_path, sandbox, sandbox_token, backend, words):
    profile_dir = tmp_path / "profile"
    prepare_stored_account(qtbot, profile_dir, sandbox, sandbox_token)
    controller = build(qtbot, profile_dir, Credentials(backend=backend, timeout=5))
    controller.start(demo=False)
    window = controller.window
    qtbot.waitUntil(lambda: window.model is not None and window.model.rowCount() == len(sandbox.orders()),
                    timeout=5000)
    qtbot.waitUntil(lambda: words in window.notice.label.text(), timeout=10000)
    assert window.notice.action_button.text() == "Enter token for this session…"
    controller.quit()
    assert sandbox_token.encode() not in profile_files_text(profile_dir)


def test_without_a_session_bus_the_real_keyring_is_unavailable_and_nothing_is_written(tmp_path):
    import os
    import subprocess
    import sys

    home = tmp_path / "home"
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("DBUS_SESSION_BUS_ADDRESS", "PYTHON_KEYRING_BACKEND")}
    env.update(HOME=str(home), XDG_DATA_HOME=str(home / "data"), XDG_CONFIG_HOME=str(home / "config"))
    script = ("from tpop_desktop.credentials import Credentials, CredentialsError\n"
              "c = Credentials(timeout=5)\n"
              "print(c.status().state)\n"
              "try:\n    c.set('acct', 'secret-token-998877')\nexcept CredentialsError as e:\n    print(e.state)\n")
    result = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60)
    assert result.stdout.split() == ["unavailable", "unavailable"], result.stderr
    assert all(b"secret-token-998877" not in p.read_bytes() for p in home.rglob("*") if p.is_file())


def test_a_keyring_that_hangs_does_not_freeze_the_window(qtbot, tmp_path, sandbox, sandbox_token):
    profile_dir = tmp_path / "profile"
    prepare_stored_account(qtbot, profile_dir, sandbox, sandbox_token)
    release = threading.Event()
    controller = build(qtbot, profile_dir, Credentials(backend=HangingKeyring(release), timeout=0.3))
    try:
        controller.start(demo=False)
        window = controller.window
        qtbot.waitUntil(lambda: window.model is not None and window.model.rowCount() == len(sandbox.orders()),
                        timeout=5000)
        qtbot.waitUntil(lambda: "keyring is locked" in window.notice.label.text(), timeout=10000)
    finally:
        release.set()
        controller.quit()


def test_a_rejected_token_offers_to_reconnect(qtbot, tmp_path, sandbox, sandbox_token):
    profile_dir = tmp_path / "profile"
    account_id = prepare_stored_account(qtbot, profile_dir, sandbox, sandbox_token)
    backend = MemoryKeyring()
    backend.set_password("tpop-desktop", account_id, "revoked-token-123456")
    controller = build(qtbot, profile_dir, Credentials(backend=backend, timeout=5))
    with qtbot.waitSignal(controller.firstSyncDone, timeout=20000) as first:
        controller.start(demo=False)
    assert first.args == [False]
    notice = controller.window.notice
    assert "rejected your token" in notice.label.text()
    assert notice.action_button.text() == "Reconnect…"
    # the stored orders are still shown (the table's rows arrive from its own query thread)
    qtbot.waitUntil(lambda: controller.window.model.rowCount() == len(sandbox.orders()), timeout=10000)
    controller.quit()


def test_the_connect_dialog_tests_against_the_address_given_with_api_url(qtbot, tmp_path, sandbox, sandbox_token):
    """``tpop-desktop --api-url URL``: the Connect dialog starts on that address, not TPOP's default."""
    controller = build(qtbot, tmp_path / "profile", Credentials(backend=MemoryKeyring()), api_url=sandbox.base_url)
    controller.start(demo=False)
    try:
        controller.window.welcome.connect_button.click()
        dialog = controller.account_flow.dialog
        assert dialog.url_field.text() == sandbox.base_url
        dialog.token_field.setText(sandbox_token)
        dialog.test_button.click()  # no address typed: the one given at start is tested
        qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=10000)
        assert dialog.result_label.text().startswith("Connected to ")
    finally:
        controller.quit()
