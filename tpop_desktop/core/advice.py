"""What TPOP's help centre tells a merchant to do, applied to one order at one moment.

Each rule is a small pure function ``(order, now) -> Advice | None``; the clock is
always passed in. Advice is a code plus parameters, never a sentence: the UI turns it
into translated text. The rules come from TPOP's public help (statuses, blocked orders,
the 48-working-hour tracking delay and the 21-day support rule).

With the carrier's own answer (a ``ParcelTracking`` snapshot from the merchant's tracking
keys), the rules that can only guess from TPOP's data ("tracking may not be active yet",
"if it never arrived") give way to rules on what the carrier says: not yet known within 48
working hours is normal, still unknown after them means checking the number with TPOP,
waiting at a pickup point, held at customs, a failed delivery, returned, and delivered,
quoting the carrier's delivery event as the authoritative fact.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone, tzinfo
from enum import StrEnum
from types import MappingProxyType

from tpop_desktop.core.models import BlockReason, Order, Status
from tpop_desktop.core.parcel import CarrierEvent, ParcelStatus, ParcelTracking
from tpop_desktop.core.shop_order_source import is_shop_reference
from tpop_desktop.core.tracking import delivers_to_relay_points
from tpop_desktop.core.working_hours import add_working_hours, working_hours_between

TRACKING_ACTIVATION_WORKING_HOURS = 48  # "activating tracking can take up to 48 hours (working days)"
SUPPORT_AFTER = timedelta(days=21)  # "contact us only if your parcel was shipped more than 21 days ago"


class Severity(StrEnum):
    """How much the merchant needs to act: ACTION > WARNING > INFO."""

    INFO = "info"
    WARNING = "warning"
    ACTION = "action"


class AdviceCode(StrEnum):
    TRACKING_NOT_ACTIVE_YET = "tracking_not_active_yet"
    TRACKING_MAY_LAG = "tracking_may_lag"
    CONTACT_SUPPORT = "contact_support"
    BLOCKED_PAYMENT = "blocked_payment"
    BLOCKED_ADDRESS = "blocked_address"
    BLOCKED_VISUAL = "blocked_visual"
    BLOCKED_UNKNOWN = "blocked_unknown"
    RESTART_IS_USELESS = "restart_is_useless"
    OPEN_NOT_CHARGED = "open_not_charged"
    PRODUCTION_CHARGED = "production_charged"
    DELIVERED_NOT_RECEIVED_HINT = "delivered_not_received_hint"
    # from the carrier's own tracking
    PARCEL_NOT_YET_KNOWN = "parcel_not_yet_known"  # within 48 working hours: normal
    PARCEL_CHECK_NUMBER = "parcel_check_number"  # unknown after 48 working hours, or refused
    PARCEL_OUT_FOR_DELIVERY = "parcel_out_for_delivery"
    PARCEL_WAITS_FOR_PICKUP = "parcel_waits_for_pickup"
    PARCEL_HELD_CUSTOMS = "parcel_held_customs"
    PARCEL_DELIVERY_FAILED = "parcel_delivery_failed"
    PARCEL_PROBLEM = "parcel_problem"
    PARCEL_RETURNED = "parcel_returned"
    PARCEL_DELIVERED = "parcel_delivered"


class AttentionReason(StrEnum):
    """Why an order shows in the "needs attention" column and filter."""

    BLOCKED = "blocked"
    STALE_21_DAYS = "stale_21_days"
    TRACKING_NOT_ACTIVE_48H = "tracking_not_active_48h"


@dataclass(frozen=True)
class Advice:
    """One piece of advice; ``params`` fill the UI's translated sentence."""

    code: AdviceCode
    severity: Severity
    params: Mapping[str, str] = field(default_factory=dict, hash=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "params", MappingProxyType(dict(self.params)))


Rule = Callable[[Order, datetime], Advice | None]


# --- shipping ----------------------------------------------------------------------------


def _is_delivered(order: Order) -> bool:
    return order.status is Status.DELIVERED or order.delivered_at is not None


def _in_transit(order: Order) -> bool:
    return order.status is Status.SHIPPED and not _is_delivered(order)


def _local(moment: datetime, now: datetime) -> datetime:
    """A stored (UTC) moment on the clock of ``now``, so weekends fall on local days."""
    return moment.astimezone(now.tzinfo)


