"""The carrier's truth about a parcel: one status vocabulary, its events, and the rules that decide.

Every tracking service (La Poste Suivi, DHL, 17TRACK) speaks its own codes; the adapters
turn them into ``CarrierEvent`` values through the tables of ``parcel_codes`` and build a
``ParcelTracking`` snapshot with ``decide``. The raw code and label are always kept, for the
merchant and for support.

The rules, from the carrier reference (``carrier-apis.md`` section 4):

1. The newest event decides; internal scans (``status`` None) change nothing, and a parcel
   with internal scans only has its label data received.
2. ``delivered`` and ``returned_to_sender`` (once back with the sender) are terminal: a later
   event that contradicts them makes the parcel an ``exception``, it never overwrites them.
   An event whose code no table knows cannot contradict a terminal status.
3. A parcel on its way back to the sender stays ``returned_to_sender`` through the sorting
   scans of the return trip.
4. "Info received" is how a parcel starts; announced again after the parcel moved (DHL's
   events are not monotonic), it does not set the parcel back.

Carrier times are kept as the carrier gave them: aware when it sent an offset, naive local
wall-clock time when it did not (DHL often does). Naive and aware times are never compared.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from enum import StrEnum


class ParcelStatus(StrEnum):
    """What the carrier says about a parcel, whatever the carrier."""

    INFO_RECEIVED = "info_received"
    IN_TRANSIT = "in_transit"
    OUT_FOR_DELIVERY = "out_for_delivery"
    AVAILABLE_FOR_PICKUP = "available_for_pickup"
    DELIVERED = "delivered"
    DELIVERY_FAILED = "delivery_failed"  # a delivery was attempted and failed
    HELD_CUSTOMS = "held_customs"
    EXCEPTION = "exception"
    RETURNED_TO_SENDER = "returned_to_sender"
    EXPIRED_NOT_FOUND = "expired_not_found"  # unknown to the carrier, not yet or no longer


class TrackingServiceId(StrEnum):
    """The services the app can ask, each with the merchant's own key."""

    LA_POSTE = "laposte"  # La Poste Suivi v2: La Poste, Colissimo, Chronopost
    DHL = "dhl"  # DHL Shipment Tracking Unified: DHL and Deutsche Post
    SEVENTEEN_TRACK = "17track"  # the aggregator for every other carrier


# Lifecycle order, so sorting by the Parcel column follows the parcel's life.
STATUS_RANK: dict[ParcelStatus, int] = {
    ParcelStatus.EXPIRED_NOT_FOUND: 0,
    ParcelStatus.INFO_RECEIVED: 1,
    ParcelStatus.IN_TRANSIT: 2,
    ParcelStatus.HELD_CUSTOMS: 3,
    ParcelStatus.OUT_FOR_DELIVERY: 4,
    ParcelStatus.AVAILABLE_FOR_PICKUP: 5,
    ParcelStatus.DELIVERY_FAILED: 6,
    ParcelStatus.EXCEPTION: 7,
    ParcelStatus.RETURNED_TO_SENDER: 8,
    ParcelStatus.DELIVERED: 9,
}
TERMINAL = frozenset({ParcelStatus.DELIVERED, ParcelStatus.RETURNED_TO_SENDER})
# Statuses of a parcel that is still travelling; on the way back they do not end the return.
MOVING = frozenset({
    ParcelStatus.INFO_RECEIVED, ParcelStatus.IN_TRANSIT, ParcelStatus.HELD_CUSTOMS,
    ParcelStatus.OUT_FOR_DELIVERY, ParcelStatus.AVAILABLE_FOR_PICKUP,
})



class ParcelFilter(StrEnum):
    """The table's carrier chips: what the merchant looks for, each a set of statuses."""

    OUT_FOR_DELIVERY = "out_for_delivery"
    WAITING_FOR_PICKUP = "waiting_for_pickup"
    PROBLEM = "problem"  # held at customs, a failed delivery, a problem, returned


