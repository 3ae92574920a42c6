"""Where a shop connection lives: address, name and product rule in settings, the secret in the keyring.

The secret fields travel as one JSON text under ``shop_user(shop_id)``; settings never
see them. For a platform whose tokens rotate (Etsy), every field of the entry is written
again after each refresh by a ``SecretSaver``, from whichever thread refreshed. Reading
secrets blocks (keyring): call ``read_accesses`` in the background.

A shop is known by the id TPOP gives it when a TPOP account lists it; a shop connected
before any TPOP account (shops only) gets an id of its own (``own_shop_id``).
"""

from __future__ import annotations

import json
import logging
import re
import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from urllib.parse import urlsplit

from tpop_desktop.connectors.platforms import PLATFORMS, SaveSecret, ShopAccess
from tpop_desktop.core.models import Platform
from tpop_desktop.core.product_rule import (
    ProductRule,
    ProductRuleError,
    parse_product_rule,
    product_rule_to_text,
)
from tpop_desktop.core.text import fold
from tpop_desktop.credentials import CredentialsError, CredentialStore, shop_user
from tpop_desktop.logging_setup import register_secret
from tpop_desktop.settings import Settings

log = logging.getLogger(__name__)

SETTINGS_KEY = "shops/connections"
OWN_PREFIX = "own-"  # ids of shops connected without a TPOP account


@dataclass(frozen=True)
class ShopConnectionInfo:
    """The non-secret half of a connection."""

    shop_id: str
    platform: Platform
    address: str
    name: str = ""  # the shop's name as its platform gave it (shown until TPOP's orders name it)
    product_rule: str = ""  # ``product_rule_to_text``; empty: every product is TPOP's

    def rule(self) -> ProductRule:
        """The shop's product rule; ``ProductRuleError`` when the stored text cannot be read."""
        return parse_product_rule(self.product_rule)


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
            name, rule = str(entry.get("name", "")), str(entry.get("product_rule", ""))
        except (KeyError, TypeError, ValueError, AttributeError):
            continue
        platform_entry = PLATFORMS.get(platform)
        if platform_entry is not None and (address or not platform_entry.address_required):
            result[str(shop_id)] = ShopConnectionInfo(str(shop_id), platform, address, name, rule)
    return result


def _store(settings: Settings, connections: Mapping[str, ShopConnectionInfo]) -> None:
    data = {}
    for c in connections.values():
        entry = {"platform": c.platform.value, "address": c.address}
        if c.name:
            entry["name"] = c.name
        if c.product_rule:
            entry["product_rule"] = c.product_rule
        data[c.shop_id] = entry
    settings.set_value(SETTINGS_KEY, json.dumps(data, sort_keys=True))
    settings.sync()


def save_connection(settings: Settings, info: ShopConnectionInfo) -> None:
    connections = load_connections(settings)
    connections[info.shop_id] = info
    _store(settings, connections)


def save_product_rule(settings: Settings, shop_id: str, rule: ProductRule) -> bool:
    """Store a connected shop's rule; False when the shop is not connected."""
    connections = load_connections(settings)
    info = connections.get(shop_id)
    if info is None:
        return False
    connections[shop_id] = replace(info, product_rule=product_rule_to_text(rule))
    _store(settings, connections)
    return True


def remove_connection(settings: Settings, shop_id: str) -> None:
    connections = load_connections(settings)
    connections.pop(shop_id, None)
    _store(settings, connections)


def forget_connections(settings: Settings, forget_secret: Callable[[str], None]) -> None:
    """The account goes, its shops with it: each secret through ``forget_secret``, then the setting."""
    for shop_id in load_connections(settings):
        forget_secret(shop_user(shop_id))
        remove_connection(settings, shop_id)


def own_shop_id(platform: Platform, hint: str, taken: Iterable[str] = ()) -> str:
    """The id of a shop connected without TPOP: from its address (or Etsy's shop id), stable and unique."""
    host = urlsplit(hint if "://" in hint else f"//{hint}")
    text = f"{host.hostname or ''}{host.path}" if host.hostname else hint
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:48] or "shop"
    base = f"{OWN_PREFIX}{platform.value}-{slug}"
    taken_ids, candidate, n = set(taken), base, 2
    while candidate in taken_ids:
        candidate, n = f"{base}-{n}", n + 1
    return candidate


