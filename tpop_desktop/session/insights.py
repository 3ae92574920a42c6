"""How long the merchant's parcels take: the Insights view's figures and each order's estimate.

The estimates job runs after each sync (``job``); the view asks for a report with ``request``
and gets the newest one through ``reportReady``, computed on the thread pool from the store's
transit samples. ``estimate_for`` is a point read for the detail pane.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime, timezone

from PySide6.QtCore import QObject, Signal

from tpop_desktop.core.insights import EVERY_PARCEL, Group, InsightsFilter, InsightsReport, build_report
from tpop_desktop.core.transit import Estimate
from tpop_desktop.session.background import run_in_background
from tpop_desktop.store.errors import StoreError
from tpop_desktop.store.handle import Database
from tpop_desktop.sync.estimates_job import EstimatesJob, EstimatesOutcome

log = logging.getLogger(__name__)

Now = Callable[[], datetime]


class InsightsService(QObject):
    reportReady = Signal(object)  # InsightsReport, the newest asked for
    reportFailed = Signal(str)  # the store's message
    estimatesChanged = Signal(object)  # EstimatesOutcome: the orders whose estimate or late marker moved

    def __init__(self, database: Database, now: Now = lambda: datetime.now(timezone.utc),
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self._now = now
        self.job = EstimatesJob(database, now=now)
        self._store = database.insights()  # GUI thread: one order's estimate at a time
        self._generation = 0
        self._cache: dict[tuple, object] = {}  # the store's figures that no period changes; emptied by each new estimate
        self.estimated_at: datetime | None = None  # when the estimates job last ran
        self._closed = False

    def today(self) -> date:
        """The day in UTC, as the samples' days and weeks are counted."""
        return self._now().astimezone(timezone.utc).date()

    def on_estimates_done(self, outcome: EstimatesOutcome) -> None:
        self.estimated_at = outcome.computed_at
        self._cache = {}  # the samples were counted again
        self.estimatesChanged.emit(outcome)

    def request(self, chosen: InsightsFilter = InsightsFilter(), group: Group = EVERY_PARCEL) -> int:
        """Count the figures for ``chosen`` in the background; only the newest request is delivered."""
        self._generation += 1
        generation, today, cache = self._generation, self.today(), self._cache

        def compute() -> InsightsReport:
            store = self._database.insights()
            try:
                return build_report(store.insights_data(chosen, group, today, cache=cache), group=group)
            finally:
                store.close()

        def done(report: InsightsReport) -> None:
            if generation == self._generation and not self._closed:
                self.reportReady.emit(report)

        def failed(error: Exception) -> None:
            log.warning("insights: %s", error)
            if generation == self._generation and not self._closed:
                self.reportFailed.emit(str(error) if isinstance(error, StoreError) else type(error).__name__)

        run_in_background(compute, done, failed, context=self)
        return generation

    def references(self, chosen: InsightsFilter, group: Group, on_result: Callable[[frozenset[str]], None],
                   context: QObject | None = None, **figure: object) -> None:
        """The orders behind a figure (see ``InsightsStore.references``), to the callback on the GUI thread
        (dropped once ``context``, the asking window, is gone)."""
        today = self.today()

        def read() -> frozenset[str]:
            store = self._database.insights()
            try:
                return store.references(chosen, group, today=today, **figure)  # type: ignore[arg-type]
            finally:
                store.close()

        run_in_background(read, on_result, lambda error: log.warning("insights: %s", error), context=context or self)

    def estimate_for(self, reference: str) -> Estimate | None:
        try:
            return self._store.estimate_for(reference)
        except StoreError as error:
            log.warning("insights store: %s", error)
            return None

    def close(self) -> None:
        self._closed = True
        self._store.close()
