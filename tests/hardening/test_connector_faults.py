"""Every way a server can misbehave ends in the connector's own typed error, and nothing else.

Each fault is served by a real server on 127.0.0.1; the connector uses short timeouts so a
hanging server costs half a second.
"""

from __future__ import annotations

import socket

import pytest
from fault_server import CONNECTOR_FAULTS, COVERED, EXPECTED

from tpop_desktop.connectors import http
from tpop_desktop.connectors.errors import NetworkError, RateLimitedError, ServerError
from tpop_desktop.connectors.tpop import TpopConnector
from tpop_desktop.core.models import Customer, Destination, Item

TOKEN = "hardening-token-9c1e77"
TIMEOUT = (1.0, 0.5)

RETRY_AFTER = {"429": None, "429 Retry-After 7": 7.0, "429 Retry-After -5": None,
               "429 Retry-After 1e12": 1e12, "429 Retry-After soon": None, "429 Retry-After past date": 0.0}
SERVED = [fault for fault in EXPECTED if fault not in ("refused", "expired certificate", "self-signed certificate")]


def test_the_table_covers_every_fault_the_server_can_play():
    assert set(EXPECTED) == set(CONNECTOR_FAULTS)


def call(connector: TpopConnector, what: str):
    if what == "page":
        return connector.orders_page(updated_since=None, cursor=None)
    return connector.order("TP-1")


def outcome(connector: TpopConnector, what: str) -> BaseException | None:
    try:
        call(connector, what)
    except BaseException as error:  # noqa: BLE001 - anything but a ConnectorError is the bug we look for
        return error
    finally:
        connector.close()
    return None


def check(fault: str, error: BaseException | None) -> None:
    expected = EXPECTED[fault][1]
    if expected is None:
        assert error is None, repr(error)
    else:
        assert type(error) is expected, repr(error)
        assert TOKEN not in str(error)
    COVERED.add((fault, "tpop"))


@pytest.mark.parametrize("fault", SERVED)
def test_tpop_connector_raises_only_its_typed_error(fault, fault_server, other_host, monkeypatch):
    monkeypatch.setattr(http, "BODY_DEADLINE_S", 1.0)  # the trickle would otherwise be read for 2 minutes
    fault_server.always = fault
    fault_server.redirect_to = other_host.url
    error = outcome(TpopConnector(fault_server.url, TOKEN, timeout=TIMEOUT), EXPECTED[fault][0])
    check(fault, error)
    if fault in RETRY_AFTER:
        assert error.retry_after == RETRY_AFTER[fault]
    assert other_host.seen == []  # a redirect is never followed, so the token never reaches another host


def test_refused_connection():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    check("refused", outcome(TpopConnector(f"http://127.0.0.1:{port}", TOKEN, timeout=TIMEOUT), "page"))


@pytest.mark.parametrize("tls_server, fault", [("expired", "expired certificate"),
                                               ("self-signed", "self-signed certificate")], indirect=["tls_server"])
def test_untrusted_certificates_are_refused_before_any_request(tls_server, fault):
    check(fault, outcome(TpopConnector(tls_server.url, TOKEN, timeout=TIMEOUT), "page"))
    assert tls_server.seen == []  # the handshake failed: no request, no token, was sent


@pytest.mark.parametrize("tls_server", ["valid"], indirect=True)
def test_a_valid_certificate_from_the_same_authority_works(tls_server):
    """The control for the two cases above: only the certificate's flaw made them fail."""
    page = TpopConnector(tls_server.url, TOKEN, timeout=TIMEOUT).orders_page(updated_since=None, cursor=None)
    assert page.orders == ()
    assert tls_server.seen[0].headers["authorization"] == f"Bearer {TOKEN}"


def manual_order(connector: TpopConnector):
    return connector.create_manual_order([Item("Tee", "M", 1)], Customer("Ann", "", None),
                                         Destination("FR", "75011", "Paris"), address_lines=["1 rue X"])


@pytest.mark.parametrize("fault, expected", [
    ("503", ServerError), ("500", ServerError), ("reset", NetworkError), ("timeout", NetworkError),
    ("429 Retry-After 7", RateLimitedError), ("302 to another host", NetworkError),
])
def test_a_manual_order_is_sent_once_whatever_happens(fault, expected, fault_server, other_host):
    fault_server.always = fault
    fault_server.redirect_to = other_host.url
    connector = TpopConnector(fault_server.url, TOKEN, timeout=TIMEOUT)
    with pytest.raises(expected):
        manual_order(connector)
    connector.close()
    assert [seen.method for seen in fault_server.seen] == ["POST"]
    assert other_host.seen == []


def test_trickle_ends_within_the_total_deadline(fault_server, monkeypatch):
    """requests' read timeout is per receive; the body deadline bounds the whole answer."""
    import time

    monkeypatch.setattr(http, "BODY_DEADLINE_S", 1.0)
    fault_server.always = "slow trickle"
    started = time.monotonic()
    with pytest.raises(NetworkError, match="timed out"):
        TpopConnector(fault_server.url, TOKEN, timeout=TIMEOUT).orders_page(updated_since=None, cursor=None)
    assert time.monotonic() - started < 3.0


def test_the_shipped_body_deadline_is_finite():
    assert 10 <= http.BODY_DEADLINE_S <= 600
