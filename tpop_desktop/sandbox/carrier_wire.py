"""The sandbox's parcel stories in each service's wire format (``carrier-apis.md``'s fields and codes).

Labels are the reference's French event labels for La Poste (whatever ``lang`` asks: the
sandbox has no translations), the reference's status words for DHL, and plain French
descriptions for the aggregator's carriers. DHL times are local wall-clock times without
an offset, as DHL often sends them; La Poste and 17TRACK send offsets.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from typing import Any

from tpop_desktop.sandbox import catalog
from tpop_desktop.sandbox.parcel_story import Parcel, Step

PARIS = timezone(timedelta(hours=1))  # the sandbox ignores summer time

LA_POSTE_401 = {"code": "UNAUTHORIZED", "message": "This action requires an authorization"}
DHL_401 = {"title": "Unauthorized", "status": 401, "detail": "Invalid or missing API key."}
DHL_429 = {"status": 429, "title": "Too Many Requests",
           "detail": "Too many requests within defined time period, please try again later."}

# step -> (La Poste code, its label as published, timeline step)
LA_POSTE: dict[Step, tuple[str, str, int]] = {
    Step.LABEL: ("DR1", "Déclaratif réceptionné", 1),
    Step.ACCEPTED: ("PC1", "Pris en charge", 2),
    Step.SORTING: ("ET1", "En cours de traitement", 3),
    Step.ABROAD: ("ET3", "En cours de traitement dans le pays de destination", 3),
    Step.CUSTOMS_IN: ("DO1", "Entrée en douane", 3),
    Step.CUSTOMS_HELD: ("DO3", "Retenu en douane", 3),
    Step.CUSTOMS_OUT: ("DO2", "Sortie de douane", 3),
    Step.OUT_FOR_DELIVERY: ("MD2", "Mis en distribution", 4),
    Step.FAILED: ("ND1", "Non distribuable", 4),
    Step.PICKUP: ("AG1", "En attente d'être retiré au guichet", 4),
    Step.DELIVERED: ("DI1", "Distribué", 5),
    Step.RETURNING: ("RE1", "Retourné à l'expéditeur", 4),
    Step.RETURNED: ("DI2", "Distribué à l'expéditeur", 5),
}
TIMELINE = ("Déclaratif réceptionné", "Pris en charge", "En cours de traitement", "En cours de distribution",
            "Distribué")
HOLDERS = {catalog.LA_POSTE: (1, "Courrier international"), catalog.COLISSIMO: (4, "colissimo"),
           catalog.CHRONOPOST: (3, "chronopost")}

# step -> DHL (statusCode, status, description)
DHL: dict[Step, tuple[str, str, str]] = {
    Step.LABEL: ("pre-transit", "SHIPMENT INFORMATION RECEIVED", "Shipment information received"),
    Step.ACCEPTED: ("transit", "PICKED UP", "Shipment picked up"),
    Step.SORTING: ("transit", "PROCESSED", "Processed at PARIS - FRANCE"),
    Step.ABROAD: ("transit", "ARRIVED", "Arrived at DHL Delivery Facility"),
    Step.CUSTOMS_IN: ("transit", "CUSTOMS STATUS UPDATED", "Arrived at CUSTOMS"),
    Step.CUSTOMS_HELD: ("transit", "CUSTOMS STATUS UPDATED", "Shipment on hold at CUSTOMS"),
    Step.CUSTOMS_OUT: ("transit", "CLEARANCE COMPLETE", "Clearance processing complete"),
    Step.OUT_FOR_DELIVERY: ("transit", "WITH DELIVERY COURIER", "OUT FOR DELIVERY"),
    Step.FAILED: ("failure", "DELIVERY ATTEMPTED", "Delivery attempted, consignee not available"),
    Step.PICKUP: ("transit", "AWAITING COLLECTION", "Awaiting collection at a DHL ServicePoint"),
    Step.DELIVERED: ("delivered", "DELIVERED", "Delivered"),
    Step.RETURNING: ("transit", "RETURNED TO SHIPPER", "Returned to shipper"),
    Step.RETURNED: ("delivered", "DELIVERED", "Delivered to shipper"),
}

# step -> 17TRACK (event stage, latest status, sub status, description)
SEVENTEEN: dict[Step, tuple[str, str, str, str]] = {
    Step.LABEL: ("InfoReceived", "InfoReceived", "InfoReceived", "Colis en préparation chez l'expéditeur"),
    Step.ACCEPTED: ("PickedUp", "InTransit", "InTransit_PickedUp", "Colis pris en charge"),
    Step.SORTING: ("Departure", "InTransit", "InTransit_Departure", "Colis en transit"),
    Step.ABROAD: ("Arrival", "InTransit", "InTransit_Arrival", "Arrivé dans le pays de destination"),
    Step.CUSTOMS_IN: ("", "InTransit", "InTransit_CustomsProcessing", "Dédouanement en cours"),
    Step.CUSTOMS_HELD: ("", "InTransit", "InTransit_CustomsRequiringInformation", "Retenu en douane"),
    Step.CUSTOMS_OUT: ("", "InTransit", "InTransit_CustomsReleased", "Dédouané"),
    Step.OUT_FOR_DELIVERY: ("OutForDelivery", "OutForDelivery", "OutForDelivery_Other", "En cours de livraison"),
    Step.FAILED: ("", "DeliveryFailure", "DeliveryFailure_NoBody", "Destinataire absent"),
    Step.PICKUP: ("AvailableForPickup", "AvailableForPickup", "AvailableForPickup_Other",
                  "Disponible au Point Relais"),
    Step.DELIVERED: ("Delivered", "Delivered", "Delivered_Other", "Livré"),
    Step.RETURNING: ("Returning", "Exception", "Exception_Returning", "Retour vers l'expéditeur"),
    Step.RETURNED: ("Returned", "Exception", "Exception_Returned", "Retourné à l'expéditeur"),
}
FINAL = (Step.DELIVERED, Step.RETURNED)


def _paris(moment: datetime) -> str:
    return moment.astimezone(PARIS).replace(microsecond=0).isoformat()


def _utc(moment: datetime) -> str:
    return moment.astimezone(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


# --- La Poste Suivi v2 ------------------------------------------------------------------


def la_poste_error(number: str, code: int, lang: str) -> dict[str, Any]:
    message = {104: "Le suivi de cet envoi n'est pas encore disponible. Réessayez plus tard.",
               400: "Le numéro de suivi n'est pas valide."}[code]
    return {"lang": lang, "scope": "open", "returnCode": code, "returnMessage": message, "idShip": number}


def la_poste_found(parcel: Parcel, now: datetime, lang: str) -> dict[str, Any]:
    visible = parcel.visible(now)
    reached = max(LA_POSTE[step][2] for _, step in visible)
    final = visible[0][1] in FINAL
    holder, product = HOLDERS.get(parcel.carrier, (1, "Courrier international"))
    dates = {LA_POSTE[step][2]: when for when, step in reversed(visible)}
    shipment: dict[str, Any] = {
        "idShip": parcel.number, "holder": holder, "product": product, "isFinal": final,
        "entryDate": _paris(visible[-1][0]),
        "timeline": [{"id": i, "shortLabel": TIMELINE[i - 1], "longLabel": TIMELINE[i - 1], "status": i <= reached,
                      "type": 1, **({"date": _paris(dates[i])} if i in dates else {}),
                      **({"country": "FR" if i <= 2 else parcel.country} if i <= reached else {})}
                     for i in range(1, 6)],
        "event": [{"code": LA_POSTE[step][0], "label": LA_POSTE[step][1], "date": _paris(when)}
                  for when, step in visible],
        "contextData": {"originCountry": "FR", "arrivalCountry": parcel.country,
                        "deliveryChoice": {"deliveryChoice": 0}},
        "url": f"https://www.laposte.fr/outils/suivre-vos-envois?code={parcel.number}",
    }
    if final:
        shipment["deliveryDate"] = _paris(visible[0][0])
    else:
        shipment["estimDate"] = _paris(visible[0][0] + timedelta(days=2))
    if any(step is Step.PICKUP for _, step in visible) and not final:
        city = parcel.order.destination.city or "Paris"
        shipment["contextData"]["removalPoint"] = {"name": f"Bureau de poste {city} Centre", "type": "BDP",
                                                   "idPoint": parcel.number[-6:]}
    if parcel.partner is not None and any(step is Step.ABROAD for _, step in visible):
        name, reference = parcel.partner
        shipment["contextData"]["partner"] = {"name": name, "network": name, "reference": reference}
    return {"lang": lang, "scope": "open", "returnCode": 200, "shipment": shipment}


# --- DHL Unified ------------------------------------------------------------------------


def dhl_problem(status: int, title: str, detail: str, instance: str) -> dict[str, Any]:
    return {"title": title, "detail": detail, "status": status, "instance": instance}


def dhl_shipments(parcel: Parcel, now: datetime) -> dict[str, Any]:
    destination = parcel.order.destination
    abroad = {"address": {"addressLocality": f"{destination.city} - {destination.country}".upper(),
                          "countryCode": destination.country}}
    home = {"address": {"addressLocality": "PARIS - FRANCE", "countryCode": "FR"}}
    events = []
    for when, step in parcel.visible(now):
        code, status, description = DHL[step]
        local = when.astimezone(UTC).replace(tzinfo=None, microsecond=0).isoformat()  # no offset, as DHL often does
        place = home if step in (Step.LABEL, Step.ACCEPTED, Step.SORTING, Step.RETURNED) else abroad
        if step is Step.SORTING:  # an internal scan right after: it must change nothing
            later = (when + timedelta(minutes=30)).astimezone(UTC).replace(tzinfo=None, microsecond=0).isoformat()
            if when + timedelta(minutes=30) <= now:
                events.append({"timestamp": later, "location": home, "statusCode": "unknown", "status": "CLOSE BAG",
                               "description": "CLOSE BAG"})
        events.append({"timestamp": local, "location": place, "statusCode": code, "status": status,
                       "description": description})
    events.sort(key=lambda e: e["timestamp"], reverse=True)
    steps = [step for _, step in parcel.visible(now)]
    shipment: dict[str, Any] = {
        "id": parcel.number, "service": "express",
        "origin": home, "destination": abroad, "status": events[0],
        "details": {"product": {"productName": "EXPRESS WORLDWIDE"}, "totalNumberOfPieces": 1,
                    "pieceIds": [f"JD0146{parcel.number}"]},
        "events": events,
        "serviceUrl": f"https://www.dhl.com/fr-fr/home/tracking/tracking-express.html?submit=1&tracking-id="
                      f"{parcel.number}",
    }
    if Step.RETURNING in steps:
        shipment["returnFlag"] = True
    if steps[0] not in FINAL:
        shipment["estimatedTimeOfDelivery"] = _utc(parcel.visible(now)[0][0] + timedelta(days=2))
    return {"shipments": [shipment]}


# --- 17TRACK v2.2 -----------------------------------------------------------------------


def seventeen_failed(code: int, message: str) -> dict[str, Any]:
    return {"code": code, "data": {"errors": [{"code": code, "message": message}]}}


def seventeen_rejected(number: str, code: int, message: str) -> dict[str, Any]:
    return {"number": number, "error": {"code": code, "message": message}}


def seventeen_track_info(parcel: Parcel | None, visible: list[tuple[datetime, Step]]) -> dict[str, Any]:
    city = parcel.order.destination.city if parcel else None
    country = parcel.country if parcel else None
    events = [{"time_iso": _paris(when), "time_utc": _utc(when), "description": SEVENTEEN[step][3],
               "location": city if step in (Step.PICKUP, Step.DELIVERED, Step.OUT_FOR_DELIVERY) else "Paris",
               "stage": SEVENTEEN[step][0],
               "address": {"country": country if step in (Step.PICKUP, Step.DELIVERED) else "FR", "state": None,
                           "city": city, "postal_code": None}}
              for when, step in visible]
    if visible:
        _, status, sub_status, _ = SEVENTEEN[visible[0][1]]
    else:
        status, sub_status = "NotFound", "NotFound_Other"
    final = bool(visible) and visible[0][1] in FINAL
    estimate = {"source": None, "from": None, "to": None}
    if visible and not final:
        estimate = {"source": "Official", "from": _paris(visible[0][0] + timedelta(days=1)),
                    "to": _paris(visible[0][0] + timedelta(days=2))}
    providers = []
    if parcel is not None and events:
        homepage = {catalog.MONDIAL_RELAY: "https://www.mondialrelay.fr", catalog.DPD: "https://www.dpd.fr"}
        providers.append({"provider": {"name": parcel.carrier, "country": "FR",
                                       "homepage": homepage.get(parcel.carrier, "")},
                          "latest_sync_status": "Success", "latest_sync_time": _utc(visible[0][0]),
                          "events": events})
    return {
        "shipping_info": {"shipper_address": {"country": "FR", "state": None, "city": None, "postal_code": None},
                          "recipient_address": {"country": country, "state": None, "city": None,
                                                "postal_code": None}},
        "latest_status": {"status": status, "sub_status": sub_status, "sub_status_descr": None},
        "latest_event": events[0] if events else None,
        "time_metrics": {"estimated_delivery_date": estimate},
        "milestone": [{"key_stage": SEVENTEEN[step][0], "time_iso": _paris(when), "time_utc": _utc(when)}
                      for when, step in reversed(visible) if SEVENTEEN[step][0]],
        "tracking": {"providers": providers},
    }
