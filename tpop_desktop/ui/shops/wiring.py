"""Puts the daily shop checks into a session's window: the Shops dialog, the column's data,
the "Shop" section, the status-bar count, the filter and the fix.

``install_shops`` is called once per session, before its sync worker is built: the
worker gets ``coordinator.job`` as its ``after_sync`` step and its ``shopChecksDone``
goes to ``coordinator.on_checks_done``. Secrets are read from the keyring in the
background and handed to the job in memory; ``close`` is a session cleanup step.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QPushButton, QWidget

from tpop_desktop.core.models import Order
from tpop_desktop.core.shop_checks import ShopCheck, ShopState, compare_order
from tpop_desktop.credentials import CredentialStore
from tpop_desktop.settings import Settings
from tpop_desktop.store.errors import StoreError
from tpop_desktop.store.shop_checks_store import ShopChecksStore, ShopFixRecord
from tpop_desktop.sync.shop_job import ShopAccess, ShopCheckJob, ShopCheckOutcome
from tpop_desktop.sync.shop_sync import FixPlan, FixResult, describe_fix, fix_tracking
from tpop_desktop.ui.background import run_in_background
from tpop_desktop.ui.main_window import MainWindow
from tpop_desktop.ui.shops.connections import load_connections, read_accesses
from tpop_desktop.ui.shops.fix_dialog import FixConfirmDialog
from tpop_desktop.ui.shops.section import ShopSection
from tpop_desktop.ui.shops.shops_dialog import ShopsDialog
from tpop_desktop.ui.shops.texts import failure_text
from tpop_desktop.ui.texts import tr

log = logging.getLogger(__name__)

MESSAGE_MS = 15000


def _error_kind(error: Exception) -> str:
    return type(error).__name__


class ShopCoordinator(QObject):
    """One session's shop checks; the pane asks it for the "Shop" section and timeline lines."""

    checksShown = Signal(object)  # ShopCheckOutcome, once the window shows it
    secretsLoaded = Signal()
    fixFinished = Signal(object)  # list of references that were attempted
    problemsFilterRequested = Signal(bool)  # the filter bar owns the query: it applies the flag

    def __init__(self, window: MainWindow, settings: Settings, credentials: CredentialStore, store_path: Path,
                 now: Callable[[], datetime] = lambda: datetime.now(timezone.utc)) -> None:
        super().__init__(window)
        self.setObjectName("shop-coordinator")
        self.window = window
        self.settings = settings
        self.credentials = credentials
        self._now = now
        self.job = ShopCheckJob(store_path, now=now)
        self.store = ShopChecksStore(store_path)
        self.failures: dict[str, str] = {}
        self._fixing: set[str] = set()
        self._closed = False
        self.dialog: ShopsDialog | None = None
        self.fix_dialog: FixConfirmDialog | None = None

        self.menu = QMenu(tr("Shop &checks"), window)
        self.problems_action = QAction(tr("Show only orders with shop problems"), self.menu)
        self.problems_action.setObjectName("shop-problems-filter")
        self.problems_action.setCheckable(True)
        self.problems_action.toggled.connect(self.set_problems_filter)
        self.fix_selected_action = QAction(tr("Add TPOP's tracking to the selected shop orders…"), self.menu)
        self.fix_selected_action.setObjectName("shop-fix-selected")
        self.fix_selected_action.triggered.connect(self.fix_selected)
        self.check_now_action = QAction(tr("Check the shops at the next sync"), self.menu)
        self.check_now_action.triggered.connect(self.check_now)
        for action in (self.problems_action, self.fix_selected_action, self.check_now_action):
            self.menu.addAction(action)
        window.menuBar().insertMenu(window.help_menu.menuAction(), self.menu)
        window.table.addAction(self.fix_selected_action)

        self.count_button = QPushButton()
        self.count_button.setObjectName("shop-problem-count")
        self.count_button.setFlat(True)
        self.count_button.clicked.connect(lambda: self.problems_action.setChecked(True))
        window.statusBar().addPermanentWidget(self.count_button)
        window.shops_action.setEnabled(True)
        window.shopsRequested.connect(self.open_shops)
        window.detail.shop_source = self
        self._read_statuses()
        self.update_count()
        self.load_secrets()

    # -- secrets and the job -----------------------------------------------------------------

    def load_secrets(self) -> None:
        """Read every connected shop's secret (background) and hand them to the job."""
        connections = load_connections(self.settings)
        if not connections:
            self.job.set_shops({}, {})
            self.secretsLoaded.emit()
            return
        run_in_background(lambda: read_accesses(self.credentials, connections), self._secrets_read,
                          lambda error: log.warning("reading shop secrets failed: %s", _error_kind(error)))

    def _secrets_read(self, result: tuple[dict[str, ShopAccess], dict[str, Any]]) -> None:
        if self._closed:
            return
        ready, unreadable = result
        self.job.set_shops(ready, unreadable)
        self.secretsLoaded.emit()

    def check_now(self) -> None:
        self.job.request_check()
        self.window.syncRequested.emit()

    def on_checks_done(self, outcome: ShopCheckOutcome) -> None:
        """A run was saved by the worker: show it (table rows, count, pane, failures)."""
        if self._closed:
            return
        self._read_statuses()
        model = self.window.model
        if model is not None:
            model.refresh(outcome.references)
        self.update_count()
        self._redisplay()
        if outcome.failures:
            names = dict((shop_id, name) for shop_id, name, _p in self._known_shops())
            text = " ".join(tr("{shop} could not be checked: {reason}").format(
                shop=names.get(shop_id, shop_id), reason=failure_text(kind)) for shop_id, kind in
                sorted(outcome.failures.items()))
            self.window.statusBar().showMessage(text, MESSAGE_MS)
        if self.dialog is not None:
            self.dialog.refresh_list()
            self.dialog.set_missing(self._not_in_tpop())
        self.checksShown.emit(outcome)

    # -- reading -------------------------------------------------------------------------------

    def _guard(self, read: Callable[[], Any], default: Any) -> Any:
        try:
            return read()
        except StoreError as error:
            log.warning("shop checks store: %s", error)
            return default

    def _read_statuses(self) -> None:
        statuses = self._guard(self.store.read_statuses, {})
        self.failures = {shop_id: status.failure for shop_id, status in statuses.items() if status.failure}

    def _known_shops(self) -> list:
        return self._guard(self.store.known_shops, [])

    def _not_in_tpop(self) -> list[ShopCheck]:
        return self._guard(self.store.not_in_tpop, [])

    def problem_count(self) -> int:
        return self._guard(self.store.problem_count, 0)

    def update_count(self) -> None:
        count = self.problem_count()
        self.count_button.setText(tr("%n order(s) need your attention in your shops", None, count))
        self.count_button.setVisible(count > 0)

    def check_for(self, reference: str) -> ShopCheck | None:
        checks = self._guard(lambda: self.store.for_reference(reference), [])
        return checks[0] if checks else None

    def section_for(self, order: Order) -> QWidget | None:
        check = self.check_for(order.reference)
        if check is None:
            return None
        section = ShopSection(order.reference, check, self.failures.get(check.shop_id, ""),
                              busy=order.reference in self._fixing)
        section.fixRequested.connect(lambda reference: self.request_fix([reference]))
        return section

    def timeline_for(self, reference: str) -> list[tuple[datetime, str]]:
        lines = []
        for fix in self._guard(lambda: self.store.fixes_for(reference), []):
            data = fix.data
            number, shop_order = data.get("number", ""), data.get("shop_order", "")
            if fix.outcome == "written":
                text = (tr("TPOP's tracking {number} added to shop order {order}; customer notified")
                        if data.get("notified") else
                        tr("TPOP's tracking {number} added to shop order {order}; customer not notified"))
            elif fix.outcome == "already_present":
                text = tr("TPOP's tracking {number} was already in shop order {order}")
            else:
                text = tr("Adding TPOP's tracking {number} to shop order {order} failed: {reason}").replace(
                    "{reason}", failure_text(str(data.get("error", ""))))
            lines.append((fix.at, text.format(number=number, order=shop_order)))
        return lines

    def _redisplay(self) -> None:
        detail, store = self.window.detail, self.window.store
        if detail.order is not None and store is not None:
            reference = detail.order.reference
            order = self._guard(lambda: store.order(reference), None)
            if order is not None:
                detail.show_order(order, self._guard(lambda: store.history(reference), []))

    # -- the filter ---------------------------------------------------------------------------------

    def set_problems_filter(self, enabled: bool) -> None:
        self.problemsFilterRequested.emit(enabled)

    # -- the Shops dialog -----------------------------------------------------------------------------

    def open_shops(self) -> ShopsDialog:
        if self.dialog is None:
            self.dialog = ShopsDialog(self._known_shops(), self.settings, self.credentials,
                                      lambda: dict(self.failures), self.window)
            self.dialog.connectionSaved.connect(lambda _shop_id: self._connections_changed())
            self.dialog.connectionRemoved.connect(self._connection_removed)
        self.dialog.set_missing(self._not_in_tpop())
        self.dialog.show()
        self.dialog.raise_()
        return self.dialog

    def _connections_changed(self) -> None:
        self.load_secrets()  # sets the shops and asks for a check at the next sync

    def _connection_removed(self, shop_id: str) -> None:
        references = self._guard(lambda: self.store.forget_shop(shop_id), set())
        self._read_statuses()
        self.load_secrets()
        if self.window.model is not None:
            self.window.model.refresh(references)
        self.update_count()
        self._redisplay()

    # -- the fix ----------------------------------------------------------------------------------------

    def fix_selected(self) -> None:
        model = self.window.model
        if model is None:
            return
        rows = sorted({index.row() for index in self.window.table.selectionModel().selectedRows()})
        references = [r for r in (model.reference_at(row) for row in rows) if r]
        self.request_fix(references)

    def request_fix(self, references: list[str]) -> FixConfirmDialog | None:
        """Ask first: the dialog shows exactly what will be written; OK runs it in the background."""
        store = self.window.store
        jobs: list[tuple[ShopCheck, Order, FixPlan]] = []
        for reference in references:
            check = self.check_for(reference)
            order = self._guard(lambda r=reference: store.order(r), None) if store is not None else None
            if check is None or order is None or not check.fixable or reference in self._fixing:
                continue
            access = self.job.access(check.shop_id)
            if access is None:
                continue
            plan = describe_fix(check, order, notify_customer=True, connector=_NoteRenderer(access))
            jobs.append((check, order, plan))
        if not jobs:
            self.window.statusBar().showMessage(
                tr("None of the selected orders can get TPOP's tracking from here (shop not connected, or "
                   "nothing to fix)."), MESSAGE_MS)
            return None
        dialog = FixConfirmDialog([plan for _c, _o, plan in jobs], self.window)
        dialog.accepted.connect(lambda: self._run_fixes([(c, o) for c, o, p in jobs if p.possible],
                                                        dialog.notify_customer()))
        self.fix_dialog = dialog
        dialog.open()
        return dialog

    def _run_fixes(self, jobs: list[tuple[ShopCheck, Order]], notify: bool) -> None:
        accesses = {check.shop_id: self.job.access(check.shop_id) for check, _order in jobs}
        self._fixing.update(order.reference for _check, order in jobs)
        self._redisplay()
        self.window.statusBar().showMessage(tr("Adding TPOP's tracking to the shop orders…"), MESSAGE_MS)
        now = self._now

        def work() -> list[tuple[ShopCheck, Order, FixResult | None, ShopCheck | None, str, datetime]]:
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
                    error = _error_kind(exc)
                    log.warning("the fix of %s failed: %s", order.reference, error)
                done.append((check, order, result, fresh_check, error, now()))
            return done

        run_in_background(work, lambda done: self._fixes_done(done, notify),
                          lambda error: self._fixes_done([], notify))

    def _fixes_done(self, done: list, notify: bool) -> None:
        references = []
        written = 0
        for check, order, result, fresh_check, error, at in done:
            references.append(order.reference)
            self._fixing.discard(order.reference)
            if self._closed:
                continue
            tracking = order.latest_shipment
            data = {"number": tracking.tracking_number if tracking else "", "shop_order": check.shop_order_number,
                    "company": tracking.carrier if tracking else ""}
            if result is not None:
                data.update(kind=result.kind.value if result.kind else "",
                            notified=bool(result.written and notify and result.kind is not None
                                          and result.kind.value != "add_shipment_tracking"))
                outcome = result.outcome.value
                written += int(result.written)
            else:
                data["error"] = error
                outcome = "failed"
            self._guard(lambda: self.store.record_fix(ShopFixRecord(order.reference, check.shop_id, at, outcome,
                                                                   data)), None)
            if fresh_check is not None:
                self._guard(lambda: self.store.save_check(fresh_check, at), None)
        self._fixing.difference_update(references)
        if self._closed:
            return
        if self.window.model is not None:
            self.window.model.refresh(references)
        self.update_count()
        self._redisplay()
        failed = len(done) - sum(1 for item in done if item[2] is not None)
        message = tr("TPOP's tracking was added to %n shop order(s).", None, written)
        if failed:
            message += " " + tr("%n order(s) could not be updated: see their history.", None, failed)
        self.window.statusBar().showMessage(message, MESSAGE_MS)
        self.fixFinished.emit(references)

    # -- closing ------------------------------------------------------------------------------------------

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        window = self.window
        try:
            window.shopsRequested.disconnect(self.open_shops)
        except (RuntimeError, TypeError):
            pass
        if window.detail.shop_source is self:
            window.detail.shop_source = None
        window.shops_action.setEnabled(False)
        window.menuBar().removeAction(self.menu.menuAction())
        window.table.removeAction(self.fix_selected_action)
        window.statusBar().removeWidget(self.count_button)
        self.count_button.deleteLater()
        for dialog in (self.dialog, self.fix_dialog):
            if dialog is not None:
                dialog.close()
        self.job.set_shops({}, {})
        self.store.close()


class _NoteRenderer:
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


def install_shops(window: MainWindow, settings: Settings, credentials: CredentialStore,
                  store_path: Path) -> ShopCoordinator:
    return ShopCoordinator(window, settings, credentials, store_path)
