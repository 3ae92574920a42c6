"""The embedded demo account: a sandbox TPOP account on 127.0.0.1 and a throw-away profile.

The demo never touches the merchant's own profile or keyring: its profile is a fresh
temporary folder, removed when the demo closes, and its demo shops and the sandbox's
La Poste-, DHL- and 17TRACK-shaped tracking services come with made-up keys kept in memory
only, so the demo shows carrier timelines without any key of the merchant's. Its Etsy shop
is connected as a merchant connects one, through Etsy-shaped OAuth with PKCE against the
sandbox, except that nobody needs to click "allow": the sandbox approves at once and the
demo delivers the callback itself (``connect_etsy``, in the background).
"""

from __future__ import annotations

import logging
import secrets
import shutil
import socket
import tempfile
import time
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from pathlib import Path
from urllib.parse import urlsplit

from tpop_desktop.connectors.etsy_connect import EtsyShopLink
from tpop_desktop.connectors.tpop import TpopConnector
from tpop_desktop.core.models import Platform
from tpop_desktop.credentials import CredentialStore, SessionCredentials, carrier_user, shop_user
from tpop_desktop.logging_setup import register_secret
from tpop_desktop.profile import Profile
from tpop_desktop.sandbox.parcel_story import LIVE_SPEED
from tpop_desktop.sandbox.server import SandboxServer
from tpop_desktop.session.background import run_in_background
from tpop_desktop.session.shop_connections import (
    ShopConnectionInfo,
    save_connection,
    secret_text,
)
from tpop_desktop.settings import Settings
from tpop_desktop.sync.source import ConnectorRecipe, SourceFactory

log = logging.getLogger(__name__)

DEMO_SEED = 2026
DEMO_TICK_S = 40.0
DEMO_ORDERS = 900
DEMO_HISTORY_DAYS = 182
DEMO_SYNC_MINUTES = 1


def fast_clock(speed: float) -> Callable[[], datetime]:
    """A clock that runs ``speed`` times faster than the wall clock, from now on."""
    start, origin = datetime.now(timezone.utc), time.monotonic()
    return lambda: start + timedelta(seconds=(time.monotonic() - origin) * speed)


class DemoAccount:
    """A running sandbox and everything a session needs to show it."""

    def __init__(self, *, seed: int = DEMO_SEED, live: bool = True) -> None:
        self._root = Path(tempfile.mkdtemp(prefix="tpop-desktop-demo-"))
        self.profile = Profile.in_folder(self._root)
        self.profile.ensure()
        token = secrets.token_urlsafe(24)
        register_secret(token)
        # A merchant's day: one order changes every DEMO_TICK_S and the demo syncs every minute, so
        # each change is its own notification ("Order TP-1234 shipped: ..."), never a summary.
        # Half a year of orders, so that the delivery insights have a history to show.
        self.sandbox = SandboxServer(token, seed=seed, live=live, hostile=False,  # hostile text stays in the tests
                                     tick_seconds=DEMO_TICK_S, one_change_a_tick=True,
                                     order_count=DEMO_ORDERS, history_days=DEMO_HISTORY_DAYS)
        try:
            url = self.sandbox.start()
        except BaseException:
            shutil.rmtree(self._root, ignore_errors=True)
            raise
        log.info("demo sandbox serving on %s", url)
        self.source: SourceFactory = ConnectorRecipe(TpopConnector, url, token)
        self.settings = Settings(self.profile.settings_path)
        self.settings.sync_interval_minutes = DEMO_SYNC_MINUTES
        self.shop_credentials: CredentialStore = self._connect_demo_shops()
        self.carrier_base_urls: dict[str, str] = self.sandbox.carrier_base_urls()
        # Parcels shipped during the demo live an hour a minute: the refresh asks again at that pace too
        # (in transit every 8 minutes, out for delivery every minute), so the demo shows them move.
        self.tracking_clock = fast_clock(LIVE_SPEED if live else 1.0)
        for service, key in self.sandbox.carrier_keys().items():
            self.shop_credentials.set(carrier_user(service), key)  # registers it as a secret too

    def _connect_demo_shops(self) -> CredentialStore:
        """The demo's own shops come connected, their made-up keys in memory only (never the keyring)."""
        secrets_in_memory = SessionCredentials()
        for shop_id, access in self.sandbox.shop_credentials().items():
            platform = Platform(access["platform"])
            address = access.get("shop_domain") or access.get("site_url") or ""
            save_connection(self.settings, ShopConnectionInfo(shop_id, platform, address))
            secrets_in_memory.set(shop_user(shop_id), secret_text(platform, access))
        return secrets_in_memory

    @property
    def etsy_address(self) -> str:
        """Where the demo's Etsy lives (the sandbox), for connecting it again from the Shops dialog."""
        return self.sandbox.base_url

    def connect_etsy(self, done: Callable[[], None]) -> None:
        """Connect the demo's Etsy shop in the background (OAuth against the sandbox), then ``done``."""
        app = self.sandbox.etsy_app()

        def connect() -> str:
            link = EtsyShopLink(app["keystring"], app["shared_secret"], address=app["base_url"], ports=(0,))
            callbacks: list[socket.socket] = []
            try:
                result = link.run(lambda url: callbacks.append(_deliver_callback(self.sandbox.etsy_consent(url))))
            finally:
                for sock in callbacks:
                    sock.close()
            self.shop_credentials.set(shop_user(app["shop_id"]), secret_text(Platform.ETSY, result.secret))
            return app["shop_id"]

        def connected(shop_id: str) -> None:
            save_connection(self.settings, ShopConnectionInfo(shop_id, Platform.ETSY, app["base_url"]))
            done()

        run_in_background(connect, connected,
                          lambda error: log.warning("the demo's Etsy shop could not be connected: %s",
                                                    type(error).__name__))

    def close(self) -> None:
        self.sandbox.stop()
        shutil.rmtree(self._root, ignore_errors=True)


def _deliver_callback(location: str) -> socket.socket:
    """Send the browser's request to the app's loopback callback, without waiting for the answer.

    The callback is served by the same thread once this returns (``EtsyAuthorization.run``
    waits for it right after opening the "browser"), so the request is only written; the
    socket is closed when the attempt is over.
    """
    parts = urlsplit(location)
    if parts.scheme != "http" or parts.hostname not in ("localhost", "127.0.0.1") or parts.port is None:
        raise ValueError("the demo delivers callbacks to this computer only")
    sock = socket.create_connection(("127.0.0.1", parts.port), timeout=5)
    target = f"{parts.path}?{parts.query}" if parts.query else parts.path
    sock.sendall(f"GET {target} HTTP/1.1\r\nHost: {parts.netloc}\r\nConnection: close\r\n\r\n".encode("ascii"))
    return sock
