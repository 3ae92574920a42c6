"""A real HTTP(S) server on 127.0.0.1 that answers each request with a scripted fault.

Without a fault it forwards to an upstream (the sandbox) or answers an empty orders page.
Every request is recorded with its headers, so a test can tell whether a token arrived.
"""

from __future__ import annotations

import http.client
import json
import socket
import ssl
import struct
import threading
from collections import deque
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

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

EMPTY_PAGE = {"orders": [], "next_cursor": None, "server_time": "2026-03-01T12:00:00Z"}
GOOD_ORDER = {
    "reference": "TP-1", "status": "open", "created_at": "2026-03-01T10:00:00Z",
    "updated_at": "2026-03-01T10:00:00Z", "shop": {"id": "s1", "name": "Shop", "platform": "shopify"},
    "customer": {"name": "Ann"}, "destination": {"country": "FR"}, "items": [{"title": "Tee", "quantity": 1}],
}
HTML_502 = b"<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1><hr>nginx</body></html>"
BIG = 50 * 1024 * 1024


@dataclass
class Seen:
    method: str
    path: str
    headers: dict[str, str]


def _json(value: object) -> bytes:
    return json.dumps(value).encode()


# fault name -> (status, body, extra headers); the special faults are handled in the handler
REPLIES: dict[str, tuple[int, bytes, dict[str, str]]] = {
    "401": (401, b'{"error": {"code": "invalid_token", "message": "no"}}', {}),
    "403": (403, b'{"error": {"code": "missing_scope", "message": "no"}}', {}),
    "404": (404, b'{"error": {"code": "not_found", "message": "no"}}', {}),
    "429": (429, b'{"error": {"code": "rate_limited"}}', {}),
    "429 Retry-After 7": (429, b"{}", {"Retry-After": "7"}),
    "429 Retry-After -5": (429, b"{}", {"Retry-After": "-5"}),
    "429 Retry-After 1e12": (429, b"{}", {"Retry-After": "1e12"}),
    "429 Retry-After soon": (429, b"{}", {"Retry-After": "soon"}),
    "429 Retry-After past date": (429, b"{}", {"Retry-After": "Wed, 21 Oct 2015 07:28:00 GMT"}),
    "500": (500, b'{"error": {"code": "internal"}}', {}),
    "502 HTML page": (502, HTML_502, {"Content-Type": "text/html"}),
    "503": (503, b"", {}),
    "truncated JSON": (200, b'{"orders": [{"reference": "TP-1", "sta', {}),
    "JSON null": (200, b"null", {}),
    "JSON list for object": (200, b"[]", {}),
    "strings for numbers": (200, _json({**GOOD_ORDER, "items": [{"title": "Tee", "quantity": "2"}]}), {}),
    "page strings for numbers": (200, _json({**EMPTY_PAGE, "server_time": 1700000000}), {}),
    "missing fields": (200, _json({"orders": [], "next_cursor": None}), {}),
    "order missing fields": (200, _json({"reference": "TP-1", "status": "open"}), {}),
    "deeply nested JSON": (200, b"[" * 100_000 + b"]" * 100_000, {}),
    "invalid UTF-8": (200, b'{"orders": [], "next_cursor": "\xff\xfe", "server_time": "2026-03-01T12:00:00Z"}', {}),
    "huge declared body": (200, b"", {}),  # Content-Length says 50 MB, handled below
}
SPECIAL = ("timeout", "reset", "cut off mid-body", "slow trickle", "huge streamed body", "301 to another host",
           "302 to another host", "extra fields", "endless pages", "scripted pages")


class FaultServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, upstream: str | None = None, tls: ssl.SSLContext | None = None) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.upstream = urlsplit(upstream) if upstream else None
        self.tls = tls
        self.faults: deque[str] = deque()
        self.always: str | None = None
        self.redirect_to = ""
        self.release = threading.Event()
        self.seen: list[Seen] = []
        # "endless pages": every page brings new orders with huge names and a new cursor;
        # with ``last_page`` set, the listing ends there instead.
        self.page_orders = 120
        self.name_chars = 80_000
        self.last_page: int | None = None
        self.pages_served = 0
        self.bytes_served = 0
        self.pages: list[list[dict]] = [[GOOD_ORDER]]  # "scripted pages": these orders, one list a page
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self.serve_forever, args=(0.05,), daemon=True)

    @property
    def url(self) -> str:
        return f"{'https' if self.tls else 'http'}://127.0.0.1:{self.server_address[1]}"

    def get_request(self):  # type: ignore[no-untyped-def]
        sock, address = super().get_request()
        if self.tls is not None:
            sock = self.tls.wrap_socket(sock, server_side=True, do_handshake_on_connect=False)
        return sock, address

    def handle_error(self, request, client_address) -> None:  # type: ignore[no-untyped-def]
        pass  # refused handshakes and dropped clients are the point of these tests

    def fail_next(self, *faults: str) -> None:
        self.faults.extend(faults)

    def next_fault(self) -> str | None:
        """The next scripted fault ("as always" serves the standing one), else the standing one."""
        with self._lock:
            if self.faults:
                fault = self.faults.popleft()
                return self.always if fault == "as always" else fault
            return self.always

    def record(self, seen: Seen) -> None:
        with self._lock:
            self.seen.append(seen)

    def start(self) -> FaultServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self.release.set()
        self.shutdown()
        self.server_close()
        self._thread.join(5)


