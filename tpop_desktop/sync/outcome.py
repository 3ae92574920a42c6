"""How a sync ended, without Qt: the kinds of failure the window tells apart, and why.

The worker classifies every exception of a sync into a ``FailureKind``; the UI turns a
kind into one translated sentence, never the server's own words.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from tpop_desktop.connectors.errors import (
    AuthError,
    ForbiddenError,
    NetworkError,
    PayloadError,
    RateLimitedError,
)
from tpop_desktop.store.errors import StoreError


class FailureKind(StrEnum):
    NETWORK = "network"
    SERVER = "server"
    RATE_LIMITED = "rate_limited"
    AUTH = "auth"
    FORBIDDEN = "forbidden"
    PAYLOAD = "payload"
    STORE = "store"


@dataclass(frozen=True)
class SyncFailure:
    kind: FailureKind
    detail: str  # for the log; the UI shows a translated sentence for ``kind``
    retry_in_s: float | None  # None: polling stopped until the merchant acts


def classify(error: Exception) -> FailureKind:
    if isinstance(error, AuthError):
        return FailureKind.AUTH
    if isinstance(error, ForbiddenError):
        return FailureKind.FORBIDDEN
    if isinstance(error, RateLimitedError):
        return FailureKind.RATE_LIMITED
    if isinstance(error, PayloadError):
        return FailureKind.PAYLOAD
    if isinstance(error, NetworkError):
        return FailureKind.NETWORK
    if isinstance(error, StoreError):
        return FailureKind.STORE
    return FailureKind.SERVER
