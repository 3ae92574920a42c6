"""The tracking refresh end to end: the sandbox's carrier routes, the real adapters, a real database."""

from __future__ import annotations

import logging
import math
import sqlite3
from collections.abc import Iterator

import pytest
import requests
from tracking_helpers import Reply, ScriptedServer, World, make_world

from tpop_desktop.core.models import Status
from tpop_desktop.core.parcel import ParcelStatus as S
from tpop_desktop.core.parcel import TrackingServiceId
from tpop_desktop.core.parcel_refresh import CALLS, ServiceState, route_for
from tpop_desktop.sandbox.parcel_story import Scenario
from tpop_desktop.store.tracking_store import BatchWrite, TrackingStore
from tpop_desktop.sync.tracking_job import ManualState

LP, DHL, ST = TrackingServiceId.LA_POSTE, TrackingServiceId.DHL, TrackingServiceId.SEVENTEEN_TRACK


@pytest.fixture
def world(tmp_path) -> Iterator[World]:
    the_world = make_world(tmp_path)
    yield the_world
    the_world.sandbox.stop()


@pytest.fixture
def scripted() -> Iterator[ScriptedServer]:
    server = ScriptedServer()
    yield server
    server.stop()


def stored(world: World, reference: str):
    store = TrackingStore(world.db_path)
    try:
        return store.parcels_of(reference)
    finally:
        store.close()


def reference_of(world: World, scenario: Scenario) -> str:
    number = next(n for n, s in world.sandbox.carriers.world.scenarios.items() if s is scenario)
    return world.sandbox.carriers.world.parcel(number).order.reference


def due_numbers(world: World, service: TrackingServiceId) -> set[str]:
    store = TrackingStore(world.db_path)
    try:
        candidates = store.candidates(world.clock())
    finally:
        store.close()
    return {route.number for c in candidates if (route := route_for(c.carrier, c.tracking_number))
            and route.service is service}


def event_rows(world: World, service: TrackingServiceId | None = None) -> int:
    conn = sqlite3.connect(world.db_path)
    try:
        if service is not None:
            return conn.execute("SELECT count(*) FROM carrier_events WHERE service = ?", (service.value,)).fetchone()[0]
        return conn.execute("SELECT count(*) FROM carrier_events").fetchone()[0]
    finally:
        conn.close()


def test_without_keys_nothing_is_asked(world):
    job = world.job()
    assert job() is None and world.sandbox.carriers.calls == []


def test_a_first_refresh_follows_every_parcel_within_the_batch_sizes(world):
    la_poste, dhl, aggregated = (due_numbers(world, s) for s in (LP, DHL, ST))
    job = world.job()
    job.set_keys(world.keys())
    outcome = job()
    assert {s: r.state for s, r in outcome.services.items()} == {LP: ServiceState.READY, DHL: ServiceState.READY,
                                                                  ST: ServiceState.READY}
    assert len(world.carrier_calls("laposte")) == math.ceil(len(la_poste) / 10)
    assert all(len(call.split(",")) <= 10 for call in world.carrier_calls("laposte"))
    assert len(world.carrier_calls("dhl")) == len(dhl)
    assert world.carrier_calls("17track") == ["register"] * math.ceil(len(aggregated) / 40) + [
        "gettrackinfo"] * math.ceil(len(aggregated) / 40)
    assert outcome.services[LP].calls == math.ceil(len(la_poste) / 10)
    assert outcome.services[DHL].used_today == len(dhl)
    assert all(change.first_seen for change in outcome.changes)
    assert len(outcome.references) > 100 and outcome.store_failure == ""


def test_the_showcase_parcels_are_stored_as_the_merchant_needs_them(world):
    job = world.job()
    job.set_keys(world.keys())
    outcome = job()
    [pickup] = stored(world, reference_of(world, Scenario.PICKUP))
    assert pickup.status is S.AVAILABLE_FOR_PICKUP and pickup.pickup_point.type == "BDP"
    assert pickup.pickup_point.name.startswith("Bureau de poste")
    assert [e.code for e in pickup.events][:2] == ["AG1", "ND1"]
    [customs] = stored(world, reference_of(world, Scenario.CUSTOMS))
    assert customs.status is S.HELD_CUSTOMS and customs.code == "DO3"
    [returned] = stored(world, reference_of(world, Scenario.RETURNED))
    assert returned.status is S.RETURNED_TO_SENDER and returned.is_final
    [partner] = stored(world, reference_of(world, Scenario.PARTNER))
    assert partner.partner.name in ("bpost", "Deutsche Post") and partner.partner.reference.startswith("3232")
    [waiting] = stored(world, reference_of(world, Scenario.NOT_YET))
    assert waiting.status is S.EXPIRED_NOT_FOUND and waiting.not_yet_available
    [out] = stored(world, reference_of(world, Scenario.OUT_FOR_DELIVERY))
    assert out.status is S.OUT_FOR_DELIVERY
    dhl_reference = next(o.reference for o in world.sandbox.orders() if o.reference in outcome.references
                         and o.latest_shipment and o.latest_shipment.carrier == "DHL Express")
    [dhl] = stored(world, dhl_reference)
    assert dhl.events and all(e.local_time for e in dhl.events)  # DHL's times stay naive
    assert "CLOSE BAG" in {e.label for e in dhl.events}


