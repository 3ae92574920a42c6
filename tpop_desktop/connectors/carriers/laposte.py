"""La Poste Suivi v2 (Okapi): La Poste, Colissimo and Chronopost numbers, up to 10 per call.

``GET {base}/idships/{n1,n2,...}?lang=..`` with ``X-Okapi-Key``. Several numbers answer HTTP
207 with an array of envelopes, each with its own ``returnCode`` (read item by item, never
from the HTTP status alone); one number answers a bare object (or, as karrio recorded, a
one-element array: both are accepted). ``returnCode`` 104 (HTTP 404 for one number) means
"not yet available"; an invalid number may come back as a 404 that is not JSON at all.
Facts and sources: ``carrier-apis.md`` section 1.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from typing import Any
from urllib.parse import quote

import requests

from tpop_desktop.connectors.carriers.base import (
    CARRIER_MAX_BODY,
    CARRIER_TIMEOUT,
    Answer,
    BatchResult,
    FailureKind,
    HeaderKey,
    ItemFailure,
    KeyHolder,
    TrackingService,
    parse_time,
    safe_public_url,
    send,
    text_of,
)
from tpop_desktop.connectors.errors import PayloadError, ServerError
from tpop_desktop.connectors.http import error_for_status, make_session, validate_api_url
from tpop_desktop.connectors.payload import as_dict, as_list
from tpop_desktop.core.parcel import (
    ParcelStatus,
    ParcelTracking,
    Partner,
    PickupPoint,
    TrackingServiceId,
    decide,
    newest_first,
    unknown_codes,
)
from tpop_desktop.core.parcel_codes import ReturnKind, la_poste_event, la_poste_return_rule
from tpop_desktop.core.parcel_refresh import LIMITS, Route, la_poste_accepts
from tpop_desktop.core.tracking import normalize

log = logging.getLogger(__name__)

DEFAULT_BASE_URL = "https://api.laposte.fr/suivi/v2"
KEY_HEADER = "X-Okapi-Key"
LANGS = {"fr": "fr_FR", "en": "en_GB", "de": "de_DE", "es": "es_ES", "it": "it_IT", "nl": "nl_NL"}
FALLBACK_LANG = "fr_FR"
BATCH_SIZE = LIMITS[TrackingServiceId.LA_POSTE].batch_size
PROBE_NUMBER = "LB000000000FR"  # for *Test key*: any well-formed number shows whether the key gets in
_REQUEST_ID = re.compile(r"[A-Za-z0-9._-]{1,80}")


class _SplitBatch(Exception):
    """A multi-number call refused as a whole: ask each number on its own."""


def laposte_lang(language: str | None) -> str:
    """The merchant's language as La Poste's ``lang`` (``fr_FR`` when La Poste has no such language)."""
    code = re.split(r"[-_]", (language or "").strip().lower())[0]
    return LANGS.get(code, FALLBACK_LANG)


class LaPosteSuivi(TrackingService):
    """La Poste Suivi v2 with the merchant's Okapi key."""

    service = TrackingServiceId.LA_POSTE

    def __init__(self, key: str, *, base_url: str = DEFAULT_BASE_URL, language: str | None = None,
                 timeout: tuple[float, float] = CARRIER_TIMEOUT, session: requests.Session | None = None,
                 max_body_bytes: int = CARRIER_MAX_BODY) -> None:
        self._base = validate_api_url(base_url)
        self._holder = KeyHolder(key)
        self._auth = HeaderKey(KEY_HEADER, key)
        self.lang = laposte_lang(language)
        self._timeout = timeout
        self._owns_session = session is None
        self._session = session if session is not None else make_session()
        self._max_body = max_body_bytes

    def __repr__(self) -> str:
        return f"LaPosteSuivi({self._base!r})"

    def track(self, routes: Sequence[Route]) -> BatchResult:
        numbers = list(dict.fromkeys(route.number for route in routes))
        if len(numbers) > BATCH_SIZE:
            raise ValueError(f"La Poste takes at most {BATCH_SIZE} numbers per call")
        refused = {n: _rejected(n, "", "") for n in numbers if not la_poste_accepts(n)}
        asked = [n for n in numbers if n not in refused]
        if not asked:
            return BatchResult(parcels=refused, calls=0)
        answer = self._get(asked)
        request_id = _request_id(answer)
        try:
            parcels, failures = self._read(answer, asked)
        except _SplitBatch:  # a refused batch that names no number: ask one by one
            log.info("La Poste refused a batch of %d (request %s); asking one by one", len(asked), request_id)
            return self._one_by_one(asked, refused)
        return BatchResult({**refused, **parcels}, failures, calls=1, request_id=request_id)

    def check_key(self) -> None:
        answer = self._get([PROBE_NUMBER])
        if answer.status in (401, 403, 429) or answer.status >= 500:
            raise self._error(answer)

    def close(self) -> None:
        self._holder.release()
        if self._owns_session:
            self._session.close()

    # --- wire ------------------------------------------------------------------------

    def _get(self, numbers: Sequence[str]) -> Answer:
        path = ",".join(quote(n, safe="") for n in numbers)
        return send(self._session, "GET", f"{self._base}/idships/{path}", auth=self._auth,
                    params={"lang": self.lang}, timeout=self._timeout, max_bytes=self._max_body)

    def _error(self, answer: Answer) -> Exception:
        error = error_for_status(answer.status, answer.headers, answer.body, f"La Poste Suivi {answer.where}")
        if answer.status >= 500:
            log.warning("La Poste Suivi failed with HTTP %d (request %s)", answer.status, _request_id(answer))
        return error

    def _read(self, answer: Answer, asked: list[str]) -> tuple[dict[str, ParcelTracking], dict[str, ItemFailure]]:
        """The answer item by item; ``_SplitBatch`` when a refused batch cannot be read by number."""
        status = answer.status
        if status in (401, 403, 429) or status >= 500:
            raise self._error(answer)
        data = answer.json_or_none()
        if status in (200, 207):
            if data is None:
                raise PayloadError(f"{answer.where}: answer is not JSON")
        elif status in (400, 404):
            itemized = isinstance(data, list) or (isinstance(data, dict) and "returnCode" in data)
            if not itemized or (len(asked) > 1 and not isinstance(data, list)):
                if len(asked) > 1:
                    raise _SplitBatch
                code = str(status)
                parcel = _not_found(asked[0], code) if status == 404 else _rejected(asked[0], code, "")
                return {asked[0]: parcel}, {}
        else:
            raise ServerError(f"unexpected answer (HTTP {status} from {answer.where})", status)
        envelopes = data if isinstance(data, list) else [data]
        parcels: dict[str, ParcelTracking] = {}
        failures: dict[str, ItemFailure] = {}
        wanted = set(asked)
        for index, raw in enumerate(envelopes):
            hint = asked[0] if len(asked) == 1 else (asked[index] if len(envelopes) == len(asked) else "")
            number, outcome = self._envelope(as_dict(raw, "La Poste shipment envelope"), hint)
            if number not in wanted:
                continue
            if isinstance(outcome, ItemFailure):
                failures[number] = outcome
            else:
                parcels[number] = outcome
        for number in asked:
            if number not in parcels and number not in failures:
                failures[number] = ItemFailure(number, FailureKind.MISSING)
        return parcels, failures

    def _envelope(self, env: dict[str, Any], hint: str) -> tuple[str, ParcelTracking | ItemFailure]:
        code = env.get("returnCode")
        if isinstance(code, bool) or not isinstance(code, int):
            raise PayloadError("La Poste envelope: returnCode is not an integer")
        shipment = env.get("shipment")
        inner = shipment.get("idShip") if isinstance(shipment, dict) else None
        number = normalize(text_of(env, "idShip") or (inner if isinstance(inner, str) else "") or hint)
        message = text_of(env, "returnMessage")
        rule = la_poste_return_rule(code)
        if isinstance(shipment, dict) and rule.kind in (ReturnKind.FOUND, ReturnKind.TEMPORARY):
            return number, parse_shipment(shipment, number)
        if rule.kind is ReturnKind.FOUND:
            raise PayloadError("La Poste envelope: returnCode 200 without a shipment")
        if rule.kind is ReturnKind.NOT_YET_AVAILABLE:
            return number, ParcelTracking(TrackingServiceId.LA_POSTE, number, ParcelStatus.EXPIRED_NOT_FOUND,
                                          str(code), message, not_yet_available=True)
        if rule.kind is ReturnKind.INVALID_NUMBER:
            return number, _rejected(number, str(code), message)
        if rule.kind is ReturnKind.NOT_FOUND:
            return number, _not_found(number, str(code), message)
        return number, ItemFailure(number, FailureKind.TEMPORARY, str(code), message)

    def _one_by_one(self, asked: list[str], refused: dict[str, ParcelTracking]) -> BatchResult:
        parcels, failures = dict(refused), {}
        for number in asked:
            found, failed = self._read(self._get([number]), [number])
            parcels.update(found)
            failures.update(failed)
        return BatchResult(parcels, failures, calls=1 + len(asked))


