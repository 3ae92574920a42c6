"""What the UI needs to know about secure storage: a state, and an error carrying it.

The UI turns each state into its own translated sentence ("unlock your keyring",
"no secure storage on this system"...); a locked or missing keyring must never be
reported as a bad token. Texts here are plain English for the log and never contain
a secret.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol


class KeyringState(StrEnum):
    """Why secrets can or cannot be stored right now."""

    AVAILABLE = "available"
    UNAVAILABLE = "unavailable"  # no backend, keyring's fail/null backend, no D-Bus session
    LOCKED = "locked"  # the collection is locked: the user unlocks it, then we retry
    BROKEN = "broken"  # the backend failed to initialise or raised something unexpected
    TIMEOUT = "timeout"  # the call did not return in time (an unlock prompt may be open)
    INSECURE = "insecure"  # only a plaintext backend is configured: refused


@dataclass(frozen=True)
class KeyringStatus:
    """The state, the backend class name and a plain detail, all safe to log."""

    state: KeyringState
    backend: str
    detail: str


class CredentialsError(Exception):
    """A keyring call failed; ``state`` says why. The message never holds a secret."""

    def __init__(self, state: KeyringState, message: str) -> None:
        super().__init__(message)
        self.state = state


class CredentialStore(Protocol):
    """What the app needs from a place that keeps tokens (keyring or session memory)."""

    def status(self) -> KeyringStatus: ...

    def get(self, user: str) -> str | None: ...

    def set(self, user: str, secret: str) -> None: ...

    def delete(self, user: str) -> None: ...