FILTER_STATUSES: dict[ParcelFilter, frozenset[ParcelStatus]] = {
    ParcelFilter.OUT_FOR_DELIVERY: frozenset({ParcelStatus.OUT_FOR_DELIVERY}),
    ParcelFilter.WAITING_FOR_PICKUP: frozenset({ParcelStatus.AVAILABLE_FOR_PICKUP}),
    ParcelFilter.PROBLEM: frozenset({ParcelStatus.HELD_CUSTOMS, ParcelStatus.DELIVERY_FAILED,
                                     ParcelStatus.EXCEPTION, ParcelStatus.RETURNED_TO_SENDER}),
}


def filter_counts(counts: dict[ParcelStatus, int]) -> dict[ParcelFilter, int]:
    """Orders per chip from orders per status."""
    return {chip: sum(counts.get(status, 0) for status in statuses) for chip, statuses in FILTER_STATUSES.items()}


_UTC_TEXT = "%Y-%m-%dT%H:%M:%S.%fZ"
_LOCAL_TEXT = "%Y-%m-%dT%H:%M:%S.%f"


@dataclass(frozen=True, slots=True)
class CarrierEvent:
    """One scan as the carrier reported it, with the status it maps to."""

    time: datetime | None  # aware, or the carrier's naive local time; None when it gave none
    code: str  # La Poste event code, DHL statusCode, 17TRACK stage
    label: str  # the carrier's own words, in the language it answered in
    place: str = ""
    country: str = ""  # ISO 3166-1 alpha-2 when the carrier gave one
    status: ParcelStatus | None = None  # None: an internal scan that changes nothing
    final: bool = False  # ends the parcel's flow (delivered, or back with the sender)
    known: bool = True  # False: the code is in no table (mapped to in transit, reported once)

    @property
    def local_time(self) -> bool:
        """True when the time is the carrier's local wall clock, with no offset to compare it."""
        return self.time is not None and self.time.tzinfo is None


@dataclass(frozen=True, slots=True)
class PickupPoint:
    """Where a parcel waits to be collected (La Poste's ``contextData.removalPoint``)."""

    name: str
    type: str = ""  # "BDP" post office, "A2P" relay point...
    id: str = ""


@dataclass(frozen=True, slots=True)
class Partner:
    """The destination network that carries the parcel on, with its own number for it."""

    name: str
    network: str = ""
    reference: str = ""  # the partner's number: what bpost or Deutsche Post know the parcel by


@dataclass(frozen=True, slots=True)
class ParcelTracking:
    """A snapshot of one parcel as one service answered, decided by the rules above."""

    service: TrackingServiceId
    number: str
    status: ParcelStatus
    code: str = ""  # raw code of the deciding event (or the service's own answer code)
    label: str = ""  # raw label of the deciding event
    status_at: datetime | None = None  # time of the deciding event, as the carrier gave it
    events: tuple[CarrierEvent, ...] = ()  # newest first
    estimated_from: datetime | None = None
    estimated_to: datetime | None = None
    pickup_point: PickupPoint | None = None
    partner: Partner | None = None
    is_final: bool = False  # nothing more will happen: stop asking
    not_yet_available: bool = False  # the service has nothing yet and says to retry later
    number_rejected: bool = False  # the service says the number itself is invalid
    public_url: str = ""  # the carrier's public page, only when it is a safe https link
    unknown_codes: tuple[str, ...] = ()  # codes no table knows, for the caller to log once

    @property
    def latest_event(self) -> CarrierEvent | None:
        return self.events[0] if self.events else None


@dataclass(frozen=True, slots=True)
class Decision:
    """What the events say: the status, the event that set it, and whether the flow is over."""

    status: ParcelStatus | None  # None: no event says anything yet
    event: CarrierEvent | None
    is_final: bool
    contradicted: bool = False  # a terminal status was contradicted by a later event


@dataclass(frozen=True, slots=True)
class ParcelChange:
    """A parcel whose status changed in a refresh, for notifications and the table."""

    reference: str
    tracking_number: str
    old: ParcelStatus | None  # None: the first answer the app got for this parcel
    new: ParcelStatus
    tracking: ParcelTracking

    @property
    def first_seen(self) -> bool:
        return self.old is None


# --- time ------------------------------------------------------------------------------


def carrier_time_text(moment: datetime | None) -> str | None:
    """Fixed-width text for a carrier time: UTC with "Z", or local wall clock without it."""
    if moment is None:
        return None
    if moment.tzinfo is None or moment.utcoffset() is None:
        return moment.replace(tzinfo=None).strftime(_LOCAL_TEXT)
    return moment.astimezone(UTC).strftime(_UTC_TEXT)


