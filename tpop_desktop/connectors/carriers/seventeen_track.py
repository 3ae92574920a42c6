"""17TRACK v2.2, the aggregator for every carrier without a service of its own (DPD, GLS...).

``POST {base}/<action>`` with a JSON array body and the ``17token`` header, at most 40
numbers per call. A number is registered once (``register`` costs one unit of the free
quota; "already registered" costs nothing and counts as registered), then polled with
``gettrackinfo`` (free). Every answer is an envelope: ``code`` 0 with ``data.accepted`` and
``data.rejected[]{number, error{code, message}}``, or a non-zero ``code`` with
``data.errors[]`` for the whole call. ``latest_status`` decides (17TRACK's own verdict); the
events of every provider are merged and shown newest first. Only the number (and a carrier
key when the app knows it) is sent: no postcode, so carriers that want one may stay
"not found". Facts and sources: ``carrier-apis.md`` section 3.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

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
    QuotaSpentError,
    Registration,
    RequestRejectedError,
    TrackingService,
    parse_time,
    send,
    text_of,
)
from tpop_desktop.connectors.errors import AuthError, PayloadError
from tpop_desktop.connectors.http import error_for_status, make_session, validate_api_url
from tpop_desktop.connectors.payload import as_dict, as_list
from tpop_desktop.core.parcel import (
    CarrierEvent,
    ParcelStatus,
    ParcelTracking,
    TrackingServiceId,
    newest_first,
    unknown_codes,
)
from tpop_desktop.core.parcel_codes import SEVENTEEN_ERRORS, ErrorKind, seventeen_event, seventeen_status
from tpop_desktop.core.parcel_refresh import LIMITS, Route
from tpop_desktop.core.tracking import normalize

log = logging.getLogger(__name__)

DEFAULT_BASE_URL = "https://api.17track.net/track/v2.2"
KEY_HEADER = "17token"
BATCH_SIZE = LIMITS[TrackingServiceId.SEVENTEEN_TRACK].batch_size
S = ParcelStatus
SERVICE = TrackingServiceId.SEVENTEEN_TRACK


class SeventeenTrack(TrackingService):
    """17TRACK v2.2 with the merchant's API key."""

    service = SERVICE
    needs_registration = True

    def __init__(self, key: str, *, base_url: str = DEFAULT_BASE_URL,
                 timeout: tuple[float, float] = CARRIER_TIMEOUT, session: requests.Session | None = None,
                 max_body_bytes: int = CARRIER_MAX_BODY) -> None:
        self._base = validate_api_url(base_url)
        self._holder = KeyHolder(key)
        self._auth = HeaderKey(KEY_HEADER, key)
        self._timeout = timeout
        self._owns_session = session is None
        self._session = session if session is not None else make_session()
        self._max_body = max_body_bytes

    def __repr__(self) -> str:
        return f"SeventeenTrack({self._base!r})"

    def register(self, numbers: Sequence[str], carriers: Mapping[str, int] | None = None) -> Registration:
        items = _items(numbers, carriers or {})
        data = self._call("register", items)
        accepted = {normalize(text_of(as_dict(a, "accepted[]"), "number"))
                    for a in as_list(data.get("accepted", []), "accepted")}
        asked = {item["number"] for item in items}
        registered, already = set(accepted & asked), set()
        parcels: dict[str, ParcelTracking] = {}
        failures: dict[str, ItemFailure] = {}
        for number, kind, code, message in _rejected(data, asked):
            if kind is ErrorKind.ALREADY_REGISTERED:
                already.add(number)
            elif kind in (ErrorKind.DAILY_LIMIT, ErrorKind.QUOTA_SPENT):
                failures[number] = ItemFailure(number, FailureKind.QUOTA_SPENT, code, message)
            else:
                _refusal(number, kind, code, message, parcels, failures)
        return Registration(frozenset(registered), frozenset(already), parcels, failures)

    def track(self, routes: Sequence[Route]) -> BatchResult:
        carriers = {r.number: r.carrier_code for r in routes if r.carrier_code}
        items = _items([r.number for r in routes], carriers)
        data = self._call("gettrackinfo", items)
        asked = {item["number"] for item in items}
        parcels: dict[str, ParcelTracking] = {}
        failures: dict[str, ItemFailure] = {}
        for raw in as_list(data.get("accepted", []), "accepted"):
            item = as_dict(raw, "accepted[]")
            number = normalize(text_of(item, "number"))
            if number in asked:
                parcels[number] = parse_track_info(item.get("track_info"), number)
        for number, kind, code, message in _rejected(data, asked):
            if kind is ErrorKind.NOT_REGISTERED:
                failures[number] = ItemFailure(number, FailureKind.NOT_REGISTERED, code, message)
            elif kind is ErrorKind.NO_INFO_YET:
                parcels[number] = ParcelTracking(SERVICE, number, S.EXPIRED_NOT_FOUND, code, message,
                                                 not_yet_available=True)
            elif kind in (ErrorKind.DAILY_LIMIT, ErrorKind.QUOTA_SPENT):
                failures[number] = ItemFailure(number, FailureKind.QUOTA_SPENT, code, message)
            else:
                _refusal(number, kind, code, message, parcels, failures)
        for number in asked - parcels.keys() - failures.keys():
            failures[number] = ItemFailure(number, FailureKind.MISSING)
        return BatchResult(parcels, failures, calls=1)

    def quota(self) -> dict[str, int | float]:
        """The numbers ``getquota`` returns, under the names 17TRACK gives them (shown as they are)."""
        data = self._call("getquota", [])
        return {name: value for name, value in data.items()
                if isinstance(value, (int, float)) and not isinstance(value, bool)}

    def check_key(self) -> None:
        self._call("getquota", [])  # free: the envelope says whether the key is accepted

    def close(self) -> None:
        self._holder.release()
        if self._owns_session:
            self._session.close()

    def _call(self, action: str, body: list[dict[str, Any]]) -> dict[str, Any]:
        if len(body) > BATCH_SIZE:
            raise ValueError(f"17TRACK takes at most {BATCH_SIZE} numbers per call")
        answer = send(self._session, "POST", f"{self._base}/{action}", auth=self._auth, json_body=body,
                      timeout=self._timeout, max_bytes=self._max_body)
        return _envelope(answer, action)


