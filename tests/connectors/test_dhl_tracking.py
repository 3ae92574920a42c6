"""DHL Shipment Tracking Unified over a real local server, with answers shaped as documented."""

from __future__ import annotations

from datetime import UTC, datetime
from urllib.parse import parse_qs, urlsplit

import pytest
from carrier_replies import DHL_404, DHL_429, DHL_DELIVERED_EVENTS, DHL_KEY, dhl_event, dhl_shipments, reply
from scripted_http import Reply

from tpop_desktop.connectors.carriers.dhl import DhlUnified
from tpop_desktop.connectors.errors import AuthError, ForbiddenError, RateLimitedError
from tpop_desktop.core.parcel import ParcelStatus as S
from tpop_desktop.core.parcel import TrackingServiceId
from tpop_desktop.core.parcel_codes import DHL_STATUS_CODES
from tpop_desktop.core.parcel_refresh import Route

NUMBER = "1234567890"
TIMEOUT = (1.0, 1.0)


@pytest.fixture
def dhl(scripted):
    service = DhlUnified(DHL_KEY, base_url=scripted.url, language="fr", timeout=TIMEOUT)
    yield service
    service.close()


def track(dhl, number=NUMBER, service="express"):
    return dhl.track([Route(TrackingServiceId.DHL, number, dhl_service=service)]).parcels[number]


def test_delivered_with_local_times_kept_naive(scripted, dhl):
    scripted.reply = reply(dhl_shipments(NUMBER, DHL_DELIVERED_EVENTS, estimatedTimeOfDelivery="2026-11-19T18:00:00Z",
                                         serviceUrl=f"https://www.dhl.com/fr-fr/home/tracking.html?tracking-id={NUMBER}"))
    parcel = track(dhl)
    assert (parcel.status, parcel.is_final, parcel.code) == (S.DELIVERED, True, "delivered")
    assert parcel.status_at == datetime(2026, 11, 19, 10, 30) and parcel.status_at.tzinfo is None
    assert [e.status for e in parcel.events] == [S.DELIVERED, S.OUT_FOR_DELIVERY, S.IN_TRANSIT, S.INFO_RECEIVED]
    assert parcel.events[0].place == "ZURICH - SWITZERLAND" and parcel.events[0].country == "CH"
    assert parcel.estimated_from == datetime(2026, 11, 19, 18, 0, tzinfo=UTC)
    assert parcel.public_url.startswith("https://www.dhl.com/")
    seen = scripted.seen[0]
    assert urlsplit(seen.path).path == "/shipments"
    assert parse_qs(urlsplit(seen.path).query) == {"trackingNumber": [NUMBER], "service": ["express"],
                                                   "language": ["fr"]}
    assert seen.headers["DHL-API-Key"] == DHL_KEY and DHL_KEY not in seen.path


def test_without_a_known_carrier_no_service_is_sent(scripted, dhl):
    scripted.reply = reply(dhl_shipments(NUMBER, DHL_DELIVERED_EVENTS))
    track(dhl, service=None)
    assert "service" not in parse_qs(urlsplit(scripted.seen[0].path).query)


def test_404_problem_json_means_not_found(scripted, dhl):
    scripted.reply = reply(DHL_404, status=404, headers={"Content-Type": "application/problem+json"})
    parcel = track(dhl)
    assert (parcel.status, parcel.code, parcel.label) == (S.EXPIRED_NOT_FOUND, "404", "No result found")
    assert not parcel.not_yet_available


@pytest.mark.parametrize("code", sorted(DHL_STATUS_CODES))
def test_every_status_code_through_the_adapter(scripted, dhl, code):
    events = [dhl_event("2026-11-19T10:30:00", code, "STATUS", "Processed"),
              dhl_event("2026-11-18T15:00:00", "pre-transit", "SHIPMENT INFORMATION RECEIVED")]
    scripted.reply = reply(dhl_shipments(NUMBER, events))
    parcel = track(dhl)
    expected = DHL_STATUS_CODES[code].status or S.INFO_RECEIVED  # "unknown" keeps the previous status
    assert parcel.status is expected and parcel.unknown_codes == ()


@pytest.mark.parametrize(("description", "expected"), [
    ("Die Sendung wurde in das Zustellfahrzeug geladen.", S.OUT_FOR_DELIVERY),
    ("Die Sendung liegt in der Filiale zur Abholung bereit.", S.AVAILABLE_FOR_PICKUP),
    ("Die Sendung liegt in der Packstation 123 zur Abholung bereit.", S.AVAILABLE_FOR_PICKUP),
    ("Arrived at CUSTOMS in ZURICH", S.HELD_CUSTOMS),
])
def test_transit_text_rules(scripted, dhl, description, expected):
    scripted.reply = reply(dhl_shipments(NUMBER, [dhl_event("2026-11-19T10:30:00", "transit", "transit", description)],
                                         service="parcel-de"))
    assert track(dhl, service="parcel-de").status is expected


