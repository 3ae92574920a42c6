"""What the app needs to connect an Etsy shop and to build its connector from the keyring.

The Shops dialog asks for the keystring and shared secret of the merchant's own Etsy app,
then ``EtsyShopLink.run`` (on a worker thread) does the browser step, finds the shop and
returns everything to keep: the keyring fields (``ETSY_SECRET_FIELDS``) and the shop's
name. Nothing is saved here, so an attempt that fails, times out or is cancelled
(``cancel`` from the GUI thread) leaves nothing behind. ``connector_from_secret`` builds
the connector of a connected shop; ``save_secret`` gets all the fields again after each
token refresh, because Etsy's refresh tokens rotate.

``address`` is empty for Etsy itself, or the sandbox's base URL (``http://127.0.0.1:…``).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime

from tpop_desktop.connectors.etsy import EtsyConnector
from tpop_desktop.connectors.etsy_oauth import (
    DEFAULT_WAIT_S,
    EtsyAppKeys,
    EtsyAuthorization,
    EtsyEndpoints,
    EtsyOAuthClient,
    EtsyTokenKeeper,
    EtsyTokens,
)
from tpop_desktop.connectors.etsy_redirect import DEFAULT_REDIRECT_PORTS, CallbackPages
from tpop_desktop.connectors.shops import ProductRule, ShopConnection

APP_FIELDS = ("keystring", "shared_secret")
ETSY_SECRET_FIELDS = (*APP_FIELDS, "access_token", "refresh_token", "expires_at", "user_id", "etsy_shop_id")


def etsy_endpoints(address: str) -> EtsyEndpoints:
    return EtsyEndpoints.at(address) if address.strip() else EtsyEndpoints()


def _utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class EtsyLinkResult:
    """A connected shop: what goes to the keyring, and what the dialog shows."""

    secret: Mapping[str, str] = field(repr=False)
    connection: ShopConnection


class EtsyShopLink:
    """Connecting one Etsy shop: ``run`` on a worker thread, ``cancel`` from any thread."""

    def __init__(self, keystring: str, shared_secret: str, *, address: str = "",
                 ports: tuple[int, ...] = DEFAULT_REDIRECT_PORTS, timeout_s: float = DEFAULT_WAIT_S,
                 pages: CallbackPages = CallbackPages(), now: Callable[[], datetime] = _utc_now) -> None:
        self._keys = EtsyAppKeys(keystring, shared_secret)  # ValueError for keys that cannot be sent
        self._oauth = EtsyOAuthClient(self._keys, etsy_endpoints(address), now=now)
        self._address = address
        self._now = now
        self._authorization = EtsyAuthorization(self._oauth, ports=ports, timeout_s=timeout_s, pages=pages)

    def run(self, open_browser: Callable[[str], object]) -> EtsyLinkResult:
        """Browser step, token exchange, the shop's id and name; raises a ``ConnectorError`` otherwise."""
        try:
            tokens = self._authorization.run(open_browser)
            latest: list[EtsyTokens] = [tokens]
            keeper = EtsyTokenKeeper(self._oauth, tokens, latest.append, now=self._now)
            connector = EtsyConnector(self._keys, keeper, endpoints=self._oauth.endpoints)
            try:
                connection = connector.test_connection()
            finally:
                connector.close()
            secret = secret_fields(self._keys, latest[-1], connector.etsy_shop_id or 0)
            return EtsyLinkResult(secret, connection)
        finally:
            self._oauth.close()

    def cancel(self) -> None:
        self._authorization.cancel()


def secret_fields(keys: EtsyAppKeys, tokens: EtsyTokens, etsy_shop_id: int) -> dict[str, str]:
    """Everything a connected Etsy shop keeps in the keyring (``ETSY_SECRET_FIELDS``)."""
    return {"keystring": keys.keystring, "shared_secret": keys.shared_secret, **tokens.to_secret_fields(),
            "etsy_shop_id": str(etsy_shop_id)}