def _is_stale(order: Order, now: datetime) -> bool:
    shipped_at = order.shipped_at
    return _in_transit(order) and shipped_at is not None and now - shipped_at > SUPPORT_AFTER


def tracking_not_active_yet(order: Order, now: datetime) -> Advice | None:
    """Shipped less than 48 working hours ago: the carrier may not know the parcel yet."""
    shipped_at = order.shipped_at
    if not _in_transit(order) or shipped_at is None:
        return None
    shipped_local = _local(shipped_at, now)
    if working_hours_between(shipped_local, now) >= TRACKING_ACTIVATION_WORKING_HOURS:
        return None
    ready_at = add_working_hours(shipped_local, TRACKING_ACTIVATION_WORKING_HOURS)
    return Advice(AdviceCode.TRACKING_NOT_ACTIVE_YET, Severity.INFO, {"ready_at": ready_at.isoformat()})


def tracking_may_lag(order: Order, now: datetime) -> Advice | None:
    """In transit: the parcel can already be in the letterbox while tracking says "picked up"."""
    return Advice(AdviceCode.TRACKING_MAY_LAG, Severity.INFO) if _in_transit(order) else None


def contact_support(order: Order, now: datetime) -> Advice | None:
    """Shipped more than 21 days ago and still not delivered: now TPOP support can help."""
    shipped_at = order.shipped_at
    if shipped_at is None or not _is_stale(order, now):
        return None
    params = {
        "days": str((now - shipped_at).days),
        "shipped_on": _local(shipped_at, now).date().isoformat(),
    }
    return Advice(AdviceCode.CONTACT_SUPPORT, Severity.ACTION, params)


def support_message_fields(order: Order, tz: tzinfo | None = None) -> dict[str, str]:
    """What a message to TPOP support about a parcel must quote (empty strings when unknown).

    The ship date is read in ``tz`` (UTC when not given), the merchant's local day.
    """
    shipment = order.latest_shipment
    shipped_at = order.shipped_at.astimezone(tz or timezone.utc) if order.shipped_at else None
    return {
        "reference": order.reference,
        "tracking_number": shipment.tracking_number if shipment else "",
        "carrier": shipment.carrier if shipment else "",
        "shipped_on": shipped_at.date().isoformat() if shipped_at else "",
    }


def delivered_not_received_hint(order: Order, now: datetime) -> Advice | None:
    """Marked delivered: the carrier's tracking is authoritative; neighbour or post office first (a relay
    point's carrier: the relay point)."""
    if not _is_delivered(order):
        return None
    shipment = order.latest_shipment
    relay = shipment is not None and delivers_to_relay_points(shipment.carrier)
    return Advice(AdviceCode.DELIVERED_NOT_RECEIVED_HINT, Severity.INFO, {"relay": "yes"} if relay else {})


# --- blocked, open, production -------------------------------------------------------------

_BLOCK_CODES = {
    BlockReason.PAYMENT: AdviceCode.BLOCKED_PAYMENT,
    BlockReason.ADDRESS: AdviceCode.BLOCKED_ADDRESS,
    BlockReason.VISUAL: AdviceCode.BLOCKED_VISUAL,
}


def blocked(order: Order, now: datetime) -> Advice | None:
    """On hold: the fix depends on the reason (payment, address, print file)."""
    if order.status is not Status.BLOCKED:
        return None
    reason = order.block_reason
    if reason is None:
        return Advice(AdviceCode.BLOCKED_UNKNOWN, Severity.ACTION)
    params = {"reason": reason.value}
    if order.block_detail:
        params["detail"] = order.block_detail
    if reason is BlockReason.PAYMENT:
        params["retry_working_days"] = "1-2"  # "Retry payment" can take 1 to 2 working days
    return Advice(_BLOCK_CODES[reason], Severity.ACTION, params)


def restart_is_useless(order: Order, now: datetime) -> Advice | None:
    """Asking TPOP to restart production is useless until the cause is fixed."""
    return Advice(AdviceCode.RESTART_IS_USELESS, Severity.WARNING) if order.status is Status.BLOCKED else None


