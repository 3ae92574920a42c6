"""Etsy's OAuth pieces on their own: PKCE, the token endpoint, rotation, and the one-callback loopback."""

from __future__ import annotations

import logging
import re
import socket
import threading
from datetime import timedelta
from urllib.parse import parse_qs, urlsplit

import pytest
import requests
from etsy_helpers import (
    ACCESS,
    KEYSTRING,
    NEW_ACCESS,
    NEW_REFRESH,
    REFRESH,
    REVOKED,
    SECRETS,
    SHARED_SECRET,
    Clock,
    json_reply,
    keeper_for,
    token_answer,
)
from scripted_http import Reply, ScriptedServer, Seen

from tpop_desktop.connectors.errors import PayloadError, ServerError
from tpop_desktop.connectors.etsy_oauth import (
    EtsyAppKeys,
    EtsyEndpoints,
    EtsyKeyError,
    EtsyOAuthClient,
    EtsyReconnectRequired,
    EtsyTokens,
    authorization_url,
    new_pkce,
    pkce_challenge,
)
from tpop_desktop.connectors.etsy_redirect import (
    AuthorizationFailure,
    EtsyAuthorizationError,
    LoopbackRedirect,
    redirect_uris,
)
from tpop_desktop.logging_setup import redact


def test_the_pkce_challenge_is_rfc_7636s_s256() -> None:
    assert pkce_challenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk") == "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
    first, second = new_pkce(), new_pkce()
    assert re.fullmatch(r"[A-Za-z0-9_-]{43}", first.verifier) and first.verifier != second.verifier
    assert first.challenge == pkce_challenge(first.verifier) and first.verifier not in repr(first)


def test_the_authorization_url_asks_for_a_code_with_s256() -> None:
    url = authorization_url(EtsyEndpoints(), KEYSTRING, "http://localhost:47611/tpop-desktop/etsy",
                            ("transactions_r", "transactions_w"), "st4te", "ch4llenge")
    parts = urlsplit(url)
    assert (parts.scheme, parts.hostname, parts.path) == ("https", "www.etsy.com", "/oauth/connect")
    assert "scope=transactions_r%20transactions_w" in parts.query
    assert parse_qs(parts.query) == {
        "response_type": ["code"], "client_id": [KEYSTRING], "redirect_uri": ["http://localhost:47611/tpop-desktop/etsy"],
        "scope": ["transactions_r transactions_w"], "state": ["st4te"], "code_challenge": ["ch4llenge"],
        "code_challenge_method": ["S256"]}
    assert SHARED_SECRET not in url


def test_tokens_and_keys_never_show_in_a_repr_and_are_redacted_from_logs() -> None:
    tokens = EtsyTokens(ACCESS, REFRESH, Clock()(), "12345678")
    keys = EtsyAppKeys(KEYSTRING, SHARED_SECRET)
    for text in (repr(tokens), str(tokens), repr(keys)):
        assert ACCESS not in text and REFRESH not in text and SHARED_SECRET not in text
    assert EtsyTokens.from_secret_fields(tokens.to_secret_fields()) == tokens
    assert SHARED_SECRET not in redact(f"x-api-key header was {KEYSTRING}:{SHARED_SECRET}")
    assert ACCESS not in redact(f"got {ACCESS}") and REFRESH not in redact(f"got {REFRESH}")
    with pytest.raises(ValueError):
        EtsyTokens.from_secret_fields({"access_token": ACCESS})


def test_keys_pasted_as_keystring_colon_secret_are_split() -> None:
    keys = EtsyAppKeys(f" {KEYSTRING}:{SHARED_SECRET} ", "")
    assert keys.keystring == KEYSTRING and keys.api_key_header == {"x-api-key": f"{KEYSTRING}:{SHARED_SECRET}"}
    for bad in (("", SHARED_SECRET), (KEYSTRING, "with space"), (KEYSTRING, "a:b")):
        with pytest.raises(ValueError):
            EtsyAppKeys(*bad)


