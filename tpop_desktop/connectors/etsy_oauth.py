"""Etsy's OAuth 2 (authorization code with PKCE) for a desktop app: connect, exchange, refresh.

Each merchant registers an Etsy app of their own (keystring and shared secret), because a
secret shipped inside a desktop app is not a secret. ``EtsyAuthorization.run`` opens the
browser on Etsy's consent page (through the callable it is given), waits for the one
loopback callback (``etsy_redirect``), checks ``state``, and exchanges the code with its
PKCE verifier. It returns ``EtsyTokens`` or raises: nothing is saved by this module, so a
failed, refused, cancelled or timed-out attempt leaves nothing half-saved.

Refresh tokens rotate: every refresh returns a new refresh token and the old one dies.
``EtsyTokenKeeper`` serialises refreshes, hands the new pair to ``save`` (the keyring)
before the new access token is used, and never retries a refresh whose answer arrived.
A refused refresh (revoked, expired after 90 days, password changed) is
``EtsyReconnectRequired``. Every call sends ``x-api-key: keystring:shared_secret``
(required since January 2026; the token endpoint may not check the secret, sending it
there too is harmless). Secrets are registered for log redaction as soon as they exist.
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import secrets
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from urllib.parse import quote, urlencode, urlsplit

import requests

from tpop_desktop.connectors.errors import AuthError, ConnectorError, ForbiddenError, PayloadError
from tpop_desktop.connectors.etsy_redirect import (
    DEFAULT_REDIRECT_PORTS,
    REDIRECT_HOST,
    AuthorizationFailure,
    CallbackPages,
    EtsyAuthorizationError,
    LoopbackRedirect,
)
from tpop_desktop.connectors.http import (
    DEFAULT_TIMEOUT,
    check_token_chars,
    error_for_status,
    is_loopback_host,
    make_session,
    request_json,
    validate_api_url,
)
from tpop_desktop.connectors.payload import as_dict
from tpop_desktop.logging_setup import register_secret

log = logging.getLogger(__name__)

DEFAULT_SCOPES = ("transactions_r", "transactions_w", "shops_r")
REFRESH_MARGIN = timedelta(minutes=5)
DEFAULT_WAIT_S = 300.0
_RECONNECT_CODES = frozenset({"invalid_grant", "invalid_token"})
_KEY_CODES = frozenset({"invalid_client", "unauthorized_client"})


class EtsyReconnectRequired(AuthError):
    """Etsy no longer accepts this shop's tokens (revoked, expired, code reused): connect it again."""


class EtsyKeyError(ForbiddenError):
    """Etsy refuses the app's keystring or shared secret (the ``x-api-key`` header)."""


@dataclass(frozen=True)
class EtsyEndpoints:
    """Etsy's three addresses, or the sandbox's on this computer."""

    api_url: str = "https://api.etsy.com/v3"
    connect_url: str = "https://www.etsy.com/oauth/connect"
    token_url: str = "https://api.etsy.com/v3/public/oauth/token"

    def __post_init__(self) -> None:
        for url, hosts in ((self.api_url, {"api.etsy.com", "openapi.etsy.com"}), (self.connect_url, {"www.etsy.com"}),
                           (self.token_url, {"api.etsy.com", "openapi.etsy.com"})):
            host = (urlsplit(validate_api_url(url)).hostname or "").lower()
            if not is_loopback_host(host) and (host not in hosts or not url.startswith("https://")):
                raise ValueError("Etsy's addresses must be Etsy's own (or this computer's, for the sandbox).")

    @classmethod
    def at(cls, base_url: str) -> EtsyEndpoints:
        """The sandbox's Etsy under ``base_url`` (e.g. ``http://127.0.0.1:8765``)."""
        base = validate_api_url(base_url)
        return cls(f"{base}/etsy/v3", f"{base}/etsy/oauth/connect", f"{base}/etsy/v3/public/oauth/token")