def parse_shipment(shipment: dict[str, Any], number: str) -> ParcelTracking:
    """A ``shipment`` object as a snapshot; a shape that is not La Poste's is a ``PayloadError``."""
    rows = as_list(shipment.get("event") or [], "shipment.event")
    events = []
    for row in rows:
        row = as_dict(row, "shipment.event[]")
        events.append(la_poste_event(parse_time(row.get("date"), "event.date"), text_of(row, "code", 16),
                                     text_of(row, "label")))
    ordered = newest_first(events)
    decision = decide(ordered)
    final_flag = shipment.get("isFinal") is True
    context = shipment.get("contextData") if isinstance(shipment.get("contextData"), dict) else {}
    removal = context.get("removalPoint") if isinstance(context.get("removalPoint"), dict) else None
    partner = context.get("partner") if isinstance(context.get("partner"), dict) else None
    deciding = decision.event
    return ParcelTracking(
        service=TrackingServiceId.LA_POSTE,
        number=number,
        status=decision.status or ParcelStatus.INFO_RECEIVED,
        code=deciding.code if deciding else "200",
        label=deciding.label if deciding else "",
        status_at=deciding.time if deciding else None,
        events=ordered,
        estimated_from=parse_time(shipment.get("estimHourMin") or shipment.get("estimDate"), "estimHourMin"),
        estimated_to=parse_time(shipment.get("estimHourMax") or shipment.get("estimDate"), "estimHourMax"),
        pickup_point=PickupPoint(text_of(removal, "name"), text_of(removal, "type", 16),
                                 text_of(removal, "idPoint", 32)) if removal and text_of(removal, "name") else None,
        partner=Partner(text_of(partner, "name"), text_of(partner, "network"),
                        text_of(partner, "reference", 64)) if partner and text_of(partner, "name") else None,
        is_final=decision.is_final or (final_flag and not decision.contradicted),
        public_url=safe_public_url(shipment.get("url")),
        unknown_codes=unknown_codes(ordered),
    )


def _rejected(number: str, code: str, message: str) -> ParcelTracking:
    return ParcelTracking(TrackingServiceId.LA_POSTE, number, ParcelStatus.EXCEPTION, code, message,
                          number_rejected=True)


def _not_found(number: str, code: str, message: str = "") -> ParcelTracking:
    return ParcelTracking(TrackingServiceId.LA_POSTE, number, ParcelStatus.EXPIRED_NOT_FOUND, code, message)


def _request_id(answer: Answer) -> str:
    value = str(answer.headers.get("x-okapi-request-id", ""))
    return value if _REQUEST_ID.fullmatch(value) else ""
