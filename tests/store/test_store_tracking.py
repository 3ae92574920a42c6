"""TrackingStore on real SQLite files: events stored once, budgets that survive, one transaction a batch."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from tpop_desktop.core.models import Status
from tpop_desktop.core.parcel import (
    CarrierEvent,
    ParcelStatus,
    ParcelTracking,
    Partner,
    PickupPoint,
    TrackingServiceId,
)
from tpop_desktop.core.parcel_codes import dhl_event, la_poste_event
from tpop_desktop.core.parcel_refresh import CALLS, REGISTRATIONS
from tpop_desktop.store import open_database
from tpop_desktop.store.errors import StoreError
from tpop_desktop.store.schema import SCHEMA_VERSION, migrate
from tpop_desktop.store.handle import Database
from tpop_desktop.store.tracking_store import BatchWrite, ParcelWrite, TrackingStore

S = ParcelStatus
LP, DHL, ST = TrackingServiceId.LA_POSTE, TrackingServiceId.DHL, TrackingServiceId.SEVENTEEN_TRACK
T0 = datetime(2026, 2, 27, 8, 0, tzinfo=UTC)
NUMBER = "LB123456785FR"


@pytest.fixture
def tracking(db_path):
    the_store = TrackingStore(db_path)
    yield the_store
    the_store.close()


@pytest.fixture
def shipped(store, build_order, now):
    orders = [
        build_order("TP-1", status=Status.SHIPPED, tracking=(NUMBER,), shipped_at=now - timedelta(days=2)),
        build_order("TP-2", status=Status.DELIVERED, tracking=("6A12345678901",), shipped_at=now - timedelta(days=9)),
        build_order("TP-3", status=Status.SHIPPED, tracking=("CB719248650FR",), shipped_at=now - timedelta(days=50)),
        build_order("TP-4", status=Status.PRODUCTION),
        build_order("TP-5", status=Status.SHIPPED, tracking=("LA000000001FR", "LA000000002FR"),
                    shipped_at=now - timedelta(days=1)),
        build_order("TP-6", status=Status.SHIPPED, tracking=("EE830820615FR",), shipped_at=now - timedelta(days=3)),
    ]
    store.apply_sync(orders, cursor="c1", seen_at=now, full=True)
    store.set_archived(["TP-6"], True)
    return orders


def events(*codes: str) -> tuple[CarrierEvent, ...]:
    made = [la_poste_event(T0 + timedelta(hours=5 * i), code, f"libellé {code}") for i, code in enumerate(codes)]
    return tuple(reversed(made))


def snapshot(*codes: str, status: S = S.IN_TRANSIT, number: str = NUMBER, **extra) -> ParcelTracking:
    evs = events(*codes)
    return ParcelTracking(LP, number, status, evs[0].code if evs else "", evs[0].label if evs else "",
                          evs[0].time if evs else None, evs, **extra)


def batch(*writes: ParcelWrite, at: datetime, calls: int = 1, **extra) -> BatchWrite:
    return BatchWrite(LP, at, writes, calls=calls, **extra)


def test_the_schema_step_creates_the_tables_on_a_version_4_file(tmp_path):
    path = tmp_path / "old.sqlite3"
    conn = sqlite3.connect(path, isolation_level=None)
    migrate(conn, target=4)
    conn.execute("INSERT INTO notes (reference, text, updated_at) VALUES ('TP-1', 'kept', 'x')")
    conn.close()
    result = open_database(path)
    assert result.migrated_from == 4 and SCHEMA_VERSION >= 5
    conn = sqlite3.connect(path)
    tables = {name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"parcels", "carrier_events", "carrier_budget", "carrier_fetches", "carrier_registrations"} <= tables
    assert conn.execute("SELECT text FROM notes").fetchone() == ("kept",)
    conn.close()


def test_candidates_are_shipped_recent_unarchived_shipments(tracking, shipped, now):
    found = {(c.reference, c.tracking_number) for c in tracking.candidates(now)}
    assert found == {("TP-1", NUMBER), ("TP-2", "6A12345678901"), ("TP-5", "LA000000001FR"),
                     ("TP-5", "LA000000002FR")}
    one = tracking.candidates(now, references=["TP-3"])  # a manual refresh may ask about an old one
    assert [c.tracking_number for c in one] == ["CB719248650FR"]


def test_an_event_is_stored_once_across_repeated_refreshes(tracking, shipped, now):
    write = ParcelWrite("TP-1", NUMBER, snapshot("DR1", "PC1"))
    for _ in range(3):
        tracking.save_batch(batch(write, at=now))
    translated = snapshot("DR1", "PC1", "ET1")
    translated = replace(translated, events=tuple(replace(e, label=e.label.upper()) for e in translated.events))
    tracking.save_batch(batch(ParcelWrite("TP-1", NUMBER, translated), at=now + timedelta(hours=6)))
    stored = tracking.events(LP, NUMBER)
    assert [e.code for e in stored] == ["ET1", "PC1", "DR1"]
    assert stored[1].label == "libellé PC1"  # the first wording stays


def test_an_answer_that_forgets_events_loses_none(tracking, shipped, now):
    full = snapshot("DR1", "PC1", "ET1")
    tracking.save_batch(batch(ParcelWrite("TP-1", NUMBER, full), at=now))
    shorter = replace(full, events=full.events[:1])
    tracking.save_batch(batch(ParcelWrite("TP-1", NUMBER, shorter), at=now + timedelta(hours=1)))
    assert [e.code for e in tracking.events(LP, NUMBER)] == ["ET1", "PC1", "DR1"]


def test_changes_are_reported_with_old_and_new_status(tracking, shipped, now):
    first = tracking.save_batch(batch(ParcelWrite("TP-1", NUMBER, snapshot("DR1", "PC1")), at=now))
    assert [(c.reference, c.old, c.new, c.first_seen) for c in first] == [("TP-1", None, S.IN_TRANSIT, True)]
    assert tracking.save_batch(batch(ParcelWrite("TP-1", NUMBER, snapshot("DR1", "PC1", "ET1")), at=now)) == []
    later = now + timedelta(hours=8)
    out = snapshot("DR1", "PC1", "ET1", "MD2", status=S.OUT_FOR_DELIVERY)
    changes = tracking.save_batch(batch(ParcelWrite("TP-1", NUMBER, out), at=later))
    assert [(c.old, c.new) for c in changes] == [(S.IN_TRANSIT, S.OUT_FOR_DELIVERY)]
    stored = tracking.latest_for(["TP-1"])["TP-1"]
    assert stored.tracking.status is S.OUT_FOR_DELIVERY and stored.changed_at == later


def test_a_final_parcel_keeps_its_status_when_the_carrier_purged_it(tracking, shipped, now):
    delivered = snapshot("DR1", "PC1", "DI1", status=S.DELIVERED, is_final=True)
    tracking.save_batch(batch(ParcelWrite("TP-1", NUMBER, delivered), at=now))
    purged = ParcelTracking(LP, NUMBER, S.EXPIRED_NOT_FOUND, "104")
    assert tracking.save_batch(batch(ParcelWrite("TP-1", NUMBER, purged), at=now + timedelta(days=1))) == []
    assert tracking.latest_for(["TP-1"])["TP-1"].tracking.status is S.DELIVERED
    contradicted = tracking.save_batch(batch(ParcelWrite("TP-1", NUMBER, snapshot("PB1", status=S.EXCEPTION)),
                                             at=now + timedelta(days=2)))
    assert [(c.old, c.new) for c in contradicted] == [(S.DELIVERED, S.EXCEPTION)]


def test_the_budget_survives_a_restart(db_path, shipped, now):
    first = TrackingStore(db_path)
    first.save_batch(BatchWrite(DHL, now, calls=1))
    first.record_calls(DHL, now, 2)
    first.save_batch(BatchWrite(ST, now, calls=1, registered=["11111111", "22222222"], registrations_used=2))
    first.close()
    open_database(db_path)  # the next start-up
    again = TrackingStore(db_path)
    assert again.budget_used(DHL, CALLS, now) == 3
    assert again.budget_used(ST, REGISTRATIONS, now) == 2
    assert again.budget_used(DHL, CALLS, now + timedelta(days=1)) == 0  # a new UTC day
    assert again.budgets(now)[DHL] == {CALLS: 3, REGISTRATIONS: 0}
    assert again.registered(ST, ["11111111", "33333333"]) == {"11111111"}
    again.close()


def dhl_order(build_order, reference, now):
    order = build_order(reference, status=Status.SHIPPED, tracking=("1234567890",), shipped_at=now)
    return replace(order, shipments=(replace(order.shipments[0], carrier="DHL Express"),))


def test_per_number_fetches_count_per_day(tracking, store, build_order, now):
    store.apply_sync([dhl_order(build_order, "TP-9", now)], cursor="c", seen_at=now)
    for _ in range(3):
        tracking.save_batch(BatchWrite(DHL, now, calls=1, fetched=["1234567890"]))
    [dhl] = [c for c in tracking.candidates(now) if c.reference == "TP-9"]
    assert dhl.fetches_today == 3
    tomorrow = now + timedelta(days=1)
    tracking.save_batch(BatchWrite(DHL, tomorrow, calls=1, fetched=["1234567890"]))
    [dhl] = [c for c in tracking.candidates(tomorrow) if c.reference == "TP-9"]
    assert dhl.fetches_today == 1


def test_registrations_are_recorded_and_forgotten_when_the_aggregator_forgets(tracking, shipped, now):
    tracking.save_batch(BatchWrite(ST, now, calls=1, registered=["11111111", "11111111"]))
    tracking.save_batch(BatchWrite(ST, now, calls=1, registered=["11111111"]))
    assert tracking.registered(ST, ["11111111"]) == {"11111111"}
    tracking.save_batch(BatchWrite(ST, now, calls=1, unregistered=["11111111"]))
    assert tracking.registered(ST, ["11111111"]) == set()


def test_a_batch_is_one_transaction(tracking, shipped, now):
    good = ParcelWrite("TP-1", NUMBER, snapshot("DR1", "PC1"))
    broken = ParcelWrite("TP-2", "6A12345678901", replace(snapshot("DR1"), status_at="not a time"))  # type: ignore[arg-type]
    with pytest.raises(AttributeError):
        tracking.save_batch(batch(good, broken, at=now, calls=1))
    assert tracking.latest_for(["TP-1", "TP-2"]) == {}
    assert tracking.events(LP, NUMBER) == [] and tracking.budget_used(LP, CALLS, now) == 0


def test_the_latest_shipment_is_the_orders_parcel(tracking, shipped, now):
    tracking.save_batch(batch(ParcelWrite("TP-5", "LA000000002FR", snapshot("DR1", number="LA000000002FR")),
                              ParcelWrite("TP-5", "LA000000001FR", snapshot("DR1", "PC1", "DI1", status=S.DELIVERED,
                                                                            number="LA000000001FR")), at=now))
    assert tracking.latest_for(["TP-5"])["TP-5"].tracking_number == "LA000000002FR"
    assert [p.status for p in tracking.parcels_of("TP-5")] == [S.IN_TRANSIT, S.DELIVERED]


def test_the_whole_snapshot_comes_back_with_local_times_still_local(tracking, store, build_order, now):
    store.apply_sync([dhl_order(build_order, "TP-8", now)], cursor="c", seen_at=now)
    local = datetime(2026, 2, 28, 10, 30)
    dhl_events = (dhl_event(local, "transit", ("", "", "in der Filiale"), "In der Filiale", "Berlin", "DE"),
                  dhl_event(local - timedelta(days=1), "pre-transit", ("", "", "angekündigt"), "angekündigt"))
    parcel = ParcelTracking(DHL, "1234567890", S.AVAILABLE_FOR_PICKUP, "transit", "In der Filiale", local, dhl_events,
                            estimated_from=datetime(2026, 3, 2, tzinfo=UTC),
                            pickup_point=PickupPoint("Filiale 512", "BDP", "512"),
                            partner=Partner("Deutsche Post", "DPAG", "RR123456785DE"),
                            public_url="https://www.dhl.de/x", unknown_codes=("zz",))
    tracking.save_batch(BatchWrite(DHL, now, [ParcelWrite("TP-8", "1234567890", parcel)], calls=1))
    [back] = tracking.parcels_of("TP-8")
    assert back == replace(parcel, number="1234567890")
    assert back.status_at.tzinfo is None and back.events[0].local_time and back.events[0].place == "Berlin"


def test_status_counts(tracking, shipped, now):
    tracking.save_batch(batch(ParcelWrite("TP-1", NUMBER, snapshot("DR1")),
                              ParcelWrite("TP-2", "6A12345678901", snapshot("DI1", status=S.DELIVERED)), at=now))
    counts = tracking.status_counts()
    assert counts[S.IN_TRANSIT] == 1 and counts[S.DELIVERED] == 1 and counts[S.EXCEPTION] == 0


def test_sign_out_clears_parcels_events_and_registrations_but_not_the_budget(db_path, tracking, shipped, now):
    tracking.save_batch(batch(ParcelWrite("TP-1", NUMBER, snapshot("DR1", "PC1")), at=now, registered=["X1234567"]))
    Database(db_path).clear()  # what signing out runs
    assert tracking.latest_for(["TP-1"]) == {} and tracking.events(LP, NUMBER) == []
    assert tracking.registered(LP, ["X1234567"]) == set()
    assert tracking.budget_used(LP, CALLS, now) == 1  # the key's calls today, not customer data
    tracking.save_batch(batch(ParcelWrite("TP-1", NUMBER, snapshot("DR1")), at=now))
    tracking.clear()
    assert tracking.latest_for(["TP-1"]) == {}


def test_an_unmigrated_file_is_refused(tmp_path):
    path = tmp_path / "old.sqlite3"
    conn = sqlite3.connect(path, isolation_level=None)
    migrate(conn, target=SCHEMA_VERSION - 1)
    conn.close()
    with pytest.raises(StoreError):
        TrackingStore(path)


# -- the Parcel column and the carrier chips -----------------------------------------------------


def test_the_parcel_column_sorts_by_lifecycle_then_date_and_filters_on_the_latest_shipment(
        tracking, store, shipped, now):
    from tpop_desktop.store.records import OrderQuery, SortKey

    tracking.save_batch(batch(ParcelWrite("TP-1", NUMBER, snapshot("DR1", "PC1", "MD2", status=S.OUT_FOR_DELIVERY)),
                              ParcelWrite("TP-2", "6A12345678901",
                                          snapshot("DR1", "DI1", status=S.DELIVERED, number="6A12345678901")),
                              ParcelWrite("TP-5", "LA000000001FR",  # an older shipment: not the order's parcel
                                          snapshot("DR1", "AG1", status=S.AVAILABLE_FOR_PICKUP,
                                                   number="LA000000001FR")),
                              at=now))
    ids = store.query_ids(OrderQuery(), SortKey.PARCEL, descending=False, now=now)
    references = [row.reference for row in (store.rows(ids)[rowid] for rowid in ids)]
    assert references[-2:] == ["TP-1", "TP-2"]  # out for delivery before delivered; never asked first
    from tpop_desktop.core.parcel import STATUS_RANK
    assert all(0 <= rank <= 9 for rank in STATUS_RANK.values())  # the sort compares ranks as one digit of text
    rows = {row.reference: row for row in store.rows(ids).values()}
    assert rows["TP-1"].parcel_status is S.OUT_FOR_DELIVERY and rows["TP-1"].parcel_at == events("DR1", "PC1", "MD2")[0].time
    assert rows["TP-5"].parcel_status is None and rows["TP-4"].parcel_at is None

    def matching(*statuses: S) -> set[str]:
        found = store.query_ids(OrderQuery(parcel_statuses=frozenset(statuses)), now=now)
        return {row.reference for row in store.rows(found).values()}

    assert matching(S.OUT_FOR_DELIVERY) == {"TP-1"}
    assert matching(S.AVAILABLE_FOR_PICKUP) == set()  # TP-5's latest shipment was never asked
    assert matching(S.OUT_FOR_DELIVERY, S.DELIVERED) == {"TP-1", "TP-2"}
    table_ids, _counts = store.table(OrderQuery(parcel_statuses=frozenset({S.DELIVERED})), SortKey.PARCEL, True,
                                     now=now)
    assert [store.rows(table_ids)[i].reference for i in table_ids] == ["TP-2"]


def test_chip_counts_follow_the_latest_shipment_of_orders_in_the_table(tracking, store, shipped, now):
    tracking.save_batch(batch(ParcelWrite("TP-1", NUMBER, snapshot("DR1", "MD2", status=S.OUT_FOR_DELIVERY)),
                              ParcelWrite("TP-6", "EE830820615FR",  # archived: not in the table
                                          snapshot("DR1", "MD2", status=S.OUT_FOR_DELIVERY, number="EE830820615FR")),
                              ParcelWrite("TP-5", "LA000000002FR",
                                          snapshot("DR1", "DO3", status=S.HELD_CUSTOMS, number="LA000000002FR")),
                              at=now))
    counts = tracking.latest_status_counts()
    assert counts[S.OUT_FOR_DELIVERY] == 1 and counts[S.HELD_CUSTOMS] == 1 and counts[S.DELIVERED] == 0


def test_the_parcel_sort_reads_its_lookup_keys_from_an_index_not_the_order_rows(store, shipped, now):
    from tpop_desktop.store.query_sql import order_by_clause
    from tpop_desktop.store.records import SortKey

    plan = store._conn.execute(  # noqa: SLF001 - the query plan is what keeps the sort fast at 100,000 orders
        f"EXPLAIN QUERY PLAN SELECT rowid FROM orders WHERE archived = 0{order_by_clause(SortKey.PARCEL, False)}"
    ).fetchall()
    assert any("COVERING INDEX orders_parcel_lookup" in row[-1] for row in plan)
