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
    """The connector of a connected shop; ValueError when the stored fields are incomplete."""
    keys = EtsyAppKeys(secret.get("keystring", ""), secret.get("shared_secret", ""))
    tokens = EtsyTokens.from_secret_fields(secret)
    oauth = EtsyOAuthClient(keys, etsy_endpoints(address), now=now)

    built: list[EtsyConnector] = []

    def save(renewed: EtsyTokens) -> None:  # with the shop id the connector knows by then
        save_secret(secret_fields(keys, renewed, (built[0].etsy_shop_id or 0) if built else 0))

    stored_shop = str(secret.get("etsy_shop_id", "")).strip()
    keeper = EtsyTokenKeeper(oauth, tokens, save, now=now)
    built.append(EtsyConnector(keys, keeper, etsy_shop_id=stored_shop if stored_shop not in ("", "0") else None,
                               shop_id=shop_id, product_rule=product_rule, endpoints=oauth.endpoints))
    return built[0]
