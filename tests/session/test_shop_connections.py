"""Where a shop connection lives: settings for the address, name and rule; the keyring for every secret field."""

from __future__ import annotations

import json
import threading

import pytest
from keyring_fakes import MemoryKeyring

from tpop_desktop.core.models import Platform
from tpop_desktop.core.product_rule import ProductRule, product_rule_to_text
from tpop_desktop.credentials import SERVICE_NAME, Credentials, shop_user
from tpop_desktop.session.shop_connections import (
    SETTINGS_KEY,
    SecretSaver,
    ShopConnectionInfo,
    load_connections,
    own_shop_id,
    parse_secret,
    read_accesses,
    save_connection,
    save_product_rule,
    secret_text,
)
from tpop_desktop.settings import Settings

ETSY_SECRET = {"keystring": "k" * 24, "shared_secret": "s" * 10, "access_token": "612345678.aaaaaaaaaaaa",
               "refresh_token": "612345678.rrrrrrrrrrrr", "expires_at": "2026-11-20T10:30:00+00:00",
               "user_id": "612345678", "etsy_shop_id": "38417562"}


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings(tmp_path / "settings.ini")


def test_an_etsy_entry_keeps_every_field_and_settings_keep_none(settings, tmp_path) -> None:
    text = secret_text(Platform.ETSY, ETSY_SECRET)
    assert parse_secret(Platform.ETSY, text) == ETSY_SECRET
    save_connection(settings, ShopConnectionInfo("own-etsy-38417562", Platform.ETSY, "", "PetitCotonStudio"))
    info = load_connections(settings)["own-etsy-38417562"]
    assert (info.address, info.name) == ("", "PetitCotonStudio")  # Etsy has one address: Etsy's own
    stored = (tmp_path / "settings.ini").read_bytes()
    assert all(ETSY_SECRET[k].encode() not in stored for k in ("access_token", "refresh_token", "shared_secret"))


@pytest.mark.parametrize("broken", [
    {"keystring": ""},  # typed by the merchant: must be there
    {"refresh_token": None},  # from the browser step: must be a text
])
def test_an_etsy_entry_missing_a_field_is_no_secret(broken) -> None:
    data = {**ETSY_SECRET, **broken}
    assert parse_secret(Platform.ETSY, json.dumps(data)) is None


def test_the_product_rule_is_stored_with_the_connection_and_a_damaged_one_is_said(settings) -> None:
    rule = ProductRule.of(sku_prefixes=["TP-"], tags=["tpop"])
    save_connection(settings, ShopConnectionInfo("shop_sh_lune", Platform.SHOPIFY, "lune.myshopify.com"))
    assert save_product_rule(settings, "shop_sh_lune", rule)
    assert not save_product_rule(settings, "not-connected", rule)
    assert load_connections(settings)["shop_sh_lune"].rule() == rule
    assert json.loads(str(settings.value(SETTINGS_KEY)))["shop_sh_lune"]["product_rule"] == product_rule_to_text(rule)

    keyring = MemoryKeyring()
    credentials = Credentials(backend=keyring, timeout=5)
    credentials.set(shop_user("shop_sh_lune"), json.dumps({"access_token": "shpat_" + "a" * 32}))
    ready, unreadable = read_accesses(credentials, load_connections(settings))
    assert ready["shop_sh_lune"].product_rule == rule and unreadable == {}
    save_connection(settings, ShopConnectionInfo("shop_sh_lune", Platform.SHOPIFY, "lune.myshopify.com",
                                                 product_rule="{not json"))
    ready, unreadable = read_accesses(credentials, load_connections(settings))
    assert ready == {} and unreadable == {"shop_sh_lune": (Platform.SHOPIFY, "ProductRuleError")}


def test_renewed_tokens_are_written_back_from_any_thread_one_write_at_a_time() -> None:
    keyring = MemoryKeyring()
    saver = SecretSaver(Credentials(backend=keyring, timeout=5), "own-etsy-38417562", Platform.ETSY)
    pairs = [{**ETSY_SECRET, "refresh_token": f"612345678.r{n:012d}"} for n in range(8)]
    threads = [threading.Thread(target=saver, args=(pair,)) for pair in pairs]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    stored = json.loads(keyring.entries[(SERVICE_NAME, shop_user("own-etsy-38417562"))])
    assert stored in pairs and set(stored) == set(ETSY_SECRET)


@pytest.mark.parametrize(("platform", "hint", "taken", "expected"), [
    (Platform.SHOPIFY, "atelier-lune.myshopify.com", (), "own-shopify-atelier-lune-myshopify-com"),
    (Platform.WOOCOMMERCE, "https://www.bonnet-rouge.fr/boutique", (), "own-woocommerce-www-bonnet-rouge-fr-boutique"),
    (Platform.ETSY, "38417562", (), "own-etsy-38417562"),
    (Platform.SHOPIFY, "lune.myshopify.com", ("own-shopify-lune-myshopify-com",), "own-shopify-lune-myshopify-com-2"),
])
def test_a_shop_added_without_tpop_gets_a_stable_id_of_its_own(platform, hint, taken, expected) -> None:
    assert own_shop_id(platform, hint, taken) == expected


LUNE_TPOP = ("shop_sh_lune", "Atelier Lune", Platform.SHOPIFY)
MARGAUX_TPOP = ("shop_sh_margaux", "Les T-shirts de Margaux", Platform.SHOPIFY)
ETSY_TPOP = ("shop_et_coton", "PetitCotonStudio", Platform.ETSY)


def own(shop_id: str, platform: Platform, name: str) -> ShopConnectionInfo:
    return ShopConnectionInfo(shop_id, platform, "x", name)


@pytest.mark.parametrize(("connections", "tpop", "expected"), [
    ([own("own-shopify-lune", Platform.SHOPIFY, "atelier LUNE")], [LUNE_TPOP, MARGAUX_TPOP],
     {"own-shopify-lune": "shop_sh_lune"}),  # the same name: the same shop
    ([own("own-etsy-1", Platform.ETSY, "Coton")], [LUNE_TPOP, ETSY_TPOP],
     {"own-etsy-1": "shop_et_coton"}),  # one Etsy shop on each side
    ([own("own-shopify-x", Platform.SHOPIFY, "Other name")], [LUNE_TPOP, MARGAUX_TPOP], {}),  # which one? neither
    ([own("own-shopify-lune", Platform.SHOPIFY, "Atelier Lune"),
      ShopConnectionInfo("shop_sh_lune", Platform.SHOPIFY, "y")], [LUNE_TPOP], {}),  # TPOP's is connected already
    ([own("own-shopify-lune", Platform.SHOPIFY, "Atelier Lune")], [], {}),  # no TPOP account yet
])
def test_shops_connected_before_the_tpop_account_take_tpops_ids_only_when_certain(connections, tpop, expected):
    from tpop_desktop.session.shop_connections import adoptions

    assert adoptions({c.shop_id: c for c in connections}, tpop) == expected
