"""Every way a server can fail becomes its typed error, and the token never leaks."""

from __future__ import annotations

import json
import logging
import socket
from datetime import UTC, datetime
import ssl

import pytest
from connector_helpers import TOKEN
from scripted_http import Reply, ScriptedServer

from tpop_desktop.connectors.errors import (
    AuthError,
    ConnectorError,
    ForbiddenError,
    NetworkError,
    NotFoundError,
    PayloadError,
    RateLimitedError,
    ServerError,
)
from tpop_desktop.connectors.tpop import TpopConnector
from tpop_desktop.core.models import Customer, Destination, Item

JSON = {"Content-Type": "application/json"}
HTML = {"Content-Type": "text/html"}


def error_body(code: str) -> bytes:
    return json.dumps({"error": {"code": code, "message": "nope"}}).encode()


def connector_for(url: str, **kwargs) -> TpopConnector:
    return TpopConnector(url, TOKEN, **kwargs)


def assert_no_token(exc: BaseException, caplog: pytest.LogCaptureFixture) -> None:
    assert TOKEN not in str(exc) and TOKEN not in repr(exc.args)
    assert TOKEN not in caplog.text


VALID_PAGE_START = b'{"orders": [], "next_cursor": null, "server_time": "2026-11-20T09:30:00Z"'

CASES = [
    ("401", Reply(401, error_body("unauthorized"), JSON), AuthError),
    ("403", Reply(403, error_body("forbidden"), JSON), ForbiddenError),
    ("404", Reply(404, error_body("not_found"), JSON), NotFoundError),
    ("429 seconds", Reply(429, error_body("rate_limited"), dict(JSON, **{"Retry-After": "7"})), RateLimitedError),
    ("429 no header", Reply(429, b"", JSON), RateLimitedError),
    ("500", Reply(500, error_body("internal_error"), JSON), ServerError),
    ("502 html", Reply(502, b"<html><body>Bad gateway</body></html>", HTML), ServerError),
    ("503", Reply(503, b"", JSON), ServerError),
    ("418 unexpected", Reply(418, b"teapot", HTML), ServerError),
    ("200 html", Reply(200, b"<html>maintenance</html>", HTML), PayloadError),
    ("truncated json", Reply(200, VALID_PAGE_START[:-12], JSON), PayloadError),
    ("null", Reply(200, b"null", JSON), PayloadError),
    ("list for object", Reply(200, b"[]", JSON), PayloadError),
    ("orders not a list", Reply(200, b'{"orders": {}, "next_cursor": null, "server_time": "2026-11-20T09:30:00Z"}'),
     PayloadError),
    ("missing server_time", Reply(200, b'{"orders": [], "next_cursor": null}'), PayloadError),
    ("number cursor", Reply(200, VALID_PAGE_START.replace(b"null", b"12") + b"}"), PayloadError),
    ("naive server_time", Reply(200, VALID_PAGE_START.replace(b"Z", b"") + b"}"), PayloadError),
    ("empty body", Reply(200, b"", JSON), PayloadError),
    ("invalid utf-8", Reply(200, b'{"orders": [], "x": "\xff\xfe"}', JSON), PayloadError),
    ("deep nesting", Reply(200, b"[" * 100_000 + b"]" * 100_000, JSON), PayloadError),
    ("NaN constant", Reply(200, b'{"orders": NaN}', JSON), PayloadError),
    ("oversized", Reply(200, b" " * (1024 * 1024), JSON, chunks=17), PayloadError),
    ("connection dropped", Reply(-1), NetworkError),
    ("302 elsewhere", Reply(302, b"", {"Location": "https://evil.example/v1/orders"}), NetworkError),
]


