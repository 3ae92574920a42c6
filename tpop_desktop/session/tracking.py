"""One session's carrier tracking: the merchant's keys, the refresh job, how each service stands.

The keys live in the OS keyring, one entry per service (``carrier_user``), read and written
in the background and handed to the job in memory only (registered as secrets by the job).
Without any key nothing is asked and nothing changes in the window: the tracking links
stay what they were. The job runs after each TPOP sync on the sync worker's thread; its
outcome reaches ``on_tracking_done`` through ``Session._job_results``. Anything that scans
the store (today's budget, the chips' counts) is read in the background; one order's parcel
is a point read by key.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Signal

from tpop_desktop.core.models import Order
from tpop_desktop.core.parcel import ParcelChange, ParcelStatus, ParcelTracking, TrackingServiceId
from tpop_desktop.core.parcel_refresh import CALLS, REGISTRATIONS, ServiceState
from tpop_desktop.core.tracking import normalize
from tpop_desktop.credentials import CredentialsError, CredentialStore, KeyringState, carrier_user
from tpop_desktop.session.account import keyring_state
from tpop_desktop.session.background import run_in_background
from tpop_desktop.store.errors import StoreError
from tpop_desktop.store.handle import Database
from tpop_desktop.sync.tracking_job import ManualRefresh, ManualState, ServiceReport, TrackingJob, TrackingOutcome

log = logging.getLogger(__name__)

Service = TrackingServiceId
Now = Callable[[], datetime]


@dataclass(frozen=True)
class ServiceStatus:
    """How one tracking service stands for the merchant (Settings, the notice, the detail pane)."""

    service: Service
    state: ServiceState = ServiceState.NO_KEY
    used_today: int = 0  # calls counted since the service's daily reset (24:00 GMT)
    registrations: int = 0  # 17TRACK: numbers registered this month
    until: datetime | None = None  # when it is asked again (rate limited, down, quota)
    detail: str = ""  # the error class name or "daily budget", for the log and tooltips
    waiting_registration: int = 0  # parcels 17TRACK cannot follow before registrations are available


@dataclass(frozen=True)
class ParcelUpdate:
    """Parcels written by a refresh: the rows to repaint and the changes to notify."""

    changes: tuple[ParcelChange, ...]
    references: frozenset[str]
    manual: bool = False  # the merchant's own "Refresh now" (not notified: they are looking at it)


def _alive(context: QObject | None) -> bool:
    return context is None or shiboken6.isValid(context)


def read_keys(credentials: CredentialStore) -> dict[Service, str]:
    """Every service's key from the keyring (absent entries are left out); raises CredentialsError."""
    keys = {}
    for service in Service:
        key = credentials.get(carrier_user(service.value))
        if key:
            keys[service] = key
    return keys


