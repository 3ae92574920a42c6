"""Delivery estimates as a post-sync job: each shipped order's "expected by", from its lane's history.

After a sync that brought changes (and at least every ``min_interval``, since "late" moves with
the clock), the job counts every shipment's working days again (the transit samples the Insights
view reads), works out each lane's usual window from the last year's parcels (``core.transit``)
and stores an estimate for each parcel still travelling. Runs off the GUI thread.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from tpop_desktop.core.insights import lane_windows
from tpop_desktop.core.transit import estimates_from
from tpop_desktop.store.handle import Database
from tpop_desktop.sync.engine import SyncReport

log = logging.getLogger(__name__)

HISTORY = timedelta(days=365)  # a lane's usual window comes from the last year's parcels
DEFAULT_MIN_INTERVAL = timedelta(minutes=10)


@dataclass(frozen=True)
class EstimatesOutcome:
    computed_at: datetime
    references: frozenset[str]  # orders whose estimate appeared, changed or went, or which turned late
    late: frozenset[str]  # orders past their usual window, not delivered


class EstimatesJob:
    """A post-sync job (see ``sync.jobs``)."""

    name = "delivery-estimates"

    def __init__(self, database: Database, *, now: Callable[[], datetime] = lambda: datetime.now(timezone.utc),
                 min_interval: timedelta = DEFAULT_MIN_INTERVAL) -> None:
        self._database = database
        self._now = now
        self._min_interval = min_interval
        self._lock = threading.Lock()
        self._last_run: datetime | None = None
        self._force = True
        self._late: frozenset[str] = frozenset()  # late at the last run: an order turning late is news too

    def request(self) -> None:
        """Recompute at the end of the next sync, whatever the interval."""
        with self._lock:
            self._force = True

    def __call__(self, report: SyncReport | None = None) -> EstimatesOutcome | None:
        now = self._now()
        with self._lock:
            changed = report is not None and (report.full or bool(report.events))
            due = self._force or changed or self._last_run is None or now - self._last_run >= self._min_interval
            if not due:
                return None
            self._force = False
            self._last_run = now
        return self.run(now)

    def run(self, now: datetime) -> EstimatesOutcome:
        store = self._database.insights()
        try:
            before = {e.reference: e.expected_by for e in store.current_estimates()}
            store.rebuild_samples()
            windows = lane_windows(store.lane_days((now - HISTORY).date()))
            found = estimates_from(windows, store.travelling())
            store.save_estimates(found)
        finally:
            store.close()
        after = {e.reference: e.expected_by for e in found}
        late = frozenset(e.reference for e in found if e.expected_by is not None and now > e.expected_by)
        touched = {ref for ref in before.keys() | after.keys() if before.get(ref, 0) != after.get(ref, 0)}
        touched |= late ^ self._late  # its window passed since the last run, with the same "expected by"
        self._late = late
        log.info("delivery estimates: %d parcels, %d late", len(found), len(late))
        return EstimatesOutcome(now, frozenset(touched), late)