def test_an_unknown_status_code_is_in_transit_and_reported(scripted, dhl):
    scripted.reply = reply(dhl_shipments(NUMBER, [dhl_event("2026-11-19T10:30:00", "teleported", "BEAMED", "Beamed")]))
    parcel = track(dhl)
    assert (parcel.status, parcel.label, parcel.unknown_codes) == (S.IN_TRANSIT, "Beamed", ("teleported",))


@pytest.mark.parametrize(("last", "expected", "final"), [
    ("transit", S.RETURNED_TO_SENDER, False),
    ("delivered", S.RETURNED_TO_SENDER, True),  # delivered back to the consignor
    ("failure", S.EXCEPTION, False),
])
def test_return_flag(scripted, dhl, last, expected, final):
    events = [dhl_event("2026-11-20T10:00:00", last, "STATUS", "Status"), *DHL_DELIVERED_EVENTS[2:]]
    scripted.reply = reply(dhl_shipments(NUMBER, events, returnFlag=True))
    parcel = track(dhl)
    assert (parcel.status, parcel.is_final) == (expected, final)


def test_only_the_latest_status_when_there_are_no_events(scripted, dhl):
    body = dhl_shipments(NUMBER, [])
    body["shipments"][0]["status"] = dhl_event("2026-11-19T10:30:00Z", "transit", "PROCESSED", "Processed")
    scripted.reply = reply(body)
    parcel = track(dhl)
    assert parcel.status is S.IN_TRANSIT and parcel.status_at == datetime(2026, 11, 19, 10, 30, tzinfo=UTC)


def test_the_shipment_with_the_asked_number_is_chosen(scripted, dhl):
    other = dhl_shipments("9999999999", [dhl_event("2026-11-19T10:30:00", "delivered", "DELIVERED")])["shipments"][0]
    mine = dhl_shipments(NUMBER, [dhl_event("2026-11-19T10:30:00", "transit", "PROCESSED")])["shipments"][0]
    scripted.reply = reply({"shipments": [other, mine]})
    assert track(dhl).status is S.IN_TRANSIT


def test_a_numeric_id_as_in_dhls_sample_is_accepted(scripted, dhl):
    body = dhl_shipments(NUMBER, DHL_DELIVERED_EVENTS)
    body["shipments"][0]["id"] = int(NUMBER)
    scripted.reply = reply(body)
    assert track(dhl).status is S.DELIVERED


def test_empty_shipments_is_not_found(scripted, dhl):
    scripted.reply = reply({"shipments": []})
    assert track(dhl).status is S.EXPIRED_NOT_FOUND


def test_one_number_per_call(dhl):
    with pytest.raises(ValueError):
        dhl.track([Route(TrackingServiceId.DHL, "1"), Route(TrackingServiceId.DHL, "2")])


@pytest.mark.parametrize(("answer", "error"), [
    (Reply(401, b"", {}), AuthError),
    (reply({"status": 401, "title": "Unauthorized", "detail": "Invalid API key"}, status=401), AuthError),
    (reply({"status": 403, "title": "Forbidden"}, status=403), ForbiddenError),
    (reply(DHL_429, status=429), RateLimitedError),
])
def test_typed_errors(scripted, dhl, answer, error):
    scripted.reply = answer
    with pytest.raises(error) as raised:
        track(dhl)
    assert DHL_KEY not in str(raised.value)


def test_429_without_retry_after_has_no_delay_and_with_it_has_one(scripted, dhl):
    scripted.reply = reply(DHL_429, status=429)
    with pytest.raises(RateLimitedError) as raised:
        track(dhl)
    assert raised.value.retry_after is None
    scripted.reply = reply(DHL_429, status=429, headers={"Retry-After": "90"})
    with pytest.raises(RateLimitedError) as raised:
        track(dhl)
    assert raised.value.retry_after == 90.0


def test_check_key_is_one_call_and_a_404_means_the_key_works(scripted, dhl):
    scripted.reply = reply(DHL_404, status=404)
    dhl.check_key()
    scripted.reply = Reply(401, b"", {})
    with pytest.raises(AuthError):
        dhl.check_key()
    assert len(scripted.seen) == 2
