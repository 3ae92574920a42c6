"""Credentials against a real Secret Service (gnome-keyring on a private session bus).

What is stored is read back with libsecret's ``secret-tool``, not through our module,
so a test cannot pass by reading its own mistake back.
"""

from __future__ import annotations

import time

import pytest

from tpop_desktop.credentials import Credentials, CredentialsError, KeyringState

pytestmark = pytest.mark.keyring_service

TOKEN = "tpop_live_9f8e7d6c5b4a"


def test_status_reports_the_secret_service_as_available() -> None:
    status = Credentials().status()

    assert status.state is KeyringState.AVAILABLE
    assert status.backend == "keyring.backends.SecretService.Keyring"


def test_set_stores_the_token_in_the_secret_service(
    account_id, keyring_entries, secret_tool_lookup
) -> None:
    keyring_entries.append(account_id)

    Credentials().set(account_id, TOKEN)

    assert secret_tool_lookup(account_id) == TOKEN


def test_get_returns_the_stored_token_and_none_for_an_unknown_account(
    account_id, keyring_entries
) -> None:
    keyring_entries.append(account_id)
    credentials = Credentials()
    credentials.set(account_id, TOKEN)

    assert credentials.get(account_id) == TOKEN
    assert credentials.get(account_id + "-unknown") is None


def test_set_replaces_the_previous_token(account_id, keyring_entries, secret_tool_lookup) -> None:
    keyring_entries.append(account_id)
    credentials = Credentials()
    credentials.set(account_id, "old-token-123")

    credentials.set(account_id, TOKEN)

    assert secret_tool_lookup(account_id) == TOKEN


def test_delete_removes_the_token_and_is_idempotent(
    account_id, keyring_entries, secret_tool_lookup
) -> None:
    keyring_entries.append(account_id)
    credentials = Credentials()
    credentials.set(account_id, TOKEN)

    credentials.delete(account_id)
    credentials.delete(account_id)  # already gone: not an error

    assert secret_tool_lookup(account_id) is None
    assert credentials.get(account_id) is None


def test_shop_secrets_and_the_account_token_are_separate_entries(
    account_id, keyring_entries, secret_tool_lookup
) -> None:
    shop_key = f"shop:{account_id}"
    keyring_entries.extend([account_id, shop_key])
    credentials = Credentials()
    credentials.set(account_id, TOKEN)
    credentials.set(shop_key, "shpat_" + "0123456789abcdef")  # a made-up token

    credentials.delete(shop_key)

    assert secret_tool_lookup(account_id) == TOKEN
    assert secret_tool_lookup(shop_key) is None


def test_locked_keyring_is_reported_as_locked_quickly_and_works_after_unlocking(
    account_id, keyring_entries, locked_collection
) -> None:
    # locked_collection has locked the collection; without a display no prompt can open,
    # so keyring's own unlock attempt fails at once instead of blocking.
    credentials = Credentials(timeout=5.0)

    started = time.monotonic()
    with pytest.raises(CredentialsError) as raised:
        credentials.get(account_id)
    assert raised.value.state is KeyringState.LOCKED
    assert time.monotonic() - started < 2.0
    with pytest.raises(CredentialsError) as raised_on_set:
        credentials.set(account_id, TOKEN)
    assert raised_on_set.value.state is KeyringState.LOCKED
    assert TOKEN not in str(raised_on_set.value)
    assert credentials.status().state is KeyringState.LOCKED

    unlock = locked_collection
    unlock()
    keyring_entries.append(account_id)
    credentials.set(account_id, TOKEN)

    assert credentials.get(account_id) == TOKEN
    assert credentials.status().state is KeyringState.AVAILABLE
