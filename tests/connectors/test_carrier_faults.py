"""Every way a tracking service can misbehave ends in a typed error, and the key never shows.

Each fault is played by a real server on 127.0.0.1; short timeouts keep a hanging server cheap.
"""

from __future__ import annotations

import logging

import pytest
from carrier_replies import (
    DHL_429,
    DHL_KEY,
    LA_POSTE_KEY,
    LP_401,
    LP_429,
    SEVENTEEN_KEY,
    reply,
    st_failed,
)
from scripted_http import Reply, ScriptedServer

from tpop_desktop.connectors.carriers.base import QuotaSpentError
from tpop_desktop.connectors.carriers.dhl import DhlUnified
from tpop_desktop.connectors.carriers.laposte import LaPosteSuivi
from tpop_desktop.connectors.carriers.seventeen_track import SeventeenTrack
from tpop_desktop.connectors.errors import (
    AuthError,
    ConnectorError,
    ForbiddenError,
    NetworkError,
    PayloadError,
    RateLimitedError,
    ServerError,
)
from tpop_desktop.core.parcel import TrackingServiceId
from tpop_desktop.core.parcel_refresh import Route
from tpop_desktop.logging_setup import redact

TIMEOUT = (0.5, 0.3)
HTML = b"<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>"
ADAPTERS = {
    "laposte": (LaPosteSuivi, LA_POSTE_KEY, TrackingServiceId.LA_POSTE, "6A15602676300"),
    "dhl": (DhlUnified, DHL_KEY, TrackingServiceId.DHL, "1234567890"),
    "17track": (SeventeenTrack, SEVENTEEN_KEY, TrackingServiceId.SEVENTEEN_TRACK, "25012345678901"),
}
REVOKED = {"laposte": reply(LP_401, status=401), "dhl": Reply(401, b"", {}),
           "17track": reply(st_failed(-18010002, "Invalid access key."))}
TOO_MANY = {"laposte": reply(LP_429, status=429), "dhl": reply(DHL_429, status=429),
            "17track": reply({"code": 429}, status=429)}

# fault -> (reply, expected error); None: the per-adapter tables above
FAULTS: dict[str, tuple[Reply | None, type[ConnectorError]]] = {
    "revoked key": (None, AuthError),
    "403": (reply({"code": "FORBIDDEN", "message": "no"}, status=403), ForbiddenError),
    "429 without Retry-After": (None, RateLimitedError),
    "500": (Reply(500, b'{"code": "INTERNAL"}', {}), ServerError),
    "502 HTML page": (Reply(502, HTML, {"Content-Type": "text/html"}), ServerError),
    "503 empty": (Reply(503, b"", {}), ServerError),
    "504": (Reply(504, b"", {}), ServerError),
    "slow server": (Reply(0), NetworkError),
    "dropped connection": (Reply(-1), NetworkError),
    "truncated JSON": (Reply(200, b'{"shipments": [{"id": "12', {}), PayloadError),
    "HTML with 200": (Reply(200, HTML, {"Content-Type": "text/html"}), PayloadError),
    "JSON null": (Reply(200, b"null", {}), PayloadError),
    "invalid UTF-8": (Reply(200, b'{"code": 0, "x": "\xff\xfe"}', {}), PayloadError),
    "deeply nested": (Reply(200, b"[" * 100_000 + b"]" * 100_000, {}), PayloadError),
    "redirect": (Reply(302, b"", {"Location": "http://127.0.0.1:9/elsewhere"}), NetworkError),
    "too large": (Reply(200, b" " * 65536, {}, chunks=80), PayloadError),  # 5 MiB > the 4 MiB cap
    "teapot": (Reply(418, b"", {}), ServerError),
}


def call(name: str, url: str):
    cls, key, service, number = ADAPTERS[name]
    adapter = cls(key, base_url=url, timeout=TIMEOUT)
    try:
        return adapter.track([Route(service, number)])
    finally:
        adapter.close()