class EtsyAppKeys:
    """The merchant's Etsy app: its keystring and shared secret; never shown in a repr."""

    def __init__(self, keystring: str, shared_secret: str) -> None:
        keystring, shared_secret = keystring.strip(), shared_secret.strip()
        if ":" in keystring and not shared_secret:  # pasted as "keystring:shared_secret"
            keystring, _, shared_secret = keystring.partition(":")
        check_token_chars(keystring)
        check_token_chars(shared_secret)
        if ":" in keystring or ":" in shared_secret:
            raise ValueError("The keystring and the shared secret cannot contain ':'.")
        register_secret(shared_secret)
        register_secret(f"{keystring}:{shared_secret}")
        self.keystring = keystring
        self._shared_secret = shared_secret
        self._api_key = f"{keystring}:{shared_secret}"

    @property
    def shared_secret(self) -> str:
        return self._shared_secret

    @property
    def api_key_header(self) -> dict[str, str]:
        return {"x-api-key": self._api_key}

    def __repr__(self) -> str:
        return "EtsyAppKeys(<redacted>)"


@dataclass(frozen=True)
class EtsyTokens:
    """One shop's tokens; the access token starts with the Etsy user id and a dot."""

    access_token: str = field(repr=False)
    refresh_token: str = field(repr=False)
    expires_at: datetime
    user_id: str = ""

    def __repr__(self) -> str:
        return f"EtsyTokens(user_id={self.user_id!r}, expires_at={self.expires_at.isoformat()}, <redacted>)"

    __str__ = __repr__

    def expires_within(self, margin: timedelta, now: datetime) -> bool:
        return self.expires_at - margin <= now

    def to_secret_fields(self) -> dict[str, str]:
        """What goes to the keyring with the app keys (all of it: it changes at each refresh)."""
        return {"access_token": self.access_token, "refresh_token": self.refresh_token,
                "expires_at": self.expires_at.astimezone(UTC).isoformat(), "user_id": self.user_id}

    @classmethod
    def from_secret_fields(cls, data: Mapping[str, str]) -> EtsyTokens:
        """The tokens ``to_secret_fields`` stored; ValueError when they are incomplete."""
        try:
            expires = datetime.fromisoformat(data["expires_at"])
            tokens = cls(str(data["access_token"]), str(data["refresh_token"]), expires, str(data.get("user_id", "")))
        except (KeyError, TypeError, ValueError):
            raise ValueError("the stored Etsy tokens are incomplete") from None
        if expires.tzinfo is None or not tokens.access_token or not tokens.refresh_token:
            raise ValueError("the stored Etsy tokens are incomplete")
        for secret in (tokens.access_token, tokens.refresh_token):
            register_secret(secret)
        return tokens


@dataclass(frozen=True)
class Pkce:
    verifier: str = field(repr=False)
    challenge: str


def pkce_challenge(verifier: str) -> str:
    """base64url(SHA-256(verifier)) without padding: the only method Etsy accepts (S256)."""
    return base64.urlsafe_b64encode(hashlib.sha256(verifier.encode("ascii")).digest()).decode("ascii").rstrip("=")


def new_pkce() -> Pkce:
    """A 43-character verifier from 32 random bytes, and its challenge."""
    verifier = base64.urlsafe_b64encode(secrets.token_bytes(32)).decode("ascii").rstrip("=")
    register_secret(verifier)
    return Pkce(verifier, pkce_challenge(verifier))


def authorization_url(endpoints: EtsyEndpoints, keystring: str, redirect_uri: str, scopes: tuple[str, ...],
                      state: str, challenge: str) -> str:
    """Etsy's consent page for this attempt (the keystring is the public client id)."""
    query = urlencode({
        "response_type": "code", "client_id": keystring, "redirect_uri": redirect_uri, "scope": " ".join(scopes),
        "state": state, "code_challenge": challenge, "code_challenge_method": "S256",
    }, quote_via=quote)
    return f"{endpoints.connect_url}?{query}"


