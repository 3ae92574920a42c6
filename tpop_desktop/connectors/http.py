"""HTTP plumbing shared by every connector: safe URLs, one session policy, typed errors.

Each rule here closes a way a token or the app could get hurt: https only (except on
this machine), no redirects (a token must never follow one to another host), a body
size cap, a timeout on every call, and error messages that never carry a secret.
"""

from __future__ import annotations

import email.utils
import ipaddress
import json
import logging
import math
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

import requests
import urllib3.exceptions
from requests.adapters import HTTPAdapter
from requests.auth import AuthBase
from urllib3.exceptions import MaxRetryError
from urllib3.util.retry import Retry

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

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT: tuple[float, float] = (5.0, 30.0)  # (connect, read) seconds
MAX_BODY_BYTES = 16 * 1024 * 1024
BODY_DEADLINE_S = 120.0  # total time to read one answer, however slowly it trickles in
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
_CHUNK = 64 * 1024


def validate_api_url(url: str) -> str:
    """Return ``url`` without a trailing slash, or raise ValueError with a plain reason.

    Plain http is accepted only for this machine (the sandbox); anywhere else a token
    would travel in clear text.
    """
    if not isinstance(url, str) or not url.strip():
        raise ValueError("The address is empty.")
    text = url.strip()
    try:
        parts = urlsplit(text)
        host = parts.hostname
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError:
        raise ValueError("The address is not a valid URL.") from None
    scheme = parts.scheme.lower()
    if scheme not in ("https", "http"):
        raise ValueError("The address must start with https://.")
    if not host:
        raise ValueError("The address has no host name.")
    if parts.username is not None or parts.password is not None or "@" in parts.netloc:
        raise ValueError("The address must not contain a user name or password.")
    if parts.query or parts.fragment:
        raise ValueError("The address must not contain a query or a fragment.")
    if scheme == "http" and not is_loopback_host(host):
        raise ValueError("Plain http is only allowed for this computer; use https://.")
    return f"{scheme}{text[len(parts.scheme):]}".rstrip("/")


def is_loopback_host(host: str) -> bool:
    """True for localhost, 127.0.0.0/8 and ::1: addresses that never leave the machine."""
    name = host.strip("[]").lower()
    if name == "localhost":
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def safe_url(url: str) -> str:
    """Scheme, host, port and path only: what may appear in a log or an error message."""
    try:
        parts = urlsplit(url)
        netloc = parts.hostname or ""
        if ":" in netloc:
            netloc = f"[{netloc}]"
        if parts.port:
            netloc = f"{netloc}:{parts.port}"
        return f"{parts.scheme}://{netloc}{parts.path}"
    except ValueError:
        return "<invalid address>"


class _ConnectOnlyRetry(Retry):
    """Retry a failed connection for idempotent methods only; everything else surfaces.

    urllib3 would retry a refused connection even for a POST; a manual order must never
    be sent twice, so non-idempotent methods re-raise at once.
    """

    def increment(self, method=None, url=None, response=None, error=None, _pool=None, _stacktrace=None):  # type: ignore[no-untyped-def, override]
        if (
            error is not None
            and self._is_connection_error(error)
            and method is not None
            and method.upper() not in IDEMPOTENT_METHODS
        ):
            raise MaxRetryError(_pool, url, error) from error
        return super().increment(method, url, response, error, _pool, _stacktrace)


def make_session(*, connect_retries: int = 2, user_agent: str | None = None) -> requests.Session:
    """A session that retries connection failures of GETs only; the sync worker does backoff."""
    retry = _ConnectOnlyRetry(
        total=connect_retries,
        connect=connect_retries,
        read=False,
        status=0,
        other=0,
        redirect=0,
        allowed_methods=IDEMPOTENT_METHODS,
        raise_on_redirect=False,
        raise_on_status=False,
        respect_retry_after_header=False,
        backoff_factor=0.2,
    )
    session = requests.Session()
    adapter = HTTPAdapter(max_retries=retry)
    session.mount("https://", adapter)
    session.mount("http://", adapter)
    session.verify = True
    if user_agent is None:
        from tpop_desktop import __version__

        user_agent = f"TPOP-Desktop/{__version__}"
    session.headers["User-Agent"] = user_agent
    session.headers["Accept"] = "application/json"
    return session


