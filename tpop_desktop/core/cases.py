"""Guided case flows: what a merchant does when a customer says a parcel went wrong.

TPOP's help centre gives each situation a fixed path. "Delivered but not received":
the carrier's tracking is authoritative and TPOP does not reship, so the merchant checks
the tracking, sends the customer to the neighbours and the post office (tracking number
and an identity document), then decides: refuse, or reship at their own cost through a
manual order. "No tracking update for 21 days": contact TPOP support, then wait until
the carrier officially declares the parcel lost (only then is it reshipped or refunded).
"Returned to sender": check the address, ask the customer for it, then reship for a fee
(a returned parcel is never refunded).

A ``Case`` is an immutable record of one such path for one order; every function here
returns a new value and takes the clock as an argument. ``case_to_dict`` and
``case_from_dict`` turn a case into JSON-safe data and back, for the store.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum
from types import MappingProxyType
from typing import TypeVar

from tpop_desktop.core.advice import SUPPORT_AFTER
from tpop_desktop.core.models import Order, Status
from tpop_desktop.core.parcel import ParcelStatus, ParcelTracking
from tpop_desktop.core.tracking import country_name

_E = TypeVar("_E", bound=StrEnum)


class CaseKind(StrEnum):
    NOT_RECEIVED = "not_received"  # marked delivered, but the customer never got it
    NO_TRACKING_UPDATE = "no_tracking_update"  # shipped over 21 days ago, tracking silent
    RETURNED_TO_SENDER = "returned_to_sender"  # came back, usually for a wrong address


class CaseStep(StrEnum):
    CHECK_TRACKING = "check_tracking"  # what the carrier says, and when
    ASK_NEIGHBOURS_AND_POST_OFFICE = "ask_neighbours_and_post_office"
    CONTACT_SUPPORT = "contact_support"  # TPOP support, with the tracking number
    WAIT_FOR_CARRIER_VERDICT = "wait_for_carrier_verdict"  # officially lost, or found
    CHECK_ADDRESS = "check_address"
    ASK_CUSTOMER_FOR_ADDRESS = "ask_customer_for_address"
    DECIDE = "decide"


class Decision(StrEnum):
    FOUND = "found"  # the parcel turned up (neighbour, post office, late delivery)
    REFUSED = "refused"  # no new parcel is sent
    RESHIP_AT_MY_COST = "reship_at_my_cost"  # a manual order paid by the merchant
    RESHIPPED_BY_TPOP = "reshipped_by_tpop"  # carrier declared it lost, TPOP reships
    REFUNDED_BY_TPOP = "refunded_by_tpop"  # carrier declared it lost, TPOP refunds
    RESHIP_FOR_FEE = "reship_for_fee"  # returned parcel sent again, for a fee


class MessageChannel(StrEnum):
    CLIPBOARD = "clipboard"
    MAIL = "mail"


STEPS: MappingProxyType[CaseKind, tuple[CaseStep, ...]] = MappingProxyType({
    CaseKind.NOT_RECEIVED: (
        CaseStep.CHECK_TRACKING, CaseStep.ASK_NEIGHBOURS_AND_POST_OFFICE, CaseStep.DECIDE),
    CaseKind.NO_TRACKING_UPDATE: (
        CaseStep.CHECK_TRACKING, CaseStep.CONTACT_SUPPORT, CaseStep.WAIT_FOR_CARRIER_VERDICT),
    CaseKind.RETURNED_TO_SENDER: (
        CaseStep.CHECK_ADDRESS, CaseStep.ASK_CUSTOMER_FOR_ADDRESS, CaseStep.DECIDE),
})

DECISIONS: MappingProxyType[CaseKind, tuple[Decision, ...]] = MappingProxyType({
    CaseKind.NOT_RECEIVED: (Decision.FOUND, Decision.REFUSED, Decision.RESHIP_AT_MY_COST),
    CaseKind.NO_TRACKING_UPDATE: (
        Decision.FOUND, Decision.RESHIPPED_BY_TPOP, Decision.REFUNDED_BY_TPOP),
    CaseKind.RETURNED_TO_SENDER: (Decision.RESHIP_FOR_FEE, Decision.REFUSED),
})


@dataclass(frozen=True)
class SentMessage:
    """A customer message the merchant copied or opened in their mail program."""

    template_id: str
    language: str
    sent_at: datetime
    channel: MessageChannel


@dataclass(frozen=True)
class Case:
    """One guided case for one order.

    ``updated_at`` moves with every change so the store can list recent cases first.
    A decision closes the case; reopening clears it.
    """

    id: str
    reference: str  # the TPOP order reference
    kind: CaseKind
    opened_at: datetime
    updated_at: datetime
    steps_done: tuple[CaseStep, ...] = ()
    messages_sent: tuple[SentMessage, ...] = ()
    notes: str = ""
    decision: Decision | None = None
    decided_at: datetime | None = None
    closed: bool = False


# --- which case fits which order ------------------------------------------------------


def is_delivered(order: Order, parcel: ParcelTracking | None = None) -> bool:
    """Delivered by TPOP's data, or by the carrier's own tracking (its "delivered" is authoritative)."""
    if parcel is not None and parcel.status is ParcelStatus.DELIVERED:
        return True
    return order.status is Status.DELIVERED or order.delivered_at is not None


def is_shipped(order: Order) -> bool:
    """Left TPOP: shipped or delivered status, or a shipment record exists."""
    return order.status in (Status.SHIPPED, Status.DELIVERED) or order.latest_shipment is not None


def can_open(kind: CaseKind, order: Order, now: datetime, parcel: ParcelTracking | None = None) -> bool:
    """Whether TPOP's rules allow this kind of case for this order at ``now``.

    "No tracking update" needs the clock: TPOP support only takes parcels shipped more
    than 21 days ago. ``parcel`` is the carrier's answer, when the app has one.
    """
    _require_aware(now)
    if kind is CaseKind.NOT_RECEIVED:
        return is_delivered(order, parcel)
    if kind is CaseKind.NO_TRACKING_UPDATE:
        shipped_at = order.shipped_at
        returned = parcel is not None and parcel.status is ParcelStatus.RETURNED_TO_SENDER
        return (is_shipped(order) and not is_delivered(order, parcel) and not returned
                and order.status is not Status.CANCELLED and shipped_at is not None
                and now - shipped_at > SUPPORT_AFTER)
    if kind is CaseKind.RETURNED_TO_SENDER:
        return is_shipped(order) and order.status is not Status.CANCELLED
    raise ValueError(f"unknown case kind: {kind!r}")


def kinds_for(order: Order, now: datetime, parcel: ParcelTracking | None = None) -> tuple[CaseKind, ...]:
    """The case kinds the UI should offer for ``order``."""
    return tuple(kind for kind in CaseKind if can_open(kind, order, now, parcel))


# --- the flow -------------------------------------------------------------------------


def steps_for(kind: CaseKind) -> tuple[CaseStep, ...]:
    return STEPS[CaseKind(kind)]


def decisions_for(kind: CaseKind) -> tuple[Decision, ...]:
    return DECISIONS[CaseKind(kind)]


def next_step(case: Case) -> CaseStep | None:
    """The first step of the flow not done yet; None once every step is done or the case is closed."""
    if case.closed:
        return None
    return next((step for step in steps_for(case.kind) if step not in case.steps_done), None)


def open_case(case_id: str, order: Order, kind: CaseKind, now: datetime,
              parcel: ParcelTracking | None = None) -> Case:
    """A new, empty case; ValueError when TPOP's rules do not allow it for this order."""
    if not case_id:
        raise ValueError("a case needs an id")
    kind = CaseKind(kind)
    if not can_open(kind, order, now, parcel):
        raise ValueError(f"a {kind.value} case cannot be opened for order {order.reference}")
    return Case(id=case_id, reference=order.reference, kind=kind, opened_at=now, updated_at=now)


