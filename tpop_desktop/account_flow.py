"""The merchant's TPOP account: connect, start with the stored token, sign out.

Every keyring call runs in the background with a timeout (the credentials module); the
window never dead-ends: a locked keyring shows the stored orders with a way to unlock,
a missing keyring offers this session only, a rejected token offers to reconnect.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox

from tpop_desktop.connectors.base import OrderSource
from tpop_desktop.credentials import CredentialsError, CredentialStore, KeyringState
from tpop_desktop.settings import Settings
from tpop_desktop.ui.background import run_in_background
from tpop_desktop.ui.connect_dialog import ConnectDialog, Connection, keyring_error_text
from tpop_desktop.ui.main_window import MainWindow
from tpop_desktop.ui.texts import tr

log = logging.getLogger(__name__)

NOTICE_KEYRING = "keyring"
NOTICE_SESSION_ONLY = "session-only"
NOTICE_AUTH = "auth"



class AccountFlow(QObject):
    accountConnected = Signal(object)  # Connection
    tokenAvailable = Signal(str)  # the stored account's token, read from the keyring
    signedOut = Signal(str)  # the account id whose token was removed

    def __init__(self, window: MainWindow, credentials: CredentialStore,
                 connector_factory: Callable[[str, str], OrderSource],
                 settings: Callable[[], Settings], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.window = window
        self.credentials = credentials
        self.connector_factory = connector_factory
        self._settings = settings
        self.dialog: ConnectDialog | None = None
        self.confirm_box: QMessageBox | None = None

    # -- start-up with a stored account ------------------------------------------------------

    def read_stored_token(self) -> None:
        account_id = self._settings().account_id
        self.window.notice.show_notice(NOTICE_KEYRING, tr("Reading your token from the keyring…"))
        run_in_background(lambda: self.credentials.get(account_id), self._token_read, self._token_failed)

    def _token_read(self, token: str | None) -> None:
        if not token:
            self.window.notice.show_notice(
                NOTICE_KEYRING, tr("Your TPOP token is no longer in the keyring. Showing your stored orders."),
                tr("Reconnect…"), self.open_connect_dialog)
            return
        self.window.notice.clear(NOTICE_KEYRING)
        self.tokenAvailable.emit(token)

    def _token_failed(self, error: Exception) -> None:
        state = error.state if isinstance(error, CredentialsError) else KeyringState.BROKEN
        log.warning("reading the token failed: %s", state)
        if state in (KeyringState.LOCKED, KeyringState.TIMEOUT):
            self.window.notice.show_notice(
                NOTICE_KEYRING, tr("Your keyring is locked: showing your stored orders without syncing."),
                tr("Unlock keyring to sync"), self.read_stored_token)
            return
        self.window.notice.show_notice(
            NOTICE_KEYRING, keyring_error_text(state) + " " + tr("Showing your stored orders without syncing."),
            tr("Enter token for this session…"), self.open_connect_dialog)

    # -- connecting -------------------------------------------------------------------------------

    def open_connect_dialog(self) -> None:
        settings = self._settings()
        dialog = ConnectDialog(self.credentials, self.connector_factory, settings.api_url, self.window)
        dialog.connected.connect(self._connected)
        self.dialog = dialog
        dialog.open()

    def _connected(self, connection: Connection) -> None:
        self.window.notice.clear()
        if connection.session_only:
            self.window.notice.show_notice(
                NOTICE_SESSION_ONLY, tr("Your token is kept for this session only: you will be asked for it "
                                        "again next time."))
        self.accountConnected.emit(connection)

    def forget_token(self, user: str) -> None:
        """Remove a keyring entry (an old account's token, a shop's secret); a failure is logged, never fatal."""
        run_in_background(lambda: self.credentials.delete(user), lambda _none: None,
                          lambda error: log.warning("could not remove an old keyring entry: %s", error))

    # -- a rejected token ---------------------------------------------------------------------------

    def token_rejected(self) -> None:
        self.window.notice.show_notice(
            NOTICE_AUTH, tr("TPOP rejected your token, so syncing has stopped. Your stored orders are shown."),
            tr("Reconnect…"), self.open_connect_dialog)

    # -- signing out ------------------------------------------------------------------------------------

    def sign_out(self) -> None:
        account_id = self._settings().account_id
        box = QMessageBox(QMessageBox.Icon.Question, tr("Sign out"),
                          tr("Sign out of this TPOP account? Its token is removed from the keyring and the orders "
                             "stored on this computer are deleted."),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self.window)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda result: self._confirmed_sign_out(result, account_id))
        self.confirm_box = box
        box.open()

    def _confirmed_sign_out(self, result: int, account_id: str) -> None:
        if result != QMessageBox.StandardButton.Yes:
            return
        if not account_id:
            self.signedOut.emit("")
            return
        run_in_background(lambda: self.credentials.delete(account_id),
                          lambda _none: self.signedOut.emit(account_id),
                          lambda error: self._sign_out_failed(error, account_id))

    def _sign_out_failed(self, error: Exception, account_id: str) -> None:
        state = error.state if isinstance(error, CredentialsError) else KeyringState.BROKEN
        self.signedOut.emit(account_id)
        self.window.welcome.show_notice(
            tr("Signed out, but the token could not be removed from the keyring: {reason}").format(
                reason=keyring_error_text(state)))
