"""One session's guided cases and notes: open, save, list, reopen; manual orders for a reship.

Cases and notes are the merchant's own data, kept in the order database. Saving is a
single small write, done at once so that closing the dialog never loses a step; reads
are by order or by case id. A manual order goes through the account's connector (the
session's source link) in the background, once.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Sequence
from datetime import datetime, timezone
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from tpop_desktop.core.cases import Case, CaseKind, open_case, reopen
from tpop_desktop.core.models import Order
from tpop_desktop.core.parcel import ParcelTracking
from tpop_desktop.session.background import run_in_background
from tpop_desktop.store.errors import StoreError
from tpop_desktop.store.handle import Database
from tpop_desktop.store.records import CaseEvent
from tpop_desktop.sync.source import SourceLink
from tpop_desktop.templates import TemplateLibrary

log = logging.getLogger(__name__)


class CaseService(QObject):
    caseChanged = Signal(object)  # Case, after it was stored
    caseWithdrawn = Signal(object)  # Case, after it and its events were forgotten
    noteSaved = Signal(str, str)  # reference, text
    problem = Signal(str)  # a StoreError's text, for the status bar
    manualOrdersChanged = Signal(bool)  # whether manual orders can be placed (a token is known)

    def __init__(self, database: Database, templates_dir: Path, source: SourceLink,
                 now: Callable[[], datetime] = lambda: datetime.now(timezone.utc),
                 parent: QObject | None = None, *,
                 parcels: Callable[[Order], ParcelTracking | None] = lambda _order: None) -> None:
        super().__init__(parent)
        self.templates = TemplateLibrary(templates_dir)
        self.parcel_of = parcels  # the carrier's answer about an order's latest shipment (a point read)
        self._source = source
        self._now = now
        self._cases = database.cases()
        try:
            self._orders = database.orders()
        except StoreError:
            self._cases.close()
            raise
        self._closed = False

    def now(self) -> datetime:
        return self._now()

    # -- reading -----------------------------------------------------------------------------------

    def _read(self, read: Callable[[], object], default: object) -> object:
        try:
            return read()
        except StoreError as error:
            log.warning("case store: %s", error)
            self.problem.emit(str(error))
            return default

    def cases_for(self, reference: str) -> list[Case]:
        return self._read(lambda: self._cases.for_order(reference), [])  # type: ignore[return-value]

    def events_for(self, reference: str) -> list[CaseEvent]:
        return self._read(lambda: self._cases.events_for(reference), [])  # type: ignore[return-value]

    def case(self, case_id: str) -> tuple[Case, Order] | None:
        """A stored case and its order, or None when either is gone."""
        def read() -> tuple[Case, Order] | None:
            found = self._cases.get(case_id)
            order = self._orders.order(found.reference) if found is not None else None
            return (found, order) if found is not None and order is not None else None

        return self._read(read, None)  # type: ignore[return-value]

    def open_cases(self) -> list[Case]:
        return self._read(self._cases.open_cases, [])  # type: ignore[return-value]

    def closed_cases(self) -> list[Case]:
        return self._read(self._cases.closed_cases, [])  # type: ignore[return-value]

    def note(self, reference: str) -> str:
        return self._read(lambda: self._orders.note(reference), "")  # type: ignore[return-value]

    # -- writing -------------------------------------------------------------------------------------

    def set_note(self, reference: str, text: str) -> None:
        try:
            self._orders.set_note(reference, text)
        except StoreError as error:
            log.warning("case store: %s", error)
            self.problem.emit(str(error))
            return
        self.noteSaved.emit(reference, text)

    def save_case(self, case: Case) -> None:
        """Store a change (a ``StoreError`` propagates to the dialog that made it)."""
        self._cases.save(case)
        self.caseChanged.emit(case)

    def case_of_kind(self, reference: str, kind: CaseKind) -> tuple[Case, Order]:
        """The order's latest case of ``kind``, opening (and storing) a new one if there is none.

        Raises ``ValueError`` (the order does not allow this case), ``LookupError`` (order
        gone) or ``StoreError``.
        """
        order = self._orders.order(reference)
        if order is None:
            raise LookupError(reference)
        existing = [case for case in self._cases.for_order(reference) if case.kind is kind]
        if existing:
            return existing[-1], order
        case = open_case(uuid.uuid4().hex, order, kind, self.now(), self.parcel(order))
        self.save_case(case)
        return case, order

    def can_withdraw(self, case: Case) -> bool:
        """Never decided, no reship placed: the case may be forgotten."""
        return bool(self._read(lambda: self._cases.withdrawable(case.id), False))

    def withdraw_case(self, case: Case) -> None:
        """Forget a case opened by mistake (a ``StoreError`` propagates to the dialog that asked)."""
        if self._cases.withdraw(case.id):
            self.caseWithdrawn.emit(case)

    def reopen_case(self, case_id: str) -> Case | None:
        found = self._read(lambda: self._cases.get(case_id), None)
        if not isinstance(found, Case) or not found.closed:
            return None
        reopened = reopen(found, self.now())
        try:
            self.save_case(reopened)
        except StoreError as error:
            self.problem.emit(str(error))
            return None
        return reopened

    def record_manual_order(self, case: Case, reference: str) -> None:
        self._cases.record_manual_order(case.id, reference, self.now())
        self.caseChanged.emit(case)

    def parcel(self, order: Order) -> ParcelTracking | None:
        """The carrier's answer about the order's latest shipment, when the app has one."""
        return self.parcel_of(order)

    def export_templates(self) -> Path:
        """Copy the default messages into the profile (never over the merchant's own); raises OSError."""
        self.templates.export_defaults()
        return self.templates.profile_dir

    # -- manual orders (a reship at the merchant's cost) ---------------------------------------------------

    def manual_orders_available(self) -> bool:
        return self._source.available()

    def source_changed(self) -> None:
        """The session's token arrived or changed."""
        self.manualOrdersChanged.emit(self._source.available())

    def place_manual_order(self, order: Order, address_lines: Sequence[str], on_placed: Callable[[Order], None],
                           on_error: Callable[[Exception], None], context: QObject | None = None) -> None:
        """A copy of ``order``'s items to its customer, as a new manual order; sent once, in the background."""
        source, lines = self._source, tuple(address_lines)

        def place() -> Order:
            connector = source.connector()
            try:
                return connector.create_manual_order(  # type: ignore[attr-defined]
                    order.items, order.customer, order.destination,
                    note=f"Reship of {order.reference}", address_lines=lines)
            finally:
                connector.close()

        run_in_background(place, on_placed, on_error, context=context)

    # -- the end of the session ---------------------------------------------------------------------------

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        self._cases.close()
        self._orders.close()
