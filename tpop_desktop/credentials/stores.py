"""Where the TPOP token (and later shop secrets) live: the OS keyring, or session memory.

Every keyring call runs on its own daemon thread with a timeout, because an unlock
prompt can block forever. Every failure becomes a ``CredentialsError`` with a
``KeyringState``, so the UI can say "unlock your keyring" instead of "bad token".
Nothing is ever written in plaintext: a plaintext-only configuration is refused.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import TypeVar

import keyring
from keyring.backend import KeyringBackend
from keyring.errors import (
    InitError,
    KeyringError,
    KeyringLocked,
    NoKeyringError,
    PasswordDeleteError,
)

from tpop_desktop.abandonable import AbandonableCall, CallTimedOut
from tpop_desktop.logging_setup import redact, register_secret

from .backends import (
    Selection,
    backend_name,
    is_secret_service,
    probe_secret_service_lock,
    select_secure,
)
from .states import CredentialsError, KeyringState, KeyringStatus

SERVICE_NAME = "tpop-desktop"
DEFAULT_TIMEOUT = 10.0

T = TypeVar("T")


def shop_user(shop_id: str) -> str:
    """The keyring user name under which a shop's secret is stored."""
    return f"shop:{shop_id}"


def carrier_user(service: str) -> str:
    """The keyring user name of a carrier tracking service's key ("laposte", "dhl", "17track")."""
    return f"carrier:{service}"


def _state_for(exc: Exception) -> KeyringState:
    # Order matters: NoKeyringError, InitError and KeyringLocked are all KeyringErrors.
    if isinstance(exc, KeyringLocked):
        return KeyringState.LOCKED
    if isinstance(exc, NoKeyringError):
        return KeyringState.UNAVAILABLE
    if isinstance(exc, (InitError, KeyringError)):
        return KeyringState.BROKEN
    return KeyringState.BROKEN  # D-Bus errors, secretstorage errors, backend bugs


_ADVICE = {
    KeyringState.LOCKED: "the keyring is locked; unlock it and retry",
    KeyringState.UNAVAILABLE: "no keyring backend is available",
    KeyringState.BROKEN: "the keyring backend failed",
}


def _check_user(user: str) -> None:
    if not isinstance(user, str) or not user:
        raise ValueError("the keyring user name must be a non-empty string")


def _check_secret(secret: str) -> None:
    if not isinstance(secret, str) or not secret:
        raise ValueError("the secret must be a non-empty string")