@pytest.mark.parametrize("name", list(ADAPTERS))
@pytest.mark.parametrize("fault", list(FAULTS))
def test_each_fault_is_a_typed_error_without_the_key(scripted: ScriptedServer, caplog, name, fault):
    caplog.set_level(logging.DEBUG)
    answer, expected = FAULTS[fault]
    if answer is None:
        answer = REVOKED[name] if fault == "revoked key" else TOO_MANY[name]
    scripted.reply = answer
    with pytest.raises(ConnectorError) as raised:
        call(name, scripted.url)
    assert type(raised.value) is expected, repr(raised.value)
    key = ADAPTERS[name][1]
    assert key not in str(raised.value) and key not in repr(raised.value)
    assert key not in caplog.text
    assert all(key not in seen.path for seen in scripted.seen)


@pytest.mark.parametrize("name", list(ADAPTERS))
def test_429_with_retry_after_carries_the_delay(scripted, name):
    scripted.reply = Reply(429, b"{}", {"Retry-After": "42"})
    with pytest.raises(RateLimitedError) as raised:
        call(name, scripted.url)
    assert raised.value.retry_after == 42.0


@pytest.mark.parametrize("code", [-18019907, -18019908])
def test_a_spent_17track_quota(scripted, code):
    scripted.reply = reply(st_failed(code))
    with pytest.raises(QuotaSpentError):
        call("17track", scripted.url)


@pytest.mark.parametrize(("name", "body"), [
    ("laposte", {"returnCode": "200", "shipment": {}}),
    ("laposte", {"returnCode": 200}),
    ("laposte", {"returnCode": 200, "shipment": {"event": [{"code": "DI1", "label": "x", "date": "hier"}]}}),
    ("laposte", {"returnCode": 200, "shipment": {"event": {"code": "DI1"}}}),
    ("dhl", {"shipments": [{"id": "1234567890", "events": [{"timestamp": "2026-11-19T10:30:00"}]}]}),
    ("dhl", {"shipments": {"id": "1234567890"}}),
    ("dhl", []),
    ("17track", {"data": {}}),
    ("17track", {"code": 0, "data": {"accepted": [{"number": "25012345678901", "track_info": "x"}]}}),
    ("17track", {"code": 0, "data": {"accepted": {"number": "25012345678901"}}}),
])
def test_answers_not_in_the_documented_shape(scripted, name, body):
    scripted.reply = reply(body)
    with pytest.raises(PayloadError):
        call(name, scripted.url)


def test_a_redirect_is_not_followed_and_the_key_goes_nowhere_else(scripted, other_host):
    scripted.reply = Reply(301, b"", {"Location": other_host.url + "/idships/6A15602676300"})
    with pytest.raises(NetworkError):
        call("laposte", scripted.url)
    assert other_host.seen == []


@pytest.mark.parametrize("name", list(ADAPTERS))
def test_plain_http_is_refused_except_on_this_computer(name):
    cls, key, _, _ = ADAPTERS[name]
    with pytest.raises(ValueError):
        cls(key, base_url="http://api.example.com")
    cls(key, base_url="http://localhost:1").close()


@pytest.mark.parametrize("name", list(ADAPTERS))
def test_a_key_that_cannot_travel_in_a_header_is_refused_before_any_call(name):
    cls, _, _, _ = ADAPTERS[name]
    with pytest.raises(ValueError) as raised:
        cls("bad key\r\nX-Injected: 1", base_url="http://127.0.0.1:1")
    assert "X-Injected" not in str(raised.value)


@pytest.mark.parametrize("name", list(ADAPTERS))
def test_the_key_is_redacted_from_logs_while_the_adapter_lives(scripted, name):
    cls, key, service, number = ADAPTERS[name]
    adapter = cls(key, base_url=scripted.url, timeout=TIMEOUT)
    assert key not in redact(f"the key is {key}") and key not in repr(adapter)
    scripted.reply = REVOKED[name]
    with pytest.raises(AuthError):
        adapter.track([Route(service, number)])
    assert scripted.seen[0].headers.get({"laposte": "X-Okapi-Key", "dhl": "DHL-API-Key",
                                         "17track": "17token"}[name]) == key  # it did travel, in its header
    adapter.close()
    assert key in redact(f"the key is {key}")  # forgotten once no adapter holds it