class _Handler(BaseHTTPRequestHandler):
    server: FaultServer
    protocol_version = "HTTP/1.1"

    def _serve(self) -> None:
        length = int(self.headers.get("Content-Length", "0") or "0")
        if length:
            self.rfile.read(length)
        self.server.record(Seen(self.command, self.path, {k.lower(): v for k, v in self.headers.items()}))
        fault = self.server.next_fault()
        if fault is None:
            return self._forward()
        if fault in REPLIES:
            status, body, headers = REPLIES[fault]
            if fault == "huge declared body":
                self._head(status, {"Content-Length": str(BIG)})
                return self._stream_until_closed()
            return self._reply(status, body, headers)
        getattr(self, "_" + fault.replace(" ", "_").replace("-", "_").lower())()

    do_GET = do_POST = _serve

    # -- the special faults ---------------------------------------------------------------

    def _timeout(self) -> None:
        self.server.release.wait(10)
        self.close_connection = True

    def _reset(self) -> None:
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.close_connection = True

    def _cut_off_mid_body(self) -> None:
        self._head(200, {"Content-Length": "1000"})
        self.wfile.write(b'{"orders": [')
        self.close_connection = True

    def _slow_trickle(self) -> None:
        self._head(200, {"Content-Length": "100000"})
        while not self.server.release.wait(0.1):
            try:
                self.wfile.write(b" ")
                self.wfile.flush()
            except OSError:
                break
        self.close_connection = True

    def _huge_streamed_body(self) -> None:
        self._head(200, {"Connection": "close"})  # no length: the body ends when the connection does
        self._stream_until_closed()

    def _stream_until_closed(self) -> None:
        block = b" " * 65536
        try:
            for _ in range(BIG // len(block)):
                self.wfile.write(block)
        except OSError:
            pass
        self.close_connection = True

    def _301_to_another_host(self) -> None:
        self._reply(301, b"", {"Location": self.server.redirect_to + self.path})

    def _302_to_another_host(self) -> None:
        self._reply(302, b"", {"Location": self.server.redirect_to + self.path})

    def _endless_pages(self) -> None:
        """Valid pages, each a fresh cursor and ``page_orders`` new orders with ``name_chars``-long names."""
        if not self.path.startswith("/v1/orders"):
            return self._reply(200, _json(GOOD_ORDER))
        cursor = parse_qs(urlsplit(self.path).query).get("cursor", ["page-0"])[0]
        number = int(cursor.removeprefix("page-"))
        name = "N" * self.server.name_chars
        orders = [{**GOOD_ORDER, "reference": f"TP-{number}-{i}", "customer": {"name": name}}
                  for i in range(self.server.page_orders)]
        last = self.server.last_page is not None and number + 1 >= self.server.last_page
        body = _json({"orders": orders, "next_cursor": None if last else f"page-{number + 1}",
                      "server_time": EMPTY_PAGE["server_time"]})
        with self.server._lock:
            self.server.pages_served += 1
            self.server.bytes_served += len(body)
        self._reply(200, body)

    def _scripted_pages(self) -> None:
        """``server.pages`` one after the other, linked by cursors."""
        if not self.path.startswith("/v1/orders"):
            return self._reply(200, _json(GOOD_ORDER))
        number = int(parse_qs(urlsplit(self.path).query).get("cursor", ["page-0"])[0].removeprefix("page-"))
        last = number + 1 >= len(self.server.pages)
        self._reply(200, _json({"orders": self.server.pages[number], "next_cursor": None if last else f"page-{number + 1}",
                                "server_time": EMPTY_PAGE["server_time"]}))

    def _extra_fields(self) -> None:
        if self.path.startswith("/v1/orders?") or self.path == "/v1/orders":
            self._reply(200, _json({**EMPTY_PAGE, "surprise": {"nested": [1, 2]}}))
        else:
            self._reply(200, _json({**GOOD_ORDER, "surprise": True, "customer": {"name": "Ann", "vip": 1}}))

    # -- plumbing ---------------------------------------------------------------------------

    def _forward(self) -> None:
        if self.server.upstream is None:
            body = _json(EMPTY_PAGE) if self.path.startswith("/v1/orders?") else _json(GOOD_ORDER)
            return self._reply(200, body)
        upstream = http.client.HTTPConnection(self.server.upstream.hostname, self.server.upstream.port, timeout=10)
        upstream.request("GET", self.path, headers={"Authorization": self.headers.get("Authorization", "")})
        response = upstream.getresponse()
        body = response.read()
        upstream.close()
        self._reply(response.status, body, {"Content-Type": response.getheader("Content-Type", "application/json")})

    def _head(self, status: int, headers: dict[str, str]) -> None:
        self.send_response(status)
        for name, value in {"Content-Type": "application/json", **headers}.items():
            self.send_header(name, value)
        self.end_headers()

    def _reply(self, status: int, body: bytes, headers: dict[str, str] | None = None) -> None:
        self._head(status, {"Content-Length": str(len(body)), **(headers or {})})
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


CONNECTOR_FAULTS = tuple(REPLIES) + SPECIAL + ("refused", "expired certificate", "self-signed certificate")

COVERED: set[tuple[str, str]] = set()  # (fault, connector) pairs that passed, for the closing summary

# fault -> (call, expected error class or None for a successful answer)
EXPECTED: dict[str, tuple[str, type[ConnectorError] | None]] = {
    "timeout": ("page", NetworkError),
    "reset": ("page", NetworkError),
    "refused": ("page", NetworkError),
    "cut off mid-body": ("page", NetworkError),
    "slow trickle": ("page", NetworkError),
    "301 to another host": ("page", NetworkError),
    "302 to another host": ("page", NetworkError),
    "401": ("page", AuthError),
    "403": ("page", ForbiddenError),
    "404": ("order", NotFoundError),
    "429": ("page", RateLimitedError),
    "429 Retry-After 7": ("page", RateLimitedError),
    "429 Retry-After -5": ("page", RateLimitedError),
    "429 Retry-After 1e12": ("page", RateLimitedError),
    "429 Retry-After soon": ("page", RateLimitedError),
    "429 Retry-After past date": ("page", RateLimitedError),
    "500": ("page", ServerError),
    "502 HTML page": ("page", ServerError),
    "503": ("page", ServerError),
    "truncated JSON": ("page", PayloadError),
    "JSON null": ("page", PayloadError),
    "JSON list for object": ("page", PayloadError),
    "strings for numbers": ("order", PayloadError),
    "page strings for numbers": ("page", PayloadError),
    "missing fields": ("page", PayloadError),
    "order missing fields": ("order", PayloadError),
    "extra fields": ("order", None),
    "endless pages": ("page", None),  # each page is valid; only the whole sync is too large
    "scripted pages": ("page", None),
    "huge declared body": ("page", PayloadError),
    "huge streamed body": ("page", PayloadError),
    "deeply nested JSON": ("page", PayloadError),
    "invalid UTF-8": ("page", PayloadError),
    "expired certificate": ("page", NetworkError),
    "self-signed certificate": ("page", NetworkError),
}