class Credentials:
    """Secrets in the OS keyring under one service name, with timeouts and clear states.

    Decision on a locked keyring: ``status()`` reads the collection's ``Locked``
    property without prompting and reports ``LOCKED``; ``get``/``set``/``delete`` raise
    ``CredentialsError(LOCKED)``. Once the user has unlocked it, the same calls work.

    While a call that timed out is still running (for instance waiting on an unlock
    prompt), further calls fail at once with ``TIMEOUT`` instead of stacking up more
    stuck threads and prompts. A timed-out ``set`` may still complete later.
    """

    def __init__(
        self,
        service: str = SERVICE_NAME,
        *,
        timeout: float = DEFAULT_TIMEOUT,
        backend: KeyringBackend | None = None,
    ) -> None:
        self.service = service
        self.timeout = timeout
        self._backend = backend
        self._guard = threading.Lock()
        self._stuck: list[AbandonableCall] = []  # calls that timed out and may still be running

    # -- public API ---------------------------------------------------------------

    def status(self) -> KeyringStatus:
        """Whether secrets can be stored now; never raises and never prompts."""
        try:
            selection = self._call("status", self._select)
        except CredentialsError as exc:
            return KeyringStatus(exc.state, self._configured_name(), str(exc))
        if selection.backend is None or not is_secret_service(selection.backend):
            return KeyringStatus(selection.state, selection.name, selection.detail)
        secret_service = selection.backend
        try:
            state, detail = self._call("status", lambda: probe_secret_service_lock(secret_service))
        except CredentialsError as exc:
            return KeyringStatus(exc.state, selection.name, str(exc))
        return KeyringStatus(state, selection.name, detail)

    def get(self, user: str) -> str | None:
        """The stored secret for ``user``, or ``None`` if there is none."""
        _check_user(user)
        secret = self._call("get", lambda: self._secure_backend().get_password(self.service, user))
        if secret is not None:
            register_secret(secret)
        return secret

    def set(self, user: str, secret: str) -> None:
        """Store (or replace) the secret for ``user``."""
        _check_user(user)
        _check_secret(secret)
        register_secret(secret)  # before the call: any error text is redacted with it
        self._call("set", lambda: self._secure_backend().set_password(self.service, user, secret))

    def delete(self, user: str) -> None:
        """Remove the secret for ``user``; removing a missing entry is not an error."""
        _check_user(user)

        def delete_if_present() -> None:
            backend = self._secure_backend()
            try:
                backend.delete_password(self.service, user)
            except PasswordDeleteError:
                if backend.get_password(self.service, user) is not None:
                    raise  # it exists but could not be deleted

        self._call("delete", delete_if_present)

    def wait_idle(self, timeout: float) -> bool:
        """Wait for a call that timed out to finish (e.g. before exit); True when idle."""
        deadline = time.monotonic() + timeout
        with self._guard:
            stuck = list(self._stuck)
        return all(call.finished.wait(max(0.0, deadline - time.monotonic())) for call in stuck)

    # -- internals ----------------------------------------------------------------

    def _configured(self) -> KeyringBackend:
        return self._backend if self._backend is not None else keyring.get_keyring()

    def _configured_name(self) -> str:
        if self._backend is not None:
            return backend_name(self._backend)
        return "keyring default backend"

    def _select(self) -> Selection:
        return select_secure(self._configured())

    def _secure_backend(self) -> KeyringBackend:
        """The secure backend, or an error saying why there is none (runs on the worker)."""
        selection = self._select()
        if selection.backend is None:
            raise CredentialsError(selection.state, f"{selection.detail} ({selection.name})")
        return selection.backend

    def _call(self, what: str, fn: Callable[[], T]) -> T:
        """Run ``fn`` on a daemon thread; turn every failure into ``CredentialsError``."""
        with self._guard:
            self._stuck = [call for call in self._stuck if not call.finished.is_set()]
            if self._stuck:
                raise CredentialsError(
                    KeyringState.TIMEOUT,
                    f"keyring {what}: an earlier keyring call has not returned yet "
                    "(an unlock prompt may be waiting)",
                )
        call: AbandonableCall[T] = AbandonableCall(fn, name=f"keyring-{what}")
        try:
            return call.run(timeout=self.timeout)
        except CallTimedOut:
            with self._guard:
                self._stuck.append(call)
            raise CredentialsError(
                KeyringState.TIMEOUT,
                f"keyring {what}: no answer after {self.timeout:g} s "
                "(an unlock prompt may be waiting)",
            ) from None
        except CredentialsError:
            raise
        except Exception as exc:
            state = _state_for(exc)
            # Only the type and a redacted text: the original exception (whose
            # traceback frames hold the secret) is not chained.
            cause = redact(f"{type(exc).__name__}: {exc}")
            raise CredentialsError(state, f"keyring {what}: {_ADVICE[state]} ({cause})") from None


class SessionCredentials:
    """The same interface, in memory only: "use this token for this session only".

    Offered when there is no secure storage (or the user declines it); the secret is
    forgotten when the app exits.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._secrets: dict[str, str] = {}

    def status(self) -> KeyringStatus:
        return KeyringStatus(
            KeyringState.AVAILABLE, type(self).__name__, "kept in memory until the app exits"
        )

    def get(self, user: str) -> str | None:
        _check_user(user)
        with self._lock:
            return self._secrets.get(user)

    def set(self, user: str, secret: str) -> None:
        _check_user(user)
        _check_secret(secret)
        register_secret(secret)
        with self._lock:
            self._secrets[user] = secret

    def delete(self, user: str) -> None:
        _check_user(user)
        with self._lock:
            self._secrets.pop(user, None)
