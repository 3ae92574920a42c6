"""One refresh of one tracking service: register what must be, ask in batches, store each batch.

Used by ``TrackingJob`` on the sync worker's thread. Every batch is stored in one
transaction with the calls it cost; a failed call is counted too, then the service stops for
this run and its health says why. Nothing here touches Qt.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta

from tpop_desktop.connectors.carriers.base import FailureKind, QuotaSpentError, TrackingService
from tpop_desktop.connectors.errors import AuthError, ConnectorError, ForbiddenError, RateLimitedError
from tpop_desktop.core.parcel import ParcelChange, TrackingServiceId
from tpop_desktop.core.parcel_refresh import (
    CALLS,
    LIMITS,
    REGISTRATIONS,
    DueParcel,
    ServiceHealth,
    ServiceState,
    batches,
    calls_allowed,
    health_after_failure,
    health_after_success,
    next_reset,
    registrations_allowed,
)
from tpop_desktop.store.tracking_store import BatchWrite, ParcelWrite, TrackingStore

log = logging.getLogger(__name__)

Service = TrackingServiceId
ITEM_RETRY = timedelta(minutes=30)  # a number the service failed on alone is asked again after this


def state_for(error: ConnectorError) -> ServiceState:
    """The merchant-facing state of a failed call."""
    if isinstance(error, (AuthError, ForbiddenError)):
        return ServiceState.KEY_REJECTED
    if isinstance(error, QuotaSpentError):
        return ServiceState.QUOTA_SPENT
    if isinstance(error, RateLimitedError):
        return ServiceState.RATE_LIMITED
    return ServiceState.DOWN


def slim(change: ParcelChange) -> ParcelChange:
    """A change keeps its newest event only: the store has them all, and a run of 10,000 changes that
    kept every event would fill the heap the GUI thread's garbage collections then have to walk."""
    tracking = change.tracking
    return change if len(tracking.events) <= 1 else replace(change, tracking=replace(tracking, events=tracking.events[:1]))


class Pacer:
    """Keeps a service's calls apart by its minimum spacing; waits end early when the job stops."""

    def __init__(self, spacing_s: float, monotonic: Callable[[], float],
                 sleep: Callable[[float], object]) -> None:
        self._spacing = spacing_s
        self._monotonic = monotonic
        self._sleep = sleep
        self._last: float | None = None

    def wait(self) -> None:
        if self._last is not None:
            remaining = self._spacing - (self._monotonic() - self._last)
            if remaining > 0:
                self._sleep(remaining)
        self._last = self._monotonic()


@dataclass
class ServiceRun:
    """What one service's refresh did (filled in as it goes)."""

    service: Service
    health: ServiceHealth
    calls: int = 0
    changes: list[ParcelChange] = field(default_factory=list)
    references: set[str] = field(default_factory=set)
    unknown_codes: set[str] = field(default_factory=set)
    waiting_registration: int = 0  # numbers the free registrations could not cover (tracking goes on)
    budget_spent: bool = False


@dataclass
class RunContext:
    store: TrackingStore
    adapter: TrackingService
    now: datetime
    pacer: Pacer
    keep_going: Callable[[], bool]  # False once the run's deadline passed or the job stops
    item_retry: dict[tuple[Service, str], datetime]
    registration_pause: datetime | None
    max_calls: int | None
    manual: bool = False
    rng: Callable[[], float] = random.random


def refresh_service(ctx: RunContext, run: ServiceRun, due: Sequence[DueParcel]) -> None:
    """Refresh the due parcels of one service within its budget; ``run`` records the outcome."""
    service = run.service
    due = [d for d in due if ctx.item_retry.get((service, d.route.number), ctx.now) <= ctx.now]
    if ctx.adapter.needs_registration:
        due = _register(ctx, run, due)
        if due is None:
            return
    groups: dict[str, list[DueParcel]] = {}
    for item in due:
        groups.setdefault(item.route.number, []).append(item)
    for batch in batches(list(due), service):
        if not _may_call(ctx, run):
            return
        ctx.pacer.wait()
        if not ctx.keep_going():
            return
        try:
            result = ctx.adapter.track([item.route for item in batch])
        except ConnectorError as error:
            _failed(ctx, run, error)
            return
        run.calls += result.calls
        writes = [ParcelWrite(item.candidate.reference, item.candidate.tracking_number, tracking)
                  for number, tracking in result.parcels.items() for item in groups.get(number, ())]
        unregistered = [n for n, failure in result.failures.items() if failure.kind is FailureKind.NOT_REGISTERED]
        for number, failure in result.failures.items():
            if failure.kind in (FailureKind.TEMPORARY, FailureKind.MISSING):
                ctx.item_retry[(service, number)] = ctx.now + ITEM_RETRY
                log.info("%s: no answer for one number (%s %s)", service.value, failure.kind.value, failure.code)
        if any(f.kind is FailureKind.QUOTA_SPENT for f in result.failures.values()):
            run.health = health_after_failure(run.health, ServiceState.QUOTA_SPENT, ctx.now, service=service,
                                              detail="quota", rng=ctx.rng)
        run.changes.extend(slim(c) for c in ctx.store.save_batch(BatchWrite(
            service, ctx.now, writes, calls=result.calls, fetched=[item.route.number for item in batch],
            unregistered=unregistered)))
        run.references.update(w.reference for w in writes)
        for tracking in result.parcels.values():
            run.unknown_codes.update(tracking.unknown_codes)
        if result.request_id:
            log.debug("%s request id %s", service.value, result.request_id)
    if run.health.state is not ServiceState.QUOTA_SPENT:
        run.health = health_after_success(run.health)