def _items(numbers: Sequence[str], carriers: Mapping[str, int]) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    for number in dict.fromkeys(normalize(n) for n in numbers):
        item: dict[str, Any] = {"number": number}
        if carriers.get(number):
            item["carrier"] = carriers[number]
        items.append(item)
    return items


def _envelope(answer: Answer, action: str) -> dict[str, Any]:
    """``data`` of a successful envelope; a failed call becomes its typed error."""
    where = f"17TRACK {action} {answer.where}"
    if answer.status != 200:  # 401 bad key, 404 bad URL, 429 too frequent, 500, 503 [17-DOC v1]
        raise error_for_status(answer.status, answer.headers, answer.body, where)
    data = as_dict(answer.json(), "17TRACK answer")
    code = data.get("code")
    if isinstance(code, bool) or not isinstance(code, int):
        raise PayloadError(f"{where}: the envelope has no integer code")
    inner = data.get("data")
    if code == 0:
        return as_dict(inner if inner is not None else {}, "17TRACK data")
    errors = inner.get("errors") if isinstance(inner, dict) else None
    first = errors[0] if isinstance(errors, list) and errors and isinstance(errors[0], dict) else {}
    error_code = first.get("code") if isinstance(first.get("code"), int) else code
    kind = SEVENTEEN_ERRORS.get(error_code, (None, ""))[0]
    detail = f"{where}: code {error_code}"
    if kind is ErrorKind.KEY_REJECTED:
        raise AuthError(f"credentials rejected ({detail})")
    if kind in (ErrorKind.DAILY_LIMIT, ErrorKind.QUOTA_SPENT):
        raise QuotaSpentError(f"quota used up ({detail})")
    raise RequestRejectedError(f"request refused ({detail})")


