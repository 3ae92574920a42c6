"""The TPOP connector against the sandbox: the same contract on both sides."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from connector_helpers import TOKEN, FakeClock

from tpop_desktop.connectors.errors import AuthError, NotFoundError
from tpop_desktop.connectors.tpop import TpopConnector
from tpop_desktop.core.models import Customer, Destination, Item, Platform, Status
from tpop_desktop.sandbox import catalog
from tpop_desktop.sandbox.server import SandboxServer


@pytest.fixture
def connector(sandbox: SandboxServer) -> Iterator[TpopConnector]:
    client = TpopConnector(sandbox.base_url, TOKEN)
    yield client
    client.close()


def every_page(connector: TpopConnector, since=None):
    pages, cursor = [], None
    while True:
        page = connector.orders_page(updated_since=since, cursor=cursor)
        pages.append(page)
        cursor = page.next_cursor
        if cursor is None:
            return pages


def test_account_validates_the_token(connector: TpopConnector, sandbox: SandboxServer) -> None:
    assert connector.account() == sandbox.state.account
    wrong = TpopConnector(sandbox.base_url, "not-the-token")
    with pytest.raises(AuthError):
        wrong.account()
    wrong.close()


def test_shops_are_domain_shops(connector: TpopConnector, sandbox: SandboxServer) -> None:
    shops = connector.shops()
    assert shops == list(sandbox.state.shops)
    assert {shop.platform for shop in shops} == set(Platform)


def test_all_pages_give_exactly_the_sandbox_orders(connector: TpopConnector, sandbox: SandboxServer) -> None:
    pages = every_page(connector)
    assert len(pages) == 3
    fetched = [order for page in pages for order in page.orders]
    assert sorted(fetched, key=lambda o: o.reference) == sorted(sandbox.orders(), key=lambda o: o.reference)
    assert all(page.skipped == () for page in pages)
    assert pages[0].server_time == sandbox.state.now()


def test_incremental_sync_sees_only_the_shipped_order(
    connector: TpopConnector, sandbox: SandboxServer, clock: FakeClock
) -> None:
    since = every_page(connector)[0].server_time
    clock.advance(minutes=2)
    reference = next(o.reference for o in sandbox.orders() if o.status is Status.PRODUCTION)
    shipped = sandbox.ship(reference)
    pages = every_page(connector, since)
    assert [o for page in pages for o in page.orders] == [shipped]
    assert shipped.latest_shipment.tracking_number
    assert pages[-1].server_time == clock()


def test_one_order_and_a_missing_one(connector: TpopConnector, sandbox: SandboxServer) -> None:
    expected = sandbox.orders()[10]
    assert connector.order(expected.reference) == expected
    with pytest.raises(NotFoundError):
        connector.order("TP-does/not exist")


def test_hostile_values_come_through_unchanged(connector: TpopConnector, sandbox: SandboxServer) -> None:
    fetched = {o.reference: o for page in every_page(connector) for o in page.orders}
    names = {o.customer.name for o in fetched.values()}
    assert catalog.HOSTILE_HTML_NAME in names and catalog.HOSTILE_FORMULA_NAME in names
    assert catalog.HOSTILE_TRACKING_URL in {s.tracking_url for o in fetched.values() for s in o.shipments}


def test_manual_order_is_created_once(connector: TpopConnector, sandbox: SandboxServer) -> None:
    created = connector.create_manual_order(
        [Item("Organic cotton T-shirt", "White / M", 2)],
        Customer("Élodie Lefèvre", "elodie@example.org", "fr"),
        Destination("BE", "1000", "Bruxelles"),
        shop_id="shop_sh_lune",
        note="Reship of TP-104020",
        address_lines=["Rue Neuve 1"],
    )
    assert sandbox.manual_orders == [created]
    assert created.status is Status.OPEN and created.shop.id == "shop_sh_lune"
    assert created.items == (Item("Organic cotton T-shirt", "White / M", 2),)
    assert created.destination == Destination("BE", "1000", "Bruxelles")
    assert sandbox.requests.count(("POST", "/v1/manual-orders")) == 1
    assert connector.order(created.reference) == created
