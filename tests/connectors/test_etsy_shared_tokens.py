"""Every connector of one Etsy shop shares one token keeper: a rotated refresh token is never used twice."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

import pytest
from test_etsy_sandbox import Browser

from tpop_desktop.connectors.etsy_connect import EtsyShopLink, connector_from_secret
from tpop_desktop.sandbox.server import SandboxServer

SHOP = "shop_et_coton"


@pytest.fixture
def linked(sandbox: SandboxServer) -> dict[str, str]:
    """The sandbox shop connected as the Shops dialog connects it: the fields the keyring would hold."""
    app = sandbox.etsy_app()
    browser = Browser()
    try:
        result = EtsyShopLink(app["keystring"], app["shared_secret"], address=app["base_url"], ports=(0,)).run(browser)
    finally:
        browser.join()
    return dict(result.secret)


def test_a_connector_built_from_an_older_copy_of_the_fields_uses_the_renewed_pair(sandbox, linked):
    saved: list[dict[str, str]] = []
    recent = datetime.now(UTC) - timedelta(days=3)
    first = connector_from_secret(sandbox.base_url, linked, shop_id=SHOP, save_secret=saved.append)
    sandbox.etsy_auth.expire_access_tokens()
    assert first.orders(updated_since=recent) is not None  # 401, one refresh, the new pair saved first
    assert [s["refresh_token"] for s in saved] == [sandbox.etsy_auth.rotated[0][1]]
    first.close()

    stale = connector_from_secret(sandbox.base_url, linked, shop_id=SHOP, save_secret=saved.append)
    stale.orders(updated_since=recent)  # the job's copy of the fields names the dead refresh token
    assert len(sandbox.etsy_auth.rotated) == 1 and len(saved) == 1
    assert saved[0]["etsy_shop_id"] == linked["etsy_shop_id"] and set(saved[0]) == set(linked)


def test_two_threads_with_their_own_connectors_refresh_once(sandbox, linked):
    saved: list[dict[str, str]] = []
    connectors = [connector_from_secret(sandbox.base_url, linked, shop_id=SHOP, save_secret=saved.append)
                  for _ in range(2)]
    sandbox.etsy_auth.expire_access_tokens()
    errors: list[Exception] = []

    def read(connector) -> None:
        try:
            connector.orders(updated_since=datetime.now(UTC) - timedelta(days=1))
        except Exception as exc:  # noqa: BLE001 - collected for the assertion
            errors.append(exc)

    threads = [threading.Thread(target=read, args=(c,)) for c in connectors]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(20)
    assert errors == [] and len(sandbox.etsy_auth.rotated) == 1 and len(saved) == 1


def test_fields_from_a_new_connection_start_a_new_keeper(sandbox, linked):
    saved: list[dict[str, str]] = []
    connector_from_secret(sandbox.base_url, linked, shop_id=SHOP, save_secret=saved.append).close()
    app = sandbox.etsy_app()
    browser = Browser()
    try:
        again = EtsyShopLink(app["keystring"], app["shared_secret"], address=app["base_url"], ports=(0,)).run(browser)
    finally:
        browser.join()
    sandbox.etsy_auth.expire_access_tokens()
    fresh = connector_from_secret(sandbox.base_url, again.secret, shop_id=SHOP, save_secret=saved.append)
    fresh.orders(updated_since=datetime.now(UTC) - timedelta(days=1))
    assert sandbox.etsy_auth.rotated[0][0] == again.secret["refresh_token"]  # the new pair was refreshed, not the old
