"""The embedded demo account: a sandbox TPOP account on 127.0.0.1 and a throw-away profile.

The demo never touches the merchant's own profile or keyring: its profile is a fresh
temporary folder, removed when the demo closes, and its demo shops and the sandbox's
La Poste-, DHL- and 17TRACK-shaped tracking services come with made-up keys kept in
memory only, so the demo shows carrier timelines without any key of the merchant's.
"""

from __future__ import annotations

import logging
import secrets
import shutil
import tempfile
import time
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from pathlib import Path

from tpop_desktop.connectors.tpop import TpopConnector
from tpop_desktop.core.models import Platform
from tpop_desktop.credentials import CredentialStore, SessionCredentials, carrier_user, shop_user
from tpop_desktop.logging_setup import register_secret
from tpop_desktop.profile import Profile
from tpop_desktop.sandbox.parcel_story import LIVE_SPEED
from tpop_desktop.sandbox.server import SandboxServer
from tpop_desktop.session.shop_connections import (
    ShopConnectionInfo,
    save_connection,
    secret_text,
)
from tpop_desktop.settings import Settings
from tpop_desktop.sync.source import SourceFactory

log = logging.getLogger(__name__)

DEMO_SEED = 2026


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
        self.sandbox = SandboxServer(token, seed=seed, live=live)
        try:
            url = self.sandbox.start()
        except BaseException:
            shutil.rmtree(self._root, ignore_errors=True)
            raise
        log.info("demo sandbox serving on %s", url)
        self.source: SourceFactory = lambda: TpopConnector(url, token)
        self.settings = Settings(self.profile.settings_path)
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

    def close(self) -> None:
        self.sandbox.stop()
        shutil.rmtree(self._root, ignore_errors=True)
