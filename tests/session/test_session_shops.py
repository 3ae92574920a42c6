"""The shop service without a window: connections and secrets, what the checks found, the fix and its record."""

from __future__ import annotations

import json

import pytest
from keyring_fakes import MemoryKeyring

from tpop_desktop.connectors.platforms import ShopAccess
from tpop_desktop.core.models import Platform
from tpop_desktop.core.shop_checks import ShopState
from tpop_desktop.credentials import SERVICE_NAME, Credentials, shop_user
from tpop_desktop.session.shops import FixesDone, ShopService
from tpop_desktop.settings import Settings

LUNE = "shop_sh_lune"


@pytest.fixture
def keyring() -> MemoryKeyring:
    return MemoryKeyring()


@pytest.fixture
def service(qapp, synced_database, tmp_path, keyring):
    shops = ShopService(synced_database, Settings(tmp_path / "settings.ini"),
                        Credentials(backend=keyring, timeout=5))
    yield shops
    shops.close()


def lune_access(sandbox) -> ShopAccess:
    creds = sandbox.shop_credentials()[LUNE]
    return ShopAccess(LUNE, Platform.SHOPIFY, creds["shop_domain"], {"access_token": creds["access_token"]})


def connect(qtbot, service, sandbox) -> None:
    saved = []
    with qtbot.waitSignal(service.secretsLoaded, timeout=10000):
        service.save_connection(lune_access(sandbox), lambda: saved.append(True), pytest.fail)
    assert saved == [True]


def run_checks(qtbot, service):
    service.check_now()
    outcome = service.job(None)
    with qtbot.waitSignal(service.checksDone, timeout=10000):
        service.on_checks_done(outcome)
    return outcome


def test_saving_puts_the_secret_in_the_keyring_and_only_the_address_in_settings(qtbot, service, sandbox, keyring,
                                                                                 tmp_path):
    connect(qtbot, service, sandbox)
    token = sandbox.shop_credentials()[LUNE]["access_token"]
    assert json.loads(keyring.entries[(SERVICE_NAME, shop_user(LUNE))]) == {"access_token": token}
    assert token.encode() not in (tmp_path / "settings.ini").read_bytes()
    assert service.connections()[LUNE].address == sandbox.shop_credentials()[LUNE]["shop_domain"]
    assert service.job.access(LUNE) is not None


def test_a_check_run_refreshes_what_the_window_shows(qtbot, service, sandbox):
    connect(qtbot, service, sandbox)
    outcome = run_checks(qtbot, service)
    seeded = sandbox.shops.seeded[LUNE]
    listed = len(seeded.closed_manually) + len(seeded.not_closed) + len(seeded.different)
    assert outcome.failures == {}
    assert service.snapshot.problem_count == listed  # what the shop-problems filter lists
    assert sorted(c.shop_order_number for c in service.snapshot.not_in_tpop) == sorted(seeded.not_in_tpop)
    assert LUNE in {shop_id for shop_id, _name, _platform in service.snapshot.known}
    assert service.last_touched == outcome.references


def test_a_fix_writes_once_records_the_result_and_rechecks_the_order(qtbot, service, sandbox, synced_database):
    connect(qtbot, service, sandbox)
    run_checks(qtbot, service)
    number = sandbox.shops.seeded[LUNE].closed_manually[0]
    reference = next(o.reference for o in sandbox.orders() if o.shop.id == LUNE and o.shop_order_number == number)
    orders = synced_database.orders()
    try:
        order = orders.order(reference)
    finally:
        orders.close()
    assert service.check_for(reference).state is ShopState.TRACKING_MISSING
    [request] = service.plan_fixes([order])
    assert request.plan.possible and request.plan.tracking.number == order.latest_shipment.tracking_number

    with qtbot.waitSignal(service.fixesDone, timeout=20000) as done:
        service.run_fixes([request], notify=False)
    assert done.args[0] == FixesDone((reference,), written=1, failed=0)
    assert [f.outcome for f in service.fixes_for(reference)] == ["written"]
    assert service.check_for(reference).state is ShopState.IN_SYNC
    assert service.plan_fixes([order]) == []  # nothing left to fix
    writes = [kind for shop, n, kind in sandbox.shops.writes if (shop, n) == (LUNE, number)]
    assert len(writes) == 1


def test_removing_a_connection_deletes_its_secret_and_forgets_its_results(qtbot, service, sandbox, keyring):
    connect(qtbot, service, sandbox)
    outcome = run_checks(qtbot, service)
    reference = sorted(outcome.references)[0]
    assert service.check_for(reference) is not None
    with qtbot.waitSignal(service.changed, timeout=10000):
        service.remove_connection(LUNE, lambda: None, pytest.fail)
    assert (SERVICE_NAME, shop_user(LUNE)) not in keyring.entries
    assert LUNE not in service.connections() and service.job.access(LUNE) is None
    assert service.check_for(reference) is None
    assert service.snapshot.problem_count == 0


def test_a_locked_keyring_saves_nothing_and_says_so(qtbot, synced_database, sandbox, tmp_path):
    from keyring_fakes import locked_keyring

    from tpop_desktop.credentials import KeyringState

    shops = ShopService(synced_database, Settings(tmp_path / "settings.ini"),
                        Credentials(backend=locked_keyring(), timeout=5))
    states = []
    try:
        shops.save_connection(lune_access(sandbox), pytest.fail, states.append)
        qtbot.waitUntil(lambda: bool(states), timeout=10000)
    finally:
        shops.close()
    assert states == [KeyringState.LOCKED]
    assert shops.connections() == {}
