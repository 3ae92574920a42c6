"""One account (or the demo) while the window shows it: its database, its sync, its services.

``Session.open`` builds everything in one place and ``close`` takes it down in the reverse
order, whatever failed: the sync thread first (so nothing writes any more), then the
query thread, then the services' connections, then the demo's sandbox. Widgets never see
a path, a store or a connector: they get the services (``orders``, ``shops``, ``cases``,
``tracking``, ``insights``) and the session's signals.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from datetime import datetime, timezone

from PySide6.QtCore import QLocale, QObject, Signal

from tpop_desktop.core.models import Platform
from tpop_desktop.credentials import CredentialStore
from tpop_desktop.profile import Profile
from tpop_desktop.session.cases import CaseService
from tpop_desktop.session.demo import DemoAccount
from tpop_desktop.session.insights import InsightsService
from tpop_desktop.session.orders import OrderService
from tpop_desktop.session.query_runner import QueryRunner
from tpop_desktop.session.shops import ShopService
from tpop_desktop.session.tracking import TrackingService
from tpop_desktop.settings import Settings
from tpop_desktop.store.database import IntegrityCheck, OpenResult
from tpop_desktop.store.handle import Database
from tpop_desktop.sync.engine import SyncReport
from tpop_desktop.sync.helper_process import SyncHelper
from tpop_desktop.sync.outcome import SyncFailure
from tpop_desktop.sync.source import SourceFactory, SourceLink
from tpop_desktop.sync.thread import SyncThread
from tpop_desktop.sync.worker import SyncWorker

log = logging.getLogger(__name__)

Now = Callable[[], datetime]


def _utc_now() -> datetime:
    return datetime.now(timezone.utc)


def merchant_language(settings: Settings) -> str:
    """The merchant's language (ISO 639-1): the settings' choice, else the system's."""
    return settings.language or QLocale().name().split("_")[0]


