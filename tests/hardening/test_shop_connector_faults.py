"""The same faults against the Shopify, WooCommerce and Etsy connectors: typed errors only, one request per POST."""

from __future__ import annotations

import socket
from datetime import UTC, datetime, timedelta

import pytest
from fault_server import COVERED, EXPECTED

from tpop_desktop.connectors import http
from tpop_desktop.connectors.errors import ConnectorError, PayloadError
from tpop_desktop.connectors.etsy import EtsyConnector
from tpop_desktop.connectors.etsy_oauth import EtsyAppKeys, EtsyEndpoints, EtsyOAuthClient, EtsyTokenKeeper, EtsyTokens
from tpop_desktop.connectors.shopify import ShopifyConnector
from tpop_desktop.connectors.woocommerce import WooCommerceConnector

TOKEN = "shpat_" + "f3" * 16  # built like a real Admin API token, so the log patterns apply too
KEY, SECRET = "ck_" + "a1" * 20, "cs_" + "b2" * 20
ETSY_SECRET = "e7" + "d6c5b4a3"
ETSY_ACCESS, ETSY_REFRESH = "12345678." + "Ax9" * 20, "12345678." + "Rf4" * 20
TIMEOUT = (1.0, 0.5)


def etsy(url: str) -> EtsyConnector:
    """Etsy's API and its token endpoint both behind the fault server (a 401 leads to a refresh there)."""
    keys = EtsyAppKeys("1aa2bb33c44d55" + "eeeeee6fff", ETSY_SECRET)
    endpoints = EtsyEndpoints.at(url)
    tokens = EtsyTokens(ETSY_ACCESS, ETSY_REFRESH, datetime.now(UTC) + timedelta(hours=1), "12345678")
    keeper = EtsyTokenKeeper(EtsyOAuthClient(keys, endpoints, timeout=TIMEOUT), tokens, lambda renewed: None)
    return EtsyConnector(keys, keeper, etsy_shop_id=38417562, shop_id="et", endpoints=endpoints, timeout=TIMEOUT)


CONNECTORS = {
    "shopify": lambda url: ShopifyConnector(url, TOKEN, shop_id="sh", timeout=TIMEOUT),
    "woocommerce": lambda url: WooCommerceConnector(url, KEY, SECRET, shop_id="wc", timeout=TIMEOUT),
    "etsy": etsy,
}
CREDENTIALS = (TOKEN, KEY, SECRET, ETSY_SECRET, ETSY_ACCESS, ETSY_REFRESH)


def outcome(connector) -> BaseException | None:
    try:
        connector.orders(updated_since=None)
    except BaseException as error:  # noqa: BLE001 - anything but a ConnectorError is the bug we look for
        return error
    finally:
        connector.close()
    return None


def check(name: str, fault: str, error: BaseException | None) -> None:
    expected = EXPECTED[fault][1]
    if expected in (None, PayloadError):
        # An answer off the TPOP contract may happen to be valid for this API (an empty list for WooCommerce).
        assert error is None or isinstance(error, PayloadError), repr(error)
    else:
        assert isinstance(error, expected), repr(error)
    assert error is None or isinstance(error, ConnectorError)
    assert not any(secret in str(error) for secret in CREDENTIALS)
    COVERED.add((fault, name))


SERVED = [fault for fault in EXPECTED if fault not in ("refused", "expired certificate", "self-signed certificate")]


@pytest.mark.parametrize("name", CONNECTORS)
@pytest.mark.parametrize("fault", SERVED)
def test_shop_connectors_raise_only_typed_errors(name, fault, fault_server, other_host, monkeypatch):
    monkeypatch.setattr(http, "BODY_DEADLINE_S", 1.0)
    fault_server.always = fault
    fault_server.redirect_to = other_host.url
    check(name, fault, outcome(CONNECTORS[name](fault_server.url)))
    assert other_host.seen == []
    if name == "shopify":  # GraphQL reads are POSTs: never sent twice
        assert [seen.method for seen in fault_server.seen] == ["POST"]


@pytest.mark.parametrize("name", CONNECTORS)
def test_shop_connectors_refused(name):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    check(name, "refused", outcome(CONNECTORS[name](f"http://127.0.0.1:{port}")))


@pytest.mark.parametrize("name", CONNECTORS)
@pytest.mark.parametrize("tls_server, fault", [("expired", "expired certificate"),
                                               ("self-signed", "self-signed certificate")], indirect=["tls_server"])
def test_shop_connectors_refuse_untrusted_certificates(name, tls_server, fault):
    check(name, fault, outcome(CONNECTORS[name](tls_server.url)))
    assert tls_server.seen == []

