"""Fault servers (plain and TLS) and the closing count of fault kinds × connectors."""

from __future__ import annotations

import ssl
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
import trustme
from fault_server import COVERED, FaultServer


@pytest.fixture
def fault_server() -> Iterator[FaultServer]:
    server = FaultServer().start()
    yield server
    server.stop()


@pytest.fixture
def other_host() -> Iterator[FaultServer]:
    """Where redirects point: it must never receive a request carrying the token."""
    server = FaultServer().start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def trusted_ca() -> trustme.CA:
    return trustme.CA()


def tls_context(cert: trustme.LeafCert) -> ssl.SSLContext:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    cert.configure_cert(context)
    return context


@pytest.fixture
def tls_server(request, trusted_ca, tmp_path, monkeypatch) -> Iterator[FaultServer]:
    """An https server whose certificate is "valid", "expired" or "self-signed" (indirect parameter).

    The client trusts ``trusted_ca`` (REQUESTS_CA_BUNDLE), so an expired certificate from it fails
    only because it expired; the self-signed one comes from a CA nobody trusts.
    """
    bundle = tmp_path / "ca.pem"
    trusted_ca.cert_pem.write_to_path(str(bundle))
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(bundle))
    kind = request.param
    if kind == "expired":
        cert = trusted_ca.issue_cert("127.0.0.1", not_before=datetime(2020, 1, 1, tzinfo=UTC),
                                     not_after=datetime(2021, 1, 1, tzinfo=UTC))
    elif kind == "self-signed":
        cert = trustme.CA().issue_cert("127.0.0.1")
    else:
        cert = trusted_ca.issue_cert("127.0.0.1")
    server = FaultServer(tls=tls_context(cert)).start()
    yield server
    server.stop()


def pytest_terminal_summary(terminalreporter) -> None:  # type: ignore[no-untyped-def]
    if COVERED:
        faults = {fault for fault, _ in COVERED}
        connectors = {connector for _, connector in COVERED}
        terminalreporter.write_line(
            f"fault injection: {len(faults)} fault kinds x {len(connectors)} connector(s) "
            f"({', '.join(sorted(connectors))}) = {len(COVERED)} cases checked")