def oauth_client(scripted: ScriptedServer) -> EtsyOAuthClient:
    return EtsyOAuthClient(EtsyAppKeys(KEYSTRING, SHARED_SECRET), EtsyEndpoints.at(scripted.url), now=Clock())


def test_the_code_exchange_sends_the_documented_form(scripted: ScriptedServer) -> None:
    scripted.reply = token_answer()
    tokens = oauth_client(scripted).exchange_code("c0de", "v" * 43, "http://localhost:47611/tpop-desktop/etsy")
    sent = scripted.seen[0]
    assert sent.path == "/etsy/v3/public/oauth/token" and sent.method == "POST"
    assert parse_qs(sent.body.decode()) == {"grant_type": ["authorization_code"], "client_id": [KEYSTRING],
                                            "redirect_uri": ["http://localhost:47611/tpop-desktop/etsy"],
                                            "code": ["c0de"], "code_verifier": ["v" * 43]}
    assert sent.headers["x-api-key"] == f"{KEYSTRING}:{SHARED_SECRET}"
    assert (tokens.access_token, tokens.refresh_token, tokens.user_id) == (NEW_ACCESS, NEW_REFRESH, "12345678")
    assert tokens.expires_at == Clock()() + timedelta(seconds=3600)


@pytest.mark.parametrize(("reply", "error"), [
    (REVOKED, EtsyReconnectRequired),
    (json_reply({"error": "invalid_grant", "error_description": "code value had been used before"}, 400),
     EtsyReconnectRequired),
    (json_reply({"error": "invalid_client", "error_description": "client_id is not valid"}, 401), EtsyKeyError),
    (json_reply({"error": "Server Error"}, 500), ServerError),
    (json_reply({"access_token": NEW_ACCESS, "token_type": "Bearer"}), PayloadError),
    (json_reply({"access_token": NEW_ACCESS, "refresh_token": "a b", "expires_in": 3600}), PayloadError),
])
def test_token_endpoint_failures_are_typed(scripted: ScriptedServer, reply: Reply, error: type[Exception],
                                           caplog: pytest.LogCaptureFixture) -> None:
    scripted.reply = reply
    caplog.set_level(logging.DEBUG)
    with pytest.raises(error) as caught:
        oauth_client(scripted).refresh(REFRESH)
    for secret in SECRETS:
        assert secret not in str(caught.value) and secret not in caplog.text


def test_a_refresh_rotates_the_pair_and_saves_it_before_it_is_used(scripted: ScriptedServer) -> None:
    saved: list[EtsyTokens] = []
    scripted.reply = token_answer()
    keeper = keeper_for(scripted.url, expires_in=timedelta(minutes=4), saved=saved)  # inside the 5-minute margin
    assert keeper.access_token() == NEW_ACCESS
    assert parse_qs(scripted.seen[0].body.decode())["refresh_token"] == [REFRESH]
    assert [t.refresh_token for t in saved] == [NEW_REFRESH] and not keeper.unsaved
    assert keeper.access_token() == NEW_ACCESS and len(scripted.seen) == 1  # fresh now: no second refresh


def test_two_threads_that_see_a_401_refresh_once(scripted: ScriptedServer) -> None:
    entered, release = threading.Event(), threading.Event()

    def slow_token(seen: Seen) -> Reply:
        entered.set()
        release.wait(10)
        return token_answer()

    scripted.reply = slow_token
    keeper = keeper_for(scripted.url)
    results: list[str] = []
    threads = [threading.Thread(target=lambda: results.append(keeper.refreshed_access_token(ACCESS)))
               for _ in range(2)]
    threads[0].start()
    assert entered.wait(10)
    threads[1].start()
    release.set()
    for thread in threads:
        thread.join(10)
    assert results == [NEW_ACCESS, NEW_ACCESS] and len(scripted.seen) == 1


