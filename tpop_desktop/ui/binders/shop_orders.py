"""Binds the orders read from the shops to the window: the table, the status line and the lasting notices.

With no TPOP token the shops are the only source: the window says so once (a notice),
and that TPOP's dashboard stays authoritative for blocked orders and production. A shop
whose access was refused (an expired or revoked token, Etsy's refresh refused, a secret
gone from the keyring) gets a notice that names it and offers to reconnect it.
"""

from __future__ import annotations

from collections.abc import Callable

from tpop_desktop.session.session import Session
from tpop_desktop.sync.shop_job import ShopCheckOutcome
from tpop_desktop.sync.shop_orders_job import ShopOrdersOutcome
from tpop_desktop.ui.binders.connections import Connections
from tpop_desktop.ui.formatting import format_datetime
from tpop_desktop.ui.main_window import MainWindow
from tpop_desktop.ui.orders_model import OrderTableModel
from tpop_desktop.ui.shops.texts import (
    RECONNECT_KINDS,
    failure_text,
    reconnect_text,
    shop_source_notice,
)
from tpop_desktop.ui.texts import tr

NOTICE_SHOP_SOURCE = "shop-source"
NOTICE_SHOP_ACCESS = "shop-access"


class ShopOrdersBinder:
    def __init__(self, window: MainWindow, session: Session, model: OrderTableModel,
                 open_shop: Callable[[str], object]) -> None:
        self.window = window
        self.session = session
        self.model = model
        self._open_shop = open_shop
        self._refused: dict[str, str] = {}  # shop id -> error kind, from the last order read and check run
        self._links = Connections()
        self._links.connect(session.shopOrdersRead, self._on_read)
        self._links.connect(session.shops.checksDone, self._on_checks)
        self._links.connect(session.shops.connectionsChanged, self._on_connections)
        self._links.connect(session.syncSucceeded, lambda _report: self._show_notice())
        if not session.has_tpop and session.shops.has_order_sources():
            window.set_sync_text(tr("Reading your shops…"))
        self._show_notice()

    def _names(self) -> dict[str, str]:
        names = {shop_id: info.name for shop_id, info in self.session.shops.connections().items() if info.name}
        names.update({shop_id: name for shop_id, name, _platform in self.session.shops.snapshot.known})
        return names

    def _on_read(self, outcome: ShopOrdersOutcome) -> None:
        if outcome.references:
            self.model.refresh(outcome.references)
            self.window.redisplay_detail()
        self._note_refusals(outcome.failures, outcome.read_shops)
        if not self.session.has_tpop:
            names = self._names()
            text = tr("Shop orders read at {time}").format(time=format_datetime(outcome.read_at))
            for shop_id, kind in sorted(outcome.failures.items()):
                text += " · " + tr("{shop} could not be read: {reason}").format(
                    shop=names.get(shop_id, shop_id), reason=failure_text(kind))
            self.window.set_sync_text(text)

    def _on_checks(self, outcome: ShopCheckOutcome) -> None:
        self._note_refusals(outcome.failures, outcome.checked_shops)

    def _note_refusals(self, failures: dict[str, str], read: tuple[str, ...]) -> None:
        for shop_id in read:
            if shop_id not in failures:
                self._refused.pop(shop_id, None)
        self._refused.update({shop_id: kind for shop_id, kind in failures.items() if kind in RECONNECT_KINDS})
        self._show_notice()

    def _on_connections(self) -> None:
        """A removed shop needs no reconnecting; a reconnected one clears at its next read."""
        connected = self.session.shops.connections()
        self._refused = {shop_id: kind for shop_id, kind in self._refused.items() if shop_id in connected}
        self._show_notice()

    def _show_notice(self) -> None:
        """A refused shop first (the merchant must act), else the one sentence about where orders come from."""
        notice = self.window.notice
        if self._refused:
            shop_id, kind = sorted(self._refused.items())[0]
            notice.show_notice(NOTICE_SHOP_ACCESS, reconnect_text(self._names().get(shop_id, shop_id), kind),
                               tr("Reconnect…"), lambda: self._open_shop(shop_id))
            return
        notice.clear(NOTICE_SHOP_ACCESS)
        if not self.session.has_tpop and self.session.shops.has_order_sources():
            if notice.key in ("", NOTICE_SHOP_SOURCE):
                notice.show_notice(NOTICE_SHOP_SOURCE, shop_source_notice())
        else:
            notice.clear(NOTICE_SHOP_SOURCE)

    def unbind(self) -> None:
        self._links.disconnect_all()
        for key in (NOTICE_SHOP_SOURCE, NOTICE_SHOP_ACCESS):
            self.window.notice.clear(key)
