"""Connect a TPOP account: test the token, show whose account it is, keep it in the keyring.

Every network and keyring call runs in the background; each failure gets its own sentence
and, where it helps, its own way out (retry after unlocking, or this session only).
"""

from __future__ import annotations

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

from tpop_desktop.core.models import Account
from tpop_desktop.credentials import KeyringState
from tpop_desktop.session.account import DEFAULT_API_URL, AccountService, Connection
from tpop_desktop.ui.account_texts import connection_error_text, keyring_error_text
from tpop_desktop.ui.texts import tr
from tpop_desktop.ui.widgets import plain_label


class ConnectDialog(QDialog):
    connected = Signal(object)  # Connection

    def __init__(self, accounts: AccountService, api_url: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Connect your TPOP account"))
        self.setMinimumWidth(480)
        self._accounts = accounts
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
        self.advanced.setChecked(bool(api_url and api_url != DEFAULT_API_URL))
        form = QFormLayout(self.advanced)
        self.url_field = QLineEdit(api_url or DEFAULT_API_URL)
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
        url = self.url_field.text().strip() if self.advanced.isChecked() else DEFAULT_API_URL
        return url, self.token_field.text().strip()

    # -- steps ---------------------------------------------------------------------------------

    def test_connection(self) -> None:
        url, token = self._inputs()
        if not token:
            self.result_label.setText(tr("Paste your API token first."))
            return
        self.test_button.setEnabled(False)
        self.result_label.setText(tr("Testing the connection…"))
        self._accounts.test_token(url, token, lambda checked, account: self._tested_ok(checked, token, account),
                                  self._test_failed, context=self)

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
        self._accounts.store_token(account.id, token,
                                   lambda: self._finish(Connection(account, url, token, session_only=False)),
                                   self._save_failed, context=self)

    def _save_failed(self, state: KeyringState) -> None:
        self.result_label.setText(keyring_error_text(state))
        self.save_button.setEnabled(True)
        self.session_button.show()  # locked too: unlock and Save again, or use the token now without storing it

    def use_for_session(self) -> None:
        if self._account is None or self._tested is None:
            return
        url, token = self._tested
        self._finish(Connection(self._account, url, token, session_only=True))

    def _finish(self, connection: Connection) -> None:
        self.connected.emit(connection)
        self.accept()
