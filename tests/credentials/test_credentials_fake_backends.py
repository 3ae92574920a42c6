"""Every way the keyring can fail, with in-process backends: each becomes a clear state.

The test backends set ``viable = False`` so ``keyring`` never picks one of them
automatically for other tests in the same process.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail, null
from keyring.backends.chainer import ChainerBackend
from keyring.errors import InitError, KeyringError, KeyringLocked

from tpop_desktop.credentials import Credentials, CredentialsError, KeyringState

TOKEN = "tpop_live_0a1b2c3d4e5f"

from keyring_fakes import HangingKeyring, MemoryKeyring, PlaintextKeyring, RaisingKeyring  # noqa: E402


class FixedChainer(ChainerBackend):
    """A ChainerBackend over a given list of members (the real one discovers them)."""

    viable = False

    def __init__(self, members: list[KeyringBackend]) -> None:
        super().__init__()
        self._members = members

    @property
    def backends(self):  # type: ignore[override]
        return self._members


@pytest.mark.parametrize(
    ("backend", "expected"),
    [
        pytest.param(fail.Keyring(), KeyringState.UNAVAILABLE, id="fail-backend"),
        pytest.param(null.Keyring(), KeyringState.UNAVAILABLE, id="null-backend"),
        pytest.param(PlaintextKeyring(), KeyringState.INSECURE, id="plaintext-backend"),
        pytest.param(FixedChainer([]), KeyringState.UNAVAILABLE, id="empty-chainer"),
        pytest.param(
            FixedChainer([PlaintextKeyring(), fail.Keyring()]),
            KeyringState.INSECURE,
            id="chainer-plaintext-and-fail",
        ),
        pytest.param(MemoryKeyring(), KeyringState.AVAILABLE, id="secure-backend"),
        pytest.param(
            FixedChainer([MemoryKeyring(), PlaintextKeyring()]),
            KeyringState.AVAILABLE,
            id="chainer-secure-and-plaintext",
        ),
    ],
)
def test_status_classifies_the_configured_backend(backend, expected) -> None:
    assert Credentials(backend=backend).status().state is expected


@pytest.mark.parametrize(
    ("backend", "expected"),
    [
        pytest.param(fail.Keyring(), KeyringState.UNAVAILABLE, id="fail-backend"),
        pytest.param(RaisingKeyring(KeyringLocked("locked")), KeyringState.LOCKED, id="locked"),
        pytest.param(RaisingKeyring(InitError("no collection")), KeyringState.BROKEN, id="init"),
        pytest.param(RaisingKeyring(KeyringError("odd")), KeyringState.BROKEN, id="keyring-error"),
        pytest.param(RaisingKeyring(RuntimeError("boom")), KeyringState.BROKEN, id="runtime-error"),
        pytest.param(RaisingKeyring(OSError("dbus gone")), KeyringState.BROKEN, id="os-error"),
    ],
)
@pytest.mark.parametrize("operation", ["get", "set", "delete"])
def test_every_backend_failure_becomes_a_credentials_error_with_a_state(
    backend, expected, operation
) -> None:
    credentials = Credentials(backend=backend)
    call = {
        "get": lambda: credentials.get("acct-1"),
        "set": lambda: credentials.set("acct-1", TOKEN),
        "delete": lambda: credentials.delete("acct-1"),
    }[operation]

    with pytest.raises(CredentialsError) as raised:
        call()

    assert raised.value.state is expected
    assert TOKEN not in str(raised.value)
    # The backend's exception (whose frames hold the token) is not shown with ours.
    assert raised.value.__cause__ is None
    assert raised.value.__context__ is None or raised.value.__suppress_context__


def test_a_backend_error_quoting_the_token_is_redacted_in_the_message() -> None:
    credentials = Credentials(backend=RaisingKeyring(RuntimeError(f"cannot store {TOKEN}")))

    with pytest.raises(CredentialsError) as raised:
        credentials.set("acct-1", TOKEN)

    assert raised.value.state is KeyringState.BROKEN
    assert TOKEN not in str(raised.value)
    assert "RuntimeError" in str(raised.value)


@pytest.mark.parametrize("chained", [False, True], ids=["plaintext", "chainer-fail-plaintext"])
def test_a_plaintext_only_configuration_is_refused_and_nothing_is_written(chained) -> None:
    plaintext = PlaintextKeyring()
    backend = FixedChainer([fail.Keyring(), plaintext]) if chained else plaintext
    credentials = Credentials(backend=backend)

    with pytest.raises(CredentialsError) as raised:
        credentials.set("acct-1", TOKEN)

    assert raised.value.state is KeyringState.INSECURE
    assert plaintext.entries == {}


def test_with_a_secure_and_a_plaintext_member_only_the_secure_one_is_used() -> None:
    secure, plaintext = MemoryKeyring(), PlaintextKeyring()
    plaintext.entries[("tpop-desktop", "acct-1")] = "stale-plaintext-token"
    credentials = Credentials(backend=FixedChainer([secure, plaintext]))

    assert credentials.get("acct-1") is None  # the plaintext copy is not read either
    credentials.set("acct-1", TOKEN)

    assert secure.entries == {("tpop-desktop", "acct-1"): TOKEN}
    assert plaintext.entries == {("tpop-desktop", "acct-1"): "stale-plaintext-token"}
    assert credentials.status().backend.endswith("MemoryKeyring")


def test_set_get_delete_round_trip_and_delete_is_idempotent() -> None:
    backend = MemoryKeyring()
    credentials = Credentials(backend=backend)

    credentials.set("shop:42", TOKEN)
    assert credentials.get("shop:42") == TOKEN
    credentials.delete("shop:42")
    credentials.delete("shop:42")

    assert credentials.get("shop:42") is None
    assert backend.entries == {}


@pytest.fixture
def release() -> Iterator[threading.Event]:
    event = threading.Event()
    yield event
    event.set()  # let the stuck daemon thread finish


def test_a_hanging_backend_times_out_and_further_calls_fail_fast_until_it_returns(
    release,
) -> None:
    backend = HangingKeyring(release)
    credentials = Credentials(backend=backend, timeout=0.2)

    started = time.monotonic()
    with pytest.raises(CredentialsError) as raised:
        credentials.get("acct-1")
    assert raised.value.state is KeyringState.TIMEOUT
    assert 0.2 <= time.monotonic() - started < 2.0

    with pytest.raises(CredentialsError) as raised_again:
        credentials.get("acct-1")
    assert raised_again.value.state is KeyringState.TIMEOUT
    assert backend.calls == 1  # no second stuck thread, no second prompt
    assert credentials.status().state is KeyringState.TIMEOUT

    release.set()
    assert credentials.wait_idle(5.0)
    backend.entries[("tpop-desktop", "acct-1")] = TOKEN
    assert credentials.get("acct-1") == TOKEN


@pytest.mark.parametrize("bad_user", ["", None])
def test_an_empty_user_name_is_a_programming_error(bad_user) -> None:
    with pytest.raises(ValueError):
        Credentials(backend=MemoryKeyring()).get(bad_user)


def test_an_empty_secret_is_refused() -> None:
    backend = MemoryKeyring()
    with pytest.raises(ValueError):
        Credentials(backend=backend).set("acct-1", "")
    assert backend.entries == {}


def test_the_default_backend_is_taken_from_keyring_at_call_time(monkeypatch) -> None:
    backend = MemoryKeyring()
    monkeypatch.setattr("keyring.get_keyring", lambda: backend)

    Credentials().set("acct-1", TOKEN)

    assert backend.entries == {("tpop-desktop", "acct-1"): TOKEN}


def test_a_failure_while_keyring_picks_its_backend_is_broken_not_a_crash(monkeypatch) -> None:
    def broken_discovery():
        raise RuntimeError("plugin import failed")

    monkeypatch.setattr("keyring.get_keyring", broken_discovery)
    credentials = Credentials()

    status = credentials.status()
    with pytest.raises(CredentialsError) as raised:
        credentials.get("acct-1")

    assert status.state is KeyringState.BROKEN
    assert raised.value.state is KeyringState.BROKEN
