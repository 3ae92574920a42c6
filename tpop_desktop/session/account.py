"""The merchant's TPOP account: test a token, keep it in the keyring, read it back, sign out.

Every keyring and network call runs in the background (the credentials module also puts a
timeout on each); results come back as signals or callbacks on the GUI thread, each
failure as a ``KeyringState`` or a connector error the UI turns into its own sentence.
This service knows no widget: the account binder shows its states.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal

from tpop_desktop.connectors.base import OrderSource
from tpop_desktop.connectors.http import validate_api_url
from tpop_desktop.connectors.tpop import DEFAULT_BASE_URL, TpopConnector
from tpop_desktop.core.models import Account
from tpop_desktop.credentials import CredentialsError, CredentialStore, KeyringState
from tpop_desktop.logging_setup import register_secret
from tpop_desktop.session.background import run_in_background
from tpop_desktop.sync.source import ConnectorRecipe, SourceFactory

log = logging.getLogger(__name__)

ConnectorFactory = Callable[[str, str], OrderSource]  # (API address, token) -> connector
DEFAULT_API_URL = DEFAULT_BASE_URL  # TPOP's own address, when the merchant gives none


def connector_for(url: str, token: str, factory: ConnectorFactory = TpopConnector) -> SourceFactory:
    """The account's connector factory; the token is registered for redaction first."""
    register_secret(token)
    return ConnectorRecipe(factory, url, token)


def keyring_state(error: Exception) -> KeyringState:
    return error.state if isinstance(error, CredentialsError) else KeyringState.BROKEN


@dataclass(frozen=True)
class Connection:
    """A tested token and whose account it opens; ``session_only`` when it is not in the keyring."""

    account: Account
    api_url: str
    token: str = field(repr=False)
    session_only: bool


class AccountService(QObject):
    """App-wide: the keyring entries of the account (and of its shops)."""

    tokenRead = Signal(str)  # the stored account's token
    tokenMissing = Signal()  # the keyring answered, but holds no token for the account
    tokenUnreadable = Signal(object)  # KeyringState
    signedOut = Signal(str)  # account id whose token was removed (or "" when there was none)
    signOutIncomplete = Signal(object)  # KeyringState: signed out, but the token is still in the keyring

    def __init__(self, credentials: CredentialStore, connector_factory: ConnectorFactory = TpopConnector,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.credentials = credentials
        self._factory = connector_factory

    def connector_for(self, url: str, token: str) -> SourceFactory:
        return connector_for(url, token, self._factory)

    # -- the stored token ------------------------------------------------------------------------

    def read_stored_token(self, account_id: str) -> None:
        def read(token: str | None) -> None:
            if token:
                self.tokenRead.emit(token)
            else:
                self.tokenMissing.emit()

        def failed(error: Exception) -> None:
            state = keyring_state(error)
            log.warning("reading the token failed: %s", state)
            self.tokenUnreadable.emit(state)

        run_in_background(lambda: self.credentials.get(account_id), read, failed, context=self)

    # -- connecting ----------------------------------------------------------------------------------

    def test_token(self, url: str, token: str, on_account: Callable[[str, Account], None],
                   on_error: Callable[[Exception], None], context: QObject | None = None) -> None:
        """Whose account ``token`` opens at ``url``: ``on_account(checked url, account)``.

        The address is validated first (``ValueError`` to ``on_error`` for a bad one).
        """
        try:
            url = validate_api_url(url)
        except ValueError as error:
            on_error(error)
            return
        factory = self._factory

        def fetch_account() -> Account:
            connector = factory(url, token)
            try:
                return connector.account()
            finally:
                connector.close()

        run_in_background(fetch_account, lambda account: on_account(url, account), on_error, context=context)

    def store_token(self, account_id: str, token: str, on_stored: Callable[[], None],
                    on_error: Callable[[KeyringState], None], context: QObject | None = None) -> None:
        run_in_background(lambda: self.credentials.set(account_id, token), lambda _none: on_stored(),
                          lambda error: on_error(keyring_state(error)), context=context)

    def forget(self, user: str) -> None:
        """Remove a keyring entry (an old account's token, a shop's secret); a failure is logged, never fatal."""
        run_in_background(lambda: self.credentials.delete(user), lambda _none: None,
                          lambda error: log.warning("could not remove an old keyring entry: %s", keyring_state(error)))

    # -- signing out ----------------------------------------------------------------------------------

    def sign_out(self, account_id: str) -> None:
        """Remove the token; ``signedOut`` follows either way (``signOutIncomplete`` first if it stayed)."""
        if not account_id:
            self.signedOut.emit("")
            return

        def failed(error: Exception) -> None:
            self.signedOut.emit(account_id)
            self.signOutIncomplete.emit(keyring_state(error))

        run_in_background(lambda: self.credentials.delete(account_id),
                          lambda _none: self.signedOut.emit(account_id), failed, context=self)
