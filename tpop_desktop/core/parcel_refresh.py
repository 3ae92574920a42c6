"""Which service follows a parcel, when to ask it again, and how much each service may be asked.

Pure functions over plain data with an injected ``now``; the tracking job applies them.

Routing: La Poste, Colissimo and Chronopost numbers go to La Poste Suivi; DHL and Deutsche
Post to DHL Unified (with its ``service`` when the carrier name tells it); every other
carrier to the aggregator, 17TRACK v2.2. 17TRACK rather than Ship24: the reference documents
17TRACK's whole contract (actions, batch of 40, envelope and error codes, status table) and
its free tier (registrations are counted, polling is free), while Ship24 has per-call plans
only, is "not researched further", and matches better when sent the destination postcode
and ship date, which is customer data the app does not send.

Limits (``carrier-apis.md``): La Poste 10 numbers per call, 10 calls/s, no daily cap; DHL one
number per call, 250 calls/day reset at 24:00 GMT, 1 call/s, at most 10 fetches of a
shipment per day; 17TRACK 40 numbers per call, about 3 calls/s, 100 free registrations a
month (200 once for new accounts, uncertain: whichever runs out first stops registering).
"""

from __future__ import annotations

import math
import random
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum

from tpop_desktop.core.backoff import backoff_delay, retry_after_delay
from tpop_desktop.core.parcel import ParcelStatus, TrackingServiceId
from tpop_desktop.core.tracking import is_valid_s10, normalize
from tpop_desktop.core.working_hours import add_working_hours

S = ParcelStatus
Service = TrackingServiceId

STOP_AFTER = timedelta(days=45)
ACTIVATION_WORKING_HOURS = 48  # TPOP: tracking activates within 48 working hours
DAY = timedelta(days=1)

CALLS = "calls"
REGISTRATIONS = "registrations"


@dataclass(frozen=True, slots=True)
class ServiceLimits:
    batch_size: int
    min_spacing_s: float  # between two calls
    daily_calls: int | None  # None: no daily cap
    per_parcel_daily: int | None
    monthly_registrations: int | None
    manual_reserve: int  # calls of the daily cap kept for manual refreshes
    first_check_delay: timedelta  # a new shipment is not there yet before this


LIMITS: dict[Service, ServiceLimits] = {
    Service.LA_POSTE: ServiceLimits(10, 0.1, None, None, None, 0, timedelta(0)),
    Service.DHL: ServiceLimits(1, 1.0, 250, 10, None, 25, timedelta(minutes=30)),
    Service.SEVENTEEN_TRACK: ServiceLimits(40, 0.34, None, None, 100, 0, timedelta(0)),
}

# How long to wait before asking again, by the parcel's status: more often when something
# is about to happen, less while it travels.
INTERVALS: dict[ParcelStatus, timedelta] = {
    S.OUT_FOR_DELIVERY: timedelta(hours=1),
    S.AVAILABLE_FOR_PICKUP: timedelta(hours=2),
    S.DELIVERY_FAILED: timedelta(hours=2),
    S.HELD_CUSTOMS: timedelta(hours=6),
    S.EXCEPTION: timedelta(hours=6),
    S.INFO_RECEIVED: timedelta(hours=6),
    S.IN_TRANSIT: timedelta(hours=8),
    S.RETURNED_TO_SENDER: timedelta(hours=12),
    S.DELIVERED: timedelta(hours=12),  # delivered but not final (a contradicted parcel)
    S.EXPIRED_NOT_FOUND: timedelta(hours=4),  # within the activation window
}
NOT_FOUND_LATE_INTERVAL = timedelta(hours=24)  # still nothing after 48 working hours
REJECTED_INTERVAL = timedelta(hours=24)  # the number itself was refused
URGENT = (S.OUT_FOR_DELIVERY, S.AVAILABLE_FOR_PICKUP, S.DELIVERY_FAILED)


# --- routing ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Route:
    """Where to ask about a number, and the hint that service takes."""

    service: Service
    number: str  # normalised: what is sent
    dhl_service: str | None = None  # DHL's ``service`` parameter
    carrier_code: int | None = None  # 17TRACK's numeric carrier


_LA_POSTE_NAMES = ("laposte", "colissimo", "chronopost", "lettresuivie", "lettrerecommandee",
                   "courrierinternational")
# Longest name first; None: DHL, service unknown.
_DHL_NAMES: tuple[tuple[str, str | None], ...] = (
    ("dhlglobalforwarding", "dgf"), ("dhlecommerceeurope", "ecommerce-europe"),
    ("dhlparcelnl", "parcel-nl"), ("dhlparceluk", "parcel-uk"), ("dhlparcelpl", "parcel-pl"),
    ("dhlecommerce", "ecommerce"), ("dhlexpress", "express"), ("dhlfreight", "freight"),
    ("dhlsameday", "sameday"), ("dhlpaket", "parcel-de"), ("deutschepost", "post-de"), ("dhl", None),
)
# 17TRACK carrier keys the reference names [17-R; code index 39841841601, 14978031614].
SEVENTEEN_CARRIERS: dict[str, int] = {"ups": 100002, "chinapost": 3011}
# Carriers only the aggregator follows (a name from carriers.md or the sandbox).
_OTHER_CARRIERS = ("mondialrelay", "dpd", "gls", "ups", "bpost", "postnl", "fedex", "tnt", "colisprive",
                   "relaiscolis", "royalmail", "usps", "chinapost", "postnord", "inpost", "correos", "posteitaliane")
