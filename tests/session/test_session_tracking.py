"""The tracking service without a window: keys from the keyring, states per service, the manual refresh."""

from __future__ import annotations

import pytest
from keyring_fakes import MemoryKeyring, RaisingKeyring
from keyring.errors import KeyringLocked

from tpop_desktop.core.models import Status
from tpop_desktop.core.parcel import ParcelStatus, TrackingServiceId
from tpop_desktop.core.parcel_refresh import ServiceState
from tpop_desktop.credentials import SERVICE_NAME, Credentials, KeyringState, carrier_user
from tpop_desktop.sandbox.parcel_story import LA_POSTE_FAMILY, Scenario
from tpop_desktop.session.tracking import TrackingService
from tpop_desktop.sync.tracking_job import ManualState

LP, DHL, ST = TrackingServiceId.LA_POSTE, TrackingServiceId.DHL, TrackingServiceId.SEVENTEEN_TRACK


class Timer:
    """Pacing without waiting: sleeping moves the monotonic clock."""

    def __init__(self) -> None:
        self.now = 0.0

    def monotonic(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> bool:
        self.now += seconds
        return False


@pytest.fixture
def keyring() -> MemoryKeyring:
    return MemoryKeyring()


def make_service(database, sandbox, backend) -> TrackingService:
    timer = Timer()
    return TrackingService(database, Credentials(backend=backend, timeout=5), base_urls=sandbox.carrier_base_urls(),
                           language="en", job_options={"monotonic": timer.monotonic, "sleep": timer.sleep})


@pytest.fixture
def service(qapp, synced_database, sandbox, keyring):
    tracking = make_service(synced_database, sandbox, keyring)
    yield tracking
    tracking.close()


def store_keys(keyring, keys: dict[str, str]) -> None:
    for service, key in keys.items():
        keyring.entries[(SERVICE_NAME, carrier_user(service))] = key


def load(qtbot, service) -> None:
    with qtbot.waitSignal(service.keysChanged, timeout=5000):
        service.load_keys()


def refresh(qtbot, service):
    outcome = service.job()
    assert outcome is not None
    with qtbot.waitSignal(service.statusChanged, timeout=5000):
        service.on_tracking_done(outcome)
    return outcome


def la_poste_order(sandbox, scenario: Scenario):
    number = next(n for n, s in sandbox.carriers.world.scenarios.items() if s is scenario)
    return next(o for o in sandbox.orders() if o.latest_shipment and o.latest_shipment.tracking_number == number)


def test_without_keys_nothing_is_asked_and_every_service_says_no_key(qtbot, service, sandbox):
    load(qtbot, service)
    assert not service.has_keys()
    assert {status.state for status in service.statuses.values()} == {ServiceState.NO_KEY}
    assert service.job() is None
    assert sandbox.carriers.calls == []


def test_keys_from_the_keyring_refresh_the_parcels_and_count_the_calls(qtbot, service, sandbox, keyring):
    store_keys(keyring, {"laposte": sandbox.carrier_keys()["laposte"]})
    load(qtbot, service)
    assert service.has_key(LP) and not service.has_key(DHL)
    with qtbot.waitSignal(service.parcelsChanged, timeout=5000) as updated:
        outcome = refresh(qtbot, service)
    update = updated.args[0]
    assert update.references == outcome.references and update.references and not update.manual
    assert {c.service for c in outcome.services.values()} >= {LP}
    assert service.statuses[LP].state is ServiceState.READY and service.statuses[DHL].state is ServiceState.NO_KEY
    calls = len([c for c in sandbox.carriers.calls if c[0] == "laposte"])
    qtbot.waitUntil(lambda: service.statuses[LP].used_today == calls, timeout=5000)
    qtbot.waitUntil(lambda: service.has_parcels(), timeout=5000)
    pickup = la_poste_order(sandbox, Scenario.PICKUP)
    parcel = service.parcel_for(pickup.reference)
    assert parcel is not None and parcel.status is ParcelStatus.AVAILABLE_FOR_PICKUP and parcel.events
    assert parcel.pickup_point is not None and parcel.pickup_point.name.startswith("Bureau de poste")
    assert service.counts[ParcelStatus.AVAILABLE_FOR_PICKUP] >= 1


def test_a_revoked_key_says_which_service_and_a_new_key_clears_it(qtbot, service, sandbox, keyring):
    keys = sandbox.carrier_keys()
    store_keys(keyring, {"laposte": "okapi-revoked-key-7Hq2", "17track": keys["17track"]})
    load(qtbot, service)
    with qtbot.waitSignal(service.keyRejected, timeout=5000) as rejected:
        refresh(qtbot, service)
    assert rejected.args[0] == (LP,)
    assert service.statuses[LP].state is ServiceState.KEY_REJECTED
    assert service.statuses[ST].state is ServiceState.READY  # the other service went on
    saved = []
    with qtbot.waitSignal(service.keysChanged, timeout=5000):
        service.save_key(LP, f"  {keys['laposte']} ", lambda: saved.append(True), pytest.fail)
    assert saved == [True] and keyring.entries[(SERVICE_NAME, "carrier:laposte")] == keys["laposte"]
    assert service.statuses[LP].state is ServiceState.READY


def test_an_empty_key_removes_the_entry_and_turns_the_service_off(qtbot, service, sandbox, keyring):
    store_keys(keyring, {"laposte": sandbox.carrier_keys()["laposte"]})
    load(qtbot, service)
    with qtbot.waitSignal(service.keysChanged, timeout=5000):
        service.save_key(LP, "", lambda: None, pytest.fail)
    assert (SERVICE_NAME, "carrier:laposte") not in keyring.entries
    assert not service.has_keys() and service.statuses[LP].state is ServiceState.NO_KEY


@pytest.mark.parametrize(("key", "state"), [("wrong-key-4711", ServiceState.KEY_REJECTED), (None, ServiceState.READY),
                                            ("", ServiceState.NO_KEY)])
def test_test_key_makes_one_call_in_the_background(qtbot, service, sandbox, key, state):
    results = []
    value = sandbox.carrier_keys()["17track"] if key is None else key
    service.test_key(ST, value, results.append, pytest.fail)
    qtbot.waitUntil(lambda: results == [state], timeout=5000)


def test_a_locked_keyring_reads_no_key_and_says_why(qtbot, qapp, synced_database, sandbox):
    service = make_service(synced_database, sandbox, RaisingKeyring(KeyringLocked("locked")))
    try:
        load(qtbot, service)
        assert service.keyring_problem is KeyringState.LOCKED and not service.has_keys()
    finally:
        service.close()


def test_the_manual_refresh_asks_now_and_says_when_the_budget_is_spent(qtbot, service, sandbox, keyring):
    store_keys(keyring, {"laposte": sandbox.carrier_keys()["laposte"], "dhl": sandbox.carrier_keys()["dhl"]})
    load(qtbot, service)
    order = la_poste_order(sandbox, Scenario.OUT_FOR_DELIVERY)
    with qtbot.waitSignal(service.manualDone, timeout=10000) as done:
        service.refresh_one(order.reference)
        assert order.reference in service.refreshing
    assert done.args[0].state is ManualState.REFRESHED and order.reference not in service.refreshing
    assert service.parcel_for(order.reference).status is ParcelStatus.OUT_FOR_DELIVERY
    dhl_order = next(o for o in sandbox.orders() if o.status is Status.SHIPPED and o.latest_shipment
                     and o.latest_shipment.carrier not in LA_POSTE_FAMILY and "DHL" in o.latest_shipment.carrier)
    store = service._database.tracking()  # noqa: SLF001 - spend today's DHL calls as 250 refreshes would
    try:
        store.record_calls(DHL, service._now(), 250)  # noqa: SLF001
    finally:
        store.close()
    before = len(sandbox.carriers.calls)
    with qtbot.waitSignal(service.manualDone, timeout=10000) as done:
        service.refresh_one(dhl_order.reference)
    assert (done.args[0].state, done.args[0].service) == (ManualState.BUDGET_SPENT, DHL)
    assert len(sandbox.carriers.calls) == before  # no call was made
