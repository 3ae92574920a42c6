"""Where a shop connection lives: the address and platform in settings, the secret in the keyring.

The secret fields travel as one JSON text under ``shop_user(shop_id)``; settings never
see them. Reading secrets blocks (keyring): call ``read_accesses`` in the background.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from tpop_desktop.connectors.platforms import PLATFORMS, ShopAccess
from tpop_desktop.core.models import Platform
from tpop_desktop.credentials import CredentialsError, CredentialStore, shop_user
from tpop_desktop.logging_setup import register_secret
from tpop_desktop.settings import Settings

log = logging.getLogger(__name__)

SETTINGS_KEY = "shops/connections"


@dataclass(frozen=True)
class ShopConnectionInfo:
    """The non-secret half of a connection."""

    shop_id: str
    platform: Platform
    address: str


def load_connections(settings: Settings) -> dict[str, ShopConnectionInfo]:
    try:
        data = json.loads(str(settings.value(SETTINGS_KEY, "{}") or "{}"))
    except ValueError:
        return {}
    result: dict[str, ShopConnectionInfo] = {}
    if not isinstance(data, dict):
        return result
    for shop_id, entry in data.items():
        try:
            platform = Platform(entry["platform"])
            address = str(entry["address"])
        except (KeyError, TypeError, ValueError):
            continue
        if platform in PLATFORMS and address:
            result[str(shop_id)] = ShopConnectionInfo(str(shop_id), platform, address)
    return result


def _store(settings: Settings, connections: Mapping[str, ShopConnectionInfo]) -> None:
    data = {c.shop_id: {"platform": c.platform.value, "address": c.address} for c in connections.values()}
    settings.set_value(SETTINGS_KEY, json.dumps(data, sort_keys=True))
    settings.sync()


def save_connection(settings: Settings, info: ShopConnectionInfo) -> None:
    connections = load_connections(settings)
    connections[info.shop_id] = info
    _store(settings, connections)


def remove_connection(settings: Settings, shop_id: str) -> None:
    connections = load_connections(settings)
    connections.pop(shop_id, None)
    _store(settings, connections)


def forget_connections(settings: Settings, forget_secret: Callable[[str], None]) -> None:
    """The account goes, its shops with it: each secret through ``forget_secret``, then the setting."""
    for shop_id in load_connections(settings):
        forget_secret(shop_user(shop_id))
        remove_connection(settings, shop_id)


def secret_text(platform: Platform, secret: Mapping[str, str]) -> str:
    """The keyring entry: JSON of exactly the platform's secret fields."""
    names = PLATFORMS[platform].secret_names
    for name in names:
        register_secret(secret[name])
    return json.dumps({name: secret[name] for name in names}, sort_keys=True)


def parse_secret(platform: Platform, text: str) -> dict[str, str] | None:
    try:
        data = json.loads(text)
    except ValueError:
        return None
    names = PLATFORMS[platform].secret_names if platform in PLATFORMS else ()
    if not names or not isinstance(data, dict) or not all(isinstance(data.get(k), str) and data[k] for k in names):
        return None
    for name in names:
        register_secret(data[name])  # each field, not only the JSON text the keyring call registered
    return {k: data[k] for k in names}


def read_accesses(credentials: CredentialStore, connections: Mapping[str, ShopConnectionInfo]
                  ) -> tuple[dict[str, ShopAccess], dict[str, tuple[Platform, str]]]:
    """(shops ready to check, shops whose secret could not be read: platform and reason code). Blocks."""
    ready: dict[str, ShopAccess] = {}
    unreadable: dict[str, tuple[Platform, str]] = {}
    for shop_id, info in connections.items():
        try:
            text = credentials.get(shop_user(shop_id))
        except CredentialsError as error:
            log.warning("the secret of shop %s could not be read: %s", shop_id, error.state)
            unreadable[shop_id] = (info.platform, "KeyringError")
            continue
        secret = parse_secret(info.platform, text) if text else None
        if secret is None:
            unreadable[shop_id] = (info.platform, "NoSecret")
            continue
        ready[shop_id] = ShopAccess(shop_id, info.platform, info.address, secret)
    return ready, unreadable
