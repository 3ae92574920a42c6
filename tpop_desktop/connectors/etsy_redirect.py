"""The loopback address Etsy sends the browser back to, once, at the end of the OAuth step.

Etsy redirects only to a callback URL registered in the merchant's Etsy app, compared
exactly (scheme, host, port, path, no trailing slash), and documents no "any port"
loopback rule. So the listener binds the first free port of a short fixed list on
127.0.0.1, and the merchant registers ``http://localhost:<port>/tpop-desktop/etsy`` for
each of them (``redirect_uris``). It accepts exactly one callback whose ``state`` is the
one the app sent; a request with another state is answered and ignored (it is not
Etsy's answer to this attempt), anything else on the port is a 404. The browser gets a
small plain-text page; Etsy's ``error_description`` is never shown as markup.
"""

from __future__ import annotations

import hmac
import logging
import os
import selectors
import socket
import threading
import time
from dataclasses import dataclass
from enum import StrEnum
from urllib.parse import parse_qs, urlsplit

from tpop_desktop.connectors.errors import ConnectorError

log = logging.getLogger(__name__)

REDIRECT_HOST = "localhost"  # what Etsy's own quickstart registers; 127.0.0.1 is not documented
REDIRECT_PATH = "/tpop-desktop/etsy"
DEFAULT_REDIRECT_PORTS = (47611, 47612, 47613)
MAX_REQUEST_BYTES = 8192
CONNECTION_TIMEOUT_S = 5.0
_PLAIN_CODE = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-.")


class AuthorizationFailure(StrEnum):
    """Why the browser step did not give a code; the UI words each one."""

    DENIED = "denied"  # Etsy answered with an error (the merchant refused, or the app is not allowed)
    TIMED_OUT = "timed_out"  # the browser never came back
    CANCELLED = "cancelled"  # the merchant cancelled in the app
    NO_FREE_PORT = "no_free_port"  # every registered loopback port is taken
    BROWSER_FAILED = "browser_failed"  # the browser could not be opened
    INVALID_CALLBACK = "invalid_callback"  # Etsy came back without a code


class EtsyAuthorizationError(ConnectorError):
    """The browser step of connecting Etsy failed; nothing was saved."""

    def __init__(self, failure: AuthorizationFailure, detail: str = "") -> None:
        code = detail if detail and len(detail) <= 64 and set(detail) <= _PLAIN_CODE else ""
        super().__init__(f"Etsy authorization {failure.value}{f' ({code})' if code else ''}")
        self.failure = failure
        self.error_code = code  # Etsy's RFC 6749 error code, when it gave a plain one


@dataclass(frozen=True, slots=True)
class CallbackPages:
    """The plain texts the browser shows; the caller may pass translated ones."""

    connected: str = "TPOP Desktop is connected to Etsy. You can close this tab and go back to the app."
    refused: str = "Etsy did not connect TPOP Desktop. You can close this tab; the app explains what to do."
    foreign: str = "This answer does not belong to the connection TPOP Desktop is waiting for. Close this tab."
    not_found: str = "Not found."


def redirect_uris(ports: tuple[int, ...] = DEFAULT_REDIRECT_PORTS, host: str = REDIRECT_HOST,
                  path: str = REDIRECT_PATH) -> list[str]:
    """The callback URLs to register in the Etsy app, one per port, exactly as sent."""
    return [f"http://{host}:{port}{path}" for port in ports]


