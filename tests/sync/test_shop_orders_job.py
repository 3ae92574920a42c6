"""The shops as an order source: the sandbox's real shop endpoints, the real connectors, a real database."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime, timedelta

import pytest

from tpop_desktop.connectors.platforms import ShopAccess
from tpop_desktop.connectors.tpop import TpopConnector
from tpop_desktop.core.changes import EventKind
from tpop_desktop.core.models import Platform, Status
from tpop_desktop.core.product_rule import ProductRule
from tpop_desktop.core.shop_order_source import order_match_key
from tpop_desktop.sandbox.server import SandboxServer
from tpop_desktop.store.handle import Database
from tpop_desktop.sync.engine import run_sync
from tpop_desktop.sync.shop_orders_job import NEVER, ShopOrderJob

LUNE, WOO = "shop_sh_lune", "shop_wc_bonnet"


class Clock:
    def __init__(self) -> None:
        self.now = datetime.now(UTC)

    def __call__(self) -> datetime:
        return self.now


def access(sandbox: SandboxServer, shop_id: str, rule: ProductRule = ProductRule(), **override: str) -> ShopAccess:
    creds = {**sandbox.shop_credentials()[shop_id], **override}
    platform = Platform(creds["platform"])
    address = creds.get("shop_domain") or creds["site_url"]
    secret = {k: v for k, v in creds.items() if k not in ("platform", "shop_domain", "site_url")}
    return ShopAccess(shop_id, platform, address, secret, rule)


@pytest.fixture
def database(tmp_path) -> Database:
    database = Database(tmp_path / "orders.sqlite3")
    database.open()
    return database


@pytest.fixture
def clock() -> Clock:
    return Clock()


def stored(database: Database) -> list:
    store = database.orders()
    try:
        return [store.order(ref) for ref in _all_references(store)]
    finally:
        store.close()


def _all_references(store) -> list[str]:
    return [row[0] for row in store._conn.execute("SELECT reference FROM orders ORDER BY reference")]


def expected_numbers(sandbox: SandboxServer, shop_id: str, since: datetime) -> set[str]:
    """The shop orders a merchant would call TPOP's: paid, with a TPOP product, changed within the lookback."""
    with sandbox.shops.lock:
        sandbox.shops.refresh()
        return {o.number for o in sandbox.shops.orders[shop_id].values()
                if o.paid and not o.cancelled and o.updated_at >= since}


def test_without_tpop_the_shop_orders_become_the_apps_orders_and_a_new_tracking_number_is_news(
        sandbox, database, clock):
    job = ShopOrderJob(database, now=clock)
    job.set_shops({LUNE: access(sandbox, LUNE), WOO: access(sandbox, WOO)}, names={LUNE: "Atelier Lune"})
    first = job()
    assert first is not None and first.failures == {} and set(first.read_shops) == {LUNE, WOO}
    assert first.events == ()  # a shop's first read is not news
    orders = stored(database)
    lune = {o.shop_order_number for o in orders if o.shop.id == LUNE and o.status is not Status.CANCELLED}
    assert lune == expected_numbers(sandbox, LUNE, clock.now - timedelta(days=60))
    assert all(o.reference.startswith(f"shop:{o.shop.id}:") for o in orders)
    assert {o.shop.name for o in orders if o.shop.id == LUNE} == {"Atelier Lune"}
    shipped = [o for o in orders if o.status is Status.SHIPPED and o.shipments]
    assert shipped and all(s.tracking_number for o in shipped for s in o.shipments)

    waiting = next(o for o in sandbox.orders() if o.shop.id == LUNE and o.status in (Status.OPEN, Status.PRODUCTION))
    tpop = sandbox.ship(waiting.reference)  # TPOP ships: it closes the Shopify order with its tracking
    clock.now += timedelta(minutes=5)
    second = job()
    number = tpop.latest_shipment.tracking_number
    assert [(e.kind, e.detail) for e in second.events if e.kind is EventKind.SHIPPED] == [(EventKind.SHIPPED, number)]
    assert second.events[0].reference == f"shop:{LUNE}:{waiting.shop_order_number.lstrip('#')}"


