"""DHL Shipment Tracking Unified: DHL and Deutsche Post numbers, one per call.

``GET {base}/shipments?trackingNumber=..&service=..`` with ``DHL-API-Key``. ``service`` is
sent when the carrier is known (without it DHL may answer about another shipment with the
same number). Errors are problem+json (``title``, ``detail``, ``status``, ``instance``); 404
means no result (DHL purges numbers after about 90 days, so it does not mean "lost").
Times are often local without an offset: they stay naive and are never compared with UTC.
``possibleAdditionalShipmentsUrl`` is not followed (each would cost a call of a small quota).
Facts and sources: ``carrier-apis.md`` section 2.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from typing import Any

import requests

from tpop_desktop.connectors.carriers.base import (
    CARRIER_MAX_BODY,
    CARRIER_TIMEOUT,
    Answer,
    BatchResult,
    HeaderKey,
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
    CarrierEvent,
    ParcelStatus,
    ParcelTracking,
    TrackingServiceId,
    decide,
    unknown_codes,
)
from tpop_desktop.core.parcel_codes import dhl_event
from tpop_desktop.core.parcel_refresh import Route
from tpop_desktop.core.tracking import normalize

log = logging.getLogger(__name__)

DEFAULT_BASE_URL = "https://api-eu.dhl.com/track"
KEY_HEADER = "DHL-API-Key"
PROBE_NUMBER = "0000000000"  # *Test key*: a valid key gets a 404 for it, a refused key a 401
S = ParcelStatus


class DhlUnified(TrackingService):
    """DHL Shipment Tracking Unified with the merchant's consumer key (the secret is never sent)."""

    service = TrackingServiceId.DHL

    def __init__(self, key: str, *, base_url: str = DEFAULT_BASE_URL, language: str | None = None,
                 timeout: tuple[float, float] = CARRIER_TIMEOUT, session: requests.Session | None = None,
                 max_body_bytes: int = CARRIER_MAX_BODY) -> None:
        self._base = validate_api_url(base_url)
        self._holder = KeyHolder(key)
        self._auth = HeaderKey(KEY_HEADER, key)
        code = re.split(r"[-_]", (language or "").strip().lower())[0]
        self.language = code if re.fullmatch(r"[a-z]{2}", code) else ""
        self._timeout = timeout
        self._owns_session = session is None
        self._session = session if session is not None else make_session()
        self._max_body = max_body_bytes

    def __repr__(self) -> str:
        return f"DhlUnified({self._base!r})"

    def track(self, routes: Sequence[Route]) -> BatchResult:
        if len(routes) != 1:
            raise ValueError("DHL takes one number per call")
        route = routes[0]
        answer = self._get(route.number, route.dhl_service)
        return BatchResult(parcels={route.number: self._read(answer, route.number)}, calls=1)

    def check_key(self) -> None:
        answer = self._get(PROBE_NUMBER, None)
        if answer.status in (401, 403, 429) or answer.status >= 500:
            raise error_for_status(answer.status, answer.headers, answer.body, f"DHL {answer.where}")

    def close(self) -> None:
        self._holder.release()
        if self._owns_session:
            self._session.close()

    def _get(self, number: str, dhl_service: str | None) -> Answer:
        params = {"trackingNumber": number}
        if dhl_service:
            params["service"] = dhl_service
        if self.language:
            params["language"] = self.language
        return send(self._session, "GET", f"{self._base}/shipments", auth=self._auth, params=params,
                    timeout=self._timeout, max_bytes=self._max_body)

    def _read(self, answer: Answer, number: str) -> ParcelTracking:
        status = answer.status
        problem = answer.json_or_none()
        problem = problem if isinstance(problem, dict) else {}
        if status == 200:
            return parse_shipments(answer.json(), number)
        if status == 404:
            return ParcelTracking(self.service, number, S.EXPIRED_NOT_FOUND, "404",
                                  text_of(problem, "title") or text_of(problem, "detail"))
        if status == 400:
            return ParcelTracking(self.service, number, S.EXCEPTION, "400",
                                  text_of(problem, "detail") or text_of(problem, "title"), number_rejected=True)
        if status in (401, 403, 429) or status >= 500:
            raise error_for_status(status, answer.headers, answer.body, f"DHL {answer.where}")
        raise ServerError(f"unexpected answer (HTTP {status} from {answer.where})", status)


def parse_shipments(data: Any, number: str) -> ParcelTracking:
    """A ``TrackingShipments`` answer as the snapshot of ``number``."""
    data = as_dict(data, "DHL answer")
    shipments = [as_dict(s, "shipments[]") for s in as_list(data.get("shipments", []), "shipments")]
    if not shipments:
        return ParcelTracking(TrackingServiceId.DHL, number, S.EXPIRED_NOT_FOUND, "404")
    shipment = next((s for s in shipments if normalize(_id(s)) == number), shipments[0])
    rows = shipment.get("events")
    events = [_event(as_dict(row, "events[]")) for row in as_list(rows or [], "events")]
    latest = shipment.get("status")
    if not events and isinstance(latest, dict):
        events = [_event(latest)]
    decision = decide(events)  # DHL lists events newest first; their times may not be comparable
    status = decision.status or S.EXPIRED_NOT_FOUND
    is_final = decision.is_final
    deciding = decision.event
    if shipment.get("returnFlag") is True:
        if status is S.DELIVERED:
            status, is_final = S.RETURNED_TO_SENDER, True  # delivered back to the consignor
        elif status is S.DELIVERY_FAILED:
            status = S.EXCEPTION
        elif status not in (S.EXCEPTION, S.RETURNED_TO_SENDER):
            status, is_final = S.RETURNED_TO_SENDER, False
    frame = shipment.get("estimatedDeliveryTimeFrame")
    frame = frame if isinstance(frame, dict) else {}
    eta = parse_time(shipment.get("estimatedTimeOfDelivery"), "estimatedTimeOfDelivery")
    return ParcelTracking(
        service=TrackingServiceId.DHL,
        number=number,
        status=status,
        code=deciding.code if deciding else "",
        label=deciding.label if deciding else "",
        status_at=deciding.time if deciding else None,
        events=tuple(events),
        estimated_from=parse_time(frame.get("estimatedFrom"), "estimatedFrom") or eta,
        estimated_to=parse_time(frame.get("estimatedThrough"), "estimatedThrough") or eta,
        is_final=is_final,
        public_url=safe_public_url(shipment.get("serviceUrl")),
        unknown_codes=unknown_codes(events),
    )


def _id(shipment: dict[str, Any]) -> str:
    value = shipment.get("id")
    return str(value) if isinstance(value, (str, int)) and not isinstance(value, bool) else ""


def _event(row: dict[str, Any]) -> CarrierEvent:
    location = row.get("location")
    address = location.get("address") if isinstance(location, dict) else None
    address = address if isinstance(address, dict) else {}
    texts = tuple(text_of(row, name) for name in ("status", "statusDetailed", "description"))
    label = texts[2] or texts[0] or texts[1]
    code = text_of(row, "statusCode", 32)
    if not code:
        raise PayloadError("DHL event without a statusCode")
    return dhl_event(parse_time(row.get("timestamp"), "event.timestamp"), code, texts, label,
                     text_of(address, "addressLocality"), text_of(address, "countryCode", 2).upper())
