"""Every carrier code the app knows, mapped to the one status vocabulary, each with its source.

Source keys are those of the carrier reference (``carrier-apis.md``): RIG, EAM, KA-LP, LP-OAS,
DHL-T, KA-DHL, 17-DOC, 17-R and code index file numbers. An entry marked uncertain comes
from a single source. A code in no table maps to "in transit" with its own label, and is
reported (``known`` False) so the caller can log it once.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from tpop_desktop.core.parcel import CarrierEvent, ParcelStatus

S = ParcelStatus


@dataclass(frozen=True, slots=True)
class CodeRule:
    """One code's meaning: its status (None: internal scan), whether it ends the flow, why."""

    status: ParcelStatus | None
    source: str
    final: bool = False
    note: str = ""  # "customs", "delay", "returning", "uncertain"...


# --- La Poste Suivi v2: event codes (carrier-apis.md section 1, "Event codes") ----------

_LP = "RIG events; EAM LPCodeEvenement"
_LP_ONE = "code index 56946716204 (uncertain)"
LA_POSTE_EVENTS: dict[str, CodeRule] = {
    "DR1": CodeRule(S.INFO_RECEIVED, _LP),
    "DR2": CodeRule(S.EXCEPTION, _LP_ONE, note="preparation problem"),
    "PC1": CodeRule(S.IN_TRANSIT, _LP),
    "PC2": CodeRule(S.IN_TRANSIT, _LP, note="accepted in the sending country"),
    "ET1": CodeRule(S.IN_TRANSIT, _LP, note="sorting (karrio's out_for_delivery is wrong)"),
    "ET2": CodeRule(S.IN_TRANSIT, _LP, note="sending country"),
    "ET3": CodeRule(S.IN_TRANSIT, _LP, note="destination country"),
    "ET4": CodeRule(S.IN_TRANSIT, _LP, note="transit country"),
    "EP1": CodeRule(S.IN_TRANSIT, _LP, note="waiting to be presented"),
    "DO1": CodeRule(S.IN_TRANSIT, _LP, note="customs"),
    "DO2": CodeRule(S.IN_TRANSIT, _LP, note="out of customs"),
    "DO3": CodeRule(S.HELD_CUSTOMS, _LP),
    "ID0": CodeRule(S.HELD_CUSTOMS, _LP_ONE, note="customs information"),
    "PB1": CodeRule(S.EXCEPTION, _LP),
    "PB2": CodeRule(S.IN_TRANSIT, _LP, note="problem solved"),
    "DI3": CodeRule(S.IN_TRANSIT, _LP_ONE, note="delay"),
    "MD2": CodeRule(S.OUT_FOR_DELIVERY, _LP),
    "ND1": CodeRule(S.DELIVERY_FAILED, _LP),
    "AG1": CodeRule(S.AVAILABLE_FOR_PICKUP, _LP),
    "RE1": CodeRule(S.RETURNED_TO_SENDER, _LP, note="returning"),
    "DI1": CodeRule(S.DELIVERED, _LP, final=True),
    "DI0": CodeRule(S.DELIVERED, _LP_ONE, final=True, note="delivered in a batch"),
    "DI2": CodeRule(S.RETURNED_TO_SENDER, _LP, final=True, note="delivered to the sender"),
    "AN1": CodeRule(S.DELIVERY_FAILED, "KA-LP SPECS (uncertain)", note="address not found"),
}


class ReturnKind(StrEnum):
    """What a La Poste ``returnCode`` means for one number."""

    FOUND = "found"
    NOT_YET_AVAILABLE = "not_yet_available"
    INVALID_NUMBER = "invalid_number"
    NOT_FOUND = "not_found"
    TEMPORARY = "temporary"


@dataclass(frozen=True, slots=True)
class ReturnRule:
    kind: ReturnKind
    source: str


_LP_RC = "LP-OAS baseResponse enum (meaning unpublished: uncertain)"
LA_POSTE_RETURN_CODES: dict[int, ReturnRule] = {
    200: ReturnRule(ReturnKind.FOUND, "LP-OAS baseResponse"),
    104: ReturnRule(ReturnKind.NOT_YET_AVAILABLE, "LP-OAS response404; LP-AE errors"),
    400: ReturnRule(ReturnKind.INVALID_NUMBER, "LP-OAS response400"),
    101: ReturnRule(ReturnKind.NOT_FOUND, _LP_RC),
    105: ReturnRule(ReturnKind.NOT_FOUND, _LP_RC),
    109: ReturnRule(ReturnKind.NOT_FOUND, _LP_RC),
    201: ReturnRule(ReturnKind.TEMPORARY, _LP_RC),
    208: ReturnRule(ReturnKind.TEMPORARY, _LP_RC),
    504: ReturnRule(ReturnKind.TEMPORARY, _LP_RC),
}