class BearerAuth(AuthBase):
    """Sets ``Authorization: Bearer``; as an auth object it also stops requests reading ~/.netrc."""

    def __init__(self, token: str) -> None:
        check_token_chars(token)
        self._token = token

    def __call__(self, request: requests.PreparedRequest) -> requests.PreparedRequest:
        request.headers["Authorization"] = f"Bearer {self._token}"
        return request

    def __repr__(self) -> str:
        return "BearerAuth(<redacted>)"


def check_token_chars(token: str) -> None:
    """Refuse a token that cannot travel in a header, before requests quotes it in an error."""
    if not isinstance(token, str) or not token:
        raise ValueError("The token is empty.")
    if any(not ("\x21" <= ch <= "\x7e") for ch in token):
        raise ValueError("The token contains spaces or characters that cannot be sent.")


@dataclass(frozen=True, slots=True)
class JsonResponse:
    """A successful answer: its status, headers and decoded JSON (None for an empty body)."""

    status: int
    headers: Mapping[str, str]
    data: Any


def request_json(
    session: requests.Session,
    method: str,
    url: str,
    *,
    auth: AuthBase | None = None,
    params: Mapping[str, str] | None = None,
    json_body: Any = None,
    form_body: Mapping[str, str] | None = None,
    headers: Mapping[str, str] | None = None,
    timeout: tuple[float, float] = DEFAULT_TIMEOUT,
    max_bytes: int = MAX_BODY_BYTES,
    error_for: Callable[[int, Mapping[str, str], bytes, str], ConnectorError] | None = None,
) -> JsonResponse:
    """Send one request and return its JSON, or raise the matching ``ConnectorError``.

    ``form_body`` sends ``application/x-www-form-urlencoded`` instead of JSON; ``error_for``
    lets an API with its own error bodies (Etsy's) choose the typed error of a failed status.
    """
    if json_body is not None and form_body is not None:
        raise ValueError("a request has one body: JSON or form, not both")
    where = safe_url(url)
    log.debug("%s %s", method, where)
    try:
        response = session.request(
            method,
            url,
            params=params,
            json=json_body,
            data=dict(form_body) if form_body is not None else None,
            headers=dict(headers or {}),
            auth=auth,
            timeout=timeout,
            allow_redirects=False,
            stream=True,
            verify=True,
        )
    except requests.RequestException as exc:
        raise network_error(exc, method, where) from None
    with response:
        if 300 <= response.status_code < 400:
            raise NetworkError(
                f"{method} {where}: the server redirected elsewhere (HTTP {response.status_code}); not followed"
            )
        body = read_body(response, max_bytes, where)
        if not 200 <= response.status_code < 300:
            mapper = error_for or error_for_status
            raise mapper(response.status_code, response.headers, body, where)
        data = decode_json_body(body, where) if body.strip() else None
        return JsonResponse(response.status_code, response.headers, data)


def read_body(response: requests.Response, max_bytes: int, where: str = "",
              max_seconds: float | None = None) -> bytes:
    """Read at most ``max_bytes`` within ``max_seconds`` in total (``BODY_DEADLINE_S`` by default).

    requests' read timeout applies to each receive, so a server that trickles a byte now
    and then would keep a sync busy forever; ``read1`` returns whatever has arrived, which
    lets the total deadline be checked between receives.
    """
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise PayloadError(f"{where}: answer too large ({declared} bytes)")
    budget = BODY_DEADLINE_S if max_seconds is None else max_seconds
    deadline = time.monotonic() + budget
    chunks: list[bytes] = []
    size = 0
    try:
        while chunk := response.raw.read1(_CHUNK, decode_content=True):
            size += len(chunk)
            if size > max_bytes:
                raise PayloadError(f"{where}: answer larger than {max_bytes} bytes")
            chunks.append(chunk)
            if time.monotonic() > deadline:
                raise NetworkError(f"read {where}: timed out (the answer took longer than {budget:g} s)")
    except (requests.RequestException, urllib3.exceptions.HTTPError, OSError) as exc:
        raise network_error(exc, "read", where) from None  # type: ignore[arg-type]
    return b"".join(chunks)


