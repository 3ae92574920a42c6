"""The carrier tracking refresh as a step of the TPOP sync, and the merchant's manual refresh.

``TrackingJob`` is one of the sync worker's post-sync jobs, so it runs off the GUI thread; ``refresh_one`` and ``test_key`` do network calls too and must be called
off the GUI thread as well. The GUI gives it the keys read from the keyring with
``set_keys`` (kept in memory only, registered as secrets). Without keys it does nothing and
the app behaves as before. Runs never overlap: a manual refresh waits for the running one.
Each run opens its own store connection from the database handle and closes it at the end.
"""

from __future__ import annotations

import logging
import random
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from enum import StrEnum

from tpop_desktop.connectors.carriers.base import CARRIER_TIMEOUT, TrackingService
from tpop_desktop.connectors.carriers.services import make_service
from tpop_desktop.connectors.errors import ConnectorError
from tpop_desktop.core.parcel import ParcelChange, TrackingServiceId
from tpop_desktop.core.parcel_refresh import (
    CALLS,
    LIMITS,
    DueParcel,
    ServiceHealth,
    ServiceState,
    calls_allowed,
    due_parcels,
    is_available,
    next_reset,
    route_for,
    with_new_key,
)
from tpop_desktop.logging_setup import forget_secret, register_secret
from tpop_desktop.store.errors import StoreError
from tpop_desktop.store.handle import Database
from tpop_desktop.store.tracking_store import TrackingStore
from tpop_desktop.sync.tracking_run import Pacer, RunContext, ServiceRun, refresh_service, state_for, summarize

log = logging.getLogger(__name__)

Service = TrackingServiceId
ServiceFactory = Callable[[Service, str, str | None, str | None], TrackingService]
DEFAULT_MIN_INTERVAL = timedelta(minutes=2)
DEFAULT_RUN_SECONDS = 45.0  # a run never keeps the sync worker longer than this (plus one call)
DEFAULT_MAX_CALLS: Mapping[Service, int | None] = {
    Service.LA_POSTE: 100,  # 1,000 parcels a run at 10 calls/s: 10 s
    Service.DHL: 20,  # 1 call/s: 20 s, and the daily 250 spread over the day
    Service.SEVENTEEN_TRACK: 25,  # 1,000 parcels a run at about 3 calls/s
}


@dataclass(frozen=True)
class ServiceReport:
    """How one service stands after a run, for Settings and the banner."""

    service: Service
    state: ServiceState
    calls: int  # made during this run
    used_today: int  # calls counted today (UTC day) in the store
    until: datetime | None = None  # when it is asked again (None with a rejected key: a new key)
    detail: str = ""  # error class name, "daily budget", "registrations"...
    waiting_registration: int = 0  # parcels 17TRACK cannot follow until registrations are available


@dataclass(frozen=True)
class TrackingOutcome:
    """What one run did, for the GUI: what changed (notifications) and how each service stands."""

    checked_at: datetime
    changes: tuple[ParcelChange, ...]
    references: frozenset[str]  # every order whose stored parcel was written (refresh its row)
    services: dict[Service, ServiceReport]
    unknown_codes: tuple[tuple[Service, str], ...] = ()  # first seen by this process
    store_failure: str = ""  # the store could not be used: the run stopped (class name)


class ManualState(StrEnum):
    REFRESHED = "refreshed"
    NO_SHIPMENT = "no_shipment"  # the order has no tracking number yet
    NO_KEY = "no_key"  # the service this parcel needs has no key
    BUDGET_SPENT = "budget_spent"  # today's calls (or DHL's 10 per parcel, or registrations) are used up
    UNAVAILABLE = "unavailable"  # the service is waiting (rejected key, rate limited, down)
    FAILED = "failed"  # the call failed (see the report)
    BUSY = "busy"  # a refresh was running and did not end in time


@dataclass(frozen=True)
class ManualRefresh:
    reference: str
    state: ManualState
    service: Service | None = None
    changes: tuple[ParcelChange, ...] = ()
    report: ServiceReport | None = None


def _default_factory(base_urls: Mapping[Service, str], timeout: tuple[float, float]) -> ServiceFactory:
    def build(service: Service, key: str, base_url: str | None, language: str | None) -> TrackingService:
        return make_service(service, key, base_url=base_url or base_urls.get(service), language=language,
                            timeout=timeout)

    return build


@dataclass
class _Config:
    keys: dict[Service, str] = field(default_factory=dict)
    language: str | None = None