def _may_call(ctx: RunContext, run: ServiceRun) -> bool:
    if not ctx.keep_going():
        return False
    if ctx.max_calls is not None and run.calls >= ctx.max_calls:
        return False
    allowed = calls_allowed(run.service, ctx.store.budget_used(run.service, CALLS, ctx.now), ctx.now,
                            manual=ctx.manual)
    if allowed is not None and allowed <= 0:
        run.budget_spent = True  # the app's own budget: reported, not a health state (manual calls remain)
        return False
    return True


def _failed(ctx: RunContext, run: ServiceRun, error: ConnectorError) -> None:
    """A call failed as a whole: count it, record why, and stop this service for the run."""
    run.calls += 1
    ctx.store.record_calls(run.service, ctx.now, 1)
    state = state_for(error)
    retry_after = error.retry_after if isinstance(error, RateLimitedError) else None
    run.health = health_after_failure(run.health, state, ctx.now, service=run.service, retry_after=retry_after,
                                      detail=type(error).__name__, rng=ctx.rng)
    log.warning("%s: %s (%s)", run.service.value, state.value, error)


def _register(ctx: RunContext, run: ServiceRun, due: list[DueParcel]) -> list[DueParcel] | None:
    """Register the due numbers the aggregator does not know yet, within the free registrations.

    Returns the due parcels that can now be tracked; None when the service failed.
    """
    service = run.service
    known = {d.route.number for d in due if d.candidate.registered}
    waiting = list(dict.fromkeys(d.route.number for d in due if d.route.number not in known))
    paused = ctx.registration_pause is not None and ctx.now < ctx.registration_pause
    allowed = 0 if paused else registrations_allowed(ctx.store.budget_used(service, REGISTRATIONS, ctx.now))
    chosen, run.waiting_registration = waiting[:allowed], max(0, len(waiting) - allowed)
    carriers = {d.route.number: d.route.carrier_code for d in due if d.route.carrier_code}
    groups: dict[str, list[DueParcel]] = {}
    for item in due:
        groups.setdefault(item.route.number, []).append(item)
    size = LIMITS[service].batch_size
    for start in range(0, len(chosen), size):
        numbers = chosen[start:start + size]
        if not _may_call(ctx, run):
            break
        ctx.pacer.wait()
        if not ctx.keep_going():
            break
        try:
            result = ctx.adapter.register(numbers, {n: c for n, c in carriers.items() if n in numbers and c})
        except QuotaSpentError as error:
            run.calls += 1
            ctx.store.record_calls(service, ctx.now, 1)
            ctx.registration_pause = next_reset(service, REGISTRATIONS, ctx.now)
            run.waiting_registration += len(chosen) - start
            log.warning("%s: no registrations left (%s)", service.value, error)
            break
        except ConnectorError as error:
            _failed(ctx, run, error)
            return None
        run.calls += result.calls
        writes = [ParcelWrite(item.candidate.reference, item.candidate.tracking_number, tracking)
                  for number, tracking in result.parcels.items() for item in groups.get(number, ())]
        registered = result.registered | result.already
        run.changes.extend(slim(c) for c in ctx.store.save_batch(BatchWrite(
            service, ctx.now, writes, calls=result.calls, registered=sorted(registered),
            registrations_used=len(result.registered))))
        run.references.update(w.reference for w in writes)
        known.update(registered)
        if any(f.kind is FailureKind.QUOTA_SPENT for f in result.failures.values()):
            ctx.registration_pause = next_reset(service, REGISTRATIONS, ctx.now)
            run.waiting_registration += sum(1 for f in result.failures.values() if f.kind is FailureKind.QUOTA_SPENT)
            break
    return [d for d in due if d.route.number in known]


def summarize(runs: Mapping[Service, ServiceRun]) -> str:
    return ", ".join(f"{s.value}: {r.calls} call(s), {len(r.changes)} change(s), {r.health.state.value}"
                     for s, r in runs.items())