_LA_POSTE_NUMBER = re.compile(r"[A-Z0-9]{11,15}")
_LA_POSTE_DOMESTIC = re.compile(r"[0-9][A-Z][0-9]{11}")


def name_key(name: str) -> str:
    """A carrier name as letters and digits only, folded ("Mondial-Relay" -> "mondialrelay")."""
    plain = unicodedata.normalize("NFKD", (name or "").casefold())
    return "".join(ch for ch in plain if ch.isascii() and ch.isalnum())


def route_for(carrier: str, number: str) -> Route | None:
    """The service for a shipment; None when there is no number to ask about."""
    value = normalize(number or "")
    if not value:
        return None
    key = name_key(carrier)
    if any(name in key for name in _LA_POSTE_NAMES):
        return Route(Service.LA_POSTE, value)
    for name, dhl_service in _DHL_NAMES:
        if name in key:
            return Route(Service.DHL, value, dhl_service=dhl_service)
    if not any(name in key for name in _OTHER_CARRIERS):  # no carrier named: the number tells
        if (is_valid_s10(value) and value.endswith("FR")) or _LA_POSTE_DOMESTIC.fullmatch(value):
            return Route(Service.LA_POSTE, value)  # issued by La Poste: its own service knows it
        if is_valid_s10(value) and value.endswith("DE"):
            return Route(Service.DHL, value)  # issued by Deutsche Post
    code = next((c for name, c in SEVENTEEN_CARRIERS.items() if name in key), None)
    return Route(Service.SEVENTEEN_TRACK, value, carrier_code=code)


def la_poste_accepts(number: str) -> bool:
    """La Poste Suivi takes 11 to 15 letters and digits [LP-OAS suiviShipment.idShip]."""
    return _LA_POSTE_NUMBER.fullmatch(number) is not None


# --- when to ask -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ParcelCandidate:
    """One shipment as the store knows it: plain data for the policy."""

    reference: str
    tracking_number: str  # as TPOP gave it
    carrier: str
    shipped_at: datetime | None  # aware
    status: ParcelStatus | None = None  # None: never answered
    is_final: bool = False
    number_rejected: bool = False
    checked_at: datetime | None = None  # aware; last answer stored
    fetches_today: int = 0  # calls about this number since the service's daily reset
    registered: bool = False  # 17TRACK knows the number


@dataclass(frozen=True, slots=True)
class DueParcel:
    candidate: ParcelCandidate
    route: Route
    due_at: datetime


def next_check_at(candidate: ParcelCandidate, route: Route, now: datetime) -> datetime | None:
    """When to ask next about this parcel; None: never again (final, or shipped too long ago)."""
    limits = LIMITS[route.service]
    if candidate.is_final:
        return None
    if candidate.shipped_at is not None and now - candidate.shipped_at > STOP_AFTER:
        return None
    if candidate.checked_at is None:
        start = candidate.shipped_at + limits.first_check_delay if candidate.shipped_at else now
        return start
    interval = _interval(candidate, now)
    if limits.per_parcel_daily:
        interval = max(interval, DAY / limits.per_parcel_daily)  # spread over the day
    due = candidate.checked_at + interval
    if limits.per_parcel_daily and candidate.fetches_today >= limits.per_parcel_daily:
        due = max(due, next_reset(route.service, CALLS, now))
    return due


def _interval(candidate: ParcelCandidate, now: datetime) -> timedelta:
    if candidate.number_rejected:
        return REJECTED_INTERVAL
    status = candidate.status or S.EXPIRED_NOT_FOUND
    if status is S.EXPIRED_NOT_FOUND and candidate.shipped_at is not None:
        if now >= add_working_hours(candidate.shipped_at, ACTIVATION_WORKING_HOURS):
            return NOT_FOUND_LATE_INTERVAL
    return INTERVALS[status]


def due_parcels(candidates: Iterable[ParcelCandidate], now: datetime,
                services: Iterable[Service] | None = None) -> list[DueParcel]:
    """The parcels to ask about now, most useful first: new ones, then urgent, then most overdue."""
    wanted = set(services) if services is not None else set(Service)
    due: list[DueParcel] = []
    for candidate in candidates:
        route = route_for(candidate.carrier, candidate.tracking_number)
        if route is None or route.service not in wanted:
            continue
        at = next_check_at(candidate, route, now)
        if at is not None and at <= now:
            due.append(DueParcel(candidate, route, at))

    def priority(item: DueParcel) -> tuple[int, datetime]:
        status = item.candidate.status
        rank = 0 if status is None else 1 if status in URGENT else 2
        return rank, item.due_at

    due.sort(key=priority)
    return due


