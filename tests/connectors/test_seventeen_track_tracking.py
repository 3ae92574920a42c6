"""17TRACK v2.2 over a real local server: register once, poll, envelope and rejected[] codes."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone
from urllib.parse import urlsplit

import pytest
from carrier_replies import (
    SEVENTEEN_KEY,
    ST_EVENTS,
    reply,
    st_envelope,
    st_failed,
    st_rejected,
    st_track_info,
)
from scripted_http import Reply

from tpop_desktop.connectors.carriers.base import FailureKind, QuotaSpentError, RequestRejectedError
from tpop_desktop.connectors.carriers.seventeen_track import SeventeenTrack
from tpop_desktop.connectors.errors import AuthError, NotFoundError, RateLimitedError, ServerError
from tpop_desktop.core.parcel import ParcelStatus as S
from tpop_desktop.core.parcel import TrackingServiceId
from tpop_desktop.core.parcel_codes import SEVENTEEN_ERRORS, SEVENTEEN_SUB_STATUSES
from tpop_desktop.core.parcel_refresh import Route

NUMBER = "25012345678901"
TIMEOUT = (1.0, 1.0)


@pytest.fixture
def aggregator(scripted):
    service = SeventeenTrack(SEVENTEEN_KEY, base_url=scripted.url, timeout=TIMEOUT)
    yield service
    service.close()


def routes(*numbers: str, carrier: int | None = None) -> list[Route]:
    return [Route(TrackingServiceId.SEVENTEEN_TRACK, n, carrier_code=carrier) for n in numbers]


def body_of(seen) -> object:
    return json.loads(seen.body)


def test_register_sends_numbers_only_and_counts_already_registered_as_registered(scripted, aggregator):
    scripted.reply = reply(st_envelope(
        accepted=[{"number": "11111111"}],
        rejected=[st_rejected("22222222", -18019901, "already registered"),
                  st_rejected("33333333", -18010012, "bad number format"),
                  st_rejected("44444444", -18019903, "carrier not detected"),
                  st_rejected("55555555", -18019908, "quota used up")]))
    result = aggregator.register(["11111111", "22222222", "33333333", "44444444", "55555555"],
                                 {"11111111": 100002})
    seen = scripted.seen[0]
    assert (seen.method, urlsplit(seen.path).path) == ("POST", "/register")
    assert seen.headers["17token"] == SEVENTEEN_KEY and SEVENTEEN_KEY not in seen.path
    assert body_of(seen) == [{"number": "11111111", "carrier": 100002}, {"number": "22222222"},
                             {"number": "33333333"}, {"number": "44444444"}, {"number": "55555555"}]
    assert result.registered == {"11111111"} and result.already == {"22222222"}
    assert result.parcels["33333333"].number_rejected
    assert result.parcels["44444444"].status is S.EXPIRED_NOT_FOUND
    assert result.failures["55555555"].kind is FailureKind.QUOTA_SPENT


def test_gettrackinfo_reads_latest_status_and_merges_events_newest_first(scripted, aggregator):
    info = st_track_info("AvailableForPickup", "AvailableForPickup_Other", ST_EVENTS,
                         estimate=("2026-11-20T00:00:00+01:00", "2026-11-21T00:00:00+01:00"))
    info["tracking"]["providers"].append({**info["tracking"]["providers"][0], "events": [ST_EVENTS[1]]})
    info["tracking"]["providers"][0]["events"] = [ST_EVENTS[0], ST_EVENTS[2]]
    scripted.reply = reply(st_envelope(accepted=[{"number": NUMBER, "carrier": 7041, "track_info": info}]))
    parcel = aggregator.track(routes(NUMBER)).parcels[NUMBER]
    assert urlsplit(scripted.seen[0].path).path == "/gettrackinfo"
    assert (parcel.status, parcel.code) == (S.AVAILABLE_FOR_PICKUP, "AvailableForPickup_Other")
    assert parcel.label == "Die Sendung liegt in der Filiale zur Abholung bereit"
    assert [e.code for e in parcel.events] == ["AvailableForPickup", "Arrival", "PickedUp"]
    assert parcel.events[0].time == datetime(2026, 11, 19, 14, 5, tzinfo=timezone(timedelta(hours=1)))
    assert parcel.events[0].place == "Berlin" and parcel.events[0].country == "DE"
    assert parcel.estimated_to == datetime(2026, 11, 20, 23, 0, tzinfo=UTC)
    assert not parcel.is_final


@pytest.mark.parametrize("sub_status", sorted(SEVENTEEN_SUB_STATUSES))
def test_every_sub_status_through_the_adapter(scripted, aggregator, sub_status):
    info = st_track_info(sub_status.split("_")[0], sub_status, ST_EVENTS)
    scripted.reply = reply(st_envelope(accepted=[{"number": NUMBER, "track_info": info}]))
    parcel = aggregator.track(routes(NUMBER)).parcels[NUMBER]
    rule = SEVENTEEN_SUB_STATUSES[sub_status]
    assert (parcel.status, parcel.is_final, parcel.code) == (rule.status, rule.final, sub_status)
    assert parcel.number_rejected is (sub_status == "NotFound_InvalidCode")
    assert parcel.not_yet_available is (sub_status == "NotFound_Other")


def test_latest_status_decides_even_when_the_events_disagree(scripted, aggregator):
    """A real DHL Paket webhook: Exception_Other while its only event is AvailableForPickup."""
    info = st_track_info("Exception", "Exception_Other", ST_EVENTS[:1])
    scripted.reply = reply(st_envelope(accepted=[{"number": NUMBER, "track_info": info}]))
    parcel = aggregator.track(routes(NUMBER)).parcels[NUMBER]
    assert parcel.status is S.EXCEPTION and parcel.events[0].status is S.AVAILABLE_FOR_PICKUP
    assert parcel.label == ST_EVENTS[0]["description"]  # the last event's text, shown with the status


def test_an_unknown_status_is_in_transit_and_reported(scripted, aggregator):
    info = st_track_info("Floating", "Floating_Other", ST_EVENTS)
    scripted.reply = reply(st_envelope(accepted=[{"number": NUMBER, "track_info": info}]))
    parcel = aggregator.track(routes(NUMBER)).parcels[NUMBER]
    assert parcel.status is S.IN_TRANSIT and parcel.unknown_codes == ("Floating_Other",)


# every code of the reference's table, as a per-number refusal of gettrackinfo
REJECTED_OUTCOMES = {
    -18019902: FailureKind.NOT_REGISTERED,
    -18019909: S.EXPIRED_NOT_FOUND,  # no tracking info yet: not an error
    -18010012: S.EXCEPTION,
    -18019903: S.EXPIRED_NOT_FOUND,
    -18019907: FailureKind.QUOTA_SPENT,
    -18019908: FailureKind.QUOTA_SPENT,
    -18019901: FailureKind.TEMPORARY,  # "already registered" makes no sense here: retried later
    -18010002: FailureKind.TEMPORARY,
    -18010014: FailureKind.TEMPORARY,
    -18999999: FailureKind.TEMPORARY,  # a code in no table
}


def test_every_code_of_the_table_is_exercised():
    assert set(SEVENTEEN_ERRORS) <= set(REJECTED_OUTCOMES)


@pytest.mark.parametrize(("code", "outcome"), REJECTED_OUTCOMES.items())
def test_every_rejected_code_of_gettrackinfo(scripted, aggregator, code, outcome):
    scripted.reply = reply(st_envelope(rejected=[st_rejected(NUMBER, code)]))
    result = aggregator.track(routes(NUMBER))
    if isinstance(outcome, FailureKind):
        assert result.failures[NUMBER].kind is outcome and result.failures[NUMBER].code == str(code)
    else:
        parcel = result.parcels[NUMBER]
        assert parcel.status is outcome and parcel.not_yet_available is (code == -18019909)


@pytest.mark.parametrize(("code", "error"), [
    (-18010002, AuthError), (-18019907, QuotaSpentError), (-18019908, QuotaSpentError),
    (-18010014, RequestRejectedError), (-18010012, RequestRejectedError), (-18000001, RequestRejectedError),
])
def test_an_envelope_that_failed_as_a_whole(scripted, aggregator, code, error):
    scripted.reply = reply(st_failed(code))
    with pytest.raises(error) as raised:
        aggregator.track(routes(NUMBER))
    assert SEVENTEEN_KEY not in str(raised.value) and str(code) in str(raised.value)


@pytest.mark.parametrize(("answer", "error"), [
    (reply(st_failed(-18010002), status=401), AuthError),
    (Reply(401, b"", {}), AuthError),
    (reply({}, status=404), NotFoundError),
    (reply({}, status=429, headers={"Retry-After": "3"}), RateLimitedError),
    (Reply(500, b"", {}), ServerError),
    (Reply(503, b"<html>busy</html>", {"Content-Type": "text/html"}), ServerError),
])
def test_http_statuses(scripted, aggregator, answer, error):
    scripted.reply = answer
    with pytest.raises(error):
        aggregator.track(routes(NUMBER))


def test_at_most_forty_numbers_per_call(aggregator):
    with pytest.raises(ValueError):
        aggregator.track(routes(*(f"{i:08d}" for i in range(41))))


def test_a_number_the_answer_forgets_is_a_failure_to_retry(scripted, aggregator):
    scripted.reply = reply(st_envelope())
    assert aggregator.track(routes(NUMBER)).failures[NUMBER].kind is FailureKind.MISSING


def test_getquota_is_the_free_key_check(scripted, aggregator):
    scripted.reply = reply({"code": 0, "data": {}})
    aggregator.check_key()
    assert urlsplit(scripted.seen[0].path).path == "/getquota" and body_of(scripted.seen[0]) == []
    scripted.reply = reply(st_failed(-18010002))
    with pytest.raises(AuthError):
        aggregator.check_key()