def test_with_tpops_orders_stored_each_order_is_one_row(sandbox, sandbox_token, database, clock):
    store, connector = database.orders(), TpopConnector(sandbox.base_url, sandbox_token)
    try:
        run_sync(connector, store, full=True)
    finally:
        connector.close()
        store.close()
    job = ShopOrderJob(database, now=clock)
    job.set_shops({LUNE: access(sandbox, LUNE), WOO: access(sandbox, WOO)})
    assert job().failures == {}
    orders = stored(database)
    keys = Counter(order_match_key(o) for o in orders if o.shop.id in (LUNE, WOO))
    assert keys and max(keys.values()) == 1  # never two rows for one shop order
    from_shops = sorted(o.shop_order_number for o in orders if o.reference.startswith("shop:"))
    seeded = sandbox.shops.seeded
    assert from_shops == sorted([*seeded[LUNE].not_in_tpop, *seeded[LUNE].within_grace,
                                 *seeded[WOO].not_in_tpop, *seeded[WOO].within_grace])  # what TPOP does not list


def test_a_throttled_shop_backs_off_and_never_stops_the_other(sandbox, database, clock):
    job = ShopOrderJob(database, now=clock, rng=lambda: 1.0)
    job.set_shops({LUNE: access(sandbox, LUNE), WOO: access(sandbox, WOO)})
    sandbox.shops.throttle_remaining = 10_000  # Shopify answers THROTTLED, again and again
    outcome = job()
    assert outcome.failures == {LUNE: "RateLimitedError"} and outcome.read_shops == (WOO,)
    assert outcome.retry_at[LUNE] > clock.now
    sandbox.shops.throttle_remaining = 0
    clock.now += timedelta(seconds=1)
    assert job().read_shops == (WOO,)  # still waiting: Shopify is not asked again yet
    clock.now = outcome.retry_at[LUNE] + timedelta(seconds=1)
    later = job()
    assert LUNE in later.read_shops and later.failures == {}


def test_a_refused_token_is_not_tried_again_until_the_shop_is_connected_again(sandbox, database, clock):
    job = ShopOrderJob(database, now=clock)
    job.set_shops({LUNE: access(sandbox, LUNE, access_token="shpat_" + "0" * 32)})
    outcome = job()
    assert outcome.failures == {LUNE: "AuthError"} and outcome.retry_at[LUNE] == NEVER
    clock.now += timedelta(days=1)
    assert job().read_shops == ()
    job.set_shops({LUNE: access(sandbox, LUNE)})  # the merchant pasted a working token
    assert job().read_shops == (LUNE,)


def test_a_shop_that_cannot_be_read_is_reported_with_its_reason(sandbox, database, clock):
    job = ShopOrderJob(database, now=clock)
    job.set_shops({WOO: access(sandbox, WOO)}, {LUNE: (Platform.SHOPIFY, "NoSecret")})
    outcome = job()
    assert outcome.failures == {LUNE: "NoSecret"} and outcome.read_shops == (WOO,)


def test_a_new_product_rule_reads_the_shop_again_and_drops_what_is_no_longer_tpops(sandbox, database, clock):
    job = ShopOrderJob(database, now=clock)
    job.set_shops({LUNE: access(sandbox, LUNE)})
    job()
    assert stored(database)
    job.set_shops({LUNE: access(sandbox, LUNE, ProductRule.of(sku_prefixes=["NOT-OURS-"]))})
    clock.now += timedelta(minutes=5)
    outcome = job()
    assert outcome.failures == {} and stored(database) == []
    assert outcome.events == ()  # dropping rows is not announced


def test_rows_of_a_shop_no_longer_connected_go_with_the_next_run(sandbox, database, clock):
    job = ShopOrderJob(database, now=clock)
    job.set_shops({LUNE: access(sandbox, LUNE), WOO: access(sandbox, WOO)})
    job()
    assert {o.shop.id for o in stored(database)} == {LUNE, WOO}
    job.set_shops({WOO: access(sandbox, WOO)})  # Lune removed (or now known by TPOP's id)
    clock.now += timedelta(minutes=5)
    outcome = job()
    assert {o.shop.id for o in stored(database)} == {WOO}
    assert all(ref.startswith(f"shop:{LUNE}:") for ref in outcome.references)
    store = database.orders()
    try:
        assert store.shop_orders_cursor(LUNE) is None  # connected again later, it is read completely
    finally:
        store.close()