def la_poste_return_rule(code: int) -> ReturnRule:
    """The rule of a returnCode; unlisted ones follow the reference: 1xx not found, else temporary."""
    rule = LA_POSTE_RETURN_CODES.get(code)
    if rule is not None:
        return rule
    if 100 <= code < 200:
        return ReturnRule(ReturnKind.NOT_FOUND, "carrier-apis.md: 1xx as not found")
    return ReturnRule(ReturnKind.TEMPORARY, "carrier-apis.md: 5xx-like as temporary")


def la_poste_event(time: datetime | None, code: str, label: str) -> CarrierEvent:
    rule = LA_POSTE_EVENTS.get(code)
    if rule is None:
        return CarrierEvent(time, code, label, status=S.IN_TRANSIT, known=False)
    return CarrierEvent(time, code, label, status=rule.status, final=rule.final)


# --- DHL Shipment Tracking Unified: statusCode (section 2, "statusCode") ---------------

_DHL = "DHL-T StatusCode; KA-DHL units"
DHL_STATUS_CODES: dict[str, CodeRule] = {
    "pre-transit": CodeRule(S.INFO_RECEIVED, _DHL),
    "transit": CodeRule(S.IN_TRANSIT, _DHL),
    "delivered": CodeRule(S.DELIVERED, _DHL, final=True),
    "failure": CodeRule(S.DELIVERY_FAILED, _DHL, note="exception when returnFlag"),
    "unknown": CodeRule(None, _DHL, note="internal scans: keep the previous status"),
}

# Text rules for "transit" events, which DHL also uses for out for delivery, pickup and
# customs; matched case-insensitively in status, statusDetailed and description. A rule does
# not apply when one of its "unless" words is there too: a parcel "in der Filiale
# eingeliefert" was handed in by the sender at a branch, it does not wait there (our reading).
_TEXT = "carrier-apis.md text rules (uncertain)"
DHL_TEXT_RULES: tuple[tuple[tuple[str, ...], tuple[str, ...], ParcelStatus, str], ...] = (
    (("zustellfahrzeug", "out for delivery"), (), S.OUT_FOR_DELIVERY, _TEXT),
    (("filiale", "packstation", "abholbereit"), ("eingeliefert",), S.AVAILABLE_FOR_PICKUP, _TEXT),
    (("customs",), (), S.HELD_CUSTOMS, _TEXT),
)


def dhl_event(time: datetime | None, status_code: str, texts: tuple[str, ...], label: str,
              place: str = "", country: str = "") -> CarrierEvent:
    """One DHL event; ``texts`` are its free-text fields, read by the text rules."""
    rule = DHL_STATUS_CODES.get(status_code)
    if rule is None:
        return CarrierEvent(time, status_code, label, place, country, S.IN_TRANSIT, known=False)
    status = rule.status
    if status is S.IN_TRANSIT:
        folded = " ".join(texts).casefold()
        for words, unless, mapped, _source in DHL_TEXT_RULES:
            if any(word in folded for word in words) and not any(word in folded for word in unless):
                status = mapped
                break
    return CarrierEvent(time, status_code, label, place, country, status, final=rule.final)


# --- 17TRACK v2.2: latest_status (section 3, "Status mapping") ------------------------

