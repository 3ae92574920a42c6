"""Session-only credentials: the "use this token for this session only" choice."""

from __future__ import annotations

import logging

import pytest

from tpop_desktop.credentials import KeyringState, SessionCredentials
from tpop_desktop.logging_setup import RedactingFilter

TOKEN = "tpop_live_session_1234abcd"


def test_session_credentials_keep_tokens_in_memory_per_user() -> None:
    credentials = SessionCredentials()

    credentials.set("acct-1", TOKEN)
    credentials.set("shop:7", "other-secret")

    assert credentials.get("acct-1") == TOKEN
    assert credentials.get("shop:7") == "other-secret"
    assert credentials.get("acct-2") is None
    assert credentials.status().state is KeyringState.AVAILABLE


def test_session_credentials_delete_is_idempotent() -> None:
    credentials = SessionCredentials()
    credentials.set("acct-1", TOKEN)

    credentials.delete("acct-1")
    credentials.delete("acct-1")

    assert credentials.get("acct-1") is None


def test_a_new_session_starts_empty() -> None:
    SessionCredentials().set("acct-1", TOKEN)

    assert SessionCredentials().get("acct-1") is None


def test_a_session_token_is_redacted_from_logs_once_set() -> None:
    SessionCredentials().set("acct-1", TOKEN)
    record = logging.LogRecord("tpop", logging.INFO, __file__, 1, "using %s", (TOKEN,), None)

    RedactingFilter().filter(record)

    assert TOKEN not in record.getMessage()


@pytest.mark.parametrize("bad_secret", ["", None])
def test_session_credentials_refuse_an_empty_secret(bad_secret) -> None:
    with pytest.raises(ValueError):
        SessionCredentials().set("acct-1", bad_secret)