def mark_step_done(case: Case, step: CaseStep, now: datetime) -> Case:
    """Tick a step (idempotent). Steps belong to one flow; a closed case must be reopened first."""
    _require_open(case, now)
    step = CaseStep(step)
    if step not in steps_for(case.kind):
        raise ValueError(f"step {step.value} is not part of a {case.kind.value} case")
    if step in case.steps_done:
        return case
    order = steps_for(case.kind)
    done = tuple(sorted((*case.steps_done, step), key=order.index))
    return replace(case, steps_done=done, updated_at=now)


def mark_step_undone(case: Case, step: CaseStep, now: datetime) -> Case:
    """Untick a step ticked by mistake (idempotent); the last step is the decision's, undone by reopening."""
    _require_open(case, now)
    step = CaseStep(step)
    if step is steps_for(case.kind)[-1]:
        raise ValueError("the last step is the decision: reopen the case instead")
    if step not in case.steps_done:
        return case
    return replace(case, steps_done=tuple(done for done in case.steps_done if done is not step), updated_at=now)


def record_message(case: Case, template_id: str, language: str, channel: MessageChannel | str,
                   now: datetime) -> Case:
    """Remember that a message went out (the last one shows in the case's history)."""
    _require_aware(now)
    if not template_id or not language:
        raise ValueError("a sent message needs a template id and a language")
    message = SentMessage(template_id, language, now, MessageChannel(channel))
    return replace(case, messages_sent=(*case.messages_sent, message), updated_at=now)


