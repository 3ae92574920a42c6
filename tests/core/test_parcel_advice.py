"""TPOP's rules applied to the carrier's own answer: advice, cases, customer messages, notifications."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from tpop_desktop.core.advice import AdviceCode, Severity, advice_for
from tpop_desktop.core.cases import CaseKind, can_open, kinds_for, open_case
from tpop_desktop.core.messages import PLACEHOLDERS, TEMPLATES_BY_ADVICE, TemplateId, fields_for
from tpop_desktop.core.models import Customer, Destination, Order, Platform, Shipment, Shop, Status
from tpop_desktop.core.notify_rules import SUMMARY_THRESHOLD, plan_parcel_notifications
from tpop_desktop.core.parcel import (
    CarrierEvent,
    ParcelChange,
    ParcelStatus,
    ParcelTracking,
    PickupPoint,
    TrackingServiceId,
)

S = ParcelStatus
A = AdviceCode
PARIS = ZoneInfo("Europe/Paris")
UTC = timezone.utc
# 2027-01-04 is a Monday: shipped Monday 10:00, 48 working hours end Wednesday 10:00.
SHIPPED = datetime(2027, 1, 4, 10, tzinfo=PARIS)
WITHIN_48H = datetime(2027, 1, 5, 18, tzinfo=PARIS)
AFTER_48H = datetime(2027, 1, 6, 11, tzinfo=PARIS)
DELIVERY = CarrierEvent(datetime(2027, 1, 6, 9, 42, tzinfo=PARIS), "DI1", "Distribué", "Bruxelles X", "BE",
                        S.DELIVERED, final=True)


def order(status: Status = Status.SHIPPED, *, shipped_at: datetime = SHIPPED) -> Order:
    return Order(
        reference="TP-104233", shop=Shop("shop-1", "Atelier Lune", Platform.SHOPIFY), shop_order_number="#1042",
        created_at=datetime(2026, 12, 28, 9, tzinfo=UTC), updated_at=shipped_at.astimezone(UTC), status=status,
        customer=Customer("Ana Peeters", "ana@example.org", "nl"), destination=Destination("BE", "1000", "Brussels"),
        shipments=(Shipment("La Poste", "LB123456785FR", "", shipped_at.astimezone(UTC)),))


def parcel(status: ParcelStatus, *, code: str = "", label: str = "", events: tuple[CarrierEvent, ...] = (),
           **changes) -> ParcelTracking:
    at = events[0].time if events else datetime(2027, 1, 5, 8, tzinfo=PARIS)
    base = ParcelTracking(TrackingServiceId.LA_POSTE, "LB123456785FR", status, code=code, label=label,
                          status_at=at, events=events)
    return replace(base, **changes)


def codes(found) -> list[AdviceCode]:
    return [item.code for item in found]


# --- advice -------------------------------------------------------------------------------


@pytest.mark.parametrize(("snapshot", "now", "expected"), [
    # unknown to the carrier: normal within 48 working hours, then "check the number with TPOP"
    (parcel(S.EXPIRED_NOT_FOUND, not_yet_available=True), WITHIN_48H, [A.PARCEL_NOT_YET_KNOWN]),
    (parcel(S.EXPIRED_NOT_FOUND, not_yet_available=True), AFTER_48H, [A.PARCEL_CHECK_NUMBER]),
    (parcel(S.EXPIRED_NOT_FOUND, number_rejected=True), WITHIN_48H, [A.PARCEL_CHECK_NUMBER]),
    # moving: TPOP's "tracking can lag" still holds, the "not active yet" guess is gone
    (parcel(S.IN_TRANSIT, code="ET1"), WITHIN_48H, [A.TRACKING_MAY_LAG]),
    (parcel(S.OUT_FOR_DELIVERY, code="MD2"), WITHIN_48H, [A.PARCEL_OUT_FOR_DELIVERY]),
    (parcel(S.AVAILABLE_FOR_PICKUP, code="AG1", pickup_point=PickupPoint("Bureau de poste Ixelles", "BDP")),
     AFTER_48H, [A.PARCEL_WAITS_FOR_PICKUP]),
    (parcel(S.HELD_CUSTOMS, code="DO3"), AFTER_48H, [A.PARCEL_HELD_CUSTOMS]),
    (parcel(S.DELIVERY_FAILED, code="ND1"), AFTER_48H, [A.PARCEL_DELIVERY_FAILED]),
    (parcel(S.EXCEPTION, code="PB1"), AFTER_48H, [A.PARCEL_PROBLEM]),
    (parcel(S.RETURNED_TO_SENDER, code="RE1"), AFTER_48H, [A.PARCEL_RETURNED]),
    (parcel(S.DELIVERED, code="DI1", events=(DELIVERY,), is_final=True), AFTER_48H, [A.PARCEL_DELIVERED]),
])
def test_the_carriers_answer_decides_the_shipping_advice(snapshot, now, expected):
    assert codes(advice_for(order(), now, snapshot)) == expected


def test_without_a_carrier_answer_the_advice_is_tpops_as_before():
    assert codes(advice_for(order(), WITHIN_48H)) == [A.TRACKING_NOT_ACTIVE_YET, A.TRACKING_MAY_LAG]
    assert codes(advice_for(order(), WITHIN_48H, None)) == codes(advice_for(order(), WITHIN_48H))


def test_not_yet_known_says_until_when_it_is_normal():
    advice = advice_for(order(), WITHIN_48H, parcel(S.EXPIRED_NOT_FOUND))[0]
    assert advice.severity is Severity.INFO
    assert datetime.fromisoformat(advice.params["ready_at"]) == datetime(2027, 1, 6, 10, tzinfo=PARIS)


def test_pickup_advice_says_where_the_parcel_waits_and_offers_the_customer_message():
    snapshot = parcel(S.AVAILABLE_FOR_PICKUP, code="AG1", label="En attente d'être retiré au guichet",
                      pickup_point=PickupPoint("Bureau de poste Ixelles", "BDP"))
    advice = advice_for(order(), AFTER_48H, snapshot)[0]
    assert advice.severity is Severity.ACTION
    assert advice.params["point"] == "Bureau de poste Ixelles" and advice.params["code"] == "AG1"
    assert TEMPLATES_BY_ADVICE[advice.code] == (TemplateId.PICKUP_COLLECT,)


def test_delivered_quotes_the_carriers_delivery_event():
    snapshot = parcel(S.DELIVERED, code="DI1", label="Distribué", events=(DELIVERY,), is_final=True)
    advice = advice_for(order(), AFTER_48H, snapshot)[0]
    assert advice.params == {"service": "laposte", "code": "DI1", "label": "Distribué",
                             "at": "2027-01-06T09:42:00+01:00", "place": "Bruxelles X", "country": "BE"}


def test_the_first_delivery_scan_is_the_fact_and_a_carriers_local_time_stays_local():
    later = CarrierEvent(datetime(2027, 1, 6, 18, tzinfo=PARIS), "DI1", "Distribué", "Centre de tri", "BE",
                         S.DELIVERED, final=True)
    internal = CarrierEvent(datetime(2027, 1, 6, 19, tzinfo=PARIS), "unknown", "CLOSE BAG")
    snapshot = parcel(S.DELIVERED, code="DI1", label="Distribué", events=(internal, later, DELIVERY), is_final=True)
    assert advice_for(order(), AFTER_48H, snapshot)[0].params["place"] == "Bruxelles X"
    naive = replace(DELIVERY, time=datetime(2027, 1, 6, 9, 42))  # DHL: local time without an offset
    snapshot = parcel(S.DELIVERED, code="DI1", label="Distribué", events=(naive,), is_final=True)
    assert advice_for(order(), AFTER_48H, snapshot)[0].params["at"] == "2027-01-06T09:42:00"


def test_a_parcel_that_ended_asks_no_support_after_21_days_but_a_moving_one_does():
    long_ago = order(shipped_at=SHIPPED - timedelta(days=30))
    delivered = parcel(S.DELIVERED, code="DI1", events=(DELIVERY,), is_final=True)
    assert A.CONTACT_SUPPORT not in codes(advice_for(long_ago, AFTER_48H, delivered))
    assert codes(advice_for(long_ago, AFTER_48H, parcel(S.IN_TRANSIT)))[0] is A.CONTACT_SUPPORT


# --- cases --------------------------------------------------------------------------------


def test_the_carriers_delivered_opens_the_not_received_case_even_before_tpop_says_so():
    delivered = parcel(S.DELIVERED, code="DI1", events=(DELIVERY,), is_final=True)
    assert not can_open(CaseKind.NOT_RECEIVED, order(), AFTER_48H)
    assert can_open(CaseKind.NOT_RECEIVED, order(), AFTER_48H, delivered)
    assert open_case("c1", order(), CaseKind.NOT_RECEIVED, AFTER_48H, delivered).kind is CaseKind.NOT_RECEIVED
    with pytest.raises(ValueError):
        open_case("c2", order(), CaseKind.NOT_RECEIVED, AFTER_48H)


def test_a_returned_parcel_offers_the_returned_case_not_the_silent_tracking_one():
    long_ago = order(shipped_at=SHIPPED - timedelta(days=30))
    assert CaseKind.NO_TRACKING_UPDATE in kinds_for(long_ago, AFTER_48H)
    returned = parcel(S.RETURNED_TO_SENDER, code="RE1")
    assert kinds_for(long_ago, AFTER_48H, returned) == (CaseKind.RETURNED_TO_SENDER,)


# --- customer messages --------------------------------------------------------------------


def test_fields_name_the_pickup_point_and_date_the_delivery_by_the_carrier():
    pickup = parcel(S.AVAILABLE_FOR_PICKUP, pickup_point=PickupPoint("  Bureau de poste\nIxelles ", "BDP"))
    fields = fields_for(order(), parcel=pickup)
    assert set(fields) == PLACEHOLDERS
    assert fields["pickup_point"] == "Bureau de poste Ixelles"
    assert fields_for(order())["pickup_point"] == ""
    delivered = parcel(S.DELIVERED, events=(DELIVERY,), is_final=True, pickup_point=PickupPoint("old point"))
    fields = fields_for(order(), parcel=delivered)
    assert fields["delivery_date"] == "2027-01-06" and fields["pickup_point"] == ""


# --- notifications ------------------------------------------------------------------------


def change(reference: str, old: ParcelStatus | None, new: ParcelStatus) -> ParcelChange:
    return ParcelChange(reference, "LB123456785FR", old, new, parcel(new))


ALL_KINDS = frozenset({"delivered", "parcel_pickup", "parcel_problem", "parcel_returned"})


@pytest.mark.parametrize(("new", "kind"), [
    (S.DELIVERED, "delivered"), (S.AVAILABLE_FOR_PICKUP, "parcel_pickup"), (S.HELD_CUSTOMS, "parcel_problem"),
    (S.DELIVERY_FAILED, "parcel_problem"), (S.EXCEPTION, "parcel_problem"),
    (S.RETURNED_TO_SENDER, "parcel_returned"),
])
def test_each_kind_is_notified_and_can_be_switched_off(new, kind):
    changes = [change("TP-1", S.IN_TRANSIT, new)]
    assert plan_parcel_notifications(changes, ALL_KINDS).singles == tuple(changes)
    assert plan_parcel_notifications(changes, ALL_KINDS - {kind}).singles == ()


def test_first_seen_parcels_and_quiet_statuses_are_never_notified():
    changes = [change("TP-1", None, S.DELIVERED), change("TP-2", S.INFO_RECEIVED, S.IN_TRANSIT),
               change("TP-3", S.IN_TRANSIT, S.OUT_FOR_DELIVERY)]
    assert plan_parcel_notifications(changes, ALL_KINDS) == plan_parcel_notifications([], ALL_KINDS)


def test_a_delivery_tpop_already_announced_is_not_said_twice():
    changes = [change("TP-1", S.OUT_FOR_DELIVERY, S.DELIVERED)]
    assert plan_parcel_notifications(changes, ALL_KINDS, already_delivered={"TP-1"}).singles == ()


def test_a_few_are_named_one_by_one_and_many_summarised():
    few = [change(f"TP-{i}", S.IN_TRANSIT, S.DELIVERED) for i in range(SUMMARY_THRESHOLD)]
    assert len(plan_parcel_notifications(few, ALL_KINDS).singles) == SUMMARY_THRESHOLD
    many = [*few, change("TP-8", S.IN_TRANSIT, S.HELD_CUSTOMS), change("TP-9", S.IN_TRANSIT, S.RETURNED_TO_SENDER)]
    plan = plan_parcel_notifications(many, ALL_KINDS)
    assert plan.singles == () and plan.summary == {"delivered": 3, "parcel_problem": 1, "parcel_returned": 1}