def adoptions(connections: Mapping[str, ShopConnectionInfo],
              tpop_shops: Iterable[tuple[str, str, Platform]]) -> dict[str, str]:
    """Own shop id -> TPOP's id for the same shop, once a TPOP account lists the shops connected without it.

    A shop of the same platform and name (without case or accents) is the same shop; when
    names differ, a platform with exactly one own connection and exactly one shop TPOP
    lists unconnected pairs them. Anything less certain stays as it is.
    """
    pairs: dict[str, str] = {}
    free = [(shop_id, name, platform) for shop_id, name, platform in tpop_shops
            if shop_id not in connections and not shop_id.startswith(OWN_PREFIX)]
    own = [info for shop_id, info in connections.items() if shop_id.startswith(OWN_PREFIX)]
    for info in own:
        same = [s for s, name, p in free if p is info.platform and info.name and fold(name) == fold(info.name)]
        if len(same) == 1:
            pairs[info.shop_id] = same[0]
            free = [f for f in free if f[0] != same[0]]
    for platform in {info.platform for info in own}:
        left_own = [i.shop_id for i in own if i.platform is platform and i.shop_id not in pairs]
        left_tpop = [s for s, _name, p in free if p is platform]
        if len(left_own) == 1 and len(left_tpop) == 1:
            pairs[left_own[0]] = left_tpop[0]
    return pairs


def rename_connection(settings: Settings, old: str, new: str) -> None:
    """The connection saved under ``old`` is now known as ``new`` (its secret moved first)."""
    connections = load_connections(settings)
    info = connections.pop(old, None)
    if info is not None:
        connections[new] = replace(info, shop_id=new)
        _store(settings, connections)


def move_secret(credentials: CredentialStore, old: str, new: str) -> None:
    """The keyring entry of shop ``old`` under ``new``, written before the old one goes. Blocks."""
    text = credentials.get(shop_user(old))
    if text:
        credentials.set(shop_user(new), text)
        credentials.delete(shop_user(old))


# -- the secret ------------------------------------------------------------------------------------


def secret_text(platform: Platform, secret: Mapping[str, str]) -> str:
    """The keyring entry: JSON of exactly the platform's secret fields (KeyError when one is missing)."""
    entry = PLATFORMS[platform]
    for name in entry.redacted_names:
        register_secret(secret[name])
    return json.dumps({name: str(secret[name]) for name in entry.secret_names}, sort_keys=True)


def parse_secret(platform: Platform, text: str) -> dict[str, str] | None:
    """The stored fields, or None when the entry is not this platform's (typed fields must be filled)."""
    try:
        data = json.loads(text)
    except ValueError:
        return None
    entry = PLATFORMS.get(platform)
    if entry is None or not isinstance(data, dict):
        return None
    if not all(isinstance(data.get(k), str) and data[k] for k in entry.typed_names):
        return None
    if not all(isinstance(data.get(k), str) for k in entry.secret_names):
        return None
    for name in entry.redacted_names:
        register_secret(data[name])  # each field, not only the JSON text the keyring call registered
    return {k: data[k] for k in entry.secret_names}


class SecretSaver:
    """Writes one shop's renewed secret fields to the keyring, from any thread, one write at a time.

    Raises the keyring's ``CredentialsError`` when the write fails: the caller (Etsy's
    token keeper) keeps the new pair in memory and writes it again at its next call.
    """

    def __init__(self, credentials: CredentialStore, shop_id: str, platform: Platform) -> None:
        self._credentials = credentials
        self._user = shop_user(shop_id)
        self._platform = platform
        self._lock = threading.Lock()

    def __call__(self, secret: dict[str, str]) -> None:
        text = secret_text(self._platform, secret)
        with self._lock:
            self._credentials.set(self._user, text)


def read_accesses(credentials: CredentialStore, connections: Mapping[str, ShopConnectionInfo],
                  saver: Callable[[str, Platform], SaveSecret] | None = None
                  ) -> tuple[dict[str, ShopAccess], dict[str, tuple[Platform, str]]]:
    """(shops ready to read, shops that cannot be read: platform and reason code). Blocks (keyring)."""
    make_saver = saver or (lambda shop_id, platform: SecretSaver(credentials, shop_id, platform))
    ready: dict[str, ShopAccess] = {}
    unreadable: dict[str, tuple[Platform, str]] = {}
    for shop_id, info in connections.items():
        try:
            rule = info.rule()
        except ProductRuleError:
            log.warning("the product rule of shop %s cannot be read", shop_id)
            unreadable[shop_id] = (info.platform, "ProductRuleError")
            continue
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
        ready[shop_id] = ShopAccess(shop_id, info.platform, info.address, secret, rule,
                                    make_saver(shop_id, info.platform))
    return ready, unreadable
