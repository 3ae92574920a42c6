"""The account as the window shows it: the Connect dialog, the keyring notices, the sign-out question.

The window never dead-ends: a locked keyring shows the stored orders with a way to
unlock, a missing keyring offers this session only, a rejected token offers to reconnect.
App-wide (not per session): the account outlives a session's database.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox

from tpop_desktop.credentials import KeyringState
from tpop_desktop.session.account import AccountService, Connection
from tpop_desktop.settings import Settings
from tpop_desktop.ui.account_texts import keyring_error_text
from tpop_desktop.ui.connect_dialog import ConnectDialog
from tpop_desktop.ui.main_window import MainWindow
from tpop_desktop.ui.texts import tr

log = logging.getLogger(__name__)

NOTICE_KEYRING = "keyring"
NOTICE_SESSION_ONLY = "session-only"
NOTICE_AUTH = "auth"


class AccountBinder(QObject):
    accountConnected = Signal(object)  # Connection
    tokenAvailable = Signal(str)  # the stored account's token, read from the keyring
    signedOut = Signal(str)  # the account id whose token was removed

    def __init__(self, window: MainWindow, accounts: AccountService, settings: Callable[[], Settings],
                 api_url: Callable[[], str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.window = window
        self.accounts = accounts
        self._settings = settings
        self._api_url = api_url
        self.dialog: ConnectDialog | None = None
        self.confirm_box: QMessageBox | None = None
        accounts.tokenRead.connect(self._token_read)
        accounts.tokenMissing.connect(self._token_missing)
        accounts.tokenUnreadable.connect(self._token_failed)
        accounts.signedOut.connect(self.signedOut)
        accounts.signOutIncomplete.connect(self._sign_out_incomplete)
        window.connectRequested.connect(self.open_connect_dialog)
        window.signOutRequested.connect(self.sign_out)

    # -- start-up with a stored account ------------------------------------------------------

    def read_stored_token(self) -> None:
        self.window.notice.show_notice(NOTICE_KEYRING, tr("Reading your token from the keyring…"))
        self.accounts.read_stored_token(self._settings().account_id)

    def _token_read(self, token: str) -> None:
        self.window.notice.clear(NOTICE_KEYRING)
        self.tokenAvailable.emit(token)

    def _token_missing(self) -> None:
        self.window.notice.show_notice(
            NOTICE_KEYRING, tr("Your TPOP token is no longer in the keyring. Showing your stored orders."),
            tr("Reconnect…"), self.open_connect_dialog)

    def _token_failed(self, state: KeyringState) -> None:
        if state in (KeyringState.LOCKED, KeyringState.TIMEOUT):
            self.window.notice.show_notice(
                NOTICE_KEYRING, tr("Your keyring is locked: showing your stored orders without syncing."),
                tr("Unlock keyring to sync"), self.read_stored_token)
            return
        self.window.notice.show_notice(
            NOTICE_KEYRING, keyring_error_text(state) + " " + tr("Showing your stored orders without syncing."),
            tr("Enter token for this session…"), self.open_connect_dialog)

    # -- connecting -------------------------------------------------------------------------------

    def open_connect_dialog(self) -> ConnectDialog:
        dialog = ConnectDialog(self.accounts, self._api_url(), self.window)
        dialog.connected.connect(self._connected)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _connected(self, connection: Connection) -> None:
        self.window.notice.clear()
        if connection.session_only:
            self.window.notice.show_notice(
                NOTICE_SESSION_ONLY, tr("Your token is kept for this session only: you will be asked for it "
                                        "again next time."))
        self.accountConnected.emit(connection)

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
        if result == QMessageBox.StandardButton.Yes:
            self.accounts.sign_out(account_id)

    def _sign_out_incomplete(self, state: KeyringState) -> None:
        self.window.welcome.show_notice(
            tr("Signed out, but the token could not be removed from the keyring: {reason}").format(
                reason=keyring_error_text(state)))
