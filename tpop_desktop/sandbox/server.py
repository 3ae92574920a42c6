"""A real HTTP server on 127.0.0.1 that speaks the TPOP contract, for demos and tests.

The account keeps moving while it runs (live mode), so the app can be seen reacting:
orders arrive, enter production, ship and get delivered.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

from tpop_desktop.core.models import BlockReason, Order, Platform, Status
from tpop_desktop.sandbox.carrier_routes import CarrierSandbox
from tpop_desktop.sandbox.etsy_auth import EtsyAuthState, EtsyOAuthApi
from tpop_desktop.sandbox.etsy_routes import EtsyApi
from tpop_desktop.sandbox.generator import HISTORY_DAYS
from tpop_desktop.sandbox.routing import Request, Response, Router, error
from tpop_desktop.sandbox.shop_state import ShopSandbox
from tpop_desktop.sandbox.shopify_routes import ShopifyApi
from tpop_desktop.sandbox.state import SandboxState
from tpop_desktop.sandbox.tpop_routes import TpopApi
from tpop_desktop.sandbox.woocommerce_routes import WooCommerceApi

log = logging.getLogger(__name__)

MAX_REQUEST_BYTES = 1024 * 1024
ETSY_USER_ID = 612345678
ETSY_SHOP_ID = 38417562


class _Handler(BaseHTTPRequestHandler):
    server: _HttpServer
    protocol_version = "HTTP/1.1"

    def _serve(self) -> None:
        split = urlsplit(self.path)
        self.server.record(self.command, split.path)
        length_text = self.headers.get("Content-Length", "0") or "0"
        if not length_text.isdigit() or int(length_text) > MAX_REQUEST_BYTES:
            self._send(error(413, "request_too_large", "the request body is too large"))
            self.close_connection = True
            return
        body = self.rfile.read(int(length_text)) if int(length_text) else b""
        request = Request(
            method=self.command,
            path=split.path,
            query=parse_qs(split.query, keep_blank_values=True),
            headers={key.lower(): value for key, value in self.headers.items()},
            body=body,
        )
        try:
            response = self.server.router.dispatch(request)
        except Exception:  # a sandbox bug must still answer in the contract's shape
            log.exception("sandbox handler failed for %s %s", self.command, split.path)
            response = error(500, "internal_error", "the sandbox failed")
        self._send(response)

    def _send(self, response: Response) -> None:
        payload = response.encoded()
        self.send_response(response.status)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(payload)))
        for name, value in response.headers.items():
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(payload)

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = _serve

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib signature
        log.debug("sandbox: " + format, *args)


class _HttpServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, address: tuple[str, int], router: Router) -> None:
        super().__init__(address, _Handler)
        self.router = router
        self._log_lock = threading.Lock()
        self.request_log: list[tuple[str, str]] = []

    def handle_error(self, request: object, client_address: tuple[str, int]) -> None:
        """A client that hangs up mid-answer is ordinary (the app quitting): log it, no traceback."""
        log.debug("sandbox: connection from %s ended early", client_address, exc_info=True)

    def record(self, method: str, path: str) -> None:
        with self._log_lock:
            self.request_log.append((method, path))

    def snapshot(self) -> list[tuple[str, str]]:
        with self._log_lock:
            return list(self.request_log)


class SandboxServer:
    """The TPOP sandbox: generated account, live ticks, HTTP on 127.0.0.1."""

    def __init__(
        self,
        token: str,
        seed: int = 1,
        *,
        live: bool = False,
        tick_seconds: float = 15.0,
        one_change_a_tick: bool = False,
        now: Callable[[], datetime] | None = None,
        order_count: int = 300,
        port: int = 0,
        hostile: bool = True,
        history_days: int = HISTORY_DAYS,
    ) -> None:
        self.state = SandboxState(seed, now=now, order_count=order_count, hostile=hostile, history_days=history_days)
        self.router = Router()
        TpopApi(self.state, token).register(self.router)
        self.shops = ShopSandbox(self.state, seed)  # the Shopify, WooCommerce and Etsy shops
        ShopifyApi(self.shops).register(self.router)
        WooCommerceApi(self.shops).register(self.router)
        self.carriers = CarrierSandbox(self.state, seed)  # La Poste-, DHL- and 17TRACK-shaped tracking
        self.carriers.register(self.router)
        etsy_shop = next(s for s in self.shops.shops.values() if s.platform is Platform.ETSY)
        self.etsy_auth = EtsyAuthState(self.shops.secret(etsy_shop.id, "keystring")[:24],
                                       self.shops.secret(etsy_shop.id, "shared-secret")[:10], ETSY_USER_ID, self.state.now)
        self.etsy = EtsyApi(self.shops, self.etsy_auth, etsy_shop.id, ETSY_SHOP_ID)
        EtsyOAuthApi(self.etsy_auth).register(self.router)
        self.etsy.register(self.router)
        self._live = live
        self._tick_seconds = tick_seconds
        self._tick = self.state.tick_one if one_change_a_tick else self.state.tick
        self._requested_port = port
        self._httpd: _HttpServer | None = None
        self._threads: list[threading.Thread] = []
        self._stopping = threading.Event()
        self._last_log: list[tuple[str, str]] = []

    def start(self) -> str:
        """Serve in daemon threads; returns the base URL, e.g. ``http://127.0.0.1:54321``."""
        if self._httpd is not None:
            return self.base_url
        self._stopping.clear()
        self._httpd = _HttpServer(("127.0.0.1", self._requested_port), self.router)
        # Plain threads: the sandbox is a Qt-free server that also runs alone (tpop-desktop-sandbox).
        serving = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, name="tpop-sandbox-http", daemon=True
        )
        self._threads = [serving]
        if self._live:
            self._threads.append(threading.Thread(target=self._live_loop, name="tpop-sandbox-life", daemon=True))
        for thread in self._threads:
            thread.start()
        return self.base_url

    def _live_loop(self) -> None:
        while not self._stopping.wait(self._tick_seconds):
            try:
                changed = self._tick()
            except Exception:
                log.exception("sandbox tick failed")
                continue
            log.info("sandbox tick changed %d orders", len(changed))

    def stop(self) -> None:
        """Stop serving and join the threads; safe to call twice."""
        self._stopping.set()
        httpd, self._httpd = self._httpd, None
        if httpd is not None:
            httpd.shutdown()
            httpd.server_close()
            self._last_log = httpd.snapshot()
        for thread in self._threads:
            thread.join(timeout=5)
        self._threads = []

    def __enter__(self) -> SandboxServer:
        self.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    @property
    def port(self) -> int:
        if self._httpd is None:
            raise RuntimeError("the sandbox is not running")
        return int(self._httpd.server_address[1])

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def requests(self) -> list[tuple[str, str]]:
        if self._httpd is not None:
            return self._httpd.snapshot()
        return list(self._last_log)

    @property
    def manual_orders(self) -> list[Order]:
        return self.state.manual_orders

    def orders(self) -> list[Order]:
        return self.state.orders()

    def order(self, reference: str) -> Order:
        return self.state.order(reference)

    def ship(self, reference: str, *, carrier: str | None = None) -> Order:
        return self.state.ship(reference, carrier=carrier)

    def block(self, reference: str, reason: BlockReason, detail: str = "") -> Order:
        return self.state.block(reference, reason, detail)

    def deliver(self, reference: str) -> Order:
        return self.state.deliver(reference)

    def set_status(self, reference: str, status: Status) -> Order:
        return self.state.set_status(reference, status)

    def add_order(self, **overrides: object) -> Order:
        return self.state.add_order(**overrides)

    def tick(self) -> list[str]:
        return self.state.tick()

    def shop_credentials(self) -> dict[str, dict[str, str]]:
        """shop id -> how to connect to that sandbox shop (address and its own secrets); Etsy: ``etsy_app``."""
        return self.shops.credentials(self.base_url)

    def carrier_keys(self) -> dict[str, str]:
        """Tracking service id ("laposte", "dhl", "17track") -> the sandbox's made-up key for it."""
        return self.carriers.keys()

    def set_parcel_scenario(self, reference: str, scenario: str) -> None:
        """Make an order's parcel tell another story from now on ("pickup", "customs", "returned"...)."""
        self.carriers.set_scenario(self.order(reference), scenario)

    def carrier_base_urls(self) -> dict[str, str]:
        """Tracking service id -> the base URL its adapter is given to reach the sandbox."""
        return self.carriers.base_urls(self.base_url)

    def etsy_consent(self, url: str) -> str:
        """Where Etsy's consent page at ``url`` sends the browser (the app's callback), answered in process.

        The demo connects its Etsy shop without a browser: the sandbox approves at once,
        as its consent page does, and the demo delivers the callback itself.
        """
        parts = urlsplit(url)
        request = Request("GET", parts.path, parse_qs(parts.query, keep_blank_values=True), {})
        response = self.router.dispatch(request)
        location = response.headers.get("Location", "")
        if response.status != 302 or not location:
            raise ValueError("the sandbox's Etsy consent page did not send the browser back")
        return location

    def etsy_app(self) -> dict[str, str]:
        """The sandbox's Etsy app (keystring and shared secret) and where it lives; tokens come by OAuth."""
        return {
            "platform": Platform.ETSY.value,
            "shop_id": self.etsy.shop_id,
            "base_url": self.base_url,
            "keystring": self.etsy_auth.keystring,
            "shared_secret": self.etsy_auth.shared_secret,
            "etsy_shop_id": str(self.etsy.etsy_shop_id),
        }
