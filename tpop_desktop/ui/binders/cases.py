"""Binds a session's cases to the window: the pane's buttons and note, the case dialogs, "Open cases"."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox

from tpop_desktop.core.cases import Case, CaseKind
from tpop_desktop.core.models import Order
from tpop_desktop.core.text import display_text
from tpop_desktop.session.cases import CaseService
from tpop_desktop.session.session import Session
from tpop_desktop.store.errors import StoreError
from tpop_desktop.ui.binders.connections import Connections
from tpop_desktop.ui.cases.case_list import CaseListDialog
from tpop_desktop.ui.cases.dialog import CaseDialog
from tpop_desktop.ui.cases.texts import kind_title
from tpop_desktop.ui.main_window import MainWindow
from tpop_desktop.ui.texts import tr
from tpop_desktop.ui.widgets import plain_message_box

log = logging.getLogger(__name__)

MESSAGE_MS = 15000


class CasesBinder(QObject):
    def __init__(self, window: MainWindow, session: Session) -> None:
        super().__init__(window)
        self.window = window
        self.cases: CaseService = session.cases
        self.dialogs: dict[str, CaseDialog] = {}
        self.confirm_box: QMessageBox | None = None
        self.list_dialog: CaseListDialog | None = None
        self._links = Connections()
        link = self._links.connect
        link(window.detail.caseRequested, self.request_case)
        link(window.actions.open_cases.triggered, self.open_case_list)
        link(window.actions.edit_templates.triggered, self.edit_templates)
        link(self.cases.caseChanged, self._case_changed)
        link(self.cases.caseWithdrawn, self._case_withdrawn)
        link(self.cases.noteSaved, self._note_saved)
        link(self.cases.problem, self._tell)
        window.detail.set_case_source(self.cases)

    def _tell(self, error: str) -> None:
        self.window.show_message(tr("Cases and notes could not be saved or read: {error}").format(error=error),
                                 MESSAGE_MS)

    # -- following changes ------------------------------------------------------------------------

    def _case_changed(self, case: Case) -> None:
        shown = self.window.detail.order
        if shown is not None and shown.reference == case.reference:
            self.window.detail.refresh_cases()
        if self.list_dialog is not None and self.list_dialog.isVisible():
            self.refresh_case_list()

    def _case_withdrawn(self, case: Case) -> None:
        dialog = self.dialogs.pop(case.id, None)
        if dialog is not None:
            dialog.close()
            dialog.deleteLater()
        self._case_changed(case)
        self.window.show_message(tr("The case was withdrawn."), MESSAGE_MS)

    def _note_saved(self, reference: str, text: str) -> None:
        fields = [dialog.note_field for dialog in self.dialogs.values()]
        if self.window.detail.note_field is not None:
            fields.append(self.window.detail.note_field)
        for field in fields:
            if field.reference == reference:
                field.show_saved(text)

    def edit_templates(self) -> None:
        """Copy the default messages into the profile (never over the merchant's own) and show the folder."""
        folder = self.cases.templates.profile_dir
        try:
            self.cases.export_templates()
        except OSError as error:
            self.window.show_message(tr("The templates could not be copied to {folder}: {reason}").format(
                folder=str(folder), reason=error.strerror or str(error)), MESSAGE_MS)
            return
        self.window.show_message(tr("Edit the message files in {folder}; the app uses them for new messages.").format(
            folder=str(folder)), MESSAGE_MS)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))  # our own folder, not a server's link

    # -- opening cases ----------------------------------------------------------------------------------

    def request_case(self, reference: str, kind: str) -> CaseDialog | None:
        """The pane's buttons: show the order's case of this kind; a new one only once the merchant confirms."""
        case_kind = CaseKind(kind)
        if any(case.kind is case_kind for case in self.cases.cases_for(reference)):
            return self._show_case_of_kind(reference, case_kind)
        box = plain_message_box(
            QMessageBox.Icon.Question, tr("Open a case?"),
            tr("Open a case \"{case}\" for order {reference}? The app then guides you through its steps; a case "
               "opened by mistake can be withdrawn.").format(case=kind_title(case_kind),
                                                              reference=display_text(reference)),
            QMessageBox.StandardButton.Cancel, self.window)
        box.setObjectName("confirm-case")
        opened = box.addButton(tr("Open the case"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.buttonClicked.connect(
            lambda button: self._show_case_of_kind(reference, case_kind) if button is opened else None)
        self.confirm_box = box
        box.open()
        return None

    def _show_case_of_kind(self, reference: str, kind: CaseKind) -> CaseDialog | None:
        try:
            case, order = self.cases.case_of_kind(reference, kind)
        except LookupError:
            return None
        except (ValueError, StoreError) as error:
            self.window.show_message(tr("The case could not be opened: {error}").format(error=error), MESSAGE_MS)
            return None
        return self.show_dialog(case, order)

    def show_dialog(self, case: Case, order: Order) -> CaseDialog:
        """Show the case's dialog (one per case), non-modal, above the window."""
        dialog = self.dialogs.get(case.id)
        if dialog is None:
            dialog = CaseDialog(case, order, self.cases, self.window, parcel=self.cases.parcel(order))
            self.dialogs[case.id] = dialog
        else:
            dialog.show_case(case)
        dialog.show()  # not open(): that would make it window-modal and lock the orders table
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def open_case_by_id(self, case_id: str) -> CaseDialog | None:
        found = self.cases.case(case_id)
        if found is None:
            self.window.show_message(tr("This case's order is no longer stored on this computer."), MESSAGE_MS)
            return None
        return self.show_dialog(*found)

    def reopen_case(self, case_id: str) -> None:
        reopened = self.cases.reopen_case(case_id)
        if reopened is None:
            return
        if case_id in self.dialogs:
            self.dialogs[case_id].show_case(reopened)
        self.open_case_by_id(case_id)

    # -- the list -----------------------------------------------------------------------------------------

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
        if self.list_dialog is not None:
            self.list_dialog.set_cases(self.cases.open_cases(), self.cases.closed_cases())

    # -- the end of the session ---------------------------------------------------------------------------------

    def unbind(self) -> None:
        """Save pending notes and take the cases out of the window (before the service closes)."""
        for dialog in self.dialogs.values():
            dialog.note_field.flush()
        self._links.disconnect_all()
        self.window.detail.set_case_source(None)  # flushes the pane's note first
        for dialog in self.dialogs.values():
            dialog.close()
            dialog.deleteLater()
        self.dialogs = {}
        if self.list_dialog is not None:
            self.list_dialog.close()
            self.list_dialog.deleteLater()
            self.list_dialog = None
        self.deleteLater()
