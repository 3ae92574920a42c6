"""The sentences of the account flow: why a token was refused, why the keyring failed."""

from __future__ import annotations

from tpop_desktop.connectors.errors import (
    AuthError,
    ForbiddenError,
    NetworkError,
    RateLimitedError,
    ServerError,
)
from tpop_desktop.credentials import KeyringState
from tpop_desktop.ui.texts import tr


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
