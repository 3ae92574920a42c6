"""Writing TPOP's tracking into shop orders: the plan shown first, the work, the record of each attempt.

``ShopFixes`` is the fix part of ``ShopService`` (which it is mixed into). ``write_fixes``
runs on the thread pool: each order on its own, a failure recorded on the order and never
stopping the others; the shop order is read again afterwards so the check shown is the
shop's new state. ``fix_record`` is the history line the merchant sees for one attempt.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from tpop_desktop.connectors.platforms import ShopAccess
from tpop_desktop.core.models import Order
from tpop_desktop.core.shop_checks import FixKind, ShopCheck, ShopState, compare_order
from tpop_desktop.session.background import run_in_background
from tpop_desktop.store.records import ShopFixRecord
from tpop_desktop.sync.shop_sync import FixPlan, FixResult, describe_fix, fix_tracking

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class FixRequest:
    """One order the merchant asked to fix, with the plan the confirmation shows."""

    check: ShopCheck
    order: Order
    plan: FixPlan


@dataclass(frozen=True)
class FixesDone:
    references: tuple[str, ...]  # every order attempted
    written: int
    failed: int


ALWAYS_NOTIFIES = frozenset({FixKind.CREATE_RECEIPT_SHIPMENT})  # Etsy e-mails the buyer whatever the app asks
NEVER_NOTIFIES = frozenset({FixKind.ADD_SHIPMENT_TRACKING})  # a Shipment Tracking item tells nobody


@dataclass(frozen=True)
class FixAttempt:
    check: ShopCheck
    order: Order
    result: FixResult | None  # None: it failed (``error``)
    fresh_check: ShopCheck | None  # the order compared again after the write
    error: str
    at: datetime


def write_fixes(jobs: Iterable[tuple[ShopCheck, Order]], accesses: Mapping[str, ShopAccess | None], notify: bool,
                now: Callable[[], datetime]) -> list[FixAttempt]:
    """Each fix in turn (blocking: call it off the GUI thread)."""
    done = []
    for check, order in jobs:
        access = accesses.get(check.shop_id)
        result = fresh_check = None
        error = ""
        try:
            if access is None:
                raise ValueError("the shop is not connected")
            connector = access.connector()
            try:
                result = fix_tracking(check, order, connector, notify)
                fresh = connector.order(check.shop_order_id)
                fresh_check = compare_order(order, fresh)
                if fresh_check.state is not ShopState.IN_SYNC:
                    fresh_check = replace(fresh_check, fix_kind=connector.fix_kind(fresh))
            finally:
                connector.close()
        except Exception as exc:  # every failure is shown on the order, none stops the others
            error = type(exc).__name__
            log.warning("the fix of %s failed: %s", order.reference, error)
        done.append(FixAttempt(check, order, result, fresh_check, error, now()))
    return done


def fix_record(attempt: FixAttempt, notify: bool) -> ShopFixRecord:
    """What the order's history keeps of one attempt."""
    check, order, result = attempt.check, attempt.order, attempt.result
    tracking = order.latest_shipment
    data: dict[str, object] = {"number": tracking.tracking_number if tracking else "",
                               "shop_order": check.shop_order_number, "company": tracking.carrier if tracking else ""}
    if result is not None:
        kind = result.kind
        notified = result.written and kind is not None and (kind in ALWAYS_NOTIFIES or
                                                            (notify and kind not in NEVER_NOTIFIES))
        data.update(kind=kind.value if kind else "", notified=bool(notified))
        outcome = result.outcome.value
    else:
        data["error"] = attempt.error
        outcome = "failed"
    return ShopFixRecord(order.reference, check.shop_id, attempt.at, outcome, data)


class NoteRenderer:
    """What ``describe_fix`` asks of a connector to show a WooCommerce note, without a request."""

    def __init__(self, access: ShopAccess) -> None:
        self._access = access

    def note_text(self, number: str, company: str, url: str) -> str:
        connector = self._access.connector()
        try:
            render = getattr(connector, "note_text", None)
            return render(number, company, url) if callable(render) else ""
        finally:
            connector.close()


class ShopFixes:
    """The fix part of ``ShopService``: it uses the service's checks, jobs, store and signals."""

    job: Any
    fixing: set[str]
    fixesStarted: Any  # noqa: N815 - the service's Qt signals
    fixesDone: Any  # noqa: N815
    _store: Any
    _now: Callable[[], datetime]
    _closed: bool

    def plan_fixes(self, orders: Iterable[Order]) -> list[FixRequest]:
        """What a fix of each order would write (for the confirmation); orders that cannot be fixed are left out."""
        requests = []
        for order in orders:
            check = self.check_for(order.reference)
            if check is None or not check.fixable or order.reference in self.fixing:
                continue
            access = self.job.access(check.shop_id)
            if access is None:
                continue
            plan = describe_fix(check, order, notify_customer=True, connector=NoteRenderer(access))
            requests.append(FixRequest(check, order, plan))
        return requests

    def run_fixes(self, requests: Iterable[FixRequest], notify: bool) -> None:
        """Write TPOP's tracking into each shop order (background), record each result, then ``fixesDone``."""
        jobs = [(r.check, r.order) for r in requests if r.plan.possible]
        accesses = {check.shop_id: self.job.access(check.shop_id) for check, _order in jobs}
        references = tuple(order.reference for _check, order in jobs)
        self.fixing.update(references)
        self.fixesStarted.emit(references)
        now = self._now
        run_in_background(lambda: write_fixes(jobs, accesses, notify, now),
                          lambda done: self._fixes_done(references, done, notify),
                          lambda _error: self._fixes_done(references, [], notify), context=self)

    def _fixes_done(self, references: tuple[str, ...], done: list[FixAttempt], notify: bool) -> None:
        self.fixing.difference_update(references)
        if self._closed:
            return
        for attempt in done:
            self._guard(lambda a=attempt: self._store.record_fix(fix_record(a, notify)), None)
            if attempt.fresh_check is not None:
                self._guard(lambda a=attempt: self._store.save_check(a.fresh_check, a.at), None)
        written = sum(1 for a in done if a.result is not None and a.result.written)
        failed = sum(1 for a in done if a.result is None)
        self.refresh(references)
        self.fixesDone.emit(FixesDone(references, written, failed))