class TrackingJob:
    """A post-sync job (see ``sync.jobs``); configured from the GUI thread-safely."""

    name = "carrier-tracking"

    def __init__(self, database: Database, *, now: Callable[[], datetime] = lambda: datetime.now(timezone.utc),
                 base_urls: Mapping[Service, str] | None = None, service_factory: ServiceFactory | None = None,
                 min_interval: timedelta = DEFAULT_MIN_INTERVAL, max_run_seconds: float = DEFAULT_RUN_SECONDS,
                 max_calls_per_run: Mapping[Service, int | None] | None = None,
                 monotonic: Callable[[], float] = time.monotonic, sleep: Callable[[float], object] | None = None,
                 rng: Callable[[], float] = random.random,
                 timeout: tuple[float, float] = CARRIER_TIMEOUT) -> None:
        self._database = database
        self._now = now
        self._factory = service_factory or _default_factory(dict(base_urls or {}), timeout)
        self._min_interval = min_interval
        self._max_run_seconds = max_run_seconds
        self._max_calls = dict(DEFAULT_MAX_CALLS if max_calls_per_run is None else max_calls_per_run)
        self._monotonic = monotonic
        self._stopping = threading.Event()
        self._sleep = sleep or self._stopping.wait
        self._rng = rng
        self._lock = threading.Lock()  # guards the fields below
        self._run_lock = threading.Lock()  # one run at a time
        self._config = _Config()
        self._health: dict[Service, ServiceHealth] = {s: ServiceHealth() for s in Service}
        self._item_retry: dict[tuple[Service, str], datetime] = {}
        self._registration_pause: datetime | None = None
        self._logged_codes: set[tuple[Service, str]] = set()
        self._force = True
        self._last_run: datetime | None = None

    # -- configuration (any thread) -------------------------------------------------------

    def set_keys(self, keys: Mapping[Service, str]) -> None:
        """The services' keys (absent or empty: that service is off). A changed key clears its rejected state."""
        fresh = {Service(s): k for s, k in keys.items() if k}
        for key in fresh.values():
            register_secret(key)
        with self._lock:
            old = self._config.keys
            for service in Service:
                if fresh.get(service) != old.get(service):
                    self._health[service] = with_new_key(self._health[service])
            self._config = _Config(fresh, self._config.language)
            self._force = True
        for key in old.values():
            forget_secret(key)

    def set_language(self, language: str | None) -> None:
        """The merchant's language (ISO 639-1): La Poste's ``lang`` and DHL's ``language`` follow it."""
        with self._lock:
            self._config = _Config(self._config.keys, language)

    def has_keys(self) -> bool:
        with self._lock:
            return bool(self._config.keys)

    def request_refresh(self) -> None:
        """Run at the end of the next sync, whatever the interval."""
        with self._lock:
            self._force = True

    def health(self) -> dict[Service, ServiceHealth]:
        with self._lock:
            return dict(self._health)

    def stop(self) -> None:
        """Quitting: a running refresh stops after its current call (waits end at once)."""
        self._stopping.set()

    # -- running (off the GUI thread) -----------------------------------------------------

    def __call__(self, report: object = None) -> TrackingOutcome | None:
        now = self._now()
        with self._lock:
            config = self._config
            due = self._force or self._last_run is None or now - self._last_run >= self._min_interval
            if not config.keys or not due:
                return None
            self._force = False
            self._last_run = now
        with self._run_lock:
            return self.run(now, config)

    def run(self, now: datetime, config: _Config | None = None) -> TrackingOutcome:
        """Refresh every due parcel of every service that has a key (call with the run lock held)."""
        config = config or self._config
        runs: dict[Service, ServiceRun] = {}
        reports: dict[Service, ServiceReport] = {}
        deadline = self._monotonic() + self._max_run_seconds
        try:
            store = self._database.tracking()
        except StoreError as error:
            log.warning("carrier tracking: the store cannot be opened (%s)", type(error).__name__)
            return TrackingOutcome(now, (), frozenset(), {}, store_failure=type(error).__name__)
        try:
            candidates = store.candidates(now)
            due = due_parcels(candidates, now)
            needed = {route.service for c in candidates if (route := route_for(c.carrier, c.tracking_number))}
            for service in Service:
                mine = [d for d in due if d.route.service is service]
                key = config.keys.get(service)
                if not key:
                    if service in needed:  # parcels this service would follow: say what a key would add
                        reports[service] = ServiceReport(service, ServiceState.NO_KEY, 0, 0)
                    continue
                runs[service] = self._run_service(store, service, key, config.language, mine, now,
                                                  lambda: not self._stopping.is_set() and self._monotonic() < deadline)
                reports[service] = self._report(store, runs[service], now)
        except StoreError as error:
            log.warning("carrier tracking stopped: the store failed (%s)", type(error).__name__)
            return self._outcome(now, runs, reports, type(error).__name__)
        finally:
            store.close()
        if runs:
            log.info("carrier tracking: %s", summarize(runs))
        return self._outcome(now, runs, reports, "")

    def refresh_one(self, reference: str, *, wait_s: float = 30.0) -> ManualRefresh:
        """Ask now about one order's latest shipment; it counts against the service's budget."""
        if not self._run_lock.acquire(timeout=wait_s):
            return ManualRefresh(reference, ManualState.BUSY)
        try:
            return self._refresh_one(reference)
        except StoreError as error:
            log.warning("manual carrier refresh: the store failed (%s)", type(error).__name__)
            return ManualRefresh(reference, ManualState.FAILED)
        finally:
            self._run_lock.release()

    def test_key(self, service: Service, key: str) -> ServiceState:
        """Settings' *Test key*: one cheap call (counted in the budget for DHL, whose calls are few)."""
        with self._lock:
            language = self._config.language
        try:
            adapter = self._factory(service, key, None, language)
        except ValueError:
            return ServiceState.KEY_REJECTED
        try:
            adapter.check_key()
            return ServiceState.READY
        except ConnectorError as error:
            return state_for(error)
        finally:
            adapter.close()
            if LIMITS[service].daily_calls is not None:
                self._count_call(service)

    # -- internals ------------------------------------------------------------------------

    def _refresh_one(self, reference: str) -> ManualRefresh:
        now = self._now()
        with self._lock:
            config = self._config
        store = self._database.tracking()
        try:
            candidates = store.candidates(now, references=[reference], include_final=True)
            if not candidates:
                return ManualRefresh(reference, ManualState.NO_SHIPMENT)
            candidate = candidates[-1]  # the latest shipment
            route = route_for(candidate.carrier, candidate.tracking_number)
            assert route is not None  # candidates have a number
            service = route.service
            key = config.keys.get(service)
            if not key:
                return ManualRefresh(reference, ManualState.NO_KEY, service)
            with self._lock:
                health = self._health[service]
            if not is_available(health, now):
                return ManualRefresh(reference, ManualState.UNAVAILABLE, service,
                                     report=ServiceReport(service, health.state, 0, 0, health.until, health.detail))
            limits = LIMITS[service]
            allowed = calls_allowed(service, store.budget_used(service, CALLS, now), now, manual=True)
            per_parcel = limits.per_parcel_daily is not None and candidate.fetches_today >= limits.per_parcel_daily
            if (allowed is not None and allowed <= 0) or per_parcel:
                return ManualRefresh(reference, ManualState.BUDGET_SPENT, service)
            item = DueParcel(candidate, route, now)
            run = self._run_service(store, service, key, config.language, [item], now, lambda: True, manual=True)
            report = self._report(store, run, now)
        finally:
            store.close()
        if run.waiting_registration:
            return ManualRefresh(reference, ManualState.BUDGET_SPENT, service, tuple(run.changes), report)
        state = ManualState.REFRESHED if run.health.state is ServiceState.READY else ManualState.FAILED
        return ManualRefresh(reference, state, service, tuple(run.changes), report)

    def _run_service(self, store: TrackingStore, service: Service, key: str, language: str | None,
                     due: list[DueParcel], now: datetime, keep_going: Callable[[], bool], *,
                     manual: bool = False) -> ServiceRun:
        with self._lock:
            health = self._health[service]
        run = ServiceRun(service, health)
        if not is_available(health, now) or not due:
            return run
        try:
            adapter = self._factory(service, key, None, language)
        except ValueError:  # a key that cannot travel in a header
            run.health = ServiceHealth(ServiceState.KEY_REJECTED, None, health.failures + 1, "ValueError")
            self._set_health(service, run.health)
            return run
        ctx = RunContext(store, adapter, now, Pacer(LIMITS[service].min_spacing_s, self._monotonic, self._sleep),
                         keep_going, self._item_retry, self._registration_pause,
                         None if manual else self._max_calls.get(service), manual, self._rng)
        try:
            refresh_service(ctx, run, due)
        finally:
            adapter.close()
            self._registration_pause = ctx.registration_pause
            self._set_health(service, run.health)
        return run

    def _set_health(self, service: Service, health: ServiceHealth) -> None:
        with self._lock:
            self._health[service] = health

    def _report(self, store: TrackingStore, run: ServiceRun, now: datetime) -> ServiceReport:
        health = run.health
        state, detail, until = health.state, health.detail, health.until
        if state is ServiceState.READY and run.budget_spent:
            state, detail, until = ServiceState.QUOTA_SPENT, "daily budget", next_reset(run.service, CALLS, now)
        elif state is ServiceState.READY and run.waiting_registration:
            state, detail, until = ServiceState.QUOTA_SPENT, "registrations", self._registration_pause
        return ServiceReport(run.service, state, run.calls, store.budget_used(run.service, CALLS, now), until,
                             detail, run.waiting_registration)

    def _outcome(self, now: datetime, runs: Mapping[Service, ServiceRun], reports: dict[Service, ServiceReport],
                 failure: str) -> TrackingOutcome:
        changes = tuple(change for run in runs.values() for change in run.changes)
        references = frozenset(ref for run in runs.values() for ref in run.references)
        fresh: list[tuple[Service, str]] = []
        for service, run in runs.items():
            for code in sorted(run.unknown_codes):
                if (service, code) not in self._logged_codes:
                    self._logged_codes.add((service, code))
                    fresh.append((service, code))
                    log.warning("%s: unknown code %r shown as in transit", service.value, code)
        return TrackingOutcome(now, changes, references, reports, tuple(fresh), failure)

    def _count_call(self, service: Service) -> None:
        try:
            store = self._database.tracking()
        except StoreError:
            return
        try:
            store.record_calls(service, self._now(), 1)
        except StoreError:
            pass
        finally:
            store.close()
