"""Guided case flows: which case an order allows, how steps and decisions move, persistence."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime, timedelta, timezone

import pytest

from tpop_desktop.core.cases import (
    Case,
    CaseKind,
    CaseStep,
    Decision,
    MessageChannel,
    can_open,
    case_from_dict,
    case_to_dict,
    decide,
    decisions_for,
    kinds_for,
    mark_step_done,
    next_step,
    open_case,
    record_message,
    reopen,
    reship_block,
    set_notes,
    steps_for,
)
from tpop_desktop.core.models import Customer, Destination, Item, Order, Platform, Shipment, Shop, Status

UTC = timezone.utc
NOW = datetime(2027, 3, 10, 12, tzinfo=UTC)


def order(status: Status = Status.SHIPPED, *, shipped_days_ago: float | None = 5,
          delivered: bool = False, **changes) -> Order:
    shipments: tuple[Shipment, ...] = ()
    if shipped_days_ago is not None:
        shipped_at = NOW - timedelta(days=shipped_days_ago)
        shipments = (Shipment("La Poste", "LB123456785FR", "", shipped_at,
                              shipped_at + timedelta(days=2) if delivered else None),)
    base = Order(
        reference="TP-104233",
        shop=Shop("shop-1", "Lune & Soleil", Platform.SHOPIFY),
        shop_order_number="#1042",
        created_at=NOW - timedelta(days=40),
        updated_at=NOW - timedelta(days=1),
        status=status,
        customer=Customer("Zoë O'Brien-Müller", "zoe.obrien@example.org", "fr"),
        destination=Destination("BE", "1150", "Woluwe-Saint-Pierre / Sint-Pieters-Woluwe"),
        items=(Item("T-shirt bio « Lune »", "M / Noir", 2), Item("Mug émaillé", "", 1)),
        shipments=shipments,
    )
    return replace(base, **changes)


# --- can_open --------------------------------------------------------------------------

CAN_OPEN_TABLE = [
    # kind, order, allowed, why
    (CaseKind.NOT_RECEIVED, order(Status.DELIVERED), True, "status delivered"),
    (CaseKind.NOT_RECEIVED, order(Status.SHIPPED, delivered=True), True, "shipment has delivered_at"),
    (CaseKind.NOT_RECEIVED, order(Status.SHIPPED), False, "still in transit"),
    (CaseKind.NOT_RECEIVED, order(Status.PRODUCTION, shipped_days_ago=None), False, "not shipped"),
    (CaseKind.NO_TRACKING_UPDATE, order(Status.SHIPPED, shipped_days_ago=22), True, "22 days in transit"),
    (CaseKind.NO_TRACKING_UPDATE, order(Status.SHIPPED, shipped_days_ago=21), False, "exactly 21 days"),
    (CaseKind.NO_TRACKING_UPDATE, order(Status.SHIPPED, shipped_days_ago=10), False, "too early for support"),
    (CaseKind.NO_TRACKING_UPDATE, order(Status.SHIPPED, shipped_days_ago=30, delivered=True), False,
     "delivered after all"),
    (CaseKind.NO_TRACKING_UPDATE, order(Status.SHIPPED, shipped_days_ago=None), False, "no ship date"),
    (CaseKind.RETURNED_TO_SENDER, order(Status.SHIPPED), True, "shipped"),
    (CaseKind.RETURNED_TO_SENDER, order(Status.DELIVERED, delivered=True), True, "delivered back"),
    (CaseKind.RETURNED_TO_SENDER, order(Status.OPEN, shipped_days_ago=None), False, "not shipped"),
    (CaseKind.RETURNED_TO_SENDER, order(Status.BLOCKED, shipped_days_ago=None), False, "blocked"),
]


@pytest.mark.parametrize(("kind", "the_order", "allowed", "why"), CAN_OPEN_TABLE,
                         ids=[row[3] + f" ({row[0].value})" for row in CAN_OPEN_TABLE])
def test_can_open_follows_tpop_rules(kind, the_order, allowed, why):
    assert can_open(kind, the_order, NOW) is allowed


def test_kinds_offered_for_a_delivered_order():
    assert kinds_for(order(Status.DELIVERED, delivered=True), NOW) == (
        CaseKind.NOT_RECEIVED, CaseKind.RETURNED_TO_SENDER)


def test_open_case_refuses_an_order_the_rules_exclude():
    with pytest.raises(ValueError, match="not_received"):
        open_case("c1", order(Status.SHIPPED), CaseKind.NOT_RECEIVED, NOW)


def test_naive_clock_is_refused():
    with pytest.raises(ValueError, match="timezone"):
        can_open(CaseKind.NOT_RECEIVED, order(Status.DELIVERED), datetime(2027, 3, 10))


# --- the flows -------------------------------------------------------------------------


@pytest.mark.parametrize(("kind", "steps", "decisions"), [
    (CaseKind.NOT_RECEIVED,
     (CaseStep.CHECK_TRACKING, CaseStep.ASK_NEIGHBOURS_AND_POST_OFFICE, CaseStep.DECIDE),
     {Decision.FOUND, Decision.REFUSED, Decision.RESHIP_AT_MY_COST}),
    (CaseKind.NO_TRACKING_UPDATE,
     (CaseStep.CHECK_TRACKING, CaseStep.CONTACT_SUPPORT, CaseStep.WAIT_FOR_CARRIER_VERDICT),
     {Decision.FOUND, Decision.RESHIPPED_BY_TPOP, Decision.REFUNDED_BY_TPOP}),
    (CaseKind.RETURNED_TO_SENDER,
     (CaseStep.CHECK_ADDRESS, CaseStep.ASK_CUSTOMER_FOR_ADDRESS, CaseStep.DECIDE),
     {Decision.RESHIP_FOR_FEE, Decision.REFUSED}),
])
def test_each_kind_has_its_steps_and_outcomes(kind, steps, decisions):
    assert steps_for(kind) == steps
    assert set(decisions_for(kind)) == decisions


def test_not_received_walkthrough_to_a_reship_at_my_cost():
    later = [NOW + timedelta(hours=hour) for hour in range(6)]
    case = open_case("c1", order(Status.DELIVERED, delivered=True), CaseKind.NOT_RECEIVED, later[0])
    assert (case.reference, case.closed, case.steps_done) == ("TP-104233", False, ())
    assert next_step(case) is CaseStep.CHECK_TRACKING

    case = mark_step_done(case, CaseStep.CHECK_TRACKING, later[1])
    assert next_step(case) is CaseStep.ASK_NEIGHBOURS_AND_POST_OFFICE
    case = record_message(case, "not_received.check_neighbours_post_office", "fr", "clipboard", later[2])
    case = mark_step_done(case, CaseStep.ASK_NEIGHBOURS_AND_POST_OFFICE, later[2])
    assert next_step(case) is CaseStep.DECIDE

    case = set_notes(case, "Customer called: not at the post office either.", later[3])
    case = decide(case, Decision.RESHIP_AT_MY_COST, later[4])
    assert case.closed and case.decision is Decision.RESHIP_AT_MY_COST
    assert case.decided_at == later[4] and case.updated_at == later[4]
    assert case.steps_done == steps_for(CaseKind.NOT_RECEIVED)
    assert next_step(case) is None
    assert case.messages_sent[0].channel is MessageChannel.CLIPBOARD
    assert case.notes.startswith("Customer called")


def test_steps_done_out_of_order_keep_flow_order_and_ticking_twice_changes_nothing():
    case = open_case("c1", order(Status.SHIPPED), CaseKind.RETURNED_TO_SENDER, NOW)
    case = mark_step_done(case, CaseStep.ASK_CUSTOMER_FOR_ADDRESS, NOW)
    assert next_step(case) is CaseStep.CHECK_ADDRESS
    case = mark_step_done(case, CaseStep.CHECK_ADDRESS, NOW + timedelta(minutes=1))
    assert case.steps_done == (CaseStep.CHECK_ADDRESS, CaseStep.ASK_CUSTOMER_FOR_ADDRESS)
    assert mark_step_done(case, CaseStep.CHECK_ADDRESS, NOW + timedelta(hours=9)) is case


def test_a_step_of_another_flow_is_refused():
    case = open_case("c1", order(Status.DELIVERED), CaseKind.NOT_RECEIVED, NOW)
    with pytest.raises(ValueError, match="contact_support"):
        mark_step_done(case, CaseStep.CONTACT_SUPPORT, NOW)


def test_an_outcome_of_another_flow_is_refused():
    case = open_case("c1", order(Status.DELIVERED), CaseKind.NOT_RECEIVED, NOW)
    with pytest.raises(ValueError, match="refunded_by_tpop"):
        decide(case, Decision.REFUNDED_BY_TPOP, NOW)


def test_closed_case_must_be_reopened_before_changes_and_reopen_clears_the_decision():
    case = open_case("c1", order(Status.SHIPPED, shipped_days_ago=25), CaseKind.NO_TRACKING_UPDATE, NOW)
    case = decide(case, Decision.FOUND, NOW)
    with pytest.raises(ValueError, match="reopen"):
        mark_step_done(case, CaseStep.CONTACT_SUPPORT, NOW)
    with pytest.raises(ValueError, match="reopen"):
        decide(case, Decision.REFUNDED_BY_TPOP, NOW)

    reopened = reopen(case, NOW + timedelta(days=1))
    assert (reopened.closed, reopened.decision, reopened.decided_at) == (False, None, None)
    assert next_step(reopened) is CaseStep.CHECK_TRACKING
    assert CaseStep.WAIT_FOR_CARRIER_VERDICT not in reopened.steps_done
    with pytest.raises(ValueError, match="already open"):
        reopen(reopened, NOW)


def test_record_message_refuses_an_unknown_channel():
    case = open_case("c1", order(Status.DELIVERED), CaseKind.NOT_RECEIVED, NOW)
    with pytest.raises(ValueError):
        record_message(case, "not_received.refusal", "fr", "fax", NOW)


# --- reship block ----------------------------------------------------------------------


def test_reship_block_lists_items_and_recipient_for_the_manual_order_form():
    block = reship_block(order(Status.DELIVERED, delivered=True))
    assert block == (
        "TP-104233 · Lune & Soleil · #1042\n"
        "\n"
        "2 × T-shirt bio « Lune » (M / Noir)\n"
        "1 × Mug émaillé\n"
        "\n"
        "Zoë O'Brien-Müller\n"
        "1150 Woluwe-Saint-Pierre / Sint-Pieters-Woluwe\n"
        "Belgium (BE)\n"
        "zoe.obrien@example.org\n"
    )


def test_reship_block_without_items_or_email_has_no_empty_sections():
    the_order = order(Status.DELIVERED, items=(), customer=Customer("Ana Peeters"))
    assert reship_block(the_order) == (
        "TP-104233 · Lune & Soleil · #1042\n\nAna Peeters\n1150 Woluwe-Saint-Pierre / Sint-Pieters-Woluwe\n"
        "Belgium (BE)\n")


# --- serialization ---------------------------------------------------------------------


def full_case() -> Case:
    paris = timezone(timedelta(hours=1))
    case = open_case("3f2a9c0d", order(Status.DELIVERED, delivered=True), CaseKind.NOT_RECEIVED,
                     datetime(2027, 3, 10, 9, 30, tzinfo=paris))
    case = mark_step_done(case, CaseStep.CHECK_TRACKING, NOW)
    case = record_message(case, "not_received.refusal", "de", MessageChannel.MAIL, NOW)
    case = set_notes(case, "Nachbarin gefragt – nichts.\nZweite Zeile & \"Zitat\"", NOW)
    return decide(case, Decision.REFUSED, NOW + timedelta(seconds=1))


def test_case_round_trips_through_json():
    case = full_case()
    data = json.loads(json.dumps(case_to_dict(case)))
    assert data["opened_at"] == "2027-03-10T09:30:00+01:00"
    assert case_from_dict(data) == case


def test_open_case_round_trips():
    case = open_case("c2", order(Status.SHIPPED), CaseKind.RETURNED_TO_SENDER, NOW)
    assert case_from_dict(json.loads(json.dumps(case_to_dict(case)))) == case


def _broken(**changes) -> dict:
    data = case_to_dict(full_case())
    for key, value in changes.items():
        if value is KeyError:
            del data[key]
        else:
            data[key] = value
    return data


BAD_CASES = {
    "not an object": [],
    "missing key": _broken(kind=KeyError),
    "unknown version": _broken(version=2),
    "unknown kind": _broken(kind="lost_in_space"),
    "kind not text": _broken(kind=["not_received"]),
    "step of another flow": _broken(steps_done=["contact_support"]),
    "step twice": _broken(steps_done=["check_tracking", "check_tracking"]),
    "steps not a list": _broken(steps_done="check_tracking"),
    "naive datetime": _broken(opened_at="2027-03-10T09:30:00"),
    "not a datetime": _broken(opened_at="yesterday"),
    "datetime as number": _broken(opened_at=1789000000),
    "decision of another flow": _broken(decision="reship_for_fee"),
    "closed without decision": _broken(decision=None, decided_at=None),
    "decision without date": _broken(decided_at=None),
    "closed not a bool": _broken(closed="yes"),
    "empty id": _broken(id=""),
    "notes not text": _broken(notes=None),
    "bad channel": _broken(messages_sent=[{"template_id": "x", "language": "de",
                                           "sent_at": "2027-03-10T12:00:00+00:00", "channel": "fax"}]),
    "message missing key": _broken(messages_sent=[{"template_id": "x", "language": "de"}]),
}


@pytest.mark.parametrize("data", list(BAD_CASES.values()), ids=list(BAD_CASES))
def test_bad_case_data_is_refused_with_value_error(data):
    with pytest.raises(ValueError):
        case_from_dict(data)
