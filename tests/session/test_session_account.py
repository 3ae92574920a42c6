"""The account service without a window: testing a token, keeping it in the keyring, reading it, signing out."""

from __future__ import annotations

import pytest
from keyring_fakes import MemoryKeyring, RaisingKeyring, locked_keyring

from tpop_desktop.connectors.errors import AuthError
from tpop_desktop.credentials import SERVICE_NAME, Credentials, KeyringState
from tpop_desktop.session.account import AccountService


@pytest.fixture
def keyring() -> MemoryKeyring:
    return MemoryKeyring()


@pytest.fixture
def accounts(qapp, keyring) -> AccountService:
    return AccountService(Credentials(backend=keyring, timeout=5))


def test_a_good_token_names_its_account_and_a_bad_one_is_refused(qtbot, accounts, sandbox, sandbox_token):
    found, errors = [], []
    accounts.test_token(sandbox.base_url + "/", sandbox_token, lambda url, account: found.append((url, account)),
                        errors.append)
    accounts.test_token(sandbox.base_url, "not-the-token", pytest.fail, errors.append)
    qtbot.waitUntil(lambda: len(found) + len(errors) == 2, timeout=10000)
    [(url, account)] = found
    assert url == sandbox.base_url and account.name  # the checked address, without the trailing slash
    assert isinstance(errors[0], AuthError)


def test_a_plain_http_address_off_this_computer_is_refused_before_any_request(accounts, sandbox):
    errors = []
    accounts.test_token("http://tpop.example", "token", pytest.fail, errors.append)
    assert isinstance(errors[0], ValueError)
    assert sandbox.requests == []


def test_a_stored_token_is_read_back_and_a_missing_one_says_so(qtbot, accounts, keyring):
    stored = []
    accounts.store_token("acct-1", "tok-1", lambda: stored.append(True), pytest.fail)
    qtbot.waitUntil(lambda: bool(stored), timeout=10000)
    assert keyring.entries[(SERVICE_NAME, "acct-1")] == "tok-1"
    with qtbot.waitSignal(accounts.tokenRead, timeout=10000) as read:
        accounts.read_stored_token("acct-1")
    assert read.args == ["tok-1"]
    with qtbot.waitSignal(accounts.tokenMissing, timeout=10000):
        accounts.read_stored_token("acct-2")


def test_a_locked_keyring_is_a_state_not_an_error(qtbot):
    accounts = AccountService(Credentials(backend=locked_keyring(), timeout=5))
    with qtbot.waitSignal(accounts.tokenUnreadable, timeout=10000) as unreadable:
        accounts.read_stored_token("acct-1")
    assert unreadable.args == [KeyringState.LOCKED]


def test_signing_out_removes_the_token_and_a_failure_still_signs_out(qtbot, accounts, keyring):
    keyring.entries[(SERVICE_NAME, "acct-1")] = "tok-1"
    with qtbot.waitSignal(accounts.signedOut, timeout=10000) as out:
        accounts.sign_out("acct-1")
    assert out.args == ["acct-1"] and (SERVICE_NAME, "acct-1") not in keyring.entries

    failing = AccountService(Credentials(backend=RaisingKeyring(RuntimeError("D-Bus went away")), timeout=5))
    seen = []
    failing.signedOut.connect(lambda account_id: seen.append(("signed out", account_id)))
    failing.signOutIncomplete.connect(lambda state: seen.append(("token kept", state)))
    failing.sign_out("acct-1")
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=10000)
    assert seen == [("signed out", "acct-1"), ("token kept", KeyringState.BROKEN)]