class LoopbackRedirect:
    """One listening socket on 127.0.0.1 that yields the code of one callback."""

    def __init__(self, ports: tuple[int, ...] = DEFAULT_REDIRECT_PORTS, *, host: str = REDIRECT_HOST,
                 path: str = REDIRECT_PATH, pages: CallbackPages = CallbackPages()) -> None:
        self._path = path
        self._pages = pages
        self._socket = _bind_first_free(ports)
        self.port = int(self._socket.getsockname()[1])
        self.redirect_uri = f"http://{host}:{self.port}{path}"
        self._wake_read, self._wake_write = socket.socketpair()
        self._cancelled = threading.Event()
        self._closed = False

    def __enter__(self) -> LoopbackRedirect:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def cancel(self) -> None:
        """From any thread: the waiting ``wait`` raises ``CANCELLED`` at once."""
        self._cancelled.set()
        try:
            self._wake_write.send(b"x")
        except OSError:
            pass  # already closed: nothing is waiting

    def close(self) -> None:
        if not self._closed:
            self._closed = True
            for sock in (self._socket, self._wake_read, self._wake_write):
                sock.close()

    def wait(self, state: str, timeout_s: float) -> str:
        """The ``code`` of the callback carrying ``state``; raises ``EtsyAuthorizationError`` otherwise."""
        deadline = time.monotonic() + timeout_s
        with selectors.DefaultSelector() as selector:
            selector.register(self._socket, selectors.EVENT_READ)
            selector.register(self._wake_read, selectors.EVENT_READ)
            try:
                while True:
                    if self._cancelled.is_set():
                        raise EtsyAuthorizationError(AuthorizationFailure.CANCELLED)
                    left = deadline - time.monotonic()
                    if left <= 0:
                        raise EtsyAuthorizationError(AuthorizationFailure.TIMED_OUT)
                    ready = selector.select(left)
                    if any(key.fileobj is self._socket for key, _ in ready) and not self._cancelled.is_set():
                        code = self._serve_one(state)
                        if code is not None:
                            return code
            finally:
                self.close()  # exactly one callback: the port closes with the answer

    def _serve_one(self, state: str) -> str | None:
        try:
            conn, _ = self._socket.accept()
        except OSError:
            return None
        with conn:
            conn.settimeout(CONNECTION_TIMEOUT_S)
            target = _read_request_target(conn)
            if target is None:
                return None
            parts = urlsplit(target)
            if parts.path != self._path:
                _answer(conn, 404, self._pages.not_found)
                return None
            query = {k: v[-1] for k, v in parse_qs(parts.query, keep_blank_values=True).items()}
            if not hmac.compare_digest(query.get("state", "").encode(), state.encode()):
                log.warning("Etsy callback with another state ignored")
                _answer(conn, 400, self._pages.foreign)
                return None
            if query.get("error"):
                _answer(conn, 200, self._pages.refused)
                raise EtsyAuthorizationError(AuthorizationFailure.DENIED, query["error"])
            code = query.get("code", "")
            if not code:
                _answer(conn, 400, self._pages.refused)
                raise EtsyAuthorizationError(AuthorizationFailure.INVALID_CALLBACK)
            _answer(conn, 200, self._pages.connected)
            return code


def _bind_first_free(ports: tuple[int, ...]) -> socket.socket:
    for port in ports:
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        # The last attempt's callback leaves the port in TIME_WAIT for a minute (this side closes first):
        # without this a merchant who tries again at once would find every port "taken". It never lets
        # two listeners share a port on POSIX; on Windows the same option would, so there it is exclusive.
        if os.name == "nt":
            sock.setsockopt(socket.SOL_SOCKET, getattr(socket, "SO_EXCLUSIVEADDRUSE", socket.SO_REUSEADDR), 1)
        else:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind(("127.0.0.1", port))
            sock.listen(4)
        except OSError:
            sock.close()
            continue
        sock.setblocking(False)
        return sock
    raise EtsyAuthorizationError(AuthorizationFailure.NO_FREE_PORT)


def _read_request_target(conn: socket.socket) -> str | None:
    """The target of a ``GET`` request line, or None for anything else (after answering it)."""
    data = b""
    try:
        while b"\r\n\r\n" not in data and len(data) < MAX_REQUEST_BYTES:
            chunk = conn.recv(2048)
            if not chunk:
                break
            data += chunk
    except OSError:
        return None
    line = data.split(b"\r\n", 1)[0].decode("latin-1")
    pieces = line.split(" ")
    if len(pieces) != 3 or not pieces[2].startswith("HTTP/"):
        return None
    if pieces[0] != "GET":
        _answer(conn, 405, "Method not allowed.")
        return None
    return pieces[1]


def _answer(conn: socket.socket, status: int, text: str) -> None:
    body = (text + "\n").encode("utf-8")
    reason = {200: "OK", 400: "Bad Request", 404: "Not Found", 405: "Method Not Allowed"}.get(status, "OK")
    head = (
        f"HTTP/1.1 {status} {reason}\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n"
        f"Content-Length: {len(body)}\r\n"
        "Cache-Control: no-store\r\n"
        "X-Content-Type-Options: nosniff\r\n"
        "Referrer-Policy: no-referrer\r\n"
        "Content-Security-Policy: default-src 'none'\r\n"
        "Connection: close\r\n\r\n"
    )
    try:
        conn.sendall(head.encode("ascii") + body)
    except OSError:
        pass  # the browser left; the outcome stands