def _utc_now() -> datetime:
    return datetime.now(UTC)


class EtsyOAuthClient:
    """The token endpoint: exchange an authorization code, refresh a token pair."""

    def __init__(self, keys: EtsyAppKeys, endpoints: EtsyEndpoints = EtsyEndpoints(), *,
                 session: requests.Session | None = None, timeout: tuple[float, float] = DEFAULT_TIMEOUT,
                 now: Callable[[], datetime] = _utc_now) -> None:
        self.keys = keys
        self.endpoints = endpoints
        self._session = session if session is not None else make_session()
        self._owns_session = session is None
        self._timeout = timeout
        self._now = now

    def exchange_code(self, code: str, verifier: str, redirect_uri: str) -> EtsyTokens:
        register_secret(code)
        return self._token({"grant_type": "authorization_code", "client_id": self.keys.keystring,
                            "redirect_uri": redirect_uri, "code": code, "code_verifier": verifier})

    def refresh(self, refresh_token: str) -> EtsyTokens:
        """A new pair; from now on the old refresh token is dead, whatever happens next."""
        return self._token({"grant_type": "refresh_token", "client_id": self.keys.keystring,
                            "refresh_token": refresh_token})

    def close(self) -> None:
        if self._owns_session:
            self._session.close()

    def _token(self, form: dict[str, str]) -> EtsyTokens:
        response = request_json(self._session, "POST", self.endpoints.token_url, form_body=form,
                                headers=self.keys.api_key_header, timeout=self._timeout, error_for=oauth_error)
        data = as_dict(response.data, "token answer")
        access, refresh, expires_in = data.get("access_token"), data.get("refresh_token"), data.get("expires_in")
        if not isinstance(access, str) or not isinstance(refresh, str) or not access or not refresh:
            raise PayloadError("token answer without access_token or refresh_token")
        for token in (access, refresh):
            register_secret(token)
            try:
                check_token_chars(token)
            except ValueError:
                raise PayloadError("token answer with a token that cannot be sent") from None
        if isinstance(expires_in, bool) or not isinstance(expires_in, int) or expires_in <= 0:
            raise PayloadError("token answer without a positive expires_in")
        if str(data.get("token_type", "Bearer")).lower() != "bearer":
            raise PayloadError("token answer is not a bearer token")
        prefix = access.split(".", 1)[0]
        return EtsyTokens(access, refresh, self._now() + timedelta(seconds=expires_in),
                          prefix if prefix.isdigit() else "")


def oauth_error(status: int, headers: Mapping[str, str], body: bytes, where: str) -> ConnectorError:
    """Etsy's OAuth error body ``{"error": code, "error_description": text}`` as a typed error."""
    code = _error_text(body, "error")
    shown = code if code and len(code) <= 40 and code.replace("_", "").isalnum() else ""
    if status in (400, 401) and shown in _RECONNECT_CODES:
        return EtsyReconnectRequired(f"Etsy refused the tokens ({shown}); the shop must be reconnected")
    if status in (400, 401, 403) and shown in _KEY_CODES:
        return EtsyKeyError(f"Etsy refused the app's keystring ({shown})")
    if status == 403 and ("x-api-key" in code.lower() or "shared secret" in code.lower() or "api key" in code.lower()):
        return EtsyKeyError(f"Etsy refused the app's keystring or shared secret (HTTP 403 from {where})")
    return error_for_status(status, headers, body, where)


def _error_text(body: bytes, key: str) -> str:
    try:
        data = json.loads(body.decode("utf-8")) if body and len(body) < 65536 else None
    except (ValueError, UnicodeDecodeError, RecursionError):
        return ""
    value = data.get(key) if isinstance(data, dict) else None
    return value[:200] if isinstance(value, str) else ""


