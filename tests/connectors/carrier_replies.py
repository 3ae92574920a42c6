"""Answers shaped as carrier-apis.md documents them (field names, codes, error bodies), to replay.

La Poste: the ``baseResponse`` + ``shipment`` envelope [LP-OAS; DEB 200.json, 429.json], the
401 body [LP-AE]. DHL: ``TrackingShipments`` [DHL-T; KA-DHL test] and problem+json errors.
17TRACK: the v2.2 envelope with ``accepted``/``rejected`` and ``track_info`` [17-DOC; 17-R].
"""

from __future__ import annotations

import json
from typing import Any

from scripted_http import Reply

LA_POSTE_KEY = "okapi-Qm7xK2vR9sLp4WzN8cTb"
DHL_KEY = "dhl-Zt5Yq8Lm2Vw4Nc7Xb1Pj"
SEVENTEEN_KEY = "17tk-Hr3Gd6Ks9Fa2Jw5Lq8M"

LP_401 = {"code": "UNAUTHORIZED", "message": "This action requires an authorization"}
LP_429 = {"code": "TOO_MANY_REQUESTS", "message": "max quota reached (100 calls per 1s)"}
DHL_404 = {"title": "No result found", "detail": "No shipment with given tracking number found.", "status": 404,
           "instance": "/shipment/1234567890"}
DHL_429 = {"status": 429, "title": "Too Many Requests",
           "detail": "Too many requests within defined time period, please try again later."}


def reply(body: Any, status: int = 200, headers: dict[str, str] | None = None) -> Reply:
    raw = body if isinstance(body, bytes) else json.dumps(body).encode()
    return Reply(status, raw, {"Content-Type": "application/json", **(headers or {})})


# --- La Poste Suivi v2 ------------------------------------------------------------------


def lp_event(code: str, label: str, date: str) -> dict[str, Any]:
    return {"code": code, "label": label, "date": date}


def lp_shipment(number: str, events: list[dict[str, Any]], *, final: bool = False,
                context: dict[str, Any] | None = None, **extra: Any) -> dict[str, Any]:
    timeline = [{"id": step, "shortLabel": f"Étape {step}", "longLabel": f"Étape {step} du suivi",
                 "status": step <= 3, "type": 1, **({"country": "FR"} if step == 1 else {})} for step in range(1, 6)]
    shipment = {
        "idShip": number, "holder": 4, "product": "colissimo", "isFinal": final,
        "timeline": timeline, "event": events,
        "contextData": {"originCountry": "FR", "arrivalCountry": "FR", "deliveryChoice": {"deliveryChoice": 0},
                        **(context or {})},
        "url": f"https://www.laposte.fr/outils/suivre-vos-envois?code={number}",
        **extra,
    }
    if events:
        shipment["entryDate"] = events[-1]["date"]
    return shipment


def lp_found(number: str, events: list[dict[str, Any]], **extra: Any) -> dict[str, Any]:
    return {"lang": "fr_FR", "scope": "open", "returnCode": 200, "shipment": lp_shipment(number, events, **extra)}


def lp_error(number: str, code: int, message: str) -> dict[str, Any]:
    return {"lang": "fr_FR", "scope": "open", "returnCode": code, "returnMessage": message, "idShip": number}


LP_DELIVERED_EVENTS = [
    lp_event("DI1", "Votre colis est livré.", "2026-11-18T11:02:00+01:00"),
    lp_event("MD2", "Votre colis est en cours de livraison.", "2026-11-18T08:15:00+01:00"),
    lp_event("ET1", "Votre colis est en cours d'acheminement.", "2026-11-17T06:40:00+01:00"),
    lp_event("PC1", "Votre colis a été pris en charge par La Poste.", "2026-11-16T17:20:00+01:00"),
    lp_event("DR1", "Votre colis est prêt à être expédié.", "2026-11-16T09:12:00+01:00"),
]


# --- DHL Unified ------------------------------------------------------------------------


def dhl_event(timestamp: str, code: str, status: str, description: str = "", locality: str = "",
              country: str = "") -> dict[str, Any]:
    event: dict[str, Any] = {"timestamp": timestamp, "statusCode": code, "status": status}
    if description:
        event["description"] = description
    if locality or country:
        event["location"] = {"address": {"addressLocality": locality, **({"countryCode": country} if country else {})}}
    return event


