"""TPOP's advice rules, applied to one order at a given moment."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from tpop_desktop.core.advice import (
    Advice,
    AdviceCode,
    AttentionReason,
    Severity,
    advice_for,
    needs_attention_reasons,
    support_message_fields,
)
from tpop_desktop.core.models import (
    BlockReason,
    Customer,
    Destination,
    Order,
    Platform,
    Shipment,
    Shop,
    Status,
)

PARIS = ZoneInfo("Europe/Paris")
UTC = timezone.utc
# 2027-01-01 is a Friday.
FRIDAY_15H = datetime(2027, 1, 1, 15, tzinfo=PARIS)
SATURDAY_10H = datetime(2027, 1, 2, 10, tzinfo=PARIS)


def order(status: Status, *, shipped_at: datetime | None = None, tracking: str = "LB123456785FR",
          delivered_at: datetime | None = None, **changes) -> Order:
    created = datetime(2026, 12, 20, 9, tzinfo=UTC)
    shipments = ()
    if shipped_at is not None:
        shipments = (Shipment("La Poste", tracking, "", shipped_at.astimezone(UTC),
                              delivered_at.astimezone(UTC) if delivered_at else None),)
    base = Order(
        reference="TP-104233",
        shop=Shop("shop-1", "Atelier Lune", Platform.SHOPIFY),
        shop_order_number="#1042",
        created_at=created,
        updated_at=shipped_at.astimezone(UTC) if shipped_at else created,
        status=status,
        customer=Customer("Ana Peeters", "ana@example.org", "nl"),
        destination=Destination("BE", "1000", "Brussels"),
        shipments=shipments,
    )
    return replace(base, **changes)


def codes(advice: list[Advice]) -> list[AdviceCode]:
    return [item.code for item in advice]


# --- tracking activation (48 working hours) -----------------------------------------------


@pytest.mark.parametrize(
    ("shipped_at", "now", "ready_at"),
    [
        (FRIDAY_15H, datetime(2027, 1, 5, 14, 59, tzinfo=PARIS), "2027-01-05T15:00:00+01:00"),
        (FRIDAY_15H, datetime(2027, 1, 2, 12, tzinfo=PARIS), "2027-01-05T15:00:00+01:00"),
        (SATURDAY_10H, datetime(2027, 1, 5, 23, 59, tzinfo=PARIS), "2027-01-06T00:00:00+01:00"),
    ],
)
def test_tracking_not_active_yet_within_48_working_hours(shipped_at: datetime, now: datetime, ready_at: str) -> None:
    advice = advice_for(order(Status.SHIPPED, shipped_at=shipped_at), now)
    assert advice[0] == Advice(AdviceCode.TRACKING_NOT_ACTIVE_YET, Severity.INFO, {"ready_at": ready_at})
    assert codes(advice) == [AdviceCode.TRACKING_NOT_ACTIVE_YET, AdviceCode.TRACKING_MAY_LAG]


@pytest.mark.parametrize(
    ("shipped_at", "now"),
    [(FRIDAY_15H, datetime(2027, 1, 5, 15, tzinfo=PARIS)), (SATURDAY_10H, datetime(2027, 1, 6, 0, tzinfo=PARIS))],
)
def test_after_48_working_hours_only_the_lag_warning_remains(shipped_at: datetime, now: datetime) -> None:
    assert codes(advice_for(order(Status.SHIPPED, shipped_at=shipped_at), now)) == [AdviceCode.TRACKING_MAY_LAG]


def test_ready_at_follows_the_clock_timezone() -> None:
    now_utc = FRIDAY_15H.astimezone(UTC) + timedelta(hours=1)
    advice = advice_for(order(Status.SHIPPED, shipped_at=FRIDAY_15H), now_utc)[0]
    assert advice.params["ready_at"] == "2027-01-05T14:00:00+00:00"


# --- 21 days ---------------------------------------------------------------------------------

SHIPPED = datetime(2027, 1, 4, 10, tzinfo=PARIS)  # a Monday


@pytest.mark.parametrize(
    ("elapsed", "stale"),
    [
        (timedelta(days=21) - timedelta(seconds=1), False),
        (timedelta(days=21), False),
        (timedelta(days=21, seconds=1), True),
        (timedelta(days=40), True),
    ],
)
def test_contact_support_only_after_more_than_21_days(elapsed: timedelta, stale: bool) -> None:
    parcel = order(Status.SHIPPED, shipped_at=SHIPPED)
    advice = advice_for(parcel, SHIPPED + elapsed)
    assert (AdviceCode.CONTACT_SUPPORT in codes(advice)) is stale
    assert (AttentionReason.STALE_21_DAYS in needs_attention_reasons(parcel, SHIPPED + elapsed)) is stale


def test_contact_support_params_and_message_fields() -> None:
    parcel = order(Status.SHIPPED, shipped_at=SHIPPED)
    advice = advice_for(parcel, SHIPPED + timedelta(days=23, hours=2))
    assert advice[0] == Advice(
        AdviceCode.CONTACT_SUPPORT, Severity.ACTION, {"days": "23", "shipped_on": "2027-01-04"}
    )
    assert support_message_fields(parcel, PARIS) == {
        "reference": "TP-104233",
        "tracking_number": "LB123456785FR",
        "carrier": "La Poste",
        "shipped_on": "2027-01-04",
    }


def test_no_support_advice_once_delivered() -> None:
    parcel = order(Status.DELIVERED, shipped_at=SHIPPED, delivered_at=SHIPPED + timedelta(days=3))
    now = SHIPPED + timedelta(days=30)
    assert codes(advice_for(parcel, now)) == [AdviceCode.DELIVERED_NOT_RECEIVED_HINT]
    assert needs_attention_reasons(parcel, now) == set()


def test_delivered_date_from_the_carrier_counts_as_delivered() -> None:
    parcel = order(Status.SHIPPED, shipped_at=SHIPPED, delivered_at=SHIPPED + timedelta(days=2))
    assert codes(advice_for(parcel, SHIPPED + timedelta(days=30))) == [AdviceCode.DELIVERED_NOT_RECEIVED_HINT]


def test_support_message_fields_without_a_shipment() -> None:
    assert support_message_fields(order(Status.PRODUCTION)) == {
        "reference": "TP-104233",
        "tracking_number": "",
        "carrier": "",
        "shipped_on": "",
    }


# --- blocked -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("reason", "detail", "expected"),
    [
        (
            BlockReason.PAYMENT,
            "insufficient_funds",
            Advice(
                AdviceCode.BLOCKED_PAYMENT,
                Severity.ACTION,
                {"reason": "payment", "detail": "insufficient_funds", "retry_working_days": "1-2"},
            ),
        ),
        (
            BlockReason.PAYMENT,
            "",
            Advice(AdviceCode.BLOCKED_PAYMENT, Severity.ACTION, {"reason": "payment", "retry_working_days": "1-2"}),
        ),
        (BlockReason.ADDRESS, "", Advice(AdviceCode.BLOCKED_ADDRESS, Severity.ACTION, {"reason": "address"})),
        (BlockReason.VISUAL, "", Advice(AdviceCode.BLOCKED_VISUAL, Severity.ACTION, {"reason": "visual"})),
        (None, "", Advice(AdviceCode.BLOCKED_UNKNOWN, Severity.ACTION)),
    ],
)
def test_each_blocked_reason_has_its_fix_and_restart_is_useless(
    reason: BlockReason | None, detail: str, expected: Advice
) -> None:
    blocked = order(Status.BLOCKED, block_reason=reason, block_detail=detail)
    now = datetime(2027, 1, 4, 9, tzinfo=PARIS)
    assert advice_for(blocked, now) == [expected, Advice(AdviceCode.RESTART_IS_USELESS, Severity.WARNING)]
    assert needs_attention_reasons(blocked, now) == {AttentionReason.BLOCKED}


# --- open, production ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        (Status.OPEN, [Advice(AdviceCode.OPEN_NOT_CHARGED, Severity.INFO)]),
        (
            Status.PRODUCTION,
            [Advice(AdviceCode.PRODUCTION_CHARGED, Severity.INFO, {"min_working_days": "2", "max_working_days": "7"})],
        ),
        (Status.CANCELLED, []),
    ],
)
def test_open_and_production_advice(status: Status, expected: list[Advice]) -> None:
    now = datetime(2027, 1, 4, 9, tzinfo=PARIS)
    assert advice_for(order(status), now) == expected
    assert needs_attention_reasons(order(status), now) == set()


def test_an_order_read_from_the_shop_gets_no_promise_about_tpops_charge() -> None:
    """Open in the shop says nothing about TPOP: it may already be in production, charged."""
    now = datetime(2027, 1, 4, 9, tzinfo=PARIS)
    from_shop = order(Status.OPEN, reference="shop:shop-1:1042")
    assert advice_for(from_shop, now) == []
    shipped = order(Status.SHIPPED, shipped_at=datetime(2027, 1, 1, 12, tzinfo=PARIS), reference="shop:shop-1:1042")
    assert AdviceCode.TRACKING_NOT_ACTIVE_YET in codes(advice_for(shipped, now))  # the parcel's advice still holds


# --- tracking number missing ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("tracking", "now", "flagged"),
    [
        ("", datetime(2027, 1, 5, 15, tzinfo=PARIS), False),  # exactly 48 working hours
        ("", datetime(2027, 1, 5, 15, 1, tzinfo=PARIS), True),
        ("  ", datetime(2027, 1, 8, 9, tzinfo=PARIS), True),
        ("LB123456785FR", datetime(2027, 1, 8, 9, tzinfo=PARIS), False),
    ],
)
def test_tracking_missing_after_48_working_hours(tracking: str, now: datetime, flagged: bool) -> None:
    parcel = order(Status.SHIPPED, shipped_at=FRIDAY_15H, tracking=tracking)
    assert (AttentionReason.TRACKING_NOT_ACTIVE_48H in needs_attention_reasons(parcel, now)) is flagged


def test_a_shipped_order_without_any_shipment_uses_its_status_change_time() -> None:
    parcel = order(Status.SHIPPED, updated_at=FRIDAY_15H.astimezone(UTC))
    assert needs_attention_reasons(parcel, datetime(2027, 1, 5, 14, tzinfo=PARIS)) == set()
    assert needs_attention_reasons(parcel, datetime(2027, 1, 5, 16, tzinfo=PARIS)) == {
        AttentionReason.TRACKING_NOT_ACTIVE_48H
    }


def test_the_clock_must_be_timezone_aware() -> None:
    with pytest.raises(ValueError):
        advice_for(order(Status.OPEN), datetime(2027, 1, 4, 9))


def test_advice_params_cannot_be_changed_after_the_fact() -> None:
    source = {"ready_at": "x"}
    advice = Advice(AdviceCode.TRACKING_NOT_ACTIVE_YET, Severity.INFO, source)
    source["ready_at"] = "y"
    assert advice.params["ready_at"] == "x"
    with pytest.raises(TypeError):
        advice.params["ready_at"] = "z"  # type: ignore[index]
    assert hash(advice) == hash(Advice(AdviceCode.TRACKING_NOT_ACTIVE_YET, Severity.INFO, {"ready_at": "x"}))


@pytest.mark.parametrize(("carrier", "relay"), [
    ("Mondial Relay", True), ("mondial-relay", True), ("La Poste", False), ("Colissimo", False), ("DPD", False),
])
def test_a_delivered_relay_point_parcel_is_looked_for_at_the_relay_point(carrier: str, relay: bool) -> None:
    """Mondial Relay delivers to a relay point: no neighbour, no letterbox, no post office."""
    delivered = order(Status.DELIVERED, shipped_at=SHIPPED, delivered_at=SHIPPED + timedelta(days=3))
    delivered = replace(delivered, shipments=(replace(delivered.shipments[0], carrier=carrier),))
    [hint] = advice_for(delivered, SHIPPED + timedelta(days=5))
    assert hint.code is AdviceCode.DELIVERED_NOT_RECEIVED_HINT
    assert (hint.params.get("relay") == "yes") is relay
