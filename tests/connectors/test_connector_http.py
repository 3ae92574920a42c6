"""The shared HTTP rules: which addresses are allowed, Retry-After, what a log may show."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tpop_desktop.connectors.http import (
    check_token_chars,
    make_session,
    parse_retry_after,
    safe_url,
    validate_api_url,
)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://api.tpop.com", "https://api.tpop.com"),
        ("https://api.tpop.com/", "https://api.tpop.com"),
        ("HTTPS://api.tpop.com:8443/base/", "https://api.tpop.com:8443/base"),
        ("http://127.0.0.1:8765", "http://127.0.0.1:8765"),
        ("http://127.5.0.1:80", "http://127.5.0.1:80"),
        ("http://localhost:8765/", "http://localhost:8765"),
        ("http://[::1]:8765", "http://[::1]:8765"),
        ("  https://api.tpop.com  ", "https://api.tpop.com"),
    ],
)
def test_allowed_addresses(url: str, expected: str) -> None:
    assert validate_api_url(url) == expected


@pytest.mark.parametrize(
    "url",
    [
        "", "   ", "api.tpop.com", "http://api.tpop.com", "http://192.168.1.10:8765", "http://10.0.0.1",
        "http://localhost.evil.example", "http://127.0.0.1.nip.io", "ftp://127.0.0.1", "file:///etc/passwd",
        "javascript:alert(1)", "https://user:secret@api.tpop.com", "https://user@api.tpop.com",
        "https://api.tpop.com@evil.example", "https:///v1", "https://api.tpop.com?token=x",
        "https://api.tpop.com#frag", "https://api.tpop.com:99999", "http://[::2]:80",
    ],
)
def test_refused_addresses(url: str) -> None:
    with pytest.raises(ValueError) as caught:
        validate_api_url(url)
    assert "secret" not in str(caught.value)


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (None, None), ("", None), ("30", 30.0), (" 5 ", 5.0), ("1.5", 1.5), ("-3", None), ("soon", None),
        ("inf", None), ("nan", None), ("Fri, 20 Nov 2026 09:31:00 GMT", 60.0),
        ("Fri, 20 Nov 2026 09:00:00 GMT", 0.0), ("Fri, 99 Nov 2026 09:31:00 GMT", None),
    ],
)
def test_retry_after_is_seconds_or_an_http_date(header: str | None, expected: float | None) -> None:
    now = lambda: datetime(2026, 11, 20, 9, 30, tzinfo=UTC)  # noqa: E731
    assert parse_retry_after(header, now) == expected


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("https://api.tpop.com/v1/orders?cursor=abc&token=SECRET", "https://api.tpop.com/v1/orders"),
        ("https://user:SECRET@api.tpop.com:8443/v1#x", "https://api.tpop.com:8443/v1"),
        ("http://[::1]:8765/v1", "http://[::1]:8765/v1"),
    ],
)
def test_safe_url_keeps_only_scheme_host_and_path(url: str, shown: str) -> None:
    assert safe_url(url) == shown


def test_session_verifies_tls_and_retries_only_idempotent_connects() -> None:
    session = make_session()
    retry = session.get_adapter("https://api.tpop.com").max_retries
    assert session.verify is True
    assert retry.connect == 2 and retry.read is False and retry.status == 0
    assert "POST" not in retry.allowed_methods
    assert retry.respect_retry_after_header is False
    session.close()


@pytest.mark.parametrize("token", ["", "a b", "tab\there", "nl\n", "é"])
def test_tokens_that_cannot_be_sent_are_refused(token: str) -> None:
    with pytest.raises(ValueError):
        check_token_chars(token)