def _rejected(data: dict[str, Any], asked: set[str]) -> list[tuple[str, ErrorKind | None, str, str]]:
    found = []
    for raw in as_list(data.get("rejected", []), "rejected"):
        item = as_dict(raw, "rejected[]")
        number = normalize(text_of(item, "number"))
        error = item.get("error") if isinstance(item.get("error"), dict) else {}
        code = error.get("code")
        code = code if isinstance(code, int) and not isinstance(code, bool) else 0
        if number in asked:
            kind = SEVENTEEN_ERRORS.get(code, (None, ""))[0]
            found.append((number, kind, str(code), text_of(error, "message")))
    return found


def _refusal(number: str, kind: ErrorKind | None, code: str, message: str,
             parcels: dict[str, ParcelTracking], failures: dict[str, ItemFailure]) -> None:
    """A number refused for what it is: a status; for anything else, a failure to retry."""
    if kind is ErrorKind.INVALID_NUMBER:
        parcels[number] = ParcelTracking(SERVICE, number, S.EXCEPTION, code, message, number_rejected=True)
    elif kind is ErrorKind.CARRIER_NOT_DETECTED:
        parcels[number] = ParcelTracking(SERVICE, number, S.EXPIRED_NOT_FOUND, code, message)
    else:
        failures[number] = ItemFailure(number, FailureKind.TEMPORARY, code, message)


def parse_track_info(raw: Any, number: str) -> ParcelTracking:
    """``accepted[].track_info`` as a snapshot: 17TRACK's ``latest_status`` decides."""
    info = as_dict(raw, "track_info")
    latest = info.get("latest_status") if isinstance(info.get("latest_status"), dict) else {}
    status_name, sub_status = text_of(latest, "status", 64), text_of(latest, "sub_status", 64)
    rule, known = seventeen_status(status_name, sub_status)
    tracking = info.get("tracking") if isinstance(info.get("tracking"), dict) else {}
    events = []
    for provider in as_list(tracking.get("providers") or [], "tracking.providers"):
        provider = as_dict(provider, "providers[]")
        for row in as_list(provider.get("events") or [], "providers[].events"):
            events.append(_event(as_dict(row, "events[]")))
    ordered = newest_first(events)
    latest_event = info.get("latest_event") if isinstance(info.get("latest_event"), dict) else {}
    label = text_of(latest_event, "description") or text_of(latest, "sub_status_descr") or sub_status
    metrics = info.get("time_metrics") if isinstance(info.get("time_metrics"), dict) else {}
    estimate = metrics.get("estimated_delivery_date") if isinstance(metrics.get("estimated_delivery_date"), dict) else {}
    code = sub_status or status_name
    unknown = unknown_codes(ordered) if known else (code, *unknown_codes(ordered))
    return ParcelTracking(
        service=SERVICE,
        number=number,
        status=rule.status or S.IN_TRANSIT,
        code=code,
        label=label,
        status_at=_time(latest_event) if latest_event else (ordered[0].time if ordered else None),
        events=ordered,
        estimated_from=parse_time(estimate.get("from"), "estimated_delivery_date.from"),
        estimated_to=parse_time(estimate.get("to"), "estimated_delivery_date.to"),
        is_final=rule.final,
        not_yet_available=sub_status == "NotFound_Other" or (status_name == "NotFound" and not sub_status),
        number_rejected=sub_status == "NotFound_InvalidCode",
        unknown_codes=tuple(dict.fromkeys(unknown)),
    )


def _time(row: dict[str, Any]) -> datetime | None:
    """``time_iso`` keeps the local offset for display; ``time_utc`` when the former has none."""
    local = parse_time(row.get("time_iso"), "time_iso")
    if local is not None and local.tzinfo is not None:
        return local
    return parse_time(row.get("time_utc"), "time_utc") or local


def _event(row: dict[str, Any]) -> CarrierEvent:
    address = row.get("address") if isinstance(row.get("address"), dict) else {}
    place = text_of(row, "location") or text_of(address, "city")
    return seventeen_event(_time(row), text_of(row, "stage", 64), text_of(row, "description"), place,
                           text_of(address, "country", 2).upper())
