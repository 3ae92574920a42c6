"""Every shop platform the app can connect, in one table: its fields, its connector, its fixes.

Adding a platform is a connector module, one ``ShopPlatform`` entry here, a row of TPOP's
rules for it in ``core.shop_checks.PLATFORM_RULES`` and its sandbox routes; the Shops dialog,
the keyring entry and the shop checks follow from the entry. Labels are English text
marked for translation (context ``ShopPlatform``); the UI translates them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from tpop_desktop.connectors.shopify import ShopifyConnector
from tpop_desktop.connectors.shops import ShopConnector
from tpop_desktop.connectors.woocommerce import WooCommerceConnector
from tpop_desktop.core.models import Platform
from tpop_desktop.core.shop_checks import FixKind
from tpop_desktop.core.translatable import QT_TRANSLATE_NOOP

CONTEXT = "ShopPlatform"  # the translation context of every label below


@dataclass(frozen=True)
class SecretField:
    """One secret the merchant pastes (kept in the keyring, never in settings)."""

    name: str  # key in the keyring entry's JSON
    label: str  # English, translated by the UI under CONTEXT


@dataclass(frozen=True)
class ShopPlatform:
    platform: Platform
    address_label: str
    address_placeholder: str
    secret_fields: tuple[SecretField, ...]
    connect: Callable[[str, Mapping[str, str], str], ShopConnector] = field(repr=False)  # address, secret, shop id
    fix_kinds: tuple[FixKind, ...]  # how this platform's orders can receive TPOP's tracking

    @property
    def secret_names(self) -> tuple[str, ...]:
        return tuple(secret.name for secret in self.secret_fields)


PLATFORMS: dict[Platform, ShopPlatform] = {
    Platform.SHOPIFY: ShopPlatform(
        platform=Platform.SHOPIFY,
        address_label=QT_TRANSLATE_NOOP("ShopPlatform", "Shop domain"),
        address_placeholder="your-shop.myshopify.com",
        secret_fields=(SecretField("access_token", QT_TRANSLATE_NOOP("ShopPlatform", "Admin API access token")),),
        connect=lambda address, secret, shop_id: ShopifyConnector(
            address, secret.get("access_token", ""), shop_id=shop_id),
        fix_kinds=(FixKind.CREATE_FULFILLMENT, FixKind.UPDATE_FULFILLMENT_TRACKING),
    ),
    Platform.WOOCOMMERCE: ShopPlatform(
        platform=Platform.WOOCOMMERCE,
        address_label=QT_TRANSLATE_NOOP("ShopPlatform", "Site URL"),
        address_placeholder="https://www.example.com",
        secret_fields=(SecretField("consumer_key", QT_TRANSLATE_NOOP("ShopPlatform", "Consumer key")),
                       SecretField("consumer_secret", QT_TRANSLATE_NOOP("ShopPlatform", "Consumer secret"))),
        connect=lambda address, secret, shop_id: WooCommerceConnector(
            address, secret.get("consumer_key", ""), secret.get("consumer_secret", ""), shop_id=shop_id),
        fix_kinds=(FixKind.ADD_SHIPMENT_TRACKING, FixKind.ADD_CUSTOMER_NOTE),
    ),
}
CONNECTABLE: tuple[Platform, ...] = tuple(PLATFORMS)


def platform_entry(platform: Platform) -> ShopPlatform | None:
    return PLATFORMS.get(platform)


@dataclass(frozen=True)
class ShopAccess:
    """How to reach one shop: its address and its secret fields (in memory only)."""

    shop_id: str
    platform: Platform
    address: str  # what the platform's address field holds (Shopify domain, WooCommerce site URL)
    secret: Mapping[str, str] = field(repr=False)

    def __repr__(self) -> str:
        return f"ShopAccess({self.shop_id!r}, {self.platform.value!r}, {self.address!r}, <redacted>)"

    def connector(self) -> ShopConnector:
        """A new connector (raises ValueError for a bad address or secret, or a platform we cannot connect)."""
        entry = platform_entry(self.platform)
        if entry is None:
            raise ValueError(f"{self.platform.value} shops cannot be connected")
        return entry.connect(self.address, self.secret, self.shop_id)