def set_notes(case: Case, notes: str, now: datetime) -> Case:
    _require_aware(now)
    return case if notes == case.notes else replace(case, notes=notes, updated_at=now)


def decide(case: Case, decision: Decision, now: datetime) -> Case:
    """Record the outcome and close the case; the flow's last step counts as done."""
    _require_open(case, now)
    decision = Decision(decision)
    if decision not in decisions_for(case.kind):
        raise ValueError(f"{decision.value} is not a possible outcome of a {case.kind.value} case")
    final_step = steps_for(case.kind)[-1]
    steps = case.steps_done if final_step in case.steps_done else (*case.steps_done, final_step)
    return replace(case, steps_done=steps, decision=decision, decided_at=now, closed=True, updated_at=now)


def reopen(case: Case, now: datetime) -> Case:
    """Undo the decision so the merchant can continue (the customer wrote again)."""
    _require_aware(now)
    if not case.closed:
        raise ValueError("the case is already open")
    final_step = steps_for(case.kind)[-1]
    steps = tuple(step for step in case.steps_done if step is not final_step)
    return replace(case, steps_done=steps, decision=None, decided_at=None, closed=False, updated_at=now)


# --- reshipping -------------------------------------------------------------------------


def reship_block(order: Order) -> str:
    """What the TPOP dashboard's manual-order form needs, as plain text to paste.

    Items (``2 × Title (Variant)``), then the recipient: name, postcode and city,
    country, e-mail. Data only, no sentences, so it reads the same in any UI language.
    """
    header = " · ".join(part for part in (order.reference, order.shop.name, order.shop_order_number)
                        if part.strip())
    items = [
        f"{item.quantity} × {item.title.strip()}" + (f" ({item.variant.strip()})" if item.variant.strip() else "")
        for item in order.items
    ]
    destination = order.destination
    code = destination.country.strip().upper()
    name = country_name(code) if code else None
    recipient = [
        order.customer.name.strip(),
        " ".join(part for part in (destination.postcode.strip(), destination.city.strip()) if part),
        f"{name} ({code})" if name else code,
        order.customer.email.strip(),
    ]
    sections = [[header], items, [line for line in recipient if line]]
    return "\n\n".join("\n".join(lines) for lines in sections if lines and any(lines)) + "\n"


# --- serialization ----------------------------------------------------------------------

CASE_FORMAT_VERSION = 1
_CASE_KEYS = frozenset({"version", "id", "reference", "kind", "opened_at", "updated_at", "steps_done",
                        "messages_sent", "notes", "decision", "decided_at", "closed"})
_MESSAGE_KEYS = frozenset({"template_id", "language", "sent_at", "channel"})


