"""Etsy-shaped OAuth 2 with PKCE for the sandbox's Etsy shop: the consent step and the token endpoint.

``GET /etsy/oauth/connect`` stands for Etsy's consent page: it approves at once (or
refuses, when told to) and redirects to ``redirect_uri`` with ``code`` and ``state``, as
the browser would be sent. ``POST /etsy/v3/public/oauth/token`` checks what Etsy checks:
the keystring, the exact redirect URI, a code used once and within its lifetime, and
base64url(SHA-256(code_verifier)) against the stored challenge. Refresh tokens rotate:
the old one stops working at once. Errors are Etsy's ``{"error", "error_description"}``.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from urllib.parse import parse_qs, urlencode, urlsplit

from tpop_desktop.sandbox.routing import Request, Response, Router

ACCESS_LIFETIME = timedelta(seconds=3600)
REFRESH_LIFETIME = timedelta(days=90)
CODE_LIFETIME = timedelta(minutes=10)
SHARED_SECRET_REQUIRED = "Shared secret is required in x-api-key header."
BAD_KEY_FORMAT = "Invalid API key: should be in the format 'keystring:shared_secret'."


def oauth_error(status: int, code: str, description: str) -> Response:
    return Response(status, {"error": code, "error_description": description})


@dataclass
class _Grant:
    challenge: str
    redirect_uri: str
    scopes: tuple[str, ...]
    expires_at: datetime


@dataclass
class EtsyAuthState:
    """The sandbox Etsy app and its tokens; ``redirect_uris`` None accepts any loopback http callback."""

    keystring: str
    shared_secret: str
    user_id: int
    now: Callable[[], datetime]
    redirect_uris: set[str] | None = None
    deny_next: bool = False  # the next consent is refused (access_denied)
    lock: threading.RLock = field(default_factory=threading.RLock)
    codes: dict[str, _Grant] = field(default_factory=dict)
    used_codes: set[str] = field(default_factory=set)
    access_tokens: dict[str, datetime] = field(default_factory=dict)
    refresh_tokens: dict[str, datetime] = field(default_factory=dict)
    rotated: list[tuple[str, str]] = field(default_factory=list)  # (old refresh token, new refresh token)

    def api_key_problem(self, header: str, *, bare_allowed: bool = False) -> str | None:
        """The 403 message for an ``x-api-key`` header, or None when it is right."""
        expected = f"{self.keystring}:{self.shared_secret}"
        if hmac.compare_digest(header.encode("utf-8", "surrogateescape"), expected.encode()):
            return None
        if ":" not in header:
            if bare_allowed and hmac.compare_digest(header.encode("utf-8", "surrogateescape"), self.keystring.encode()):
                return None
            return SHARED_SECRET_REQUIRED
        return BAD_KEY_FORMAT

    def access_problem(self, authorization: str) -> str | None:
        """``invalid_token`` text for a bearer header, or None when the token is valid now."""
        scheme, _, token = authorization.partition(" ")
        with self.lock:
            expires = self.access_tokens.get(token) if scheme.lower() == "bearer" else None
            if expires is None:
                return "access token is invalid"
            return "access token is expired" if self.now() >= expires else None

    def revoke_all(self) -> None:
        """What a password change does: every token of the shop stops working."""
        with self.lock:
            self.access_tokens.clear()
            self.refresh_tokens.clear()

    def expire_access_tokens(self) -> None:
        with self.lock:
            for token in self.access_tokens:
                self.access_tokens[token] = self.now()

    def _issue(self) -> dict[str, object]:
        access = f"{self.user_id}.{secrets.token_urlsafe(48)}"
        refresh = f"{self.user_id}.{secrets.token_urlsafe(48)}"
        now = self.now()
        self.access_tokens[access] = now + ACCESS_LIFETIME
        self.refresh_tokens[refresh] = now + REFRESH_LIFETIME
        return {"access_token": access, "token_type": "Bearer", "expires_in": int(ACCESS_LIFETIME.total_seconds()),
                "refresh_token": refresh}


class EtsyOAuthApi:
    """Registers the consent step and the token endpoint."""

    def __init__(self, auth: EtsyAuthState) -> None:
        self._auth = auth

    def register(self, router: Router) -> None:
        router.add("GET", r"/etsy/oauth/connect", self._connect)
        router.add("POST", r"/etsy/v3/public/oauth/token", self._token)

    def _redirect_allowed(self, uri: str) -> bool:
        if self._auth.redirect_uris is not None:
            return uri in self._auth.redirect_uris
        parts = urlsplit(uri)
        return parts.scheme == "http" and parts.hostname in ("localhost", "127.0.0.1") and not parts.query

    def _connect(self, request: Request, match: object) -> Response:
        auth = self._auth
        redirect_uri = request.param("redirect_uri") or ""
        if request.param("client_id") != auth.keystring:
            return oauth_error(400, "invalid_client", "The client_id is not a known app.")
        if not self._redirect_allowed(redirect_uri):
            return oauth_error(400, "invalid_request", "The requested redirect URL is not permitted.")
        state = request.param("state") or ""
        if not state:
            return _back(redirect_uri, {"error": "invalid_request", "error_description": "state is required"})
        if request.param("response_type") != "code" or request.param("code_challenge_method") != "S256" \
                or not request.param("code_challenge"):
            return _back(redirect_uri, {"state": state, "error": "invalid_request",
                                        "error_description": "code_challenge with code_challenge_method S256 is required"})
        with auth.lock:
            if auth.deny_next:
                auth.deny_next = False
                return _back(redirect_uri, {"state": state, "error": "access_denied",
                                            "error_description": "The user denied the request."})
            code = secrets.token_urlsafe(32)
            scopes = tuple((request.param("scope") or "").split())
            auth.codes[code] = _Grant(request.param("code_challenge") or "", redirect_uri, scopes,
                                      auth.now() + CODE_LIFETIME)
        return _back(redirect_uri, {"code": code, "state": state})

    def _token(self, request: Request, match: object) -> Response:
        auth = self._auth
        problem = auth.api_key_problem(request.headers.get("x-api-key", ""), bare_allowed=True)
        if problem is not None and request.headers.get("x-api-key"):
            return Response(403, {"error": problem})
        try:
            form = {k: v[-1] for k, v in parse_qs(request.body.decode("utf-8"), keep_blank_values=True).items()}
        except UnicodeDecodeError:
            return oauth_error(400, "invalid_request", "The request body is not form-encoded.")
        if form.get("client_id") != auth.keystring:
            return oauth_error(401, "invalid_client", "The client_id is not a known app.")
        grant = form.get("grant_type")
        with auth.lock:
            if grant == "authorization_code":
                return self._exchange(form)
            if grant == "refresh_token":
                return self._refresh(form)
        return oauth_error(400, "unsupported_grant_type", "grant_type must be authorization_code or refresh_token")

    def _exchange(self, form: dict[str, str]) -> Response:
        auth = self._auth
        code = form.get("code", "")
        if code in auth.used_codes:
            return oauth_error(400, "invalid_grant", "code value had been used before")
        grant = auth.codes.pop(code, None)
        if grant is None or auth.now() >= grant.expires_at:
            return oauth_error(400, "invalid_grant", "code is invalid or expired")
        auth.used_codes.add(code)
        if form.get("redirect_uri") != grant.redirect_uri:
            return oauth_error(400, "invalid_grant", "redirect_uri does not match the authorization request")
        verifier = form.get("code_verifier", "")
        if not 43 <= len(verifier) <= 128 or not hmac.compare_digest(_challenge(verifier), grant.challenge):
            return oauth_error(400, "invalid_grant", "code_verifier is invalid")
        return Response(200, auth._issue())

    def _refresh(self, form: dict[str, str]) -> Response:
        auth = self._auth
        old = form.get("refresh_token", "")
        expires = auth.refresh_tokens.pop(old, None)
        if expires is None or auth.now() >= expires:
            return oauth_error(400, "invalid_grant", "refresh_token is revoked")
        answer = auth._issue()
        auth.rotated.append((old, str(answer["refresh_token"])))
        return Response(200, answer)


def _challenge(verifier: str) -> str:
    digest = hashlib.sha256(verifier.encode("ascii", "replace")).digest()
    return base64.urlsafe_b64encode(digest).decode("ascii").rstrip("=")


def _back(redirect_uri: str, params: dict[str, str]) -> Response:
    """The 302 that sends the browser to the app's loopback callback."""
    return Response(302, None, {"Location": f"{redirect_uri}?{urlencode(params)}"})