_17 = "17-R; code index 55064928612, 70508464672 (uncertain: check the v2.2 doc table)"
SEVENTEEN_STATUSES: dict[str, CodeRule] = {
    "NotFound": CodeRule(S.EXPIRED_NOT_FOUND, _17),
    "InfoReceived": CodeRule(S.INFO_RECEIVED, _17),
    "InTransit": CodeRule(S.IN_TRANSIT, _17),
    "Expired": CodeRule(S.EXPIRED_NOT_FOUND, _17, note="no update for a long time"),
    "AvailableForPickup": CodeRule(S.AVAILABLE_FOR_PICKUP, _17),
    "OutForDelivery": CodeRule(S.OUT_FOR_DELIVERY, _17),
    "DeliveryFailure": CodeRule(S.DELIVERY_FAILED, _17),
    "Delivered": CodeRule(S.DELIVERED, _17, final=True),
    "Exception": CodeRule(S.EXCEPTION, _17),
}
# Sub-statuses listed by the reference; those that differ from their main status say so.
SEVENTEEN_SUB_STATUSES: dict[str, CodeRule] = {
    "NotFound_Other": CodeRule(S.EXPIRED_NOT_FOUND, _17),
    "NotFound_InvalidCode": CodeRule(S.EXCEPTION, _17, note="wrong number"),
    "InTransit_PickedUp": CodeRule(S.IN_TRANSIT, _17),
    "InTransit_Departure": CodeRule(S.IN_TRANSIT, _17),
    "InTransit_Arrival": CodeRule(S.IN_TRANSIT, _17),
    "InTransit_Other": CodeRule(S.IN_TRANSIT, _17),
    "InTransit_CustomsReleased": CodeRule(S.IN_TRANSIT, _17),
    "InTransit_CustomsProcessing": CodeRule(S.HELD_CUSTOMS, _17),
    "InTransit_CustomsRequiringInformation": CodeRule(S.HELD_CUSTOMS, _17),
    "Expired_Other": CodeRule(S.EXPIRED_NOT_FOUND, _17),
    "AvailableForPickup_Other": CodeRule(S.AVAILABLE_FOR_PICKUP, _17),
    "OutForDelivery_Other": CodeRule(S.OUT_FOR_DELIVERY, _17),
    "DeliveryFailure_NoBody": CodeRule(S.DELIVERY_FAILED, _17),
    "DeliveryFailure_Security": CodeRule(S.DELIVERY_FAILED, _17),
    "DeliveryFailure_Rejected": CodeRule(S.DELIVERY_FAILED, _17),
    "DeliveryFailure_InvalidAddress": CodeRule(S.DELIVERY_FAILED, _17),
    "DeliveryFailure_Other": CodeRule(S.DELIVERY_FAILED, _17),
    "Delivered_Other": CodeRule(S.DELIVERED, _17, final=True),
    "Exception_Returning": CodeRule(S.RETURNED_TO_SENDER, _17, note="returning"),
    "Exception_Returned": CodeRule(S.RETURNED_TO_SENDER, _17, final=True),
    "Exception_Delayed": CodeRule(S.EXCEPTION, _17),
    "Exception_Lost": CodeRule(S.EXCEPTION, _17),
    "Exception_Damage": CodeRule(S.EXCEPTION, _17),
    "Exception_Destroyed": CodeRule(S.EXCEPTION, _17),
    "Exception_Cancel": CodeRule(S.EXCEPTION, _17),
    "Exception_Security": CodeRule(S.EXCEPTION, _17),
    "Exception_Rejected": CodeRule(S.EXCEPTION, _17),
    "Exception_NoBody": CodeRule(S.EXCEPTION, _17),
    "Exception_Other": CodeRule(S.EXCEPTION, _17),
}
# Event stages, as in the milestone keys [17-R]; events only illustrate, latest_status decides.
SEVENTEEN_STAGES: dict[str, CodeRule] = {
    "InfoReceived": CodeRule(S.INFO_RECEIVED, "17-R milestone"),
    "PickedUp": CodeRule(S.IN_TRANSIT, "17-R milestone"),
    "Departure": CodeRule(S.IN_TRANSIT, "17-R milestone"),
    "Arrival": CodeRule(S.IN_TRANSIT, "17-R milestone"),
    "AvailableForPickup": CodeRule(S.AVAILABLE_FOR_PICKUP, "17-R milestone"),
    "OutForDelivery": CodeRule(S.OUT_FOR_DELIVERY, "17-R milestone"),
    "Delivered": CodeRule(S.DELIVERED, "17-R milestone", final=True),
    "Returning": CodeRule(S.RETURNED_TO_SENDER, "17-R milestone", note="returning"),
    "Returned": CodeRule(S.RETURNED_TO_SENDER, "17-R milestone", final=True),
}


def seventeen_status(status: str, sub_status: str) -> tuple[CodeRule, bool]:
    """The rule for a ``latest_status``; the flag is False when neither value is known."""
    rule = SEVENTEEN_SUB_STATUSES.get(sub_status) or SEVENTEEN_STATUSES.get(status)
    if rule is None:
        return CodeRule(S.IN_TRANSIT, "unknown: in transit"), False
    return rule, True


def seventeen_event(time: datetime | None, stage: str, label: str, place: str = "",
                    country: str = "") -> CarrierEvent:
    """One 17TRACK event; an event without a stage is shown but decides nothing."""
    if not stage:
        return CarrierEvent(time, "", label, place, country, None)
    rule = SEVENTEEN_STAGES.get(stage)
    if rule is None:
        return CarrierEvent(time, stage, label, place, country, S.IN_TRANSIT, known=False)
    return CarrierEvent(time, stage, label, place, country, rule.status, final=rule.final)


class ErrorKind(StrEnum):
    """What a 17TRACK error code means for the app."""

    KEY_REJECTED = "key_rejected"
    INVALID_NUMBER = "invalid_number"
    BATCH_TOO_LARGE = "batch_too_large"
    ALREADY_REGISTERED = "already_registered"
    NOT_REGISTERED = "not_registered"
    CARRIER_NOT_DETECTED = "carrier_not_detected"
    DAILY_LIMIT = "daily_limit"
    QUOTA_SPENT = "quota_spent"
    NO_INFO_YET = "no_info_yet"


_17E = "17-DOC v1 table; 17-R"
SEVENTEEN_ERRORS: dict[int, tuple[ErrorKind, str]] = {
    -18010002: (ErrorKind.KEY_REJECTED, _17E),
    -18010012: (ErrorKind.INVALID_NUMBER, _17E),
    -18010014: (ErrorKind.BATCH_TOO_LARGE, _17E),
    -18019901: (ErrorKind.ALREADY_REGISTERED, _17E),
    -18019902: (ErrorKind.NOT_REGISTERED, _17E),
    -18019903: (ErrorKind.CARRIER_NOT_DETECTED, _17E),
    -18019907: (ErrorKind.DAILY_LIMIT, _17E),
    -18019908: (ErrorKind.QUOTA_SPENT, _17E),
    -18019909: (ErrorKind.NO_INFO_YET, _17E),
}
