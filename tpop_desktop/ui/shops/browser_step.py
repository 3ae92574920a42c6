"""The Shops dialog's "Connect with Etsy…" and its visible Cancel: one attempt in the browser at a time.

The attempt itself runs in the background (``ShopService.connect_in_browser``); this
part shows that the app waits, lets the merchant cancel, and words how it ended.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QPushButton

from tpop_desktop.core.models import Platform
from tpop_desktop.core.product_rule import ProductRule
from tpop_desktop.session.shop_browser import BrowserConnect, BrowserConnected
from tpop_desktop.session.shops import ShopService
from tpop_desktop.ui.links import open_external
from tpop_desktop.ui.shops.texts import browser_error_text
from tpop_desktop.ui.texts import platform_label, tr


class BrowserStep(QObject):
    waiting = Signal(bool)  # an attempt started (True) or ended (False)
    message = Signal(str)  # what to tell the merchant
    connected = Signal(str, object)  # the listed entry it was started from, BrowserConnected

    def __init__(self, shops: ShopService, error_kind, parent: QObject | None = None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self._shops = shops
        self._error_kind = error_kind
        self.attempt: BrowserConnect | None = None
        self.connect_button = QPushButton(tr("Connect with Etsy…"))
        self.connect_button.setObjectName("connect-in-browser")
        self.cancel_button = QPushButton(tr("Cancel"))
        self.cancel_button.setObjectName("cancel-browser")
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()

    @property
    def running(self) -> bool:
        return self.attempt is not None and self.attempt.running

    def start(self, listed: str, platform: Platform, typed: dict[str, str] | None, *, shop_id: str, address: str,
              rule: ProductRule) -> None:
        if typed is None:
            self.message.emit(tr("Enter your Etsy app's keystring and shared secret first."))
            return
        try:
            attempt = self._shops.connect_in_browser(platform, typed, open_external, shop_id=shop_id,
                                                     address=address, rule=rule)
        except ValueError:
            self.message.emit(tr("The keystring or the shared secret is not valid: copy them again from your "
                                 "Etsy app."))
            return
        self.attempt = attempt
        attempt.connected.connect(lambda result: self._connected(listed, result))
        attempt.failed.connect(self._failed)
        self._set_waiting(True)
        self.message.emit(tr("Waiting for Etsy… Your browser shows Etsy's page: allow TPOP Desktop there. The app "
                             "waits up to 5 minutes."))

    def cancel(self) -> None:
        if self.running:
            self.attempt.cancel()  # type: ignore[union-attr]

    def _set_waiting(self, waiting: bool) -> None:
        self.cancel_button.setVisible(waiting)
        self.connect_button.setEnabled(not waiting)
        self.waiting.emit(waiting)

    def _connected(self, listed: str, result: BrowserConnected) -> None:
        self._set_waiting(False)
        self.connected.emit(listed, result)
        self.message.emit(tr("Connected to {name}. The shop is read at the next sync.").format(
            name=result.connection.shop_name or platform_label(result.platform)))

    def _failed(self, error: Exception) -> None:
        self._set_waiting(False)
        self.message.emit(browser_error_text(error, self._error_kind(error)))
