"""A sandbox account synced into a real database, and a tracking job pointed at its carrier routes."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from tpop_desktop.connectors.tpop import TpopConnector
from tpop_desktop.core.parcel import TrackingServiceId
from tpop_desktop.sandbox.server import SandboxServer
from tpop_desktop.store import OrderStore, open_database
from tpop_desktop.sync.engine import run_sync
from tpop_desktop.store.handle import Database
from tpop_desktop.sync.tracking_job import TrackingJob

TOKEN = "sandbox-token-tracking-4e1d"
START = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)


class Clock:
    def __init__(self) -> None:
        self.current = START

    def __call__(self) -> datetime:
        return self.current

    def advance(self, **delta: float) -> datetime:
        self.current += timedelta(**delta)
        return self.current


@dataclass
class Timer:
    """Stands in for the monotonic clock and sleep: sleeping advances it, nothing waits."""

    now: float = 0.0
    sleeps: list[float] = field(default_factory=list)

    def monotonic(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> bool:
        self.sleeps.append(seconds)
        self.now += seconds
        return False


@dataclass
class World:
    sandbox: SandboxServer
    clock: Clock
    db_path: Path
    timer: Timer

    def sync(self) -> None:
        store = OrderStore(self.db_path)
        connector = TpopConnector(self.sandbox.base_url, TOKEN)
        try:
            run_sync(connector, store, now=self.clock)
        finally:
            connector.close()
            store.close()

    def keys(self) -> dict[TrackingServiceId, str]:
        return {TrackingServiceId(s): k for s, k in self.sandbox.carrier_keys().items()}

    def urls(self) -> dict[TrackingServiceId, str]:
        return {TrackingServiceId(s): u for s, u in self.sandbox.carrier_base_urls().items()}

    def job(self, **options) -> TrackingJob:
        options.setdefault("base_urls", self.urls())
        return TrackingJob(Database(self.db_path), now=self.clock, monotonic=self.timer.monotonic, sleep=self.timer.sleep,
                           rng=lambda: 0.5, **options)

    def carrier_calls(self, service: str) -> list[str]:
        return [what for s, what in self.sandbox.carriers.calls if s == service]


def make_world(tmp_path: Path, order_count: int = 220) -> World:
    clock = Clock()
    sandbox = SandboxServer(TOKEN, seed=7, now=clock, order_count=order_count)
    sandbox.start()
    db_path = tmp_path / "data" / "orders.sqlite3"
    open_database(db_path)
    world = World(sandbox, clock, db_path, Timer())
    world.sync()
    return world


@dataclass
class Reply:
    status: int = 200  # 0: never answer
    body: bytes = b"{}"
    headers: dict[str, str] = field(default_factory=lambda: {"Content-Type": "application/json"})


class ScriptedServer:
    """A real server on 127.0.0.1 answering every request with ``reply`` (records the paths)."""

    def __init__(self) -> None:
        self.reply: Reply | Callable[[str, dict[str, str]], Reply] = Reply()
        self.seen: list[str] = []
        self.release = threading.Event()
        script = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def _answer(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                self.rfile.read(length)
                script.seen.append(self.path)
                reply = script.reply(self.path, dict(self.headers.items())) if callable(script.reply) else script.reply
                if reply.status == 0:
                    script.release.wait(10)
                    self.close_connection = True
                    return
                self.send_response(reply.status)
                for name, value in reply.headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(reply.body)))
                self.end_headers()
                self.wfile.write(reply.body)

            do_GET = do_POST = _answer

            def log_message(self, format: str, *args: object) -> None:  # noqa: A002
                pass

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._httpd.server_address[1]}"

    def stop(self) -> None:
        self.release.set()
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(5)