@pytest.mark.parametrize(("reply", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_each_failure_is_its_typed_error(
    scripted: ScriptedServer, caplog: pytest.LogCaptureFixture, reply: Reply, expected: type[ConnectorError]
) -> None:
    caplog.set_level(logging.DEBUG)
    scripted.reply = reply
    connector = connector_for(scripted.url)
    with pytest.raises(expected) as caught:
        connector.orders_page(updated_since=None, cursor=None)
    connector.close()
    assert type(caught.value) is expected
    assert_no_token(caught.value, caplog)
    assert len(scripted.seen) == 1  # no status or read retries: the sync worker decides


@pytest.mark.parametrize(("header", "seconds"), [("7", 7.0), (None, None), ("soon", None), ("0", 0.0)])
def test_rate_limit_carries_retry_after(scripted: ScriptedServer, header: str | None, seconds: float | None) -> None:
    scripted.reply = Reply(429, b"", dict(JSON, **({"Retry-After": header} if header else {})))
    connector = connector_for(scripted.url)
    with pytest.raises(RateLimitedError) as caught:
        connector.account()
    assert caught.value.retry_after == seconds


def test_server_errors_keep_their_status(scripted: ScriptedServer) -> None:
    scripted.reply = Reply(503, b"", JSON)
    with pytest.raises(ServerError) as caught:
        connector_for(scripted.url).shops()
    assert caught.value.status == 503


def test_every_request_carries_the_bearer_token_in_the_header_only(scripted: ScriptedServer) -> None:
    scripted.reply = Reply(200, VALID_PAGE_START + b"}")
    connector_for(scripted.url).orders_page(updated_since=datetime(2026, 11, 1, tzinfo=UTC), cursor="c/1")
    seen = scripted.seen[0]
    assert seen.headers["Authorization"] == f"Bearer {TOKEN}"
    assert TOKEN not in seen.path
    assert "updated_since=2026-11-01T00%3A00%3A00Z" in seen.path and "cursor=c%2F1" in seen.path


def test_a_redirect_is_not_followed_and_the_other_host_sees_nothing(
    scripted: ScriptedServer, other_host: ScriptedServer, caplog: pytest.LogCaptureFixture
) -> None:
    scripted.reply = Reply(302, b"", {"Location": other_host.url + "/v1/account"})
    with pytest.raises(NetworkError) as caught:
        connector_for(scripted.url).account()
    assert "redirect" in str(caught.value)
    assert other_host.seen == []
    assert_no_token(caught.value, caplog)


def test_an_untrusted_certificate_is_a_network_error(caplog: pytest.LogCaptureFixture) -> None:
    import trustme

    authority = trustme.CA()
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    authority.issue_cert("127.0.0.1").configure_cert(context)
    server = ScriptedServer(tls=context).start()
    try:
        with pytest.raises(NetworkError) as caught:
            connector_for(server.url).account()
    finally:
        server.stop()
    assert "secure connection failed" in str(caught.value)
    assert server.seen == []  # the request, and its token, never left the client
    assert_no_token(caught.value, caplog)


def test_connection_refused_is_a_network_error(caplog: pytest.LogCaptureFixture) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(NetworkError) as caught:
        connector_for(f"http://127.0.0.1:{port}").account()
    assert "refused" in str(caught.value)
    assert_no_token(caught.value, caplog)


def test_a_server_that_never_answers_times_out(scripted: ScriptedServer, caplog: pytest.LogCaptureFixture) -> None:
    scripted.reply = Reply(status=0)
    connector = connector_for(scripted.url, timeout=(2.0, 0.3))
    with pytest.raises(NetworkError) as caught:
        connector.orders_page(updated_since=None, cursor=None)
    assert "timed out" in str(caught.value)
    assert len(scripted.seen) == 1
    assert_no_token(caught.value, caplog)


def test_manual_order_is_never_retried(scripted: ScriptedServer) -> None:
    scripted.reply = Reply(503, error_body("unavailable"), JSON)
    connector = connector_for(scripted.url)
    with pytest.raises(ServerError):
        connector.create_manual_order([Item("Mug")], Customer("Zoë"), Destination("FR"))
    assert [(s.method, s.path) for s in scripted.seen] == [("POST", "/v1/manual-orders")]
    body = json.loads(scripted.seen[0].body)
    assert body["items"] == [{"title": "Mug", "variant": "", "quantity": 1}]
    assert scripted.seen[0].headers["Idempotency-Key"]


def test_manual_order_to_a_closed_port_is_sent_at_most_once() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(NetworkError):
        connector_for(f"http://127.0.0.1:{port}").create_manual_order([Item("Mug")], Customer("Zoë"), Destination("FR"))


@pytest.mark.parametrize(
    "url",
    ["http://api.tpop.com", "ftp://127.0.0.1", "https://user:pw@api.tpop.com", "", "api.tpop.com"],
)
def test_unsafe_addresses_are_refused_before_any_request(url: str) -> None:
    with pytest.raises(ValueError):
        TpopConnector(url, TOKEN)


@pytest.mark.parametrize("token", ["", "has space", "line\r\nbreak", "caf\u00e9"])
def test_unsendable_tokens_are_refused_without_quoting_them(token: str) -> None:
    with pytest.raises(ValueError) as caught:
        TpopConnector("https://api.tpop.com", token)
    assert not token or token not in str(caught.value)


def test_connector_repr_does_not_show_the_token() -> None:
    assert TOKEN not in repr(TpopConnector("https://api.tpop.com", TOKEN))