def decode_json_body(body: bytes, where: str = "") -> Any:
    """Strict UTF-8 JSON, or PayloadError (bad bytes, bad syntax, absurd nesting)."""
    prefix = f"{where}: " if where else ""
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        raise PayloadError(f"{prefix}answer is not valid UTF-8") from None
    try:
        return json.loads(text, parse_constant=_reject_constant)
    except RecursionError:
        raise PayloadError(f"{prefix}answer is nested too deeply") from None
    except (ValueError, TypeError) as exc:
        raise PayloadError(f"{prefix}answer is not valid JSON ({type(exc).__name__})") from None


def _reject_constant(name: str) -> Any:
    raise ValueError(f"non-standard JSON constant {name}")


def error_for_status(status: int, headers: Mapping[str, str], body: bytes, where: str) -> ConnectorError:
    """Map an HTTP error status to its typed error; the server's error code helps the log."""
    code = _error_code(body)
    detail = f"HTTP {status}{f' {code}' if code else ''} from {where}"
    if status == 401:
        return AuthError(f"credentials rejected ({detail})")
    if status == 403:
        return ForbiddenError(f"permission missing ({detail})")
    if status == 404:
        return NotFoundError(f"not found ({detail})")
    if status == 429:
        return RateLimitedError(f"rate limited ({detail})", parse_retry_after(headers.get("Retry-After")))
    return ServerError(f"server error ({detail})", status)


def _error_code(body: bytes) -> str:
    """The ``error.code`` of a JSON error body, if it is a short plain identifier."""
    if not body or len(body) > 65536:
        return ""
    try:
        data = json.loads(body.decode("utf-8"))
        code = data["error"]["code"]
    except (ValueError, TypeError, KeyError, RecursionError, UnicodeDecodeError):
        return ""
    if isinstance(code, str) and 0 < len(code) <= 64 and all(c.isalnum() or c in "_-." for c in code):
        return code
    return ""


def parse_retry_after(value: str | None, now: Callable[[], datetime] | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delay or HTTP-date); None if absent or garbage."""
    if value is None:
        return None
    text = value.strip()
    if not text:
        return None
    if text.isdigit():
        return float(int(text))
    try:
        seconds = float(text)
    except ValueError:
        pass
    else:
        return seconds if math.isfinite(seconds) and seconds >= 0 else None
    try:
        when = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if when is None or when.tzinfo is None:
        return None
    current = now() if now is not None else datetime.now(UTC)
    return max(0.0, (when - current).total_seconds())


def network_error(exc: requests.RequestException, method: str, where: str) -> NetworkError:
    """Name the failure without quoting the exception (its text may hold a query string)."""
    kind = _network_failure_kind(exc)
    return NetworkError(f"{method} {where}: {kind} ({type(exc).__name__})")


def _network_failure_kind(exc: BaseException) -> str:
    seen: set[int] = set()
    stack: list[BaseException] = [exc]
    names: list[str] = []
    while stack:
        current = stack.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        names.append(type(current).__name__)
        for attr in ("reason", "__cause__", "__context__"):
            nested = getattr(current, attr, None)
            if isinstance(nested, BaseException):
                stack.append(nested)
        stack.extend(arg for arg in getattr(current, "args", ()) if isinstance(arg, BaseException))
    joined = " ".join(names)
    if "SSL" in joined or "Certificate" in joined:
        return "secure connection failed"
    if "Timeout" in joined:
        return "timed out"
    if "ConnectionRefused" in joined or "NewConnectionError" in joined:
        return "connection refused"
    if "NameResolution" in joined or "gaierror" in joined:
        return "host not found"
    if "ConnectionReset" in joined or "RemoteDisconnected" in joined or "ProtocolError" in joined:
        return "connection dropped"
    return "connection failed"