def test_a_pair_the_keyring_refused_is_saved_again_at_the_next_call(scripted: ScriptedServer) -> None:
    attempts: list[EtsyTokens] = []

    def locked_once(tokens: EtsyTokens) -> None:
        attempts.append(tokens)
        if len(attempts) == 1:
            raise RuntimeError("keyring locked")

    scripted.reply = token_answer()
    keeper = keeper_for(scripted.url, expires_in=timedelta(minutes=1), save=locked_once)  # locked at first
    assert keeper.access_token() == NEW_ACCESS and keeper.unsaved
    assert keeper.access_token() == NEW_ACCESS and not keeper.unsaved
    assert [t.refresh_token for t in attempts] == [NEW_REFRESH, NEW_REFRESH] and len(scripted.seen) == 1


# --- the loopback callback ------------------------------------------------------------


def free_redirect(**options) -> LoopbackRedirect:
    return LoopbackRedirect((0,), host="127.0.0.1", **options)


def browse(url: str) -> requests.Response:
    return requests.get(url, timeout=10, allow_redirects=False)


def in_background(redirect: LoopbackRedirect, state: str, timeout_s: float = 10) -> tuple[threading.Thread, list]:
    outcome: list = []

    def wait() -> None:
        try:
            outcome.append(redirect.wait(state, timeout_s))
        except EtsyAuthorizationError as exc:
            outcome.append(exc)

    thread = threading.Thread(target=wait)
    thread.start()
    return thread, outcome


def test_only_the_callback_with_our_state_is_accepted_and_only_once() -> None:
    redirect = free_redirect()
    thread, outcome = in_background(redirect, "our-state")
    assert browse(f"http://127.0.0.1:{redirect.port}/favicon.ico").status_code == 404
    foreign = browse(f"{redirect.redirect_uri}?code=stolen&state=other")
    assert foreign.status_code == 400 and foreign.headers["Content-Type"].startswith("text/plain")
    page = browse(f"{redirect.redirect_uri}?code=the-code&state=our-state")
    thread.join(10)
    assert outcome == ["the-code"] and page.status_code == 200 and "connected" in page.text
    with pytest.raises(requests.ConnectionError):
        browse(f"{redirect.redirect_uri}?code=again&state=our-state")


def test_etsys_error_answer_ends_the_attempt_and_shows_plain_text() -> None:
    redirect = free_redirect()
    thread, outcome = in_background(redirect, "s")
    page = browse(f"{redirect.redirect_uri}?state=s&error=access_denied&error_description=%3Cb%3Enope%3C%2Fb%3E")
    thread.join(10)
    [error] = outcome
    assert (error.failure, error.error_code) == (AuthorizationFailure.DENIED, "access_denied")
    assert "<b>" not in page.text and page.headers["Content-Type"] == "text/plain; charset=utf-8"


def test_a_browser_that_never_comes_back_times_out() -> None:
    redirect = free_redirect()
    with pytest.raises(EtsyAuthorizationError) as caught:
        redirect.wait("s", 0.05)
    assert caught.value.failure is AuthorizationFailure.TIMED_OUT


def test_the_wait_can_be_cancelled_from_another_thread() -> None:
    redirect = free_redirect()
    thread, outcome = in_background(redirect, "s", timeout_s=30)
    redirect.cancel()
    thread.join(10)
    assert not thread.is_alive() and outcome[0].failure is AuthorizationFailure.CANCELLED


def test_every_registered_port_taken_is_a_clear_error() -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        with pytest.raises(EtsyAuthorizationError) as caught:
            LoopbackRedirect((busy.getsockname()[1],))
    assert caught.value.failure is AuthorizationFailure.NO_FREE_PORT


def test_trying_again_at_once_gets_the_same_port_back() -> None:
    """The callback's connection lingers in TIME_WAIT for a minute; the next attempt must still listen there."""
    first = free_redirect()
    port = first.port
    thread, outcome = in_background(first, "s")
    browse(f"{first.redirect_uri}?code=c&state=s")
    thread.join(10)
    assert outcome == ["c"]
    again = LoopbackRedirect((port,), host="127.0.0.1")
    try:
        assert again.port == port
    finally:
        again.close()


def test_the_addresses_to_register_are_exact() -> None:
    assert redirect_uris() == ["http://localhost:47611/tpop-desktop/etsy", "http://localhost:47612/tpop-desktop/etsy",
                               "http://localhost:47613/tpop-desktop/etsy"]
