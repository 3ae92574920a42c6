"""Puts guided cases into a session's window: the pane's buttons and note, the dialogs, "Open cases".

``install_cases`` is called once per session, after the window shows its orders; the
returned coordinator's ``close`` is a session cleanup step. The coordinator has its own
connections to the database file (cases, and notes through ``OrderStore``), so it
never depends on when the session closes its other stores.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QMenu

from tpop_desktop.core.cases import Case, CaseKind, open_case, reopen
from tpop_desktop.core.models import Order
from tpop_desktop.store.cases_store import CaseEvent, CaseStore
from tpop_desktop.store.errors import StoreError
from tpop_desktop.store.orders_store import OrderStore
from tpop_desktop.templates import TemplateLibrary
from tpop_desktop.ui.cases.case_list import CaseListDialog
from tpop_desktop.ui.cases.dialog import CaseDialog
from tpop_desktop.ui.cases.reship import ManualOrderPlacer
from tpop_desktop.ui.main_window import MainWindow
from tpop_desktop.ui.texts import tr


log = logging.getLogger(__name__)

ConnectorFactory = Callable[[], ManualOrderPlacer]


class CaseCoordinator(QObject):
    """Opens, saves and lists cases for one session; the pane and the dialogs talk to it."""

    caseSaved = Signal(object)  # Case

    def __init__(self, window: MainWindow, store_path: Path, templates_dir: Path,
                 connector_factory: ConnectorFactory | None,
                 now: Callable[[], datetime] = lambda: datetime.now(timezone.utc)) -> None:
        super().__init__(window)
        self.setObjectName("case-coordinator")
        self.window = window
        self.templates = TemplateLibrary(templates_dir)
        self.cases = CaseStore(store_path)
        try:
            self.orders = OrderStore(store_path)
        except StoreError:
            self.cases.close()
            raise
        self._factory = connector_factory
        self._now = now
        self.dialogs: dict[str, CaseDialog] = {}
        self.list_dialog: CaseListDialog | None = None
        self._closed = False

        self.menu = QMenu(tr("&Cases"), window)
        self.open_cases_action = QAction(tr("Open cases…"), self.menu)
        self.open_cases_action.setObjectName("open-cases-action")
        self.open_cases_action.triggered.connect(self.open_case_list)
        self.menu.addAction(self.open_cases_action)
        self.templates_action = QAction(tr("Edit message templates…"), self.menu)
        self.templates_action.setObjectName("edit-templates-action")
        self.templates_action.triggered.connect(self.edit_templates)
        self.menu.addAction(self.templates_action)
        window.menuBar().insertMenu(window.help_menu.menuAction(), self.menu)
        window.detail.caseRequested.connect(self.request_case)
        window.detail.set_case_source(self)

    def edit_templates(self) -> Path:
        """Copy the default messages into the profile (never over the merchant's own) and show the folder."""
        folder = self.templates.profile_dir
        try:
            self.templates.export_defaults()
        except OSError as error:
            self.window.statusBar().showMessage(
                tr("The templates could not be copied to {folder}: {reason}").format(
                    folder=str(folder), reason=error.strerror or str(error)), 15000)
            return folder
        self.window.statusBar().showMessage(
            tr("Edit the message files in {folder}; the app uses them for new messages.").format(
                folder=str(folder)), 15000)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))  # our own folder, not a server's link
        return folder

    # -- services for the pane and the dialogs --------------------------------------------

    def now(self) -> datetime:
        return self._now()

    def connector_factory(self) -> ConnectorFactory | None:
        return self._factory

    def set_connector_factory(self, factory: ConnectorFactory | None) -> None:
        """The account's token arrived after the session started (read from the keyring)."""
        self._factory = factory
        for dialog in self.dialogs.values():
            dialog.reship_panel.set_connector_factory(factory)

    def cases_for(self, reference: str) -> list[Case]:
        try:
            return self.cases.for_order(reference)
        except StoreError as error:
            self._tell(error)
            return []

    def events_for(self, reference: str) -> list[CaseEvent]:
        try:
            return self.cases.events_for(reference)
        except StoreError as error:
            self._tell(error)
            return []

    def note(self, reference: str) -> str:
        try:
            return self.orders.note(reference)
        except StoreError as error:
            self._tell(error)
            return ""

    def set_note(self, reference: str, text: str) -> None:
        try:
            self.orders.set_note(reference, text)
        except StoreError as error:
            self._tell(error)
            return
        fields = [dialog.note_field for dialog in self.dialogs.values()]
        if self.window.detail.note_field is not None:
            fields.append(self.window.detail.note_field)
        for field in fields:
            if field.reference == reference:
                field.show_saved(text)

    def save_case(self, case: Case) -> None:
        """Store a change (StoreError propagates to the dialog) and show it wherever the order is shown."""
        self.cases.save(case)
        self._case_changed(case)

    def record_manual_order(self, case: Case, reference: str) -> None:
        self.cases.record_manual_order(case.id, reference, self.now())
        self._case_changed(case)

    def _case_changed(self, case: Case) -> None:
        shown = self.window.detail.order
        if shown is not None and shown.reference == case.reference:
            self.window.detail.refresh_cases()
        if self.list_dialog is not None and self.list_dialog.isVisible():
            self.refresh_case_list()
        self.caseSaved.emit(case)

    def _tell(self, error: StoreError) -> None:
        log.warning("case store: %s", error)
        self.window.statusBar().showMessage(tr("Cases and notes could not be saved or read: {error}").format(
            error=error), 15000)

    # -- opening cases --------------------------------------------------------------------

    def request_case(self, reference: str, kind: str) -> CaseDialog | None:
        """The pane's buttons: show the order's case of this kind, opening a new one if there is none."""
        try:
            order = self.orders.order(reference)
            existing = [case for case in self.cases.for_order(reference) if case.kind.value == kind]
        except StoreError as error:
            self._tell(error)
            return None
        if order is None:
            return None
        case = existing[-1] if existing else None
        if case is None:
            try:
                case = open_case(uuid.uuid4().hex, order, CaseKind(kind), self.now())
                self.save_case(case)
            except (ValueError, StoreError) as error:
                self.window.statusBar().showMessage(
                    tr("The case could not be opened: {error}").format(error=error), 15000)
                return None
        return self.show_dialog(case, order)

    def show_dialog(self, case: Case, order: Order) -> CaseDialog:
        """Show the case's dialog (one per case), non-modal, above the window."""
        dialog = self.dialogs.get(case.id)
        if dialog is None:
            dialog = CaseDialog(case, order, self, self.window)
            self.dialogs[case.id] = dialog
        else:
            dialog.show_case(case)
        dialog.show()  # not open(): that would make it window-modal and lock the orders table
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def open_case_by_id(self, case_id: str) -> CaseDialog | None:
        try:
            case = self.cases.get(case_id)
            order = self.orders.order(case.reference) if case is not None else None
        except StoreError as error:
            self._tell(error)
            return None
        if case is None or order is None:
            self.window.statusBar().showMessage(tr("This case's order is no longer stored on this computer."), 15000)
            return None
        return self.show_dialog(case, order)

    def reopen_case(self, case_id: str) -> None:
        try:
            case = self.cases.get(case_id)
            if case is None or not case.closed:
                return
            reopened = reopen(case, self.now())
            self.save_case(reopened)
        except StoreError as error:
            self._tell(error)
            return
        if case_id in self.dialogs:
            self.dialogs[case_id].show_case(reopened)
        self.open_case_by_id(case_id)

    # -- the list ---------------------------------------------------------------------------

    def open_case_list(self) -> CaseListDialog:
        if self.list_dialog is None:
            self.list_dialog = CaseListDialog(self.window)
            self.list_dialog.openRequested.connect(self.open_case_by_id)
            self.list_dialog.reopenRequested.connect(self.reopen_case)
            self.list_dialog.showClosedChanged.connect(lambda _shown: self.refresh_case_list())
        self.refresh_case_list()
        self.list_dialog.show()
        self.list_dialog.raise_()
        return self.list_dialog

    def refresh_case_list(self) -> None:
        if self.list_dialog is None:
            return
        try:
            self.list_dialog.set_cases(self.cases.open_cases(), self.cases.closed_cases())
        except StoreError as error:
            self._tell(error)

    # -- the end of the session -----------------------------------------------------------------

    def close(self) -> None:
        """Save pending notes, take the cases out of the window and close the connections."""
        if self._closed:
            return
        self._closed = True
        for dialog in self.dialogs.values():
            dialog.note_field.flush()
        detail = self.window.detail
        try:
            detail.caseRequested.disconnect(self.request_case)
        except (RuntimeError, TypeError):
            pass
        detail.set_case_source(None)  # flushes the pane's note first
        for dialog in self.dialogs.values():
            dialog.close()
            dialog.deleteLater()
        self.dialogs = {}
        if self.list_dialog is not None:
            self.list_dialog.close()
            self.list_dialog.deleteLater()
            self.list_dialog = None
        self.window.menuBar().removeAction(self.menu.menuAction())
        self.menu.deleteLater()
        self.cases.close()
        self.orders.close()
        self.deleteLater()


def install_cases(window: MainWindow, store_path: Path, templates_dir: Path,
                  connector_factory: ConnectorFactory | None,
                  now: Callable[[], datetime] = lambda: datetime.now(timezone.utc)) -> CaseCoordinator:
    """Add guided cases to ``window`` for this session; call ``close()`` on the result when the session ends."""
    return CaseCoordinator(window, store_path, templates_dir, connector_factory, now)