def dhl_shipments(number: str, events: list[dict[str, Any]], *, service: str = "express", **extra: Any) -> dict:
    shipment = {
        "id": number, "service": service,
        "origin": {"address": {"addressLocality": "PARIS - FRANCE", "countryCode": "FR"}},
        "destination": {"address": {"addressLocality": "ZURICH - SWITZERLAND", "countryCode": "CH"}},
        "status": events[0] if events else {},
        "details": {"product": {"productName": "EXPRESS WORLDWIDE"}, "totalNumberOfPieces": 1,
                    "pieceIds": ["JD014600006281230704"]},
        "events": events,
        **extra,
    }
    return {"shipments": [shipment]}


DHL_DELIVERED_EVENTS = [  # local times without an offset, as the real answers send them
    dhl_event("2026-11-19T10:30:00", "delivered", "DELIVERED", "Delivered - Signed for by: M. ROCHAT",
              "ZURICH - SWITZERLAND", "CH"),
    dhl_event("2026-11-19T07:58:00", "transit", "WITH DELIVERY COURIER", "Shipment is out for delivery",
              "ZURICH - SWITZERLAND", "CH"),
    dhl_event("2026-11-18T21:10:00", "transit", "PROCESSED", "Processed at PARIS - FRANCE", "PARIS - FRANCE", "FR"),
    dhl_event("2026-11-18T15:00:00", "pre-transit", "SHIPMENT INFORMATION RECEIVED", "Shipment information received"),
]


# --- 17TRACK v2.2 -----------------------------------------------------------------------


def st_event(time_iso: str, time_utc: str, stage: str, description: str, location: str = "",
             country: str = "") -> dict[str, Any]:
    return {"time_iso": time_iso, "time_utc": time_utc, "description": description, "location": location,
            "stage": stage, "address": {"country": country, "state": None, "city": location or None,
                                        "postal_code": None}}


def st_track_info(status: str, sub_status: str, events: list[dict[str, Any]], *,
                  estimate: tuple[str, str] | None = None) -> dict[str, Any]:
    latest_event = events[0] if events else None
    return {
        "shipping_info": {"shipper_address": {"country": "FR", "state": None, "city": None, "postal_code": None},
                          "recipient_address": {"country": "FR", "state": None, "city": None, "postal_code": None}},
        "latest_status": {"status": status, "sub_status": sub_status, "sub_status_descr": None},
        "latest_event": latest_event,
        "time_metrics": {"days_after_order": 3, "days_of_transit": 2, "days_after_last_update": 0,
                         "estimated_delivery_date": {"source": "Official", "from": estimate[0] if estimate else None,
                                                     "to": estimate[1] if estimate else None}},
        "milestone": [{"key_stage": "PickedUp", "time_iso": None, "time_utc": None}],
        "misc_info": {"service_type": None, "weight_kg": None, "local_number": None, "local_provider": None},
        # 7041 is DHL Paket's carrier key, as in the real webhook bodies the reference cites
        "tracking": {"providers": [{"provider": {"key": 7041, "name": "DHL Paket", "country": "DE",
                                                 "homepage": "https://www.dhl.de"},
                                    "latest_sync_status": "Success", "latest_sync_time": "2026-11-20T08:00:00Z",
                                    "events_hash": 1234567, "events": events}]},
    }


def st_envelope(accepted: list[dict[str, Any]] | None = None,
                rejected: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    return {"code": 0, "data": {"accepted": accepted or [], "rejected": rejected or []}}


def st_rejected(number: str, code: int, message: str = "") -> dict[str, Any]:
    return {"number": number, "error": {"code": code, "message": message or f"error {code}"}}


def st_failed(code: int, message: str = "") -> dict[str, Any]:
    return {"code": code, "data": {"errors": [{"code": code, "message": message or f"error {code}"}]}}


ST_EVENTS = [
    st_event("2026-11-19T14:05:00+01:00", "2026-11-19T13:05:00Z", "AvailableForPickup",
             "Die Sendung liegt in der Filiale zur Abholung bereit", "Berlin", "DE"),
    st_event("2026-11-18T07:30:00+01:00", "2026-11-18T06:30:00Z", "Arrival",
             "Die Sendung wurde im Start-Paketzentrum bearbeitet", "Berlin", "DE"),
    st_event("2026-11-17T18:00:00+01:00", "2026-11-17T17:00:00Z", "PickedUp", "Die Sendung wurde abgeholt",
             "Paris", "FR"),
]