class Session(QObject):
    syncStarted = Signal()
    syncSucceeded = Signal(object)  # SyncReport
    syncFailed = Signal(object)  # SyncFailure
    shopOrdersRead = Signal(object)  # ShopOrdersOutcome: orders read from the shops (with or without TPOP)

    def __init__(self, profile: Profile, settings: Settings, database: Database, opened: OpenResult, *,
                 source: SourceLink, shop_credentials: CredentialStore, demo: DemoAccount | None = None,
                 now: Now = _utc_now, carrier_base_urls: Mapping[str, str] | None = None,
                 sync_helper: SyncHelper | None = None) -> None:
        """``sync_helper``: the process the sync fetches and writes in (see sync/helper_process.py);
        without one it runs on the sync thread."""
        super().__init__()
        self.profile = profile
        self.settings = settings
        self.database = database
        self.opened = opened
        self.source = source
        self.demo = demo
        self._closed = False
        self._started = False
        self.runner = QueryRunner(database)
        self.orders = OrderService(database, now)
        self.shops = ShopService(database, settings, shop_credentials, now)
        # carrier keys are kept with the shops' secrets (the keyring, or the demo's memory)
        self.tracking = TrackingService(database, shop_credentials, demo.tracking_clock if demo is not None else now,
                                        language=merchant_language(settings),
                                        base_urls=demo.carrier_base_urls if demo is not None else carrier_base_urls)
        self.cases = CaseService(database, profile.templates_dir, source, now, parcels=self.tracking.parcel_of)
        self.insights = InsightsService(database, now)
        # the estimates come last: they read the carriers' delivery times the tracking job just stored
        worker = SyncWorker(source, database, jobs=[self.shops.order_job, self.shops.job, self.tracking.job,
                                                    self.insights.job],
                            interval_s=settings.sync_interval_minutes * 60, full_first=opened.rebuilt,
                            helper=sync_helper)
        self.sync = SyncThread(worker)
        self._job_results = {self.shops.job.name: self.shops.on_checks_done,
                             self.shops.order_job.name: self.shops.on_orders_read,
                             self.tracking.job.name: self.tracking.on_tracking_done,
                             self.insights.job.name: self.insights.on_estimates_done}
        self.shops.ordersRead.connect(self.shopOrdersRead)
        if demo is not None:
            self.shops.default_addresses[Platform.ETSY] = demo.etsy_address
        self.shops.secretsLoaded.connect(self._on_shop_secrets)
        self.tracking.keysChanged.connect(self._on_tracking_keys)
        worker.syncStarted.connect(self.syncStarted)
        worker.syncSucceeded.connect(self._on_synced)
        worker.syncFailed.connect(self._on_failed)
        worker.jobDone.connect(self._on_job_done)

    @classmethod
    def open(cls, profile: Profile, settings: Settings, *, source: SourceLink, shop_credentials: CredentialStore,
             demo: DemoAccount | None = None, check: IntegrityCheck | None = None, now: Now = _utc_now,
             carrier_base_urls: Mapping[str, str] | None = None) -> Session:
        """Open the profile's database and build the session; raises ``StoreError`` or ``OSError``.

        Nothing runs yet: call ``start`` once the window shows the session.
        """
        profile.ensure()
        database = Database(profile.database_path)
        opened = database.open(check)
        return cls(profile, settings, database, opened, source=source, shop_credentials=shop_credentials,
                   demo=demo, now=now, carrier_base_urls=carrier_base_urls)

    # -- running ---------------------------------------------------------------------------------------

    @property
    def is_demo(self) -> bool:
        return self.demo is not None

    def start(self) -> None:
        """Read the shop secrets and carrier keys and start syncing (as soon as there is a token or a connected shop)."""
        self.shops.load_secrets()
        self.shops.refresh()
        self.tracking.load_keys()
        if self.source.available() or self.shops.has_order_sources():
            self._start_sync()
        if self.demo is not None:
            self.demo.connect_etsy(self.shops.load_secrets)

    @property
    def has_tpop(self) -> bool:
        """Whether TPOP's orders come in (a token is known); without one the shops are the only source."""
        return self.source.available()

    def _on_shop_secrets(self) -> None:
        """Without a TPOP token, a shop connected (or its secret read) is read at once; with one, at the next sync."""
        if self._closed or self.source.available() or not self.shops.order_job.has_shops():
            return
        if self._started:
            self.sync.sync_now()
        else:
            self._start_sync()

    def _start_sync(self) -> None:
        if not self._started and not self._closed:
            self._started = True
            self.sync.start()

    def set_source(self, factory: SourceFactory) -> None:
        """The account's token arrived (read from the keyring) or changed: sync with it now."""
        self.source.set(factory)
        if self._started:
            self.sync.resume()
        else:
            self._start_sync()
        self.cases.source_changed()

    def syncing(self) -> bool:
        return self._started and self.sync.is_running()

    def sync_now(self) -> None:
        if self.syncing():
            self.sync.sync_now()

    def apply_settings(self) -> None:
        self.sync.set_interval(float(self.settings.sync_interval_minutes * 60))
        self.tracking.set_language(merchant_language(self.settings))

    def _on_tracking_keys(self) -> None:
        """Keys arrived or changed: refresh the parcels after a sync now, not at the next interval."""
        if self.tracking.has_keys():
            self.sync_now()

    def _on_synced(self, report: SyncReport) -> None:
        if self._closed:
            return
        if report.full or report.events:
            self.shops.refresh()  # new orders may name a shop the Shops dialog does not list yet
        self.syncSucceeded.emit(report)

    def _on_failed(self, failure: SyncFailure) -> None:
        if not self._closed:
            self.syncFailed.emit(failure)

    def _on_job_done(self, name: str, outcome: object) -> None:
        handler = self._job_results.get(name)
        if handler is not None and not self._closed:
            handler(outcome)

    # -- the end -----------------------------------------------------------------------------------------

    def close(self) -> None:
        """Stop the threads, close the connections, stop the demo; every step runs whatever fails."""
        if self._closed:
            return
        self._closed = True
        steps = [self.tracking.stop, self.sync.shutdown, self.runner.shutdown, self.cases.close, self.shops.close,
                 self.tracking.close, self.insights.close, self.orders.close]
        if self.demo is not None:
            steps.append(self.demo.close)
        for step in steps:
            try:
                step()
            except Exception:  # tearing down must finish whatever fails
                log.exception("closing the session: a step failed")
