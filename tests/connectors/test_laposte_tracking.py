"""La Poste Suivi v2 over a real local server, with answers shaped as the reference documents them."""

from __future__ import annotations

from datetime import UTC, datetime
from urllib.parse import parse_qs, urlsplit

import pytest
from carrier_replies import (
    LA_POSTE_KEY,
    LP_401,
    LP_DELIVERED_EVENTS,
    lp_error,
    lp_event,
    lp_found,
    reply,
)
from scripted_http import Reply

from tpop_desktop.connectors.carriers.base import FailureKind
from tpop_desktop.connectors.carriers.laposte import LaPosteSuivi, laposte_lang
from tpop_desktop.connectors.errors import AuthError
from tpop_desktop.core.parcel import ParcelStatus as S
from tpop_desktop.core.parcel import Partner, PickupPoint, TrackingServiceId
from tpop_desktop.core.parcel_codes import LA_POSTE_EVENTS
from tpop_desktop.core.parcel_refresh import Route

NUMBER = "6A15602676300"
TIMEOUT = (1.0, 1.0)


@pytest.fixture
def suivi(scripted):
    service = LaPosteSuivi(LA_POSTE_KEY, base_url=scripted.url, timeout=TIMEOUT)
    yield service
    service.close()


def routes(*numbers: str) -> list[Route]:
    return [Route(TrackingServiceId.LA_POSTE, n) for n in numbers]


def test_one_number_bare_object_delivered(scripted, suivi):
    scripted.reply = reply(lp_found(NUMBER, LP_DELIVERED_EVENTS, final=True, deliveryDate="2026-11-18T11:02:00+01:00"))
    result = suivi.track(routes(NUMBER))
    parcel = result.parcels[NUMBER]
    assert (parcel.status, parcel.is_final, parcel.code) == (S.DELIVERED, True, "DI1")
    assert parcel.label == "Votre colis est livré."
    assert parcel.status_at == datetime(2026, 11, 18, 10, 2, tzinfo=UTC)
    assert [e.code for e in parcel.events] == ["DI1", "MD2", "ET1", "PC1", "DR1"]
    assert parcel.public_url == f"https://www.laposte.fr/outils/suivre-vos-envois?code={NUMBER}"
    assert result.calls == 1 and not result.failures
    seen = scripted.seen[0]
    assert seen.method == "GET" and urlsplit(seen.path).path == f"/idships/{NUMBER}"
    assert parse_qs(urlsplit(seen.path).query) == {"lang": ["fr_FR"]}
    assert seen.headers["X-Okapi-Key"] == LA_POSTE_KEY and seen.headers["Accept"] == "application/json"
    assert LA_POSTE_KEY not in seen.path


def test_one_number_as_a_one_element_array_reads_the_same(scripted, suivi):
    scripted.reply = reply([lp_found(NUMBER, LP_DELIVERED_EVENTS, final=True)])
    assert suivi.track(routes(NUMBER)).parcels[NUMBER].status is S.DELIVERED


def test_a_207_batch_with_mixed_results_is_read_item_by_item(scripted, suivi):
    numbers = ["LB123456785FR", "CB719248650FR", "EE830820615FR", "6A00000000001", "6A00000000002"]
    scripted.reply = reply([
        lp_found(numbers[0], LP_DELIVERED_EVENTS, final=True),
        lp_error(numbers[1], 104, "Le suivi de cet envoi n'est pas encore disponible."),
        lp_error(numbers[2], 400, "Le numéro de suivi est invalide."),
        lp_error(numbers[3], 504, "Service indisponible."),
        lp_error(numbers[4], 101, "Numéro inconnu."),
    ], status=207)
    result = suivi.track(routes(*numbers))
    assert len(scripted.seen) == 1 and urlsplit(scripted.seen[0].path).path == "/idships/" + ",".join(numbers)
    assert result.parcels[numbers[0]].status is S.DELIVERED
    waiting = result.parcels[numbers[1]]
    assert (waiting.status, waiting.not_yet_available, waiting.code) == (S.EXPIRED_NOT_FOUND, True, "104")
    assert waiting.label == "Le suivi de cet envoi n'est pas encore disponible."
    invalid = result.parcels[numbers[2]]
    assert (invalid.status, invalid.number_rejected) == (S.EXCEPTION, True)
    assert result.failures[numbers[3]].kind is FailureKind.TEMPORARY and numbers[3] not in result.parcels
    missing = result.parcels[numbers[4]]
    assert (missing.status, missing.not_yet_available, missing.code) == (S.EXPIRED_NOT_FOUND, False, "101")