def open_not_charged(order: Order, now: datetime) -> Advice | None:
    """Open: not charged yet, can still be changed or cancelled in the TPOP dashboard.

    Not for an order read from the shop: "open" there only means the shop has not shipped
    it, and only TPOP's dashboard knows whether it is already in production.
    """
    if order.status is not Status.OPEN or is_shop_reference(order.reference):
        return None
    return Advice(AdviceCode.OPEN_NOT_CHARGED, Severity.INFO)


def production_charged(order: Order, now: datetime) -> Advice | None:
    """In production: charged, no longer cancellable, ships 2 to 7 working days after entry."""
    if order.status is not Status.PRODUCTION:
        return None
    return Advice(AdviceCode.PRODUCTION_CHARGED, Severity.INFO, {"min_working_days": "2", "max_working_days": "7"})


# Most pressing first: what the merchant must do, then what to expect.
RULES: tuple[Rule, ...] = (
    blocked,
    restart_is_useless,
    contact_support,
    tracking_not_active_yet,
    tracking_may_lag,
    delivered_not_received_hint,
    open_not_charged,
    production_charged,
)


# --- the carrier's truth ------------------------------------------------------------------

ParcelRule = Callable[[Order, ParcelTracking, datetime], Advice | None]
# TPOP's guesses that the carrier's answer replaces.
GUESSES: frozenset[Rule] = frozenset({tracking_not_active_yet, delivered_not_received_hint})


def _moment(moment: datetime | None) -> str:
    """A carrier time as ISO text (naive: the carrier's local wall clock)."""
    return moment.isoformat() if moment is not None else ""


def _event_params(parcel: ParcelTracking, event: CarrierEvent | None = None) -> dict[str, str]:
    """What the merchant needs to quote the carrier: its words, code, time and place."""
    deciding = event or next((e for e in parcel.events if e.code == parcel.code and e.label == parcel.label), None)
    params = {"service": parcel.service.value, "code": parcel.code, "label": parcel.label,
              "at": _moment(parcel.status_at)}
    if deciding is not None:
        params.update(place=deciding.place, country=deciding.country, at=_moment(deciding.time or parcel.status_at))
    return params


def _activation_deadline(order: Order, now: datetime) -> datetime | None:
    shipped_at = order.shipped_at
    return add_working_hours(_local(shipped_at, now), TRACKING_ACTIVATION_WORKING_HOURS) if shipped_at else None


def parcel_not_known(order: Order, parcel: ParcelTracking, now: datetime) -> Advice | None:
    """Unknown to the carrier: normal within 48 working hours; after them, check the number with TPOP."""
    if parcel.number_rejected:
        return Advice(AdviceCode.PARCEL_CHECK_NUMBER, Severity.ACTION, {**_event_params(parcel), "refused": "1"})
    if parcel.status is not ParcelStatus.EXPIRED_NOT_FOUND:
        return None
    deadline = _activation_deadline(order, now)
    if deadline is not None and now < deadline:
        return Advice(AdviceCode.PARCEL_NOT_YET_KNOWN, Severity.INFO, {"ready_at": deadline.isoformat()})
    shipped = order.shipped_at
    params = {"shipped_on": _local(shipped, now).date().isoformat() if shipped else ""}
    return Advice(AdviceCode.PARCEL_CHECK_NUMBER, Severity.ACTION, params)


def parcel_waits_for_pickup(order: Order, parcel: ParcelTracking, now: datetime) -> Advice | None:
    """Waiting at a post office or relay point: tell the customer where, with what to bring."""
    if parcel.status is not ParcelStatus.AVAILABLE_FOR_PICKUP:
        return None
    point = parcel.pickup_point
    params = {**_event_params(parcel), "point": point.name if point else "", "point_type": point.type if point else ""}
    return Advice(AdviceCode.PARCEL_WAITS_FOR_PICKUP, Severity.ACTION, params)


_STATUS_ADVICE: dict[ParcelStatus, tuple[AdviceCode, Severity]] = {
    ParcelStatus.OUT_FOR_DELIVERY: (AdviceCode.PARCEL_OUT_FOR_DELIVERY, Severity.INFO),
    ParcelStatus.HELD_CUSTOMS: (AdviceCode.PARCEL_HELD_CUSTOMS, Severity.WARNING),
    ParcelStatus.DELIVERY_FAILED: (AdviceCode.PARCEL_DELIVERY_FAILED, Severity.WARNING),
    ParcelStatus.EXCEPTION: (AdviceCode.PARCEL_PROBLEM, Severity.WARNING),
}


