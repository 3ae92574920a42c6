"""Connecting a shop whose last step is the merchant's browser (Etsy's OAuth), without freezing the window.

``BrowserConnect.start`` runs the platform's browser step on the thread pool: it opens
the consent page (on the GUI thread, through the opener the UI gives), waits for the one
loopback callback, exchanges the code and reads the shop, then writes every secret
field to the keyring, all off the GUI thread. Only then, back on the GUI thread, does
the caller save the connection's address and name in settings: an attempt that fails,
times out or is cancelled leaves nothing behind. ``cancel`` works at any moment.
"""

from __future__ import annotations

import logging
import queue
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot

from tpop_desktop.connectors.platforms import PLATFORMS, BrowserLink
from tpop_desktop.connectors.shops import ShopConnection
from tpop_desktop.core.models import Platform
from tpop_desktop.credentials import CredentialStore, shop_user
from tpop_desktop.session.background import run_in_background
from tpop_desktop.session.shop_connections import own_shop_id, secret_text

log = logging.getLogger(__name__)

OPEN_WAIT_S = 20.0  # how long the step waits for the desktop to say whether the browser opened


class BrowserOpenFailed(RuntimeError):
    """The desktop could not open the default browser."""


@dataclass(frozen=True)
class BrowserConnected:
    """A shop connected in the browser: its id, its name, and what the platform said."""

    shop_id: str
    platform: Platform
    address: str
    connection: ShopConnection


class _GuiOpener(QObject):
    """Opens a URL on the GUI thread for a caller on another thread, and tells it whether that worked."""

    _requested = Signal(str, object)  # url, the caller's answer queue

    def __init__(self, open_url: Callable[[str], bool]) -> None:
        super().__init__()
        self._open_url = open_url
        self._requested.connect(self._open, Qt.ConnectionType.QueuedConnection)

    def __call__(self, url: str) -> None:  # on the browser step's thread
        answer: queue.Queue[bool] = queue.Queue(maxsize=1)
        self._requested.emit(url, answer)
        try:
            opened = answer.get(timeout=OPEN_WAIT_S)
        except queue.Empty:
            opened = False
        if not opened:
            raise BrowserOpenFailed("the default browser did not open")

    @Slot(str, object)
    def _open(self, url: str, answer: queue.Queue) -> None:
        try:
            opened = bool(self._open_url(url))
        except Exception:  # the desktop's handler failed: the step reports it
            log.warning("opening the browser failed", exc_info=True)
            opened = False
        answer.put(opened)


class BrowserConnect(QObject):
    """One attempt; ``connected`` or ``failed`` (with the exception) arrives once, on the GUI thread."""

    connected = Signal(object)  # BrowserConnected, once its secret is in the keyring
    failed = Signal(object)  # the exception: EtsyAuthorizationError, a ConnectorError, CredentialsError, ValueError

    def __init__(self, credentials: CredentialStore, platform: Platform, address: str, typed: Mapping[str, str], *,
                 open_url: Callable[[str], bool], shop_id: str = "", taken: tuple[str, ...] = (),
                 options: Mapping[str, Any] | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        entry = PLATFORMS[platform]
        if entry.browser_step is None:
            raise ValueError(f"{platform.value} shops connect without a browser step")
        self._credentials = credentials
        self._platform = platform
        self._address = address
        self._shop_id = shop_id
        self._taken = taken
        self._opener = _GuiOpener(open_url)
        self._link: BrowserLink = entry.browser_step.start(address, dict(typed), **dict(options or {}))  # ValueError
        self.running = False

    def start(self) -> None:
        self.running = True
        run_in_background(self._work, self._done, self._failed, context=self)

    def cancel(self) -> None:
        """From the GUI thread, at any moment: the step stops and nothing is saved."""
        self._link.cancel()

    def _work(self) -> BrowserConnected:
        result = self._link.run(self._opener)
        secret = dict(result.secret)
        shop_id = self._shop_id or own_shop_id(self._platform, _hint(self._platform, secret, self._address),
                                               self._taken)
        self._credentials.set(shop_user(shop_id), secret_text(self._platform, secret))  # the keyring, first
        return BrowserConnected(shop_id, self._platform, self._address, result.connection)

    def _done(self, result: BrowserConnected) -> None:
        self.running = False
        self.connected.emit(result)

    def _failed(self, error: Exception) -> None:
        self.running = False
        log.info("connecting a %s shop in the browser ended: %s", self._platform.value, type(error).__name__)
        self.failed.emit(error)


def _hint(platform: Platform, secret: Mapping[str, str], address: str) -> str:
    """What names a new shop's own id: Etsy's shop number, else its address."""
    if platform is Platform.ETSY and str(secret.get("etsy_shop_id", "")).strip("0"):
        return str(secret["etsy_shop_id"])
    return address or platform.value
