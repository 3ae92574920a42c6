"""What the tracking refresh needs from a carrier tracking service, whatever its API.

Each adapter (La Poste Suivi, DHL Unified, 17TRACK) follows ``connectors/http.py``'s policy:
https only (plain http for loopback), no redirects, timeouts, size caps, typed errors. The
key travels in a header only; it is registered as a secret so no log line can show it, and
error messages name the service and the status, never the key.

Every method may raise a ``ConnectorError`` subclass and must run off the GUI thread. A call
fails as a whole (``AuthError`` for a revoked key, ``QuotaSpentError``, ``RateLimitedError``,
``ServerError``, ``NetworkError``, ``PayloadError``); a number fails alone as an
``ItemFailure`` in the result, and the other numbers of the batch still count.
"""

from __future__ import annotations

import logging
from abc import ABC, abstractmethod
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

import requests
from requests.auth import AuthBase

from tpop_desktop.connectors.errors import ConnectorError, NetworkError, PayloadError
from tpop_desktop.connectors.http import (
    DEFAULT_TIMEOUT,
    check_token_chars,
    decode_json_body,
    network_error,
    read_body,
    safe_url,
)
from tpop_desktop.core.parcel import ParcelTracking, TrackingServiceId
from tpop_desktop.core.parcel_refresh import Route
from tpop_desktop.core.tracking import is_safe_tracking_url
from tpop_desktop.logging_setup import forget_secret, register_secret

log = logging.getLogger(__name__)

CARRIER_MAX_BODY = 4 * 1024 * 1024  # a batch of 40 parcels with long histories is far below this
CARRIER_TIMEOUT: tuple[float, float] = DEFAULT_TIMEOUT


class QuotaSpentError(ConnectorError):
    """The service's quota for this key is used up (daily limit, free registrations)."""


class RequestRejectedError(ConnectorError):
    """The service refused the request itself (too many numbers): a bug on our side, logged."""


class FailureKind(StrEnum):
    """Why one number got no answer; the others of the batch are unaffected."""

    TEMPORARY = "temporary"  # the service failed for this number: ask again later
    NOT_REGISTERED = "not_registered"  # 17TRACK does not know the number: register it first
    QUOTA_SPENT = "quota_spent"  # 17TRACK refused to register it: no registrations left
    MISSING = "missing"  # the answer did not mention the number


@dataclass(frozen=True, slots=True)
class ItemFailure:
    number: str
    kind: FailureKind
    code: str = ""  # the service's own code, for the log
    message: str = ""  # the service's own words (untrusted plain text)


@dataclass(frozen=True)
class BatchResult:
    """One batch's answer, per number (normalised, as in the routes)."""

    parcels: dict[str, ParcelTracking] = field(default_factory=dict)
    failures: dict[str, ItemFailure] = field(default_factory=dict)
    calls: int = 1  # HTTP calls made (for the daily budget)
    request_id: str = ""  # La Poste's x-okapi-request-id, for support


@dataclass(frozen=True)
class Registration:
    """What a 17TRACK ``register`` call did, per number."""

    registered: frozenset[str]  # newly registered: each cost one unit of quota
    already: frozenset[str]  # registered before (no cost)
    parcels: dict[str, ParcelTracking] = field(default_factory=dict)  # refused numbers, as a status
    failures: dict[str, ItemFailure] = field(default_factory=dict)
    calls: int = 1


class TrackingService(ABC):
    """One carrier tracking service reached with the merchant's key."""

    service: TrackingServiceId
    needs_registration = False

    @abstractmethod
    def track(self, routes: Sequence[Route]) -> BatchResult:
        """Ask about at most ``batch_size`` numbers (one call; La Poste may split a refused batch)."""

    def register(self, numbers: Sequence[str], carriers: Mapping[str, int] | None = None) -> Registration:
        """Register numbers before tracking them (17TRACK). A service that needs no registration
        knows every number already: nothing is sent, nothing is spent."""
        return Registration(registered=frozenset(), already=frozenset(numbers), calls=0)

    @abstractmethod
    def check_key(self) -> None:
        """One cheap call that fails with ``AuthError`` when the key is refused (Settings' *Test key*)."""

    @abstractmethod
    def close(self) -> None:
        ...


class HeaderKey(AuthBase):
    """Puts the key in its header; as an auth object it also stops requests reading ~/.netrc."""

    def __init__(self, header: str, key: str) -> None:
        check_token_chars(key)
        self._header = header
        self._key = key

    def __call__(self, request: requests.PreparedRequest) -> requests.PreparedRequest:
        request.headers[self._header] = self._key
        return request

    def __repr__(self) -> str:
        return f"HeaderKey({self._header!r}, <redacted>)"


class KeyHolder:
    """Registers a key as a secret for as long as an adapter lives."""

    def __init__(self, key: str) -> None:
        check_token_chars(key)
        self._key = key
        register_secret(key)

    def release(self) -> None:
        if self._key:
            forget_secret(self._key)
            self._key = ""


@dataclass(frozen=True)
class Answer:
    """Any HTTP answer but a redirect: status, headers and the raw body, read within the caps."""

    status: int
    headers: Mapping[str, str]
    body: bytes
    where: str

    def json(self) -> Any:
        return decode_json_body(self.body, self.where)

    def json_or_none(self) -> Any:
        """The decoded body, or None when it is empty or not JSON (error pages are often HTML)."""
        if not self.body.strip():
            return None
        try:
            return self.json()
        except PayloadError:
            return None


def send(session: requests.Session, method: str, url: str, *, auth: AuthBase,
         params: Mapping[str, str] | None = None, json_body: Any = None,
         timeout: tuple[float, float] = CARRIER_TIMEOUT, max_bytes: int = CARRIER_MAX_BODY) -> Answer:
    """Send one request and return its answer whatever the status (the adapters read error bodies)."""
    where = safe_url(url)
    log.debug("%s %s", method, where)
    try:
        response = session.request(method, url, params=params, json=json_body, auth=auth, timeout=timeout,
                                   allow_redirects=False, stream=True, verify=True)
    except requests.RequestException as exc:
        raise network_error(exc, method, where) from None
    with response:
        if 300 <= response.status_code < 400:
            raise NetworkError(f"{method} {where}: the server redirected elsewhere "
                               f"(HTTP {response.status_code}); not followed")
        body = read_body(response, max_bytes, where)
        return Answer(response.status_code, response.headers, body, where)


def parse_time(value: Any, what: str) -> datetime | None:
    """A carrier time: aware with its offset, or naive when the carrier gave none; None if absent."""
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise PayloadError(f"{what} is not a date-time string")
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        raise PayloadError(f"{what} is not an ISO 8601 date-time") from None


def text_of(data: Mapping[str, Any], name: str, limit: int = 500) -> str:
    """A plain-text field, trimmed and capped; anything that is not a string is empty."""
    value = data.get(name)
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        return ""
    return " ".join(str(value).split())[:limit]


def safe_public_url(value: Any) -> str:
    """The carrier's public page, only when it is a safe https link (server text is untrusted)."""
    return value if isinstance(value, str) and is_safe_tracking_url(value) else ""