def connector_from_secret(address: str, secret: Mapping[str, str], *, shop_id: str,
                          save_secret: Callable[[dict[str, str]], None], product_rule: ProductRule = ProductRule(),
                          now: Callable[[], datetime] = _utc_now) -> EtsyConnector:
    """The connector of a connected shop; ValueError when the stored fields are incomplete.

    Every connector of one shop shares one token keeper (``SHARED_TOKENS``), whichever
    thread builds it and however old its copy of the stored fields: see ``SharedEtsyTokens``.
    """
    keys = EtsyAppKeys(secret.get("keystring", ""), secret.get("shared_secret", ""))
    tokens = EtsyTokens.from_secret_fields(secret)
    endpoints = etsy_endpoints(address)
    stored_shop = str(secret.get("etsy_shop_id", "")).strip()
    shared = SHARED_TOKENS.for_shop(shop_id, keys, endpoints, tokens, save_secret,
                                    stored_shop if stored_shop.isdigit() else "0", now=now)
    connector = EtsyConnector(keys, shared, etsy_shop_id=stored_shop if stored_shop not in ("", "0") else None,
                              shop_id=shop_id, product_rule=product_rule, endpoints=endpoints)
    shared.learn_shop(connector)
    return connector


class _Lineage:
    """One shop's live token pair: the keeper, and every refresh token it has held."""

    def __init__(self, keeper_for: Callable[[Callable[[EtsyTokens], None]], EtsyTokenKeeper], keys: EtsyAppKeys,
                 tokens: EtsyTokens, save_secret: Callable[[dict[str, str]], None], etsy_shop_id: str) -> None:
        self.keys = keys
        self.save_secret = save_secret  # the newest session's keyring writer
        self.etsy_shop_id = etsy_shop_id
        self.held = {tokens.refresh_token}
        self.latest: EtsyConnector | None = None  # the newest connector, which may have learned the shop id
        self.keeper = keeper_for(self._save)

    def _save(self, renewed: EtsyTokens) -> None:  # called under the keeper's lock
        self.held.add(renewed.refresh_token)
        learned = self.latest.etsy_shop_id if self.latest is not None else None
        if learned:
            self.etsy_shop_id = str(learned)
        shop = self.etsy_shop_id
        self.save_secret(secret_fields(self.keys, renewed, int(shop) if shop.isdigit() else 0))


class SharedEtsyTokens:
    """The token source of every connector of one Etsy shop.

    Etsy's refresh tokens rotate and the old one dies when used: two connectors of the
    same shop refreshing at once (the order read on the sync thread, a fix on the thread
    pool) would lose the pair. So all of them go through one ``EtsyTokenKeeper`` per
    shop, which serialises refreshes and writes each new pair through the newest
    ``save_secret`` before it is used. A connector built from an older copy of the
    stored fields (whose refresh token this keeper already rotated) joins the same
    keeper; fields with a refresh token the keeper never held are a new connection (the
    merchant connected the shop again) and start a new keeper. Thread-safe.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._lineages: dict[tuple[str, str, str, str], _Lineage] = {}

    def for_shop(self, shop_id: str, keys: EtsyAppKeys, endpoints: EtsyEndpoints, tokens: EtsyTokens,
                 save_secret: Callable[[dict[str, str]], None], etsy_shop_id: str, *,
                 now: Callable[[], datetime] = _utc_now) -> _ShopTokens:
        key = (shop_id, endpoints.token_url, keys.keystring, keys.shared_secret)
        with self._lock:
            lineage = self._lineages.get(key)
            if lineage is None or tokens.refresh_token not in lineage.held:
                oauth = EtsyOAuthClient(keys, endpoints, now=now)
                lineage = _Lineage(lambda save: EtsyTokenKeeper(oauth, tokens, save, now=now), keys, tokens,
                                   save_secret, etsy_shop_id)
                self._lineages[key] = lineage
            lineage.save_secret = save_secret
            return _ShopTokens(lineage)

    def forget(self, shop_id: str) -> None:
        """The shop was removed or connected again: its connectors start afresh."""
        with self._lock:
            for key in [k for k in self._lineages if k[0] == shop_id]:
                self._lineages.pop(key).keeper.close()


class _ShopTokens:
    """One connector's view of its shop's shared keeper (closing the connector leaves the keeper open)."""

    def __init__(self, lineage: _Lineage) -> None:
        self._lineage = lineage

    @property
    def user_id(self) -> str:
        return self._lineage.keeper.user_id

    def access_token(self) -> str:
        return self._lineage.keeper.access_token()

    def refreshed_access_token(self, rejected: str) -> str:
        return self._lineage.keeper.refreshed_access_token(rejected)

    def learn_shop(self, connector: EtsyConnector) -> None:
        """The shop id the connector learns (``test_connection``) goes with the next saved pair."""
        self._lineage.latest = connector


SHARED_TOKENS = SharedEtsyTokens()
