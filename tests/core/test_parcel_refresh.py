"""Which service follows a parcel, when it is asked again, and what each service may be asked."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from tpop_desktop.core.parcel import ParcelStatus, TrackingServiceId
from tpop_desktop.core.parcel_refresh import (
    CALLS,
    REGISTRATIONS,
    ParcelCandidate,
    Route,
    ServiceHealth,
    ServiceState,
    batches,
    budget_period,
    calls_allowed,
    due_parcels,
    health_after_failure,
    health_after_success,
    is_available,
    la_poste_accepts,
    next_check_at,
    next_reset,
    registrations_allowed,
    route_for,
    with_new_key,
)

S = ParcelStatus
LP, DHL, SEVENTEEN = TrackingServiceId.LA_POSTE, TrackingServiceId.DHL, TrackingServiceId.SEVENTEEN_TRACK
NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)  # a Friday


@pytest.mark.parametrize(("carrier", "number", "expected"), [
    ("Colissimo", "6A12345678901", Route(LP, "6A12345678901")),
    ("La Poste", "lb 123 456 785 fr", Route(LP, "LB123456785FR")),
    ("Chronopost", "EE830820615FR", Route(LP, "EE830820615FR")),
    ("DHL Express", "1234567890", Route(DHL, "1234567890", dhl_service="express")),
    ("DHL Paket", "00340434161094042557", Route(DHL, "00340434161094042557", dhl_service="parcel-de")),
    ("Deutsche Post", "RR123456785DE", Route(DHL, "RR123456785DE", dhl_service="post-de")),
    ("DHL eCommerce", "GM123", Route(DHL, "GM123", dhl_service="ecommerce")),
    ("DHL", "1234567890", Route(DHL, "1234567890")),
    ("DPD", "25012345678901", Route(SEVENTEEN, "25012345678901")),
    ("Mondial Relay", "12345678", Route(SEVENTEEN, "12345678")),
    ("UPS", "1Z999AA10123456784", Route(SEVENTEEN, "1Z999AA10123456784", carrier_code=100002)),
    ("China Post", "RR123456785CN", Route(SEVENTEEN, "RR123456785CN", carrier_code=3011)),
    ("", "LB123456785FR", Route(LP, "LB123456785FR")),  # issued by La Poste
    ("Standard", "8D00432154798", Route(LP, "8D00432154798")),
    ("", "RR123456785DE", Route(DHL, "RR123456785DE")),  # issued by Deutsche Post
    ("GLS", "LB123456785FR", Route(SEVENTEEN, "LB123456785FR")),  # a named carrier wins over the shape
    ("", "12345678", Route(SEVENTEEN, "12345678")),
    ("", "LB123456784FR", Route(SEVENTEEN, "LB123456784FR")),  # wrong check digit: not La Poste's for sure
])
def test_routing(carrier, number, expected):
    assert route_for(carrier, number) == expected


def test_no_number_no_route():
    assert route_for("La Poste", "  ") is None


@pytest.mark.parametrize(("number", "accepted"), [("LB123456785FR", True), ("6A12345678901", True),
                                                  ("SHORT", False), ("A" * 16, False), ("LB12345678-5FR", False)])
def test_la_poste_number_shape(number, accepted):
    assert la_poste_accepts(number) is accepted


def candidate(status: S | None = S.IN_TRANSIT, *, checked_ago: timedelta | None = timedelta(hours=1),
              shipped_ago: timedelta = timedelta(days=3), carrier: str = "Colissimo",
              number: str = "6A12345678901", **extra) -> ParcelCandidate:
    return ParcelCandidate("TP-1", number, carrier, NOW - shipped_ago, status,
                           checked_at=NOW - checked_ago if checked_ago is not None else None, **extra)


@pytest.mark.parametrize(("parcel", "due_in"), [
    (candidate(S.OUT_FOR_DELIVERY), timedelta(0)),  # every hour
    (candidate(S.AVAILABLE_FOR_PICKUP), timedelta(hours=1)),
    (candidate(S.IN_TRANSIT), timedelta(hours=7)),  # less often while it travels
    (candidate(S.HELD_CUSTOMS), timedelta(hours=5)),
    (candidate(S.EXPIRED_NOT_FOUND, shipped_ago=timedelta(hours=5)), timedelta(hours=3)),  # activation window
    (candidate(S.EXPIRED_NOT_FOUND, shipped_ago=timedelta(days=6)), timedelta(hours=23)),  # after 48 working hours
    (candidate(S.EXCEPTION, number_rejected=True), timedelta(hours=23)),
    (candidate(None, checked_ago=None), -timedelta(days=3)),  # never asked: due since shipping
    (candidate(S.OUT_FOR_DELIVERY, carrier="DHL Express", number="1234567890"), timedelta(hours=1.4)),  # 10 a day
    (candidate(None, checked_ago=None, carrier="DHL", shipped_ago=timedelta(minutes=10)), timedelta(minutes=20)),
])
def test_when_a_parcel_is_asked_again(parcel, due_in):
    route = route_for(parcel.carrier, parcel.tracking_number)
    assert next_check_at(parcel, route, NOW) == NOW + due_in


@pytest.mark.parametrize("parcel", [
    candidate(S.DELIVERED, is_final=True),
    candidate(S.IN_TRANSIT, shipped_ago=timedelta(days=45, seconds=1)),  # stop 45 days after shipping
])
def test_never_again(parcel):
    assert next_check_at(parcel, route_for(parcel.carrier, parcel.tracking_number), NOW) is None


def test_dhl_stops_for_the_day_after_ten_fetches_of_a_shipment():
    parcel = candidate(S.OUT_FOR_DELIVERY, carrier="DHL", number="1234567890", checked_ago=timedelta(hours=3),
                       fetches_today=10)
    assert next_check_at(parcel, route_for("DHL", "1234567890"), NOW) == datetime(2026, 11, 21, tzinfo=UTC)


def test_due_parcels_put_new_ones_first_then_urgent_then_the_most_overdue():
    parcels = [
        candidate(S.IN_TRANSIT, checked_ago=timedelta(hours=30), number="6A00000000001"),
        candidate(S.OUT_FOR_DELIVERY, checked_ago=timedelta(hours=2), number="6A00000000002"),
        candidate(None, checked_ago=None, number="6A00000000003"),
        candidate(S.IN_TRANSIT, checked_ago=timedelta(hours=10), number="6A00000000004"),
        candidate(S.IN_TRANSIT, checked_ago=timedelta(hours=1), number="6A00000000005"),  # not due
        candidate(S.DELIVERED, is_final=True, number="6A00000000006"),
    ]
    order = [d.candidate.tracking_number[-1] for d in due_parcels(parcels, NOW)]
    assert order == ["3", "2", "1", "4"]
    assert due_parcels(parcels, NOW, services=[DHL]) == []


@pytest.mark.parametrize(("service", "count", "sizes"), [(LP, 25, [10, 10, 5]), (DHL, 3, [1, 1, 1]),
                                                          (SEVENTEEN, 100, [40, 40, 20])])
def test_batches_follow_each_services_batch_size(service, count, sizes):
    carrier = {LP: "Colissimo", DHL: "DHL", SEVENTEEN: "DPD"}[service]
    parcels = [candidate(None, checked_ago=None, carrier=carrier, number=f"6A{i:011d}") for i in range(count)]
    parcels.append(candidate(None, checked_ago=None, carrier=carrier, number="6A00000000000"))  # same number twice
    assert [len(b) for b in batches(due_parcels(parcels, NOW), service)] == sizes


def test_dhl_daily_budget_resets_at_midnight_gmt_and_is_spread_over_the_day():
    paris = timezone(timedelta(hours=1))
    late_evening = datetime(2026, 11, 20, 23, 30, tzinfo=paris)  # 22:30 GMT: still the 20th for DHL
    assert budget_period(CALLS, late_evening) == "2026-11-20"
    assert next_reset(DHL, CALLS, late_evening) == datetime(2026, 11, 21, tzinfo=UTC)
    midnight = datetime(2026, 11, 20, tzinfo=UTC)
    assert calls_allowed(DHL, 0, midnight) == 19  # 225 automatic calls x 2/24 h
    assert calls_allowed(DHL, 0, datetime(2026, 11, 20, 23, tzinfo=UTC)) == 225  # 25 kept for manual refreshes
    assert calls_allowed(DHL, 225, datetime(2026, 11, 20, 23, tzinfo=UTC)) == 0
    assert calls_allowed(DHL, 225, NOW, manual=True) == 25
    assert calls_allowed(DHL, 260, NOW, manual=True) == 0
    assert calls_allowed(LP, 10_000, NOW) is None and calls_allowed(SEVENTEEN, 5, NOW) is None


def test_registrations_are_counted_by_month():
    assert budget_period(REGISTRATIONS, NOW) == "2026-11"
    assert next_reset(SEVENTEEN, REGISTRATIONS, datetime(2026, 12, 31, 23, tzinfo=UTC)) == datetime(2027, 1, 1,
                                                                                                   tzinfo=UTC)
    assert registrations_allowed(0) == 100 and registrations_allowed(97) == 3 and registrations_allowed(150) == 0


def fixed(value: float):
    return lambda: value


@pytest.mark.parametrize(("state", "retry_after", "until"), [
    (ServiceState.KEY_REJECTED, None, None),  # until the key changes
    (ServiceState.QUOTA_SPENT, None, datetime(2026, 11, 21, tzinfo=UTC)),
    (ServiceState.RATE_LIMITED, 120.0, NOW + timedelta(seconds=120)),
    (ServiceState.RATE_LIMITED, None, NOW + timedelta(seconds=60)),  # no Retry-After: a minute at least
    (ServiceState.RATE_LIMITED, 1e12, NOW + timedelta(minutes=30)),  # capped
    (ServiceState.DOWN, None, NOW + timedelta(seconds=30)),
])
def test_health_after_a_failure(state, retry_after, until):
    health = health_after_failure(ServiceHealth(), state, NOW, service=DHL, retry_after=retry_after, rng=fixed(0.0))
    assert (health.state, health.until, health.failures) == (state, until, 1)
    assert not is_available(health, NOW)
    if until is not None:
        assert is_available(health, until)


def test_backoff_grows_with_consecutive_failures():
    health = ServiceHealth()
    waits = []
    for _ in range(5):
        health = health_after_failure(health, ServiceState.DOWN, NOW, service=LP, rng=fixed(1.0))
        waits.append(health.until - NOW)
    assert waits == sorted(waits) and waits[-1] > waits[0]
    assert health_after_success(health) == ServiceHealth()


def test_a_new_key_clears_a_rejected_key_but_not_a_spent_quota():
    rejected = health_after_failure(ServiceHealth(), ServiceState.KEY_REJECTED, NOW, service=DHL)
    assert is_available(with_new_key(rejected), NOW)
    spent = health_after_failure(ServiceHealth(), ServiceState.QUOTA_SPENT, NOW, service=DHL)
    assert not is_available(with_new_key(spent), NOW)