def test_a_batch_answered_200_with_an_array_is_read_the_same(scripted, suivi):
    scripted.reply = reply([lp_found("LB123456785FR", LP_DELIVERED_EVENTS), lp_error("CB719248650FR", 104, "x")])
    result = suivi.track(routes("LB123456785FR", "CB719248650FR"))
    assert set(result.parcels) == {"LB123456785FR", "CB719248650FR"}


def test_pickup_point_and_partner_come_from_context_data(scripted, suivi):
    events = [lp_event("AG1", "Votre colis vous attend au bureau de poste.", "2026-11-19T09:00:00+01:00"),
              *LP_DELIVERED_EVENTS[2:]]
    context = {"removalPoint": {"name": "Bureau de poste Lyon Terreaux", "type": "BDP", "idPoint": "692830"},
               "partner": {"name": "bpost", "network": "BPOST", "reference": "323212345678901234",
                           "numberInstance": 1, "numberAVPI": 0}}
    scripted.reply = reply(lp_found(NUMBER, events, context=context, estimDate="2026-11-20"))
    parcel = suivi.track(routes(NUMBER)).parcels[NUMBER]
    assert parcel.status is S.AVAILABLE_FOR_PICKUP
    assert parcel.pickup_point == PickupPoint("Bureau de poste Lyon Terreaux", "BDP", "692830")
    assert parcel.partner == Partner("bpost", "BPOST", "323212345678901234")
    assert parcel.estimated_from == datetime(2026, 11, 20)


def test_104_for_one_number_comes_with_http_404(scripted, suivi):
    scripted.reply = reply(lp_error(NUMBER, 104, "Suivi pas encore disponible."), status=404)
    parcel = suivi.track(routes(NUMBER)).parcels[NUMBER]
    assert parcel.not_yet_available and parcel.status is S.EXPIRED_NOT_FOUND


def test_a_404_that_is_not_json_is_survived(scripted, suivi):
    scripted.reply = Reply(404, b"<html><body>Not Found</body></html>", {"Content-Type": "text/html"})
    parcel = suivi.track(routes(NUMBER)).parcels[NUMBER]
    assert parcel.status is S.EXPIRED_NOT_FOUND and parcel.code == "404" and not parcel.not_yet_available


def test_a_batch_refused_as_a_whole_is_asked_one_by_one(scripted, suivi):
    def answer(seen):
        ids = urlsplit(seen.path).path.rsplit("/", 1)[-1]
        if "," in ids:
            return Reply(400, b"Bad Request", {"Content-Type": "text/plain"})
        return reply(lp_found(ids, LP_DELIVERED_EVENTS[1:]))

    scripted.reply = answer
    result = suivi.track(routes("LB123456785FR", "CB719248650FR"))
    assert result.calls == 3 and len(scripted.seen) == 3
    assert {n: p.status for n, p in result.parcels.items()} == {"LB123456785FR": S.OUT_FOR_DELIVERY,
                                                                "CB719248650FR": S.OUT_FOR_DELIVERY}


@pytest.mark.parametrize("code", sorted(LA_POSTE_EVENTS))
def test_every_event_code_of_the_table_through_the_adapter(scripted, suivi, code):
    events = [lp_event(code, f"Libellé {code}", "2026-11-19T09:00:00+01:00"),
              lp_event("DR1", "Déclaratif réceptionné", "2026-11-16T17:20:00+01:00")]
    scripted.reply = reply(lp_found(NUMBER, events))
    parcel = suivi.track(routes(NUMBER)).parcels[NUMBER]
    rule = LA_POSTE_EVENTS[code]
    assert parcel.status is (rule.status or S.IN_TRANSIT)
    assert (parcel.code, parcel.label, parcel.is_final) == (code, f"Libellé {code}", rule.final)
    assert parcel.unknown_codes == ()


