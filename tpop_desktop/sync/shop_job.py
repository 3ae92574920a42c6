"""The shop checks as a step of the TPOP sync: which shops, with what secrets, when, and saving the run.

``ShopCheckJob`` is one of the sync worker's post-sync jobs, so it runs off the GUI
thread. The GUI gives it the connected shops (secrets read from the keyring, kept
in memory only) with ``set_shops``; a shop whose secret could not be read gets ``UNKNOWN``
for its recent orders and the reason, never a guessed state.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from tpop_desktop.connectors.platforms import ShopAccess
from tpop_desktop.connectors.shops import ShopConnector
from tpop_desktop.core.models import Platform
from tpop_desktop.core.shop_checks import GracePolicy, unknown_checks
from tpop_desktop.store.handle import Database
from tpop_desktop.sync.shop_sync import DEFAULT_LOOKBACK, check_shops

log = logging.getLogger(__name__)

DEFAULT_MIN_INTERVAL = timedelta(hours=1)


@dataclass(frozen=True)
class ShopCheckOutcome:
    """What one run did, for the GUI: which orders got a result and which shops failed."""

    checked_at: datetime
    references: frozenset[str]
    failures: dict[str, str]  # shop id -> error class name ("AuthError", "NoSecret"...)
    checked_shops: tuple[str, ...]


class ShopCheckJob:
    """A post-sync job (see ``sync.jobs``); thread-safe configuration from the GUI."""

    name = "shop-checks"

    def __init__(self, database: Database, *, now: Callable[[], datetime] = lambda: datetime.now(timezone.utc),
                 min_interval: timedelta = DEFAULT_MIN_INTERVAL, grace: GracePolicy = GracePolicy(),
                 lookback: timedelta = DEFAULT_LOOKBACK) -> None:
        self._database = database
        self._now = now
        self._min_interval = min_interval
        self._grace = grace
        self._lookback = lookback
        self._lock = threading.Lock()
        self._shops: dict[str, ShopAccess] = {}
        self._unreadable: dict[str, tuple[Platform, str]] = {}
        self._force = False
        self._last_run: datetime | None = None

    def set_shops(self, shops: Mapping[str, ShopAccess],
                  unreadable: Mapping[str, tuple[Platform, str]] | None = None) -> None:
        """The connected shops (and those whose secret could not be read: platform, reason)."""
        with self._lock:
            self._shops = dict(shops)
            self._unreadable = dict(unreadable or {})
            self._force = True

    def request_check(self) -> None:
        """Check at the end of the next sync, whatever the interval."""
        with self._lock:
            self._force = True

    def has_shops(self) -> bool:
        with self._lock:
            return bool(self._shops or self._unreadable)

    def access(self, shop_id: str) -> ShopAccess | None:
        with self._lock:
            return self._shops.get(shop_id)

    def __call__(self, report: object = None) -> ShopCheckOutcome | None:
        now = self._now()
        with self._lock:
            shops, unreadable = dict(self._shops), dict(self._unreadable)
            due = self._force or self._last_run is None or now - self._last_run >= self._min_interval
            if not (shops or unreadable) or not due:
                return None
            self._force = False
            self._last_run = now
        return self.run(shops, unreadable, now)

    def run(self, shops: Mapping[str, ShopAccess], unreadable: Mapping[str, tuple[Platform, str]],
            now: datetime) -> ShopCheckOutcome:
        """Read every shop, compare, save the run in one transaction."""
        store = self._database.shop_checks()
        connectors: dict[str, ShopConnector] = {}
        failures: dict[str, str] = {}
        try:
            orders = store.tpop_orders([*shops, *unreadable])
            for shop_id, access in shops.items():
                try:
                    connectors[shop_id] = access.connector()
                except ValueError:
                    unreadable = {**unreadable, shop_id: (access.platform, "ValueError")}
            run = check_shops(orders, connectors, now, grace=self._grace, lookback=self._lookback)
            results = list(run.results)
            failures.update(run.failure_kinds())
            since = now - self._lookback
            for shop_id, (platform, reason) in unreadable.items():
                recent = [o for o in orders if o.shop.id == shop_id and max(o.updated_at, o.created_at) >= since]
                results.extend(unknown_checks(recent, shop_id, platform))
                failures[shop_id] = reason
            read = [shop_id for shop_id in connectors if shop_id not in failures]
            references = store.save_run(results, now, read_shops=read, failures=failures)
        finally:
            for connector in connectors.values():
                try:
                    connector.close()
                except Exception:  # closing must never fail a run
                    log.debug("closing a shop connector failed", exc_info=True)
            store.close()
        if failures:
            log.warning("shop checks: %d shop(s) could not be read: %s", len(failures), sorted(failures.values()))
        return ShopCheckOutcome(now, frozenset(references), failures, tuple(sorted([*shops, *unreadable])))