def case_to_dict(case: Case) -> dict[str, object]:
    """JSON-safe data (strings, lists, bools, None; ISO 8601 datetimes with offset)."""
    return {
        "version": CASE_FORMAT_VERSION,
        "id": case.id,
        "reference": case.reference,
        "kind": case.kind.value,
        "opened_at": case.opened_at.isoformat(),
        "updated_at": case.updated_at.isoformat(),
        "steps_done": [step.value for step in case.steps_done],
        "messages_sent": [
            {"template_id": message.template_id, "language": message.language,
             "sent_at": message.sent_at.isoformat(), "channel": message.channel.value}
            for message in case.messages_sent
        ],
        "notes": case.notes,
        "decision": case.decision.value if case.decision else None,
        "decided_at": case.decided_at.isoformat() if case.decided_at else None,
        "closed": case.closed,
    }


def case_from_dict(data: object) -> Case:
    """The case ``case_to_dict`` wrote; ValueError on anything else (the store skips it)."""
    record = _mapping(data, _CASE_KEYS, "case")
    if record["version"] != CASE_FORMAT_VERSION:
        raise ValueError(f"unsupported case format version: {record['version']!r}")
    kind = _member(CaseKind, record["kind"], "kind")
    steps = tuple(_member(CaseStep, value, "step") for value in _list(record["steps_done"], "steps_done"))
    if any(step not in steps_for(kind) for step in steps) or len(set(steps)) != len(steps):
        raise ValueError("steps_done does not fit the case's flow")
    messages = tuple(_message(item) for item in _list(record["messages_sent"], "messages_sent"))
    decision = None if record["decision"] is None else _member(Decision, record["decision"], "decision")
    if decision is not None and decision not in decisions_for(kind):
        raise ValueError(f"{decision.value} is not a possible outcome of a {kind.value} case")
    decided_at = None if record["decided_at"] is None else _datetime(record["decided_at"], "decided_at")
    closed = record["closed"]
    if not isinstance(closed, bool):
        raise ValueError("closed must be true or false")
    if closed != (decision is not None) or (decision is None) != (decided_at is None):
        raise ValueError("a case is closed exactly when it has a decision and a decision date")
    return Case(
        id=_text(record["id"], "id", required=True),
        reference=_text(record["reference"], "reference", required=True),
        kind=kind,
        opened_at=_datetime(record["opened_at"], "opened_at"),
        updated_at=_datetime(record["updated_at"], "updated_at"),
        steps_done=steps,
        messages_sent=messages,
        notes=_text(record["notes"], "notes"),
        decision=decision,
        decided_at=decided_at,
        closed=closed,
    )


def _message(data: object) -> SentMessage:
    record = _mapping(data, _MESSAGE_KEYS, "sent message")
    return SentMessage(
        template_id=_text(record["template_id"], "template_id", required=True),
        language=_text(record["language"], "language", required=True),
        sent_at=_datetime(record["sent_at"], "sent_at"),
        channel=_member(MessageChannel, record["channel"], "channel"),
    )


def _mapping(data: object, keys: frozenset[str], what: str) -> dict[str, object]:
    if not isinstance(data, dict):
        raise ValueError(f"a {what} must be an object")
    missing = keys - data.keys()
    if missing:
        raise ValueError(f"{what} lacks {', '.join(sorted(missing))}")
    return data


def _list(value: object, name: str) -> list[object]:
    if not isinstance(value, list):
        raise ValueError(f"{name} must be a list")
    return value


def _text(value: object, name: str, *, required: bool = False) -> str:
    if not isinstance(value, str) or (required and not value):
        raise ValueError(f"{name} must be {'a non-empty' if required else 'a'} string")
    return value


def _member(enum: type[_E], value: object, name: str) -> _E:
    try:
        return enum(value)
    except ValueError:
        raise ValueError(f"unknown {name}: {value!r}") from None


def _datetime(value: object, name: str) -> datetime:
    if not isinstance(value, str):
        raise ValueError(f"{name} must be an ISO 8601 string")
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{name} is not an ISO 8601 date and time: {value!r}") from None
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"{name} has no time zone: {value!r}")
    return moment


# --- helpers ----------------------------------------------------------------------------


def _require_open(case: Case, now: datetime) -> None:
    _require_aware(now)
    if case.closed:
        raise ValueError("the case is closed; reopen it first")


def _require_aware(now: datetime) -> None:
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("the clock must be timezone-aware")