def parcel_status(order: Order, parcel: ParcelTracking, now: datetime) -> Advice | None:
    """Out for delivery, held at customs, a failed delivery or a problem: the carrier's words with it."""
    found = _STATUS_ADVICE.get(parcel.status)
    return Advice(found[0], found[1], _event_params(parcel)) if found else None


def parcel_returned(order: Order, parcel: ParcelTracking, now: datetime) -> Advice | None:
    """On its way back, or back with the sender: the returned-to-sender case applies."""
    if parcel.status is not ParcelStatus.RETURNED_TO_SENDER:
        return None
    return Advice(AdviceCode.PARCEL_RETURNED, Severity.ACTION,
                  {**_event_params(parcel), "back": "1" if parcel.is_final else ""})


def delivery_event(parcel: ParcelTracking) -> CarrierEvent | None:
    """The carrier's delivery scan: the first of the delivery scans the parcel ended with."""
    if parcel.status is not ParcelStatus.DELIVERED:
        return None
    found = None
    for event in parcel.events:  # newest first; internal scans after the delivery are skipped
        if event.status is ParcelStatus.DELIVERED:
            found = event
        elif event.status is not None:
            break
    return found


def parcel_delivered(order: Order, parcel: ParcelTracking, now: datetime) -> Advice | None:
    """Delivered: the carrier's delivery event (date, time, place) is the fact to quote."""
    if parcel.status is not ParcelStatus.DELIVERED:
        return None
    return Advice(AdviceCode.PARCEL_DELIVERED, Severity.INFO, _event_params(parcel, delivery_event(parcel)))


PARCEL_RULES: tuple[ParcelRule, ...] = (
    parcel_returned,
    parcel_waits_for_pickup,
    parcel_not_known,
    parcel_status,
    parcel_delivered,
)


def advice_for(order: Order, now: datetime, parcel: ParcelTracking | None = None) -> list[Advice]:
    """Every piece of advice that applies to ``order`` at ``now``, most pressing first.

    ``parcel`` is the carrier's latest answer about the order's latest shipment, when the
    merchant's tracking keys got one: its rules come first and replace TPOP's guesses.
    """
    _require_aware(now)
    if parcel is None:
        return [advice for rule in RULES if (advice := rule(order, now)) is not None]
    from_carrier = [advice for rule in PARCEL_RULES if (advice := rule(order, parcel, now)) is not None]
    moving = parcel.status in (ParcelStatus.INFO_RECEIVED, ParcelStatus.IN_TRANSIT)
    ended = parcel.status in (ParcelStatus.DELIVERED, ParcelStatus.RETURNED_TO_SENDER)
    from_tpop = []
    for rule in RULES:
        if rule in GUESSES or (rule is tracking_may_lag and not moving) or (rule is contact_support and ended):
            continue
        if (advice := rule(order, now)) is not None:
            from_tpop.append(advice)
    actions = [a for a in from_tpop if a.severity is Severity.ACTION]
    return actions + from_carrier + [a for a in from_tpop if a.severity is not Severity.ACTION]


def needs_attention_reasons(order: Order, now: datetime) -> set[AttentionReason]:
    """Why the order needs the merchant's attention now (empty when it does not)."""
    _require_aware(now)
    reasons: set[AttentionReason] = set()
    if order.status is Status.BLOCKED:
        reasons.add(AttentionReason.BLOCKED)
    if _is_stale(order, now):
        reasons.add(AttentionReason.STALE_21_DAYS)
    if _tracking_missing_after_48h(order, now):
        reasons.add(AttentionReason.TRACKING_NOT_ACTIVE_48H)
    return reasons


def _tracking_missing_after_48h(order: Order, now: datetime) -> bool:
    """Shipped over 48 working hours ago and still no tracking number at all.

    Without a shipment record the status change (``updated_at``) stands in for the
    ship date: a shipped order with no shipment is exactly the case to flag.
    """
    if order.status is not Status.SHIPPED:
        return False
    if any(shipment.tracking_number.strip() for shipment in order.shipments):
        return False
    shipped_at = order.shipped_at or order.updated_at
    return working_hours_between(_local(shipped_at, now), now) > TRACKING_ACTIVATION_WORKING_HOURS


def _require_aware(now: datetime) -> None:
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("the clock must be timezone-aware")
