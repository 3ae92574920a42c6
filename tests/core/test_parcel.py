"""The rules that turn carrier events into one status: newest decides, terminal stays, times stay honest."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone

import pytest

from tpop_desktop.core.parcel import (
    STATUS_RANK,
    CarrierEvent,
    ParcelStatus,
    ParcelTracking,
    TrackingServiceId,
    carrier_time_text,
    decide,
    event_keys,
    newest_first,
    parse_carrier_time_text,
    reconcile,
    unknown_codes,
)
from tpop_desktop.core.parcel_codes import dhl_event, la_poste_event

S = ParcelStatus
START = datetime(2026, 11, 16, 8, 0, tzinfo=UTC)


def la_poste(*codes: str) -> list[CarrierEvent]:
    """Events for codes given oldest first, returned newest first (as the services list them)."""
    events = [la_poste_event(START + timedelta(hours=6 * i), code, f"label {code}") for i, code in enumerate(codes)]
    return list(reversed(events))


@pytest.mark.parametrize(("codes", "status", "final", "deciding"), [
    (["DR1"], S.INFO_RECEIVED, False, "DR1"),
    (["DR1", "PC1", "ET1"], S.IN_TRANSIT, False, "ET1"),
    (["DR1", "PC1", "ET1", "MD2"], S.OUT_FOR_DELIVERY, False, "MD2"),
    (["DR1", "PC1", "ET3", "AG1"], S.AVAILABLE_FOR_PICKUP, False, "AG1"),
    (["DR1", "PC1", "DO1", "DO3"], S.HELD_CUSTOMS, False, "DO3"),
    (["DR1", "PC1", "DO1", "DO3", "DO2", "ET3"], S.IN_TRANSIT, False, "ET3"),
    (["DR1", "PC1", "MD2", "DI1"], S.DELIVERED, True, "DI1"),
    # a contradiction after delivery is a problem, never a silent overwrite
    (["DR1", "PC1", "MD2", "DI1", "PB1"], S.EXCEPTION, False, "PB1"),
    (["DR1", "PC1", "MD2", "DI1", "ET1"], S.EXCEPTION, False, "ET1"),
    (["DR1", "PC1", "MD2", "DI1", "PB1", "DI1"], S.DELIVERED, True, "DI1"),
    # an unknown code cannot contradict a terminal status
    (["DR1", "PC1", "DI1", "ZZ9"], S.DELIVERED, True, "DI1"),
    (["DR1", "PC1", "ZZ9"], S.IN_TRANSIT, False, "ZZ9"),
    # on the way back: the return trip's scans keep it returning; back with the sender ends it
    (["DR1", "PC1", "ND1", "RE1", "ET1", "ET2"], S.RETURNED_TO_SENDER, False, "RE1"),
    (["DR1", "PC1", "ND1", "RE1", "ET1", "DI2"], S.RETURNED_TO_SENDER, True, "DI2"),
    (["DR1", "PC1", "RE1", "DI1"], S.RETURNED_TO_SENDER, True, "DI1"),
    (["DR1", "PC1", "RE1", "DI2", "MD2"], S.EXCEPTION, False, "MD2"),
    (["DR1", "PC1", "PB1", "PB2"], S.IN_TRANSIT, False, "PB2"),
])
def test_la_poste_sequences(codes, status, final, deciding):
    decision = decide(la_poste(*codes))
    assert (decision.status, decision.is_final, decision.event.code) == (status, final, deciding)
    assert decision.contradicted is (status is S.EXCEPTION and "DI" in "".join(codes[:-1]))


def naive(hours: float) -> datetime:
    return datetime(2023, 3, 13, 9, 50) + timedelta(hours=hours)


def test_a_late_announcement_does_not_set_a_moving_parcel_back():
    """DHL Paket: the counter drop-off (transit) is older than the pre-transit announcement."""
    events = [dhl_event(naive(2), "pre-transit", ("", "", "angekündigt"), "angekündigt"),
              dhl_event(naive(0), "transit", ("", "", "in der Filiale eingeliefert"), "eingeliefert")]
    decision = decide(events)
    assert decision.status is S.IN_TRANSIT  # handed in at a branch: not waiting there
    assert decision.event.code == "transit"


@pytest.mark.parametrize(("codes", "status"), [
    (["unknown"], S.INFO_RECEIVED),  # internal scans alone: label data received
    (["unknown", "unknown"], S.INFO_RECEIVED),
    (["pre-transit", "transit", "unknown"], S.IN_TRANSIT),  # an internal scan changes nothing
    (["transit", "delivered", "unknown"], S.DELIVERED),
    (["transit", "failure"], S.DELIVERY_FAILED),
])
def test_dhl_internal_scans(codes, status):
    events = [dhl_event(naive(i), code, ("", "", "LABEL CREATED"), "x") for i, code in enumerate(codes)]
    assert decide(list(reversed(events))).status is status


def test_no_events_decide_nothing():
    decision = decide([])
    assert decision.status is None and decision.event is None and not decision.is_final


def test_newest_first_sorts_comparable_times_and_keeps_the_order_otherwise():
    old, new = (CarrierEvent(START, "A", "a"), CarrierEvent(START + timedelta(hours=1), "B", "b"))
    assert newest_first([old, new]) == (new, old)
    local_old, local_new = (CarrierEvent(naive(0), "A", "a"), CarrierEvent(naive(1), "B", "b"))
    assert newest_first([local_old, local_new]) == (local_new, local_old)
    mixed = [CarrierEvent(naive(0), "A", "a"), CarrierEvent(START, "B", "b")]
    assert newest_first(mixed) == tuple(mixed)  # naive and aware are never compared
    assert newest_first([CarrierEvent(None, "A", "a"), old]) == (CarrierEvent(None, "A", "a"), old)


def test_carrier_times_round_trip_and_local_times_stay_local():
    paris = timezone(timedelta(hours=1))
    aware = datetime(2026, 11, 20, 10, 15, 3, tzinfo=paris)
    assert carrier_time_text(aware) == "2026-11-20T09:15:03.000000Z"
    assert parse_carrier_time_text(carrier_time_text(aware)) == aware
    local = datetime(2023, 3, 13, 9, 50)
    assert carrier_time_text(local) == "2023-03-13T09:50:00.000000"
    back = parse_carrier_time_text(carrier_time_text(local))
    assert back == local and back.tzinfo is None
    assert CarrierEvent(local, "transit", "").local_time and not CarrierEvent(aware, "x", "").local_time
    assert carrier_time_text(None) is None and parse_carrier_time_text(None) is None


def test_event_keys_ignore_the_language_and_tell_repeated_scans_apart():
    events = la_poste("DR1", "PC1", "ET1")
    translated = [replace(e, label=e.label.upper()) for e in events]
    assert event_keys(events) == event_keys(translated)
    same = [CarrierEvent(START, "transit", "b"), CarrierEvent(START, "transit", "a")]
    keys = event_keys(same)
    assert len(set(keys)) == 2
    # a new scan at the newest end leaves the keys of the older ones as they were
    assert event_keys([CarrierEvent(START + timedelta(hours=1), "delivered", "c"), *same])[1:] == keys


def snapshot(status: S, **extra) -> ParcelTracking:
    return ParcelTracking(TrackingServiceId.LA_POSTE, "LB123456785FR", status, **extra)


@pytest.mark.parametrize(("previous", "final", "new", "expected"), [
    (None, False, snapshot(S.IN_TRANSIT), S.IN_TRANSIT),
    (S.IN_TRANSIT, False, snapshot(S.DELIVERED, is_final=True), S.DELIVERED),
    (S.DELIVERED, True, snapshot(S.DELIVERED, is_final=True), S.DELIVERED),
    (S.DELIVERED, True, snapshot(S.EXPIRED_NOT_FOUND), None),  # purged: keep what was stored
    (S.DELIVERED, True, snapshot(S.IN_TRANSIT, unknown_codes=("ZZ9",)), None),
    (S.DELIVERED, True, snapshot(S.RETURNED_TO_SENDER), S.EXCEPTION),
    (S.RETURNED_TO_SENDER, True, snapshot(S.OUT_FOR_DELIVERY), S.EXCEPTION),
    (S.DELIVERED, False, snapshot(S.IN_TRANSIT), S.IN_TRANSIT),  # not final: a normal update
])
def test_reconcile_with_what_was_stored(previous, final, new, expected):
    result = reconcile(previous, final, new)
    assert (result.status if result else None) is expected
    if expected is S.EXCEPTION:
        assert not result.is_final


def test_unknown_codes_are_reported_once_each():
    events = [la_poste_event(START, "ZZ9", "a"), la_poste_event(START, "ZZ9", "b"), la_poste_event(START, "QQ1", "c"),
              la_poste_event(START, "DI1", "d")]
    assert unknown_codes(events) == ("ZZ9", "QQ1")


def test_every_status_has_a_rank_and_the_ranks_follow_the_parcels_life():
    assert set(STATUS_RANK) == set(S) and len(set(STATUS_RANK.values())) == len(S)
    assert STATUS_RANK[S.INFO_RECEIVED] < STATUS_RANK[S.IN_TRANSIT] < STATUS_RANK[S.OUT_FOR_DELIVERY]
    assert STATUS_RANK[S.OUT_FOR_DELIVERY] < STATUS_RANK[S.DELIVERED]
