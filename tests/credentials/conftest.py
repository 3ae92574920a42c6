"""Helpers for the credentials tests that need a real Secret Service (the gate is in tests/conftest.py).

Tests marked ``keyring_service`` only run inside ``tests/run_with_keyring.sh``: a private
D-Bus session with a throwaway, unlocked gnome-keyring. They are never run against the
developer's own session bus, because one of them locks the collection. Outside the
script they are skipped with that reason, unless ``TPOP_TEST_REQUIRE_KEYRING=1`` (CI),
where they fail loudly instead.
"""

from __future__ import annotations

import os
import subprocess
import uuid
from collections.abc import Callable, Iterator
from contextlib import closing

import pytest

PASSWORD_VARIABLE = "TPOP_TEST_KEYRING_PASSWORD"


@pytest.fixture
def account_id() -> str:
    """A fresh keyring user name, so tests never see each other's entries."""
    return f"acct-{uuid.uuid4().hex[:12]}"


def _default_collection_locked() -> bool:
    import secretstorage

    with closing(secretstorage.dbus_init()) as connection:
        return secretstorage.get_default_collection(connection).is_locked()


def _unlock_with_password() -> None:
    # Unlocking through the Secret Service API needs a prompt (a display); restarting the
    # daemon with the login password unlocks the same keyring file without one.
    subprocess.run(
        ["gnome-keyring-daemon", "--replace", "--unlock", "--components=secrets"],
        input=os.environ[PASSWORD_VARIABLE],
        capture_output=True,
        text=True,
        timeout=15,
        check=True,
    )


@pytest.fixture
def locked_collection(keyring_entries: list[str]) -> Iterator[Callable[[], None]]:
    """Lock the default collection; yields ``unlock()``; always unlocked again afterwards.

    Depends on ``keyring_entries`` so entries are deleted after the keyring is unlocked.
    """
    import secretstorage

    with closing(secretstorage.dbus_init()) as connection:
        collection = secretstorage.get_default_collection(connection)
        collection.lock()
        assert collection.is_locked()
    try:
        yield _unlock_with_password
    finally:
        if _default_collection_locked():
            _unlock_with_password()
        assert not _default_collection_locked(), "could not unlock the test keyring"


@pytest.fixture
def keyring_entries() -> Iterator[list[str]]:
    """User names to delete from the real keyring after the test, whatever happens."""
    users: list[str] = []
    yield users
    import keyring
    from keyring.errors import PasswordDeleteError

    for user in users:
        try:
            keyring.get_keyring().delete_password("tpop-desktop", user)
        except PasswordDeleteError:
            pass
