"""The Shops dialog's list: the shops TPOP's orders name, the shops connected, and those being added."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from tpop_desktop.connectors.platforms import PLATFORMS
from tpop_desktop.core.models import Platform
from tpop_desktop.session.shop_connections import ShopConnectionInfo
from tpop_desktop.session.shops import ShopsSnapshot
from tpop_desktop.ui.texts import platform_label, tr

NEW_SHOP = "new:"  # list entries of shops being added: "new:<platform>"


@dataclass(frozen=True)
class ShopEntry:
    key: str  # the shop id, or NEW_SHOP + platform for a shop being added
    name: str
    platform: Platform
    state: str  # "connected", "not connected"... (translated)

    @property
    def label(self) -> str:
        return f"{self.name} · {platform_label(self.platform)} · {self.state}"


def shop_entries(snapshot: ShopsSnapshot, connections: Mapping[str, ShopConnectionInfo],
                 pending: Iterable[Platform], read_failures: Mapping[str, str]) -> list[ShopEntry]:
    """Known shops first (by name), then shops connected without TPOP, then new ones."""
    entries: list[ShopEntry] = []
    known = {shop_id for shop_id, _name, _platform in snapshot.known}
    listed = [*((s, n, p) for s, n, p in snapshot.known),
              *((s, i.name or i.address or s, i.platform) for s, i in connections.items() if s not in known)]
    for shop_id, name, platform in listed:
        if platform not in PLATFORMS:
            state = tr("not connectable")
        elif shop_id in snapshot.failures or shop_id in read_failures:
            state = tr("connected, last read failed")
        elif shop_id in connections:
            state = tr("connected")
        else:
            state = tr("not connected")
        entries.append(ShopEntry(shop_id, name, platform, state))
    for platform in pending:
        entries.append(ShopEntry(NEW_SHOP + platform.value, tr("New {platform} shop").format(
            platform=platform_label(platform)), platform, tr("not saved yet")))
    return entries
