"""Every shop platform the app can connect, in one table: its fields, its connector, its fixes.

Adding a platform is a connector module, one ``ShopPlatform`` entry here, a row of TPOP's
rules for it in ``core.shop_checks.PLATFORM_RULES`` and its sandbox routes; the Shops dialog,
the keyring entry and the shop checks follow from the entry. Labels are English text
marked for translation (context ``ShopPlatform``); the UI translates them.

Most platforms connect with what the merchant pastes (an address and its secret fields).
A platform with a ``browser_step`` (Etsy) takes the merchant's own app keys, then ends the
connection in the merchant's browser (OAuth): the step returns the fields it adds to the
keyring entry (tokens that change later, ``kept_fields``), and the connector writes them
back through ``save_secret`` each time they rotate.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

from tpop_desktop.connectors.etsy_connect import APP_FIELDS, ETSY_SECRET_FIELDS, EtsyShopLink, connector_from_secret
from tpop_desktop.connectors.etsy_redirect import redirect_uris
from tpop_desktop.connectors.http import validate_api_url
from tpop_desktop.connectors.shopify import ShopifyConnector, shopify_base_url
from tpop_desktop.connectors.shops import ShopConnection, ShopConnector
from tpop_desktop.connectors.woocommerce import WooCommerceConnector
from tpop_desktop.core.models import Platform
from tpop_desktop.core.product_rule import ProductRule
from tpop_desktop.core.shop_checks import FixKind
from tpop_desktop.core.translatable import QT_TRANSLATE_NOOP

CONTEXT = "ShopPlatform"  # the translation context of every label below


@dataclass(frozen=True)
class SecretField:
    """One secret the merchant pastes (kept in the keyring, never in settings)."""

    name: str  # key in the keyring entry's JSON
    label: str  # English, translated by the UI under CONTEXT


SaveSecret = Callable[[dict[str, str]], None]  # writes a shop's renewed secret fields (the keyring), any thread
# address, secret fields, shop id, product rule, save_secret -> a new connector (ValueError when it cannot be)
ConnectorFactory = Callable[[str, Mapping[str, str], str, ProductRule, SaveSecret | None], ShopConnector]


class BrowserLinkResult(Protocol):
    @property
    def secret(self) -> Mapping[str, str]: ...  # every field to keep (typed and kept)

    @property
    def connection(self) -> ShopConnection: ...


class BrowserLink(Protocol):
    """One attempt at connecting in the browser: ``run`` on a worker thread, ``cancel`` from any thread."""

    def run(self, open_browser: Callable[[str], object]) -> BrowserLinkResult: ...

    def cancel(self) -> None: ...


@dataclass(frozen=True)
class BrowserStep:
    """How a platform's connection ends in the merchant's browser, and what the merchant prepares for it."""

    start: Callable[..., BrowserLink] = field(repr=False)  # (address, typed fields, **options) -> one attempt
    kept_fields: tuple[str, ...]  # what the step adds to the keyring entry (tokens, ids); they change later
    kept_secrets: tuple[str, ...]  # those of them that are secrets (redacted from every log)
    redirect_uris: tuple[str, ...]  # the callback addresses to register in the merchant's own app
    app_page_url: str  # where the merchant creates that app


@dataclass(frozen=True)
class ShopPlatform:
    platform: Platform
    address_label: str
    address_placeholder: str
    secret_fields: tuple[SecretField, ...]  # what the merchant types
    connect: ConnectorFactory = field(repr=False)
    fix_kinds: tuple[FixKind, ...]  # how this platform's orders can receive TPOP's tracking
    browser_step: BrowserStep | None = None
    address_required: bool = True  # False: the platform has one address (Etsy's own), the field stays hidden
    order_page: Callable[[str, str], str] = field(default=lambda _address, _order_id: "", repr=False)
    # (address, the shop's order id) -> the order's page in the shop's admin ("" when it cannot be built)

    @property
    def typed_names(self) -> tuple[str, ...]:
        return tuple(secret.name for secret in self.secret_fields)

    @property
    def secret_names(self) -> tuple[str, ...]:
        """Every field of the keyring entry: the typed ones, then what the browser step adds."""
        kept = self.browser_step.kept_fields if self.browser_step is not None else ()
        return (*self.typed_names, *kept)

    @property
    def redacted_names(self) -> tuple[str, ...]:
        """The fields that are secrets (the typed ones and the step's tokens; not ids or dates)."""
        kept = self.browser_step.kept_secrets if self.browser_step is not None else ()
        return (*self.typed_names, *kept)


def _etsy_connector(address: str, secret: Mapping[str, str], shop_id: str, rule: ProductRule,
                    save_secret: SaveSecret | None) -> ShopConnector:
    if save_secret is None:  # a rotated refresh token that is not written down is a lost shop
        raise ValueError("an Etsy shop needs somewhere to keep its renewed tokens")
    return connector_from_secret(address, secret, shop_id=shop_id, save_secret=save_secret, product_rule=rule)


def _etsy_link(address: str, typed: Mapping[str, str], **options: Any) -> BrowserLink:
    return EtsyShopLink(typed.get("keystring", ""), typed.get("shared_secret", ""), address=address, **options)


PLATFORMS: dict[Platform, ShopPlatform] = {
    Platform.SHOPIFY: ShopPlatform(
        platform=Platform.SHOPIFY,
        address_label=QT_TRANSLATE_NOOP("ShopPlatform", "Shop domain"),
        address_placeholder="your-shop.myshopify.com",
        secret_fields=(SecretField("access_token", QT_TRANSLATE_NOOP("ShopPlatform", "Admin API access token")),),
        connect=lambda address, secret, shop_id, rule, _save: ShopifyConnector(
            address, secret.get("access_token", ""), shop_id=shop_id, product_rule=rule),
        fix_kinds=(FixKind.CREATE_FULFILLMENT, FixKind.UPDATE_FULFILLMENT_TRACKING),
        order_page=lambda address, order_id: _page(lambda: f"{shopify_base_url(address)}/admin/orders/"
                                                   f"{order_id.rsplit('/', 1)[-1]}"),  # from "gid://shopify/Order/42"
    ),
    Platform.WOOCOMMERCE: ShopPlatform(
        platform=Platform.WOOCOMMERCE,
        address_label=QT_TRANSLATE_NOOP("ShopPlatform", "Site URL"),
        address_placeholder="https://www.example.com",
        secret_fields=(SecretField("consumer_key", QT_TRANSLATE_NOOP("ShopPlatform", "Consumer key")),
                       SecretField("consumer_secret", QT_TRANSLATE_NOOP("ShopPlatform", "Consumer secret"))),
        connect=lambda address, secret, shop_id, rule, _save: WooCommerceConnector(
            address, secret.get("consumer_key", ""), secret.get("consumer_secret", ""), shop_id=shop_id,
            product_rule=rule),
        fix_kinds=(FixKind.ADD_SHIPMENT_TRACKING, FixKind.ADD_CUSTOMER_NOTE),
        # the classic edit page; with WooCommerce's order tables (HPOS) it forwards to the new one
        order_page=lambda address, order_id: _page(
            lambda: f"{validate_api_url(address.strip().rstrip('/'))}/wp-admin/post.php?post={order_id}&action=edit"),
    ),
    Platform.ETSY: ShopPlatform(
        platform=Platform.ETSY,
        address_label=QT_TRANSLATE_NOOP("ShopPlatform", "Etsy API address"),
        address_placeholder="",  # empty: Etsy itself (the demo's Etsy lives in the sandbox)
        secret_fields=(SecretField(APP_FIELDS[0], QT_TRANSLATE_NOOP("ShopPlatform", "Keystring")),
                       SecretField(APP_FIELDS[1], QT_TRANSLATE_NOOP("ShopPlatform", "Shared secret"))),
        connect=_etsy_connector,
        fix_kinds=(FixKind.CREATE_RECEIPT_SHIPMENT,),
        browser_step=BrowserStep(
            start=_etsy_link,
            kept_fields=tuple(name for name in ETSY_SECRET_FIELDS if name not in APP_FIELDS),
            kept_secrets=("access_token", "refresh_token"),
            redirect_uris=tuple(redirect_uris()),
            app_page_url="https://www.etsy.com/developers/your-apps",
        ),
        address_required=False,
        order_page=lambda _address, order_id: f"https://www.etsy.com/your/orders/sold?order_id={order_id}",
    ),
}
CONNECTABLE: tuple[Platform, ...] = tuple(PLATFORMS)


def platform_entry(platform: Platform) -> ShopPlatform | None:
    return PLATFORMS.get(platform)


def _page(build: Callable[[], str]) -> str:
    """An admin page's address, or "" when the shop's address cannot make one (nothing is offered)."""
    try:
        return build()
    except ValueError:
        return ""


@dataclass(frozen=True)
class ShopAccess:
    """How to reach one shop: its address, its secret fields (in memory only) and which products are TPOP's."""

    shop_id: str
    platform: Platform
    address: str  # what the platform's address field holds (Shopify domain, WooCommerce site URL; Etsy: "")
    secret: Mapping[str, str] = field(repr=False)
    product_rule: ProductRule = ProductRule()
    save_secret: SaveSecret | None = field(default=None, repr=False, compare=False)

    def __repr__(self) -> str:
        return f"ShopAccess({self.shop_id!r}, {self.platform.value!r}, {self.address!r}, <redacted>)"

    def connector(self) -> ShopConnector:
        """A new connector (raises ValueError for a bad address or secret, or a platform we cannot connect)."""
        entry = platform_entry(self.platform)
        if entry is None:
            raise ValueError(f"{self.platform.value} shops cannot be connected")
        return entry.connect(self.address, self.secret, self.shop_id, self.product_rule, self.save_secret)
