"""Typed connector errors: each one is a different message and a different reaction.

Messages never contain a token or a URL with credentials; the UI turns the class into
a translated sentence, the text here is for the log.
"""

from __future__ import annotations


class ConnectorError(Exception):
    """Base class for every failure talking to a remote service."""


class AuthError(ConnectorError):
    """The server rejected the credentials (HTTP 401): stop and ask to reconnect."""


class ForbiddenError(ConnectorError):
    """The credentials are valid but lack a permission (HTTP 403, missing scope)."""


class NotFoundError(ConnectorError):
    """The resource does not exist (HTTP 404), or the address is not the expected API."""


class RateLimitedError(ConnectorError):
    """The server asks us to slow down (HTTP 429 or a throttled GraphQL answer)."""

    def __init__(self, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after  # seconds, as the server said, uncapped


class ServerError(ConnectorError):
    """The server failed (HTTP 5xx or an unexpected status)."""

    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


class NetworkError(ConnectorError):
    """No answer: DNS, refused, reset, timeout, TLS failure, or a redirect we refuse."""


class PayloadError(ConnectorError):
    """The server answered, but not in the shape of the contract."""


class SyncTooLargeError(PayloadError):
    """The server sent more than one sync may hold (bytes or pages); nothing was written.

    Distinct from a malformed answer: the answers were valid, there were just far too
    many of them (a server handing out cursors forever, or absurdly large orders). The
    window says "TPOP sent far more data than expected"; retrying soon would download it
    all again. A subclass of ``PayloadError``, so code that does not know it yet treats
    it as a bad answer.
    """

    def __init__(self, message: str, *, limit_bytes: int, received_bytes: int, pages: int) -> None:
        super().__init__(message)
        self.limit_bytes = limit_bytes
        self.received_bytes = received_bytes  # staged when the sync was stopped
        self.pages = pages
