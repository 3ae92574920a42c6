"""A fault-injecting proxy in front of the sandbox: the next requests fail the way we script."""

from __future__ import annotations

import http.client
import threading
from collections import deque
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

import pytest

from tpop_desktop.sandbox.server import SandboxServer


class FaultProxy(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, upstream: str) -> None:
        super().__init__(("127.0.0.1", 0), _ProxyHandler)
        self.upstream = urlsplit(upstream)
        self.faults: deque[str] = deque()
        self.release = threading.Event()  # lets "hang" requests end at teardown
        self.seen: list[str] = []

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def fail_next(self, *faults: str) -> None:
        self.faults.extend(faults)


class _ProxyHandler(BaseHTTPRequestHandler):
    server: FaultProxy

    def do_GET(self) -> None:  # noqa: N802 - stdlib name
        self.server.seen.append(self.path)
        fault = self.server.faults.popleft() if self.server.faults else None
        if fault is None:
            return self._forward()
        if fault == "hang":
            self.server.release.wait(10)
            return
        if fault == "reset":
            self.connection.shutdown(2)
            return
        if fault == "truncated":
            body = b'{"orders": [{"reference": "TP-1", "sta'
            return self._reply(200, body, "application/json")
        status, _, extra = fault.partition(":")
        headers = {"Retry-After": extra} if extra else {}
        self._reply(int(status), b'{"error": {"code": "x", "message": "scripted"}}', "application/json", headers)

    def _forward(self) -> None:
        upstream = http.client.HTTPConnection(self.server.upstream.hostname, self.server.upstream.port, timeout=10)
        upstream.request("GET", self.path, headers={"Authorization": self.headers.get("Authorization", "")})
        response = upstream.getresponse()
        body = response.read()
        upstream.close()
        self._reply(response.status, body, response.getheader("Content-Type", "application/json"))

    def _reply(self, status: int, body: bytes, content_type: str, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


@pytest.fixture
def fault_proxy(sandbox: SandboxServer) -> Iterator[FaultProxy]:
    proxy = FaultProxy(sandbox.base_url)
    thread = threading.Thread(target=proxy.serve_forever, daemon=True)
    thread.start()
    yield proxy
    proxy.release.set()
    proxy.shutdown()
    proxy.server_close()
    thread.join(5)
