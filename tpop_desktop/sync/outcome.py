"""How a sync ended, without Qt: the kinds of failure the window tells apart, and why.

The worker classifies every exception of a sync into a ``FailureKind``; the UI turns a
kind into one translated sentence, never the server's own words.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from pathlib import Path

from tpop_desktop.connectors.errors import (
    AuthError,
    ForbiddenError,
    NetworkError,
    PayloadError,
    RateLimitedError,
    SyncTooLargeError,
)
from tpop_desktop.store.errors import StorageCause, StoreError


class FailureKind(StrEnum):
    NETWORK = "network"
    SERVER = "server"
    RATE_LIMITED = "rate_limited"
    AUTH = "auth"
    FORBIDDEN = "forbidden"
    PAYLOAD = "payload"
    TOO_LARGE = "too_large"  # far more data than one sync may hold: not retried soon
    STORE = "store"


@dataclass(frozen=True)
class SyncFailure:
    kind: FailureKind
    detail: str  # for the log; the UI shows a translated sentence for ``kind``
    retry_in_s: float | None  # None: polling stopped until the merchant acts
    cause: StorageCause | None = None  # STORE only: full disk, read-only folder...
    folder: Path | None = None  # STORE only: the folder that could not be used


def failure_of(error: Exception, retry_in_s: float | None) -> SyncFailure:
    """The failure the window shows for ``error`` (a store error keeps its cause and folder)."""
    kind = classify(error)
    if isinstance(error, StoreError):
        return SyncFailure(kind, str(error), retry_in_s, error.cause, error.folder)
    return SyncFailure(kind, str(error), retry_in_s)


def classify(error: Exception) -> FailureKind:
    if isinstance(error, AuthError):
        return FailureKind.AUTH
    if isinstance(error, ForbiddenError):
        return FailureKind.FORBIDDEN
    if isinstance(error, RateLimitedError):
        return FailureKind.RATE_LIMITED
    if isinstance(error, SyncTooLargeError):
        return FailureKind.TOO_LARGE
    if isinstance(error, PayloadError):
        return FailureKind.PAYLOAD
    if isinstance(error, NetworkError):
        return FailureKind.NETWORK
    if isinstance(error, StoreError):
        return FailureKind.STORE
    return FailureKind.SERVER
