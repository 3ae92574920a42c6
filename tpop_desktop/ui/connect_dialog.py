"""Connect a TPOP account: test the token, show whose account it is, keep it in the keyring.

Every network and keyring call runs in the background; each failure gets its own sentence
and, where it helps, its own way out (retry after unlocking, or this session only).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tpop_desktop.connectors.base import OrderSource
from tpop_desktop.connectors.errors import (
    AuthError,
    ForbiddenError,
    NetworkError,
    RateLimitedError,
    ServerError,
)
from tpop_desktop.connectors.http import validate_api_url
from tpop_desktop.connectors.tpop import DEFAULT_BASE_URL
from tpop_desktop.core.models import Account
from tpop_desktop.credentials import CredentialsError, CredentialStore, KeyringState
from tpop_desktop.ui.background import run_in_background
from tpop_desktop.ui.widgets import plain_label
from tpop_desktop.ui.texts import tr



@dataclass(frozen=True)
class Connection:
    account: Account
    api_url: str
    token: str
    session_only: bool


def connection_error_text(error: Exception) -> str:
    if isinstance(error, AuthError):
        return tr("TPOP rejected this token. Check that you copied all of it.")
    if isinstance(error, ForbiddenError):
        return tr("This token is not allowed to read orders. Create a token with access to orders.")
    if isinstance(error, RateLimitedError):
        return tr("TPOP asked the app to slow down. Try again in a minute.")
    if isinstance(error, NetworkError):
        return tr("TPOP cannot be reached. Check your internet connection and the API address.")
    if isinstance(error, ServerError):
        return tr("TPOP's server had a problem. Try again in a few minutes.")
    if isinstance(error, ValueError):
        return tr("This address or token cannot be used: {reason}").format(reason=str(error))
    return tr("The answer from this address was not understood. Check the API address.")


def keyring_error_text(state: KeyringState) -> str:
    return {
        KeyringState.LOCKED: tr("Your keyring is locked. Unlock it (for example by logging in again), then "
                                "click Save again."),
        KeyringState.UNAVAILABLE: tr("This computer has no secure password storage (keyring), so the token "
                                     "cannot be saved."),
        KeyringState.INSECURE: tr("The only password storage available here keeps secrets unencrypted, so the "
                                  "token is not saved there."),
        KeyringState.BROKEN: tr("The keyring failed. See the log for details."),
        KeyringState.TIMEOUT: tr("The keyring did not answer. An unlock prompt may be waiting on your screen."),
        KeyringState.AVAILABLE: tr("The keyring failed. See the log for details."),
    }[state]


class ConnectDialog(QDialog):
    connected = Signal(object)  # Connection

    def __init__(self, credentials: CredentialStore, connector_factory: Callable[[str, str], OrderSource],
                 api_url: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Connect your TPOP account"))
        self.setMinimumWidth(480)
        self._credentials = credentials
        self._connector_factory = connector_factory
        self._account: Account | None = None
        self._tested: tuple[str, str] | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(tr("Paste the API token from your TPOP dashboard. It is kept in your "
                                        "system's keyring, never in a file.")))
        row = QHBoxLayout()
        self.token_field = QLineEdit()
        self.token_field.setObjectName("token-field")
        self.token_field.setEchoMode(QLineEdit.EchoMode.Password)
        self.token_field.setPlaceholderText(tr("API token"))
        self.token_field.textChanged.connect(self._forget_test)
        row.addWidget(self.token_field, 1)
        self.show_button = QToolButton()
        self.show_button.setText(tr("Show"))
        self.show_button.setCheckable(True)
        self.show_button.toggled.connect(self._toggle_echo)
        row.addWidget(self.show_button)
        layout.addLayout(row)

        self.advanced = QGroupBox(tr("Advanced"))
        self.advanced.setCheckable(True)
        self.advanced.setChecked(bool(api_url and api_url != DEFAULT_BASE_URL))
        form = QFormLayout(self.advanced)
        self.url_field = QLineEdit(api_url or DEFAULT_BASE_URL)
        self.url_field.textChanged.connect(self._forget_test)
        form.addRow(tr("API address"), self.url_field)
        layout.addWidget(self.advanced)

        self.test_button = QPushButton(tr("Test connection"))
        self.test_button.clicked.connect(self.test_connection)
        layout.addWidget(self.test_button)
        self.result_label = plain_label("")
        self.result_label.setObjectName("connect-result")
        layout.addWidget(self.result_label)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save)
        self.session_button = self.buttons.addButton(tr("Use for this session only"),
                                                     QDialogButtonBox.ButtonRole.ActionRole)
        self.session_button.hide()
        self.session_button.clicked.connect(self.use_for_session)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    # -- input -----------------------------------------------------------------------------

    def _toggle_echo(self, shown: bool) -> None:
        self.token_field.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)
        self.show_button.setText(tr("Hide") if shown else tr("Show"))

    def _forget_test(self) -> None:
        self._account = None
        self._tested = None
        self.save_button.setEnabled(False)
        self.session_button.hide()

    def _inputs(self) -> tuple[str, str]:
        url = self.url_field.text().strip() if self.advanced.isChecked() else DEFAULT_BASE_URL
        return url, self.token_field.text().strip()

    # -- steps ---------------------------------------------------------------------------------

    def test_connection(self) -> None:
        url, token = self._inputs()
        if not token:
            self.result_label.setText(tr("Paste your API token first."))
            return
        try:
            url = validate_api_url(url)
        except ValueError as error:
            self.result_label.setText(connection_error_text(error))
            return
        self.test_button.setEnabled(False)
        self.result_label.setText(tr("Testing the connection…"))
        factory = self._connector_factory

        def fetch_account() -> Account:
            connector = factory(url, token)
            try:
                return connector.account()
            finally:
                connector.close()

        run_in_background(fetch_account, lambda account: self._tested_ok(url, token, account), self._test_failed,
                          context=self)

    def _tested_ok(self, url: str, token: str, account: Account) -> None:
        self.test_button.setEnabled(True)
        if self._inputs()[1] != token:
            return  # the token changed while testing
        self._account = account
        self._tested = (url, token)
        self.result_label.setText(tr("Connected to {name} ({email}).").format(name=account.name, email=account.email))
        self.save_button.setEnabled(True)

    def _test_failed(self, error: Exception) -> None:
        self.test_button.setEnabled(True)
        self.result_label.setText(connection_error_text(error))

    def save(self) -> None:
        if self._account is None or self._tested is None:
            return
        account, (url, token) = self._account, self._tested
        self.save_button.setEnabled(False)
        self.result_label.setText(tr("Saving the token in your keyring…"))
        credentials = self._credentials
        run_in_background(lambda: credentials.set(account.id, token),
                          lambda _none: self._finish(Connection(account, url, token, session_only=False)),
                          self._save_failed)

    def _save_failed(self, error: Exception) -> None:
        state = error.state if isinstance(error, CredentialsError) else KeyringState.BROKEN
        self.result_label.setText(keyring_error_text(state))
        self.save_button.setEnabled(True)
        if state is not KeyringState.LOCKED:
            self.session_button.show()

    def use_for_session(self) -> None:
        if self._account is None or self._tested is None:
            return
        url, token = self._tested
        self._finish(Connection(self._account, url, token, session_only=True))

    def _finish(self, connection: Connection) -> None:
        self.connected.emit(connection)
        self.accept()