def test_a_second_refresh_asks_only_what_is_due_and_duplicates_nothing(world):
    job = world.job()
    job.set_keys(world.keys())
    job()
    rows, calls = event_rows(world), len(world.sandbox.carriers.calls)
    job.request_refresh()
    again = job()
    assert len(world.sandbox.carriers.calls) == calls and again.changes == ()
    world.clock.advance(hours=1, minutes=5)  # the out-for-delivery parcel is due again, every hour
    later = job()
    assert 0 < later.services[LP].calls <= 2 and event_rows(world) == rows
    registered = [what for what in world.carrier_calls("17track") if what == "register"]
    assert len(registered) == math.ceil(len(due_numbers(world, ST)) / 40)  # a number is registered once


def test_a_delivery_is_reported_once_with_old_and_new_status(world):
    job = world.job()
    job.set_keys(world.keys())
    job()
    reference = reference_of(world, Scenario.OUT_FOR_DELIVERY)
    world.clock.advance(minutes=20)
    world.sandbox.deliver(reference)
    world.sync()
    world.clock.advance(hours=1)
    outcome = job()
    [change] = [c for c in outcome.changes if c.reference == reference]
    assert (change.old, change.new) == (S.OUT_FOR_DELIVERY, S.DELIVERED) and change.tracking.is_final
    world.clock.advance(hours=12)
    job.request_refresh()
    assert all(c.reference != reference for c in job().changes)  # final: never asked again


def test_a_revoked_key_stops_that_service_only_until_a_new_key(world, caplog):
    caplog.set_level(logging.DEBUG)
    job = world.job()
    keys = world.keys()
    job.set_keys({**keys, LP: "revoked-okapi-key-7f3a9c"})
    outcome = job()
    assert outcome.services[LP].state is ServiceState.KEY_REJECTED and outcome.services[LP].until is None
    assert outcome.services[DHL].state is ServiceState.READY and outcome.services[ST].state is ServiceState.READY
    assert "revoked-okapi-key-7f3a9c" not in caplog.text and "revoked-okapi-key-7f3a9c" not in repr(outcome)
    assert keys[DHL] not in caplog.text and keys[ST] not in caplog.text
    calls = len(world.carrier_calls("laposte"))
    world.clock.advance(hours=3)
    job.request_refresh()
    assert job().services[LP].state is ServiceState.KEY_REJECTED and len(world.carrier_calls("laposte")) == calls
    job.set_keys(keys)
    assert job().services[LP].state is ServiceState.READY and len(world.carrier_calls("laposte")) > calls


def test_the_dhl_budget_is_respected_and_survives_a_restart(world):
    store = TrackingStore(world.db_path)
    store.save_batch(BatchWrite(DHL, world.clock(), calls=230))  # an earlier session spent these today
    store.close()
    job = world.job()
    job.set_keys(world.keys())
    outcome = job()
    assert outcome.services[DHL].state is ServiceState.QUOTA_SPENT and world.carrier_calls("dhl") == []
    assert outcome.services[DHL].used_today == 230 and outcome.services[LP].state is ServiceState.READY
    dhl_reference = next(o.reference for o in world.sandbox.orders()
                         if o.latest_shipment and o.latest_shipment.carrier == "DHL Express")
    manual = job.refresh_one(dhl_reference)  # the merchant's own refresh may use the kept reserve
    assert manual.state is ManualState.REFRESHED and manual.report.used_today == 231


def test_a_manual_refresh_counts_and_says_when_the_budget_is_spent(world):
    job = world.job()
    job.set_keys(world.keys())
    store = TrackingStore(world.db_path)
    store.save_batch(BatchWrite(DHL, world.clock(), calls=250))
    store.close()
    dhl_reference = next(o.reference for o in world.sandbox.orders()
                         if o.latest_shipment and o.latest_shipment.carrier == "DHL Express")
    assert job.refresh_one(dhl_reference).state is ManualState.BUDGET_SPENT
    pickup = job.refresh_one(reference_of(world, Scenario.PICKUP))
    assert pickup.state is ManualState.REFRESHED and pickup.service is LP and pickup.report.calls == 1
    assert pickup.changes[0].new is S.AVAILABLE_FOR_PICKUP
    open_order = next(o.reference for o in world.sandbox.orders() if o.status is Status.OPEN)
    assert job.refresh_one(open_order).state is ManualState.NO_SHIPMENT
    job.set_keys({LP: world.keys()[LP]})
    assert job.refresh_one(dhl_reference).state is ManualState.NO_KEY


def point_la_poste_at(world: World, url: str):
    return world.job(base_urls={**world.urls(), LP: url})