class TrackingService(QObject):
    keysChanged = Signal()  # keys read or saved: ``has_keys`` may have changed
    statusChanged = Signal()  # ``statuses`` changed (a state, a budget)
    parcelsChanged = Signal(object)  # ParcelUpdate
    countsChanged = Signal(object)  # dict[ParcelStatus, int]: orders per carrier status (the chips)
    keyRejected = Signal(object)  # tuple[Service, ...] whose key the service refused just now
    manualDone = Signal(object)  # ManualRefresh, after its parcel was written

    def __init__(self, database: Database, credentials: CredentialStore, now: Now = lambda: datetime.now(timezone.utc),
                 *, base_urls: Mapping[Service, str] | None = None, language: str | None = None,
                 job_options: Mapping[str, Any] | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.credentials = credentials
        self._database = database
        self._now = now
        urls = {Service(s): u for s, u in (base_urls or {}).items()}
        self.job = TrackingJob(database, now=now, base_urls=urls, **dict(job_options or {}))
        self.job.set_language(language)
        self._store = database.tracking()  # GUI thread: point reads of one order's parcel
        self._keys: dict[Service, str] = {}
        self.keys_loaded = False
        self.keyring_problem: KeyringState | None = None  # the keys could not be read
        self.statuses: dict[Service, ServiceStatus] = {s: ServiceStatus(s) for s in Service}
        self.counts: dict[ParcelStatus, int] = {}
        self.refreshing: set[str] = set()  # orders whose manual refresh is running
        self._closed = False

    # -- keys ------------------------------------------------------------------------------------

    def has_keys(self) -> bool:
        return bool(self._keys)

    def has_key(self, service: Service) -> bool:
        return service in self._keys

    def load_keys(self) -> None:
        """Read the keys (background) and hand them to the job; ``keysChanged`` follows."""
        def failed(error: Exception) -> None:
            self.keyring_problem = keyring_state(error)
            log.warning("reading the carrier keys failed: %s", self.keyring_problem)
            self._keys_read(dict(self._keys))

        run_in_background(lambda: read_keys(self.credentials), self._keys_read, failed, context=self)

    def _keys_read(self, keys: dict[Service, str]) -> None:
        if self._closed:
            return
        self.keys_loaded = True
        self._use_keys(keys)

    def _use_keys(self, keys: dict[Service, str]) -> None:
        self._keys = dict(keys)
        self.job.set_keys(self._keys)
        health = self.job.health()
        for service, status in self.statuses.items():
            if service not in self._keys:
                state = ServiceState.NO_KEY
            else:  # a new key clears a rejected one (the job did the same); other waits stand
                state = health[service].state
            self.statuses[service] = replace(status, state=state, until=health[service].until if state not in (
                ServiceState.NO_KEY, ServiceState.READY) else None)
        self.keysChanged.emit()
        self.statusChanged.emit()
        self.refresh_budgets()
        self.refresh_counts()

    def save_key(self, service: Service, key: str, on_saved: Callable[[], None],
                 on_error: Callable[[KeyringState], None], context: QObject | None = None) -> None:
        """Store (or, with an empty key, remove) a service's key in the keyring, then use it.

        The job gets the key even when ``context`` (a Settings page) is gone by then; only the
        callbacks are dropped.
        """
        key = key.strip()
        user = carrier_user(service.value)
        work = (lambda: self.credentials.set(user, key)) if key else (lambda: self.credentials.delete(user))

        def saved(_none: None) -> None:
            if self._closed:
                return
            keys = dict(self._keys)
            if key:
                keys[service] = key
            else:
                keys.pop(service, None)
            self.keyring_problem = None
            self._use_keys(keys)
            if _alive(context):
                on_saved()

        def failed(error: Exception) -> None:
            log.warning("saving a carrier key failed: %s", keyring_state(error))
            if _alive(context):
                on_error(keyring_state(error))

        run_in_background(work, saved, failed, context=self)

    def test_key(self, service: Service, key: str, on_result: Callable[[ServiceState], None],
                 on_error: Callable[[Exception], None], context: QObject | None = None) -> None:
        """Settings' *Test key*: one cheap call with ``key`` (or the saved key when empty), in the background."""
        key = key.strip() or self._keys.get(service, "")
        if not key:
            on_result(ServiceState.NO_KEY)
            return
        job = self.job

        def done(state: ServiceState) -> None:
            on_result(state)
            self.refresh_budgets()  # a DHL test counts as one of the day's calls

        run_in_background(lambda: job.test_key(service, key), done, on_error, context=context)

    def set_language(self, language: str | None) -> None:
        self.job.set_language(language)

    # -- refresh results -------------------------------------------------------------------------

    def on_tracking_done(self, outcome: TrackingOutcome) -> None:
        """The job stored a refresh (sync worker): update the states, then tell the window."""
        if self._closed:
            return
        if outcome.store_failure:
            log.warning("carrier tracking could not use the order database (%s)", outcome.store_failure)
        rejected = self._apply_reports(outcome.services.values())
        if rejected:
            self.keyRejected.emit(rejected)
        self.statusChanged.emit()
        if outcome.references:
            self.parcelsChanged.emit(ParcelUpdate(outcome.changes, outcome.references))
            self.refresh_counts()
        self.refresh_budgets()

    def _apply_reports(self, reports) -> tuple[Service, ...]:  # noqa: ANN001 - Iterable[ServiceReport]
        rejected = []
        for report in reports:
            report: ServiceReport
            if report.service not in self._keys:
                continue
            old = self.statuses[report.service]
            if report.state is ServiceState.KEY_REJECTED and old.state is not ServiceState.KEY_REJECTED:
                rejected.append(report.service)
            self.statuses[report.service] = replace(
                old, state=report.state, used_today=max(old.used_today, report.used_today), until=report.until,
                detail=report.detail, waiting_registration=report.waiting_registration)
        return tuple(rejected)

    # -- the merchant's own refresh --------------------------------------------------------------

    def refresh_one(self, reference: str) -> None:
        """Ask the carrier about one order now (background); it counts against the budget."""
        if reference in self.refreshing:
            return
        self.refreshing.add(reference)
        job = self.job

        def failed(error: Exception) -> None:
            log.warning("manual carrier refresh failed: %s", type(error).__name__)
            self._manual_done(ManualRefresh(reference, ManualState.FAILED))

        run_in_background(lambda: job.refresh_one(reference), self._manual_done, failed, context=self)

    def _manual_done(self, result: ManualRefresh) -> None:
        self.refreshing.discard(result.reference)
        if self._closed:
            return
        rejected = self._apply_reports([result.report] if result.report is not None else [])
        if rejected:
            self.keyRejected.emit(rejected)
        self.statusChanged.emit()
        if result.state is ManualState.REFRESHED:
            self.parcelsChanged.emit(ParcelUpdate(result.changes, frozenset({result.reference}), manual=True))
            self.refresh_counts()
        self.manualDone.emit(result)
        self.refresh_budgets()

    # -- reads -------------------------------------------------------------------------------------

    def parcel_for(self, reference: str) -> ParcelTracking | None:
        """The stored carrier answer about the order's most recent shipment that has one (with its events)."""
        try:
            parcels = self._store.parcels_of(reference)
        except StoreError as error:
            log.warning("tracking store: %s", error)
            return None
        return parcels[0] if parcels else None

    def parcel_of(self, order: Order) -> ParcelTracking | None:
        """The carrier's answer about the order's latest shipment (None when it is about an older one)."""
        shipment = order.latest_shipment
        if shipment is None or not shipment.tracking_number:
            return None
        parcel = self.parcel_for(order.reference)
        wanted = (shipment.tracking_number, normalize(shipment.tracking_number))
        return parcel if parcel is not None and parcel.number in wanted else None

    def refresh_budgets(self) -> None:
        """Re-read today's calls and this month's registrations (background); ``statusChanged`` follows."""
        database, now = self._database, self._now

        def read() -> dict[Service, dict[str, int]]:
            store = database.tracking()
            try:
                return store.budgets(now())
            finally:
                store.close()

        def done(budgets: dict[Service, dict[str, int]]) -> None:
            if self._closed:
                return
            for service, used in budgets.items():
                self.statuses[service] = replace(self.statuses[service], used_today=used[CALLS],
                                                 registrations=used[REGISTRATIONS])
            self.statusChanged.emit()

        run_in_background(read, done, lambda error: log.warning("tracking budgets: %s", type(error).__name__),
                          context=self)

    def refresh_counts(self) -> None:
        """Re-read the orders per carrier status (background); ``countsChanged`` follows."""
        database = self._database

        def read() -> dict[ParcelStatus, int]:
            store = database.tracking()
            try:
                return store.latest_status_counts()
            finally:
                store.close()

        def done(counts: dict[ParcelStatus, int]) -> None:
            if not self._closed:
                self.counts = counts
                self.countsChanged.emit(counts)

        run_in_background(read, done, lambda error: log.warning("tracking counts: %s", type(error).__name__),
                          context=self)

    def has_parcels(self) -> bool:
        """Whether any order shown has a carrier answer (the last counts read)."""
        return any(self.counts.values())

    # -- the end of the session ----------------------------------------------------------------------

    def stop(self) -> None:
        """Quitting: a running refresh ends after its current call."""
        self.job.stop()

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        self.job.stop()
        self.job.set_keys({})  # forgets the keys (and their redaction) with the session
        self._keys = {}
        self._store.close()


__all__ = ["CredentialsError", "ParcelUpdate", "ServiceStatus", "TrackingService", "read_keys"]
