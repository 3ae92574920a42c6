"""Carrier snapshots and events to and from their stored form.

The columns hold what the table sorts and filters on; the JSON payload holds the rest of a
snapshot (estimate, pickup point, partner, public page). Times go through
``carrier_time_text`` so a carrier's local time stays local.
"""

from __future__ import annotations

import json
import logging
from typing import Any

from tpop_desktop.core.parcel import (
    CarrierEvent,
    ParcelStatus,
    ParcelTracking,
    Partner,
    PickupPoint,
    TrackingServiceId,
    carrier_time_text,
    parse_carrier_time_text,
)

log = logging.getLogger(__name__)

PARCEL_COLUMNS = ("reference, tracking_number, service, status, status_at, code, label, is_final,"
                  " not_yet_available, number_rejected, checked_at, changed_at, payload")
EVENT_COLUMNS = "event_time, code, label, place, country, status, final, known"


def encode_payload(tracking: ParcelTracking) -> str:
    data: dict[str, Any] = {
        "estimated_from": carrier_time_text(tracking.estimated_from),
        "estimated_to": carrier_time_text(tracking.estimated_to),
        "public_url": tracking.public_url,
        "unknown_codes": list(tracking.unknown_codes),
    }
    if tracking.pickup_point is not None:
        point = tracking.pickup_point
        data["pickup_point"] = {"name": point.name, "type": point.type, "id": point.id}
    if tracking.partner is not None:
        partner = tracking.partner
        data["partner"] = {"name": partner.name, "network": partner.network, "reference": partner.reference}
    return json.dumps(data, ensure_ascii=False)


def event_values(event: CarrierEvent) -> tuple[Any, ...]:
    """The event's columns, in ``EVENT_COLUMNS`` order."""
    return (carrier_time_text(event.time), event.code, event.label, event.place, event.country,
            event.status.value if event.status else None, int(event.final), int(event.known))


def decode_event(row: tuple[Any, ...]) -> CarrierEvent | None:
    time_text, code, label, place, country, status, final, known = row
    try:
        return CarrierEvent(parse_carrier_time_text(time_text), code, label, place, country,
                            ParcelStatus(status) if status else None, bool(final), bool(known))
    except ValueError:
        log.warning("a stored carrier event could not be read; it is left out")
        return None


def decode_parcel(row: tuple[Any, ...], events: tuple[CarrierEvent, ...] = ()) -> ParcelTracking | None:
    """A stored parcel row (``PARCEL_COLUMNS`` order) as a snapshot; None if it cannot be read."""
    (_reference, _number, service, status, status_at, code, label, is_final, not_yet, rejected,
     _checked, _changed, payload) = row
    try:
        data = json.loads(payload or "{}")
        point = data.get("pickup_point")
        partner = data.get("partner")
        return ParcelTracking(
            service=TrackingServiceId(service),
            number=_number,
            status=ParcelStatus(status),
            code=code,
            label=label,
            status_at=parse_carrier_time_text(status_at),
            events=events,
            estimated_from=parse_carrier_time_text(data.get("estimated_from")),
            estimated_to=parse_carrier_time_text(data.get("estimated_to")),
            pickup_point=PickupPoint(point["name"], point.get("type", ""), point.get("id", "")) if point else None,
            partner=Partner(partner["name"], partner.get("network", ""), partner.get("reference", ""))
            if partner else None,
            is_final=bool(is_final),
            not_yet_available=bool(not_yet),
            number_rejected=bool(rejected),
            public_url=data.get("public_url", ""),
            unknown_codes=tuple(data.get("unknown_codes", ())),
        )
    except (ValueError, KeyError, TypeError, AttributeError):
        log.warning("a stored parcel could not be read; it is left out")
        return None