def batches(due: list[DueParcel], service: Service) -> list[list[DueParcel]]:
    """Chunks of the service's batch size, one number once per chunk set."""
    size = LIMITS[service].batch_size
    seen: set[str] = set()
    unique: list[DueParcel] = []
    for item in due:
        if item.route.service is service and item.route.number not in seen:
            seen.add(item.route.number)
            unique.append(item)
    return [unique[start:start + size] for start in range(0, len(unique), size)]


# --- budgets ---------------------------------------------------------------------------


def budget_period(kind: str, now: datetime) -> str:
    """The budget's current period: the UTC day for calls (DHL resets at 24:00 GMT), the month for registrations."""
    moment = now.astimezone(UTC)
    return moment.strftime("%Y-%m") if kind == REGISTRATIONS else moment.strftime("%Y-%m-%d")


def next_reset(service: Service, kind: str, now: datetime) -> datetime:
    moment = now.astimezone(UTC)
    if kind == REGISTRATIONS:
        year, month = (moment.year + 1, 1) if moment.month == 12 else (moment.year, moment.month + 1)
        return datetime(year, month, 1, tzinfo=UTC)
    return datetime(moment.year, moment.month, moment.day, tzinfo=UTC) + DAY


def calls_allowed(service: Service, used_today: int, now: datetime, *, manual: bool = False) -> int | None:
    """Calls the service may still get today; None: no daily cap.

    Automatic refreshes leave ``manual_reserve`` calls for the merchant's own refreshes and
    spend the rest gradually (a share of the cap grows with the hours since the reset, plus
    two hours), so a morning of many due parcels does not spend the whole day's quota.
    """
    limits = LIMITS[service]
    if limits.daily_calls is None:
        return None
    if manual:
        return max(0, limits.daily_calls - used_today)
    automatic = limits.daily_calls - limits.manual_reserve
    start = next_reset(service, CALLS, now) - DAY
    share = min(1.0, ((now - start) + timedelta(hours=2)) / DAY)
    return max(0, min(automatic, math.ceil(automatic * share)) - used_today)


def registrations_allowed(used_this_month: int) -> int:
    limit = LIMITS[Service.SEVENTEEN_TRACK].monthly_registrations
    return max(0, (limit or 0) - used_this_month)


# --- service health --------------------------------------------------------------------


class ServiceState(StrEnum):
    """How a service stands for the merchant, shown per service in Settings and a banner."""

    READY = "ready"
    NO_KEY = "no_key"
    KEY_REJECTED = "key_rejected"  # 401/403: the key was revoked or is wrong
    QUOTA_SPENT = "quota_spent"  # the service's quota, or the app's daily budget, is used up
    RATE_LIMITED = "rate_limited"  # 429: wait as asked
    DOWN = "down"  # 5xx, no answer, or an answer that is not the documented shape


@dataclass(frozen=True, slots=True)
class ServiceHealth:
    state: ServiceState = ServiceState.READY
    until: datetime | None = None  # when to try again; None with KEY_REJECTED: when the key changes
    failures: int = 0  # consecutive failures, for the backoff
    detail: str = ""  # the error's class name, for the log


def health_after_failure(health: ServiceHealth, state: ServiceState, now: datetime, *,
                         service: Service, retry_after: float | None = None, detail: str = "",
                         rng: Callable[[], float] = random.random) -> ServiceHealth:
    """The service's health after a failed call; the refresh skips it until ``until``."""
    failures = health.failures + 1
    if state is ServiceState.KEY_REJECTED:
        until = None
    elif state is ServiceState.QUOTA_SPENT:
        until = next_reset(service, CALLS, now)
    elif state is ServiceState.RATE_LIMITED:
        fallback = backoff_delay(failures, base_s=60.0, rng=rng)
        until = now + timedelta(seconds=retry_after_delay(retry_after, fallback_s=max(60.0, fallback)))
    else:
        until = now + timedelta(seconds=max(30.0, backoff_delay(failures, rng=rng)))
    return ServiceHealth(state, until, failures, detail)


def health_after_success(health: ServiceHealth) -> ServiceHealth:
    return ServiceHealth()


def is_available(health: ServiceHealth, now: datetime) -> bool:
    """Whether the service may be called now."""
    if health.state is ServiceState.READY:
        return True
    if health.state is ServiceState.KEY_REJECTED:
        return False
    return health.until is None or now >= health.until


def with_new_key(health: ServiceHealth) -> ServiceHealth:
    """A new key clears a rejected key's state; other waits stand (the quota is the account's)."""
    return ServiceHealth() if health.state in (ServiceState.KEY_REJECTED, ServiceState.NO_KEY) else health