def parse_carrier_time_text(text: str | None) -> datetime | None:
    """The inverse of ``carrier_time_text`` (a naive result is the carrier's local time)."""
    if not text:
        return None
    if text.endswith("Z"):
        return datetime.strptime(text, _UTC_TEXT).replace(tzinfo=UTC)
    return datetime.strptime(text, _LOCAL_TEXT)


def newest_first(events: Iterable[CarrierEvent]) -> tuple[CarrierEvent, ...]:
    """Events newest first, by time when every time is comparable; else in the given order.

    The services document their lists as newest first already; sorting only fixes merges of
    several lists (17TRACK's providers). Naive local times sort among themselves only.
    """
    given = tuple(events)
    times = [e.time for e in given]
    if not given or any(t is None for t in times):
        return given
    kinds = {t.tzinfo is None for t in times if t is not None}
    if len(kinds) > 1:
        return given
    return tuple(sorted(given, key=lambda e: e.time, reverse=True))  # type: ignore[arg-type, return-value]


def event_keys(events: Sequence[CarrierEvent]) -> list[str]:
    """A natural key per event (same order as ``events``): time, code and occurrence.

    The label is left out on purpose: it changes with the answer's language, and the same
    scan must be stored once. Two scans with the same time and code are told apart by their
    rank among such scans, counted from the oldest (new scans arrive at the newest end).
    """
    seen: dict[tuple[str, str], int] = {}
    keys = [""] * len(events)
    for index in range(len(events) - 1, -1, -1):
        event = events[index]
        pair = (carrier_time_text(event.time) or "", event.code)
        occurrence = seen.get(pair, 0)
        seen[pair] = occurrence + 1
        keys[index] = f"{pair[0]}|{pair[1]}|{occurrence}"
    return keys


# --- the rules -------------------------------------------------------------------------


def decide(events: Sequence[CarrierEvent]) -> Decision:
    """Apply the rules to events given newest first."""
    current: ParcelStatus | None = None
    deciding: CarrierEvent | None = None
    terminal: ParcelStatus | None = None
    contradicted = False
    for event in reversed(events):  # oldest first
        status = event.status
        if status is None:
            continue
        if terminal is not None:
            if status is terminal:
                current, deciding, contradicted = terminal, event, False
            elif event.known:
                current, deciding, contradicted = ParcelStatus.EXCEPTION, event, True
            continue
        if current is ParcelStatus.RETURNED_TO_SENDER:
            if status in MOVING:
                continue  # a scan of the return trip
            if status is ParcelStatus.DELIVERED:  # delivered back to the sender
                terminal = ParcelStatus.RETURNED_TO_SENDER
                deciding = event
                continue
        if status is ParcelStatus.INFO_RECEIVED and current not in (None, ParcelStatus.INFO_RECEIVED):
            continue
        current, deciding = status, event
        if event.final:
            terminal = status
    if current is None and events:  # internal scans only: the label data exists, nothing moved
        return Decision(ParcelStatus.INFO_RECEIVED, events[0], False)
    is_final = terminal is not None and current is terminal
    return Decision(current, deciding, is_final, contradicted)


def reconcile(previous: ParcelStatus | None, previous_final: bool, new: ParcelTracking) -> ParcelTracking | None:
    """The snapshot to store after a new answer, given what was stored; None keeps the stored one.

    A final parcel asked again (a manual refresh) keeps its terminal status: "not found"
    afterwards only means the carrier purged it; any other different answer is a problem.
    """
    if previous is None or not previous_final or previous not in TERMINAL:
        return new
    if new.status is previous:
        return new
    if new.status is ParcelStatus.EXPIRED_NOT_FOUND:
        return None
    if new.unknown_codes and new.status is ParcelStatus.IN_TRANSIT:
        return None  # an unknown code cannot contradict a terminal status
    return replace(new, status=ParcelStatus.EXCEPTION, is_final=False)


def unknown_codes(events: Iterable[CarrierEvent]) -> tuple[str, ...]:
    """Codes in no table, once each, in order of appearance."""
    return tuple(dict.fromkeys(e.code for e in events if not e.known))