class EtsyTokenKeeper:
    """A shop's tokens for its connector: fresh access tokens, one refresh at a time, saved first."""

    def __init__(self, oauth: EtsyOAuthClient, tokens: EtsyTokens, save: Callable[[EtsyTokens], None], *,
                 now: Callable[[], datetime] = _utc_now, margin: timedelta = REFRESH_MARGIN) -> None:
        self._oauth = oauth
        self._tokens = tokens
        self._save = save
        self._now = now
        self._margin = margin
        self._lock = threading.Lock()
        self.unsaved = False  # a rotated pair the keyring did not take yet (retried at the next call)

    @property
    def user_id(self) -> str:
        with self._lock:
            return self._tokens.user_id

    def close(self) -> None:
        self._oauth.close()

    def access_token(self) -> str:
        """An access token valid for at least the margin (refreshed first when it is not)."""
        with self._lock:
            if self._tokens.expires_within(self._margin, self._now()):
                self._refresh_locked()
            elif self.unsaved:
                self._store_locked()
            return self._tokens.access_token

    def refreshed_access_token(self, rejected: str) -> str:
        """After a 401 for ``rejected``: refresh, unless another thread already did."""
        with self._lock:
            if self._tokens.access_token == rejected:
                self._refresh_locked()
            return self._tokens.access_token

    def _refresh_locked(self) -> None:
        self._tokens = self._oauth.refresh(self._tokens.refresh_token)  # the old pair is dead from here
        self.unsaved = True
        self._store_locked()

    def _store_locked(self) -> None:
        try:
            self._save(self._tokens)
        except Exception as exc:  # the keyring is locked or gone: keep working, save again next time
            log.warning("the renewed Etsy tokens could not be saved yet (%s)", type(exc).__name__)
            return
        self.unsaved = False


class EtsyAuthorization:
    """One attempt at connecting an Etsy shop: ``run`` on a worker thread, ``cancel`` from any thread."""

    def __init__(self, oauth: EtsyOAuthClient, *, scopes: tuple[str, ...] = DEFAULT_SCOPES,
                 ports: tuple[int, ...] = DEFAULT_REDIRECT_PORTS, host: str = REDIRECT_HOST,
                 timeout_s: float = DEFAULT_WAIT_S, pages: CallbackPages = CallbackPages()) -> None:
        self._oauth = oauth
        self._scopes = scopes
        self._ports = ports
        self._host = host
        self._timeout_s = timeout_s
        self._pages = pages
        self._lock = threading.Lock()
        self._cancelled = False
        self._redirect: LoopbackRedirect | None = None

    def run(self, open_browser: Callable[[str], object]) -> EtsyTokens:
        """Open Etsy's page, wait for the callback, exchange the code: the tokens, or an error."""
        with LoopbackRedirect(self._ports, host=self._host, pages=self._pages) as redirect:
            with self._lock:
                if self._cancelled:
                    raise EtsyAuthorizationError(AuthorizationFailure.CANCELLED)
                self._redirect = redirect
            pkce, state = new_pkce(), secrets.token_urlsafe(24)
            url = authorization_url(self._oauth.endpoints, self._oauth.keys.keystring, redirect.redirect_uri,
                                    self._scopes, state, pkce.challenge)
            try:
                open_browser(url)
            except Exception as exc:
                log.warning("the browser could not be opened for Etsy (%s)", type(exc).__name__)
                raise EtsyAuthorizationError(AuthorizationFailure.BROWSER_FAILED) from None
            code = redirect.wait(state, self._timeout_s)
            redirect_uri = redirect.redirect_uri
        tokens = self._oauth.exchange_code(code, pkce.verifier, redirect_uri)
        with self._lock:
            if self._cancelled:  # cancelled while the code was exchanged: the tokens are dropped
                raise EtsyAuthorizationError(AuthorizationFailure.CANCELLED)
        return tokens

    def cancel(self) -> None:
        with self._lock:
            self._cancelled = True
            redirect = self._redirect
        if redirect is not None:
            redirect.cancel()