def test_429_waits_as_asked_and_the_other_services_go_on(world, scripted):
    scripted.reply = Reply(429, b'{"code":"TOO_MANY_REQUESTS","message":"max quota reached"}', {"Retry-After": "120"})
    job = point_la_poste_at(world, scripted.url)
    job.set_keys(world.keys())
    outcome = job()
    report = outcome.services[LP]
    assert report.state is ServiceState.RATE_LIMITED and len(scripted.seen) == 1
    assert (report.until - world.clock.current).total_seconds() == 120
    assert outcome.services[DHL].state is ServiceState.READY
    assert report.used_today == 1  # a refused call still counts
    world.clock.advance(seconds=60)
    job.request_refresh()
    job()
    assert len(scripted.seen) == 1  # still waiting
    world.clock.advance(seconds=61)
    job.request_refresh()
    job()
    assert len(scripted.seen) == 2


@pytest.mark.parametrize(("answer", "state"), [
    (Reply(500, b"", {}), ServiceState.DOWN),
    (Reply(200, b"<html>maintenance</html>", {"Content-Type": "text/html"}), ServiceState.DOWN),
    (Reply(0), ServiceState.DOWN),  # no answer in time
])
def test_a_service_down_or_slow_backs_off_without_losing_anything(world, scripted, answer, state):
    good = world.job()
    good.set_keys(world.keys())
    good()
    rows = event_rows(world, LP)
    scripted.reply = answer
    job = world.job(base_urls={**world.urls(), LP: scripted.url}, timeout=(0.5, 0.3))
    job.set_keys(world.keys())
    world.clock.advance(hours=9)
    outcome = job()
    assert outcome.services[LP].state is state and outcome.services[LP].until > world.clock.current
    assert event_rows(world, LP) == rows and outcome.services[DHL].state is ServiceState.READY


def test_a_failure_mid_run_keeps_the_batches_already_stored(world, scripted):
    sandbox_url = world.urls()[LP]

    def first_ok_then_down(path, headers):
        if len(scripted.seen) > 2:
            return Reply(503, b"", {})
        answer = requests.get(sandbox_url + path, headers={"X-Okapi-Key": headers["X-Okapi-Key"]}, timeout=5)
        return Reply(answer.status_code, answer.content, {"Content-Type": "application/json"})

    scripted.reply = first_ok_then_down
    job = world.job(base_urls={**world.urls(), LP: scripted.url})
    job.set_keys({LP: world.keys()[LP]})
    outcome = job()
    assert outcome.services[LP].state is ServiceState.DOWN and outcome.services[LP].calls == 3
    assert outcome.services[LP].used_today == 3
    kept = event_rows(world, LP)
    assert kept > 0 and len(outcome.references) == 20  # two batches of ten stored before the failure
    scripted.reply = lambda path, headers: Reply(503, b"", {})
    world.clock.advance(hours=2)
    job.request_refresh()
    job()
    assert event_rows(world, LP) == kept  # nothing lost


def test_unknown_codes_are_logged_once(world, scripted, caplog):
    number = next(iter(due_numbers(world, LP)))
    body = ('{"lang":"fr_FR","scope":"open","returnCode":200,"shipment":{"idShip":"%s","isFinal":false,'
            '"event":[{"code":"XY7","label":"Nouveau","date":"2026-11-19T09:00:00+01:00"}]}}' % number).encode()
    scripted.reply = Reply(200, body, {"Content-Type": "application/json"})
    job = point_la_poste_at(world, scripted.url)
    job.set_keys({LP: world.keys()[LP]})
    first = job()
    assert (LP, "XY7") in first.unknown_codes
    world.clock.advance(hours=9)
    assert job().unknown_codes == ()
    assert sum("unknown code 'XY7'" in r.getMessage() for r in caplog.records) == 1


def test_calls_are_paced_per_service(world):
    job = world.job()
    job.set_keys({DHL: world.keys()[DHL]})
    job()
    dhl_calls = len(world.carrier_calls("dhl"))
    assert dhl_calls >= 2 and world.timer.sleeps.count(1.0) == dhl_calls - 1  # 1 call/s


def test_a_run_stops_at_its_deadline(world):
    job = world.job(max_run_seconds=0.25)
    job.set_keys({LP: world.keys()[LP]})
    outcome = job()
    assert outcome.services[LP].calls == 3  # 0.1 s apart: the fourth would start after the deadline
    job.request_refresh()
    assert job().services[LP].calls == 3  # the rest follows in the next runs


def test_test_key_says_which_key_works_and_counts_dhls_call(world):
    job = world.job()
    keys = world.keys()
    assert {s: job.test_key(s, k) for s, k in keys.items()} == dict.fromkeys(keys, ServiceState.READY)
    assert {s: job.test_key(s, "not-the-key") for s in keys} == dict.fromkeys(keys, ServiceState.KEY_REJECTED)
    store = TrackingStore(world.db_path)
    assert store.budget_used(DHL, CALLS, world.clock()) == 2 and store.budget_used(LP, CALLS, world.clock()) == 0
    store.close()
