"""Every code of the carrier reference's tables maps to the status the reference gives it."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tpop_desktop.core.parcel import ParcelStatus as S
from tpop_desktop.core.parcel_codes import (
    DHL_STATUS_CODES,
    LA_POSTE_EVENTS,
    LA_POSTE_RETURN_CODES,
    SEVENTEEN_ERRORS,
    SEVENTEEN_STAGES,
    SEVENTEEN_STATUSES,
    SEVENTEEN_SUB_STATUSES,
    ErrorKind,
    ReturnKind,
    dhl_event,
    la_poste_event,
    la_poste_return_rule,
    seventeen_event,
    seventeen_status,
)

T = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)

# carrier-apis.md section 1, "Event codes": code -> (status, ends the flow)
LA_POSTE_REFERENCE = {
    "DR1": (S.INFO_RECEIVED, False), "DR2": (S.EXCEPTION, False),
    "PC1": (S.IN_TRANSIT, False), "PC2": (S.IN_TRANSIT, False),
    "ET1": (S.IN_TRANSIT, False), "ET2": (S.IN_TRANSIT, False), "ET3": (S.IN_TRANSIT, False),
    "ET4": (S.IN_TRANSIT, False), "EP1": (S.IN_TRANSIT, False),
    "DO1": (S.IN_TRANSIT, False), "DO2": (S.IN_TRANSIT, False), "DO3": (S.HELD_CUSTOMS, False),
    "ID0": (S.HELD_CUSTOMS, False), "PB1": (S.EXCEPTION, False), "PB2": (S.IN_TRANSIT, False),
    "DI3": (S.IN_TRANSIT, False), "MD2": (S.OUT_FOR_DELIVERY, False), "ND1": (S.DELIVERY_FAILED, False),
    "AG1": (S.AVAILABLE_FOR_PICKUP, False), "RE1": (S.RETURNED_TO_SENDER, False),
    "DI1": (S.DELIVERED, True), "DI0": (S.DELIVERED, True), "DI2": (S.RETURNED_TO_SENDER, True),
    "AN1": (S.DELIVERY_FAILED, False),  # karrio's incident code, address not found
}

# section 1, "returnCode"
RETURN_CODES_REFERENCE = {
    200: ReturnKind.FOUND, 104: ReturnKind.NOT_YET_AVAILABLE, 400: ReturnKind.INVALID_NUMBER,
    101: ReturnKind.NOT_FOUND, 105: ReturnKind.NOT_FOUND, 109: ReturnKind.NOT_FOUND,
    201: ReturnKind.TEMPORARY, 208: ReturnKind.TEMPORARY, 504: ReturnKind.TEMPORARY,
}

# section 2, "statusCode"
DHL_REFERENCE = {
    "pre-transit": S.INFO_RECEIVED, "transit": S.IN_TRANSIT, "delivered": S.DELIVERED,
    "failure": S.DELIVERY_FAILED, "unknown": None,
}

# section 3, "Status mapping": (status, sub_status) -> TPOP status
SEVENTEEN_REFERENCE = {
    ("NotFound", "NotFound_Other"): S.EXPIRED_NOT_FOUND,
    ("NotFound", "NotFound_InvalidCode"): S.EXCEPTION,
    ("InfoReceived", ""): S.INFO_RECEIVED,
    ("InTransit", "InTransit_PickedUp"): S.IN_TRANSIT,
    ("InTransit", "InTransit_Departure"): S.IN_TRANSIT,
    ("InTransit", "InTransit_Arrival"): S.IN_TRANSIT,
    ("InTransit", "InTransit_Other"): S.IN_TRANSIT,
    ("InTransit", "InTransit_CustomsReleased"): S.IN_TRANSIT,
    ("InTransit", "InTransit_CustomsProcessing"): S.HELD_CUSTOMS,
    ("InTransit", "InTransit_CustomsRequiringInformation"): S.HELD_CUSTOMS,
    ("Expired", "Expired_Other"): S.EXPIRED_NOT_FOUND,
    ("AvailableForPickup", "AvailableForPickup_Other"): S.AVAILABLE_FOR_PICKUP,
    ("OutForDelivery", "OutForDelivery_Other"): S.OUT_FOR_DELIVERY,
    ("DeliveryFailure", "DeliveryFailure_NoBody"): S.DELIVERY_FAILED,
    ("DeliveryFailure", "DeliveryFailure_Security"): S.DELIVERY_FAILED,
    ("DeliveryFailure", "DeliveryFailure_Rejected"): S.DELIVERY_FAILED,
    ("DeliveryFailure", "DeliveryFailure_InvalidAddress"): S.DELIVERY_FAILED,
    ("DeliveryFailure", "DeliveryFailure_Other"): S.DELIVERY_FAILED,
    ("Delivered", "Delivered_Other"): S.DELIVERED,
    ("Exception", "Exception_Returning"): S.RETURNED_TO_SENDER,
    ("Exception", "Exception_Returned"): S.RETURNED_TO_SENDER,
    ("Exception", "Exception_Delayed"): S.EXCEPTION,
    ("Exception", "Exception_Lost"): S.EXCEPTION,
    ("Exception", "Exception_Damage"): S.EXCEPTION,
    ("Exception", "Exception_Destroyed"): S.EXCEPTION,
    ("Exception", "Exception_Cancel"): S.EXCEPTION,
    ("Exception", "Exception_Security"): S.EXCEPTION,
    ("Exception", "Exception_Rejected"): S.EXCEPTION,
    ("Exception", "Exception_NoBody"): S.EXCEPTION,
    ("Exception", "Exception_Other"): S.EXCEPTION,
}

# section 3, "Common codes"
SEVENTEEN_ERRORS_REFERENCE = {
    -18010002: ErrorKind.KEY_REJECTED, -18010012: ErrorKind.INVALID_NUMBER, -18010014: ErrorKind.BATCH_TOO_LARGE,
    -18019901: ErrorKind.ALREADY_REGISTERED, -18019902: ErrorKind.NOT_REGISTERED,
    -18019903: ErrorKind.CARRIER_NOT_DETECTED, -18019907: ErrorKind.DAILY_LIMIT, -18019908: ErrorKind.QUOTA_SPENT,
    -18019909: ErrorKind.NO_INFO_YET,
}


def test_the_tables_hold_exactly_the_reference_codes_each_with_a_source():
    assert set(LA_POSTE_EVENTS) == set(LA_POSTE_REFERENCE)
    assert set(DHL_STATUS_CODES) == set(DHL_REFERENCE)
    assert set(SEVENTEEN_SUB_STATUSES) == {sub for _, sub in SEVENTEEN_REFERENCE if sub}
    assert set(SEVENTEEN_ERRORS) == set(SEVENTEEN_ERRORS_REFERENCE)
    for table in (LA_POSTE_EVENTS, DHL_STATUS_CODES, SEVENTEEN_STATUSES, SEVENTEEN_SUB_STATUSES, SEVENTEEN_STAGES):
        assert all(rule.source for rule in table.values())
    assert all(rule.source for rule in LA_POSTE_RETURN_CODES.values())
    assert all(source for _, source in SEVENTEEN_ERRORS.values())


@pytest.mark.parametrize(("code", "expected"), LA_POSTE_REFERENCE.items())
def test_la_poste_event_codes(code, expected):
    event = la_poste_event(T, code, "label as sent")
    assert (event.status, event.final, event.known) == (*expected, True)
    assert event.label == "label as sent" and event.code == code


@pytest.mark.parametrize(("code", "kind"), RETURN_CODES_REFERENCE.items())
def test_la_poste_return_codes(code, kind):
    assert la_poste_return_rule(code).kind is kind


@pytest.mark.parametrize(("code", "kind"), [(102, ReturnKind.NOT_FOUND), (503, ReturnKind.TEMPORARY),
                                            (999, ReturnKind.TEMPORARY)])
def test_unlisted_return_codes_follow_the_reference_rule(code, kind):
    assert la_poste_return_rule(code).kind is kind


@pytest.mark.parametrize(("code", "expected"), DHL_REFERENCE.items())
def test_dhl_status_codes(code, expected):
    event = dhl_event(T, code, ("", "", "Processed"), "Processed")
    assert event.status is expected and event.known
    assert event.final is (code == "delivered")


@pytest.mark.parametrize(("texts", "expected"), [
    (("", "", "Die Sendung wurde in das Zustellfahrzeug geladen"), S.OUT_FOR_DELIVERY),
    (("WITH DELIVERY COURIER", "OUT FOR DELIVERY", ""), S.OUT_FOR_DELIVERY),
    (("", "", "Die Sendung liegt in der Filiale zur Abholung bereit"), S.AVAILABLE_FOR_PICKUP),
    (("", "", "Die Sendung liegt in der Packstation"), S.AVAILABLE_FOR_PICKUP),
    (("", "", "abholbereit"), S.AVAILABLE_FOR_PICKUP),
    (("Arrived at CUSTOMS", "", ""), S.HELD_CUSTOMS),
    (("", "", "Processed at PARIS - FRANCE"), S.IN_TRANSIT),
    (("", "", "Die Sendung wurde in der Filiale eingeliefert"), S.IN_TRANSIT),  # handed in by the sender
])
def test_dhl_text_rules_refine_transit_only(texts, expected):
    assert dhl_event(T, "transit", texts, "x").status is expected
    assert dhl_event(T, "pre-transit", texts, "x").status is S.INFO_RECEIVED  # trust statusCode


@pytest.mark.parametrize(("pair", "expected"), SEVENTEEN_REFERENCE.items())
def test_seventeen_track_statuses(pair, expected):
    rule, known = seventeen_status(*pair)
    assert rule.status is expected and known
    assert rule.final is (pair[1] in ("Delivered_Other", "Exception_Returned"))


@pytest.mark.parametrize("main", list(SEVENTEEN_STATUSES))
def test_a_main_status_alone_maps(main):
    rule, known = seventeen_status(main, "")
    assert known and rule.status is SEVENTEEN_STATUSES[main].status


@pytest.mark.parametrize(("stage", "expected"), [(k, r.status) for k, r in SEVENTEEN_STAGES.items()])
def test_seventeen_track_stages(stage, expected):
    assert seventeen_event(T, stage, "x").status is expected


def test_seventeen_track_error_codes():
    assert {code: kind for code, (kind, _) in SEVENTEEN_ERRORS.items()} == SEVENTEEN_ERRORS_REFERENCE


@pytest.mark.parametrize("make", [
    lambda: la_poste_event(T, "ZZ9", "Nouveau code"),
    lambda: dhl_event(T, "in-orbit", ("", "", "Nouveau code"), "Nouveau code"),
    lambda: seventeen_event(T, "Teleported", "Nouveau code"),
])
def test_an_unknown_code_is_in_transit_with_its_label_and_reported(make):
    event = make()
    assert event.status is S.IN_TRANSIT and event.label == "Nouveau code" and not event.known


def test_an_unknown_seventeen_track_status_is_in_transit_and_reported():
    rule, known = seventeen_status("Floating", "Floating_Other")
    assert rule.status is S.IN_TRANSIT and not known


def test_a_seventeen_track_event_without_stage_decides_nothing():
    event = seventeen_event(T, "", "Colis scanné")
    assert event.status is None and event.known
