"""Keyring backends for tests that cannot use the real Secret Service: each behaves like one failure."""

from __future__ import annotations

import threading

import keyring.errors
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError


class MemoryKeyring(KeyringBackend):
    """A working, "secure" backend that records what it was given."""

    viable = False  # never picked by keyring's own discovery

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.entries.get((service, username))

    def set_password(self, service, username, password):
        self.entries[(service, username)] = password

    def delete_password(self, service, username):
        if self.entries.pop((service, username), None) is None:
            raise PasswordDeleteError("No such password!")


class PlaintextKeyring(MemoryKeyring):
    """Looks like keyrings.alt's file backend: must never receive a secret."""


PlaintextKeyring.__module__ = "keyrings.alt.file"


class RaisingKeyring(KeyringBackend):
    """Raises the given exception from every call."""

    viable = False

    def __init__(self, error: BaseException) -> None:
        super().__init__()
        self.error = error

    def get_password(self, service, username):
        raise self.error

    def set_password(self, service, username, password):
        raise self.error

    def delete_password(self, service, username):
        raise self.error


def locked_keyring() -> RaisingKeyring:
    return RaisingKeyring(keyring.errors.KeyringLocked("Failed to unlock the collection!"))


def no_keyring() -> RaisingKeyring:
    return RaisingKeyring(keyring.errors.NoKeyringError("No recommended backend was available."))


class HangingKeyring(MemoryKeyring):
    """Blocks every read until ``release`` is set, like an unanswered unlock prompt."""

    def __init__(self, release: threading.Event) -> None:
        super().__init__()
        self.release = release
        self.calls = 0

    def get_password(self, service, username):
        self.calls += 1
        self.release.wait(30)
        return super().get_password(service, username)