def test_an_unknown_event_code_is_in_transit_with_its_label_and_reported(scripted, suivi):
    events = [lp_event("XY7", "Nouvel événement", "2026-11-19T09:00:00+01:00"), *LP_DELIVERED_EVENTS[3:]]
    scripted.reply = reply(lp_found(NUMBER, events))
    parcel = suivi.track(routes(NUMBER)).parcels[NUMBER]
    assert (parcel.status, parcel.code, parcel.label) == (S.IN_TRANSIT, "XY7", "Nouvel événement")
    assert parcel.unknown_codes == ("XY7",)


def test_an_envelope_before_the_first_scan_has_no_entry_date_and_no_events(scripted, suivi):
    scripted.reply = reply(lp_found(NUMBER, []))
    parcel = suivi.track(routes(NUMBER)).parcels[NUMBER]
    assert parcel.status is S.INFO_RECEIVED and parcel.events == ()


def test_numbers_la_poste_cannot_take_are_refused_without_a_call(scripted, suivi):
    result = suivi.track(routes("SHORT", "BAD-NUMBER!!"))
    assert result.calls == 0 and scripted.seen == []
    assert all(p.number_rejected for p in result.parcels.values())


def test_a_number_the_answer_forgets_is_a_failure_to_retry(scripted, suivi):
    scripted.reply = reply([lp_found("LB123456785FR", LP_DELIVERED_EVENTS)], status=207)
    result = suivi.track(routes("LB123456785FR", "CB719248650FR"))
    assert result.failures["CB719248650FR"].kind is FailureKind.MISSING


def test_more_than_ten_numbers_is_a_programming_error(suivi):
    with pytest.raises(ValueError):
        suivi.track(routes(*(f"6A{i:011d}" for i in range(11))))


def test_the_request_id_is_kept_for_support(scripted, suivi):
    scripted.reply = reply(lp_found(NUMBER, LP_DELIVERED_EVENTS), headers={"x-okapi-request-id": "a1b2-c3d4"})
    assert suivi.track(routes(NUMBER)).request_id == "a1b2-c3d4"


@pytest.mark.parametrize(("language", "lang"), [("fr", "fr_FR"), ("en", "en_GB"), ("de-DE", "de_DE"), ("es", "es_ES"),
                                                ("it", "it_IT"), ("nl_BE", "nl_NL"), ("pt", "fr_FR"), (None, "fr_FR")])
def test_lang_follows_the_merchant_with_french_as_fallback(language, lang):
    assert laposte_lang(language) == lang


def test_lang_is_sent(scripted):
    service = LaPosteSuivi(LA_POSTE_KEY, base_url=scripted.url, language="en", timeout=TIMEOUT)
    scripted.reply = reply(lp_found(NUMBER, LP_DELIVERED_EVENTS))
    service.track(routes(NUMBER))
    service.close()
    assert parse_qs(urlsplit(scripted.seen[0].path).query)["lang"] == ["en_GB"]


def test_check_key(scripted, suivi):
    scripted.reply = reply(lp_error("LB000000000FR", 104, "x"), status=404)
    suivi.check_key()  # a refused number still means the key got in
    scripted.reply = reply(LP_401, status=401)
    with pytest.raises(AuthError) as raised:
        suivi.check_key()
    assert LA_POSTE_KEY not in str(raised.value)


def test_la_poste_needs_no_registration_and_asks_nothing_for_it(scripted, suivi):
    """Only 17TRACK registers numbers; asked anyway, La Poste knows every number and spends nothing."""
    assert suivi.needs_registration is False
    registration = suivi.register([NUMBER, "LB123456785FR"])
    assert registration.already == {NUMBER, "LB123456785FR"} and registration.registered == frozenset()
    assert registration.calls == 0 and scripted.seen == []
