"""Open cases: every case still waiting for a decision, and the decided ones on request."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tpop_desktop.core.cases import Case, next_step
from tpop_desktop.core.text import display_text
from tpop_desktop.ui.cases.texts import decision_outcome, kind_title, step_title
from tpop_desktop.ui.formatting import format_datetime
from tpop_desktop.ui.texts import tr
from tpop_desktop.ui.widgets import plain_label


def case_line(case: Case) -> str:
    """One list line: order, kind, where it stands."""
    if case.closed and case.decision is not None:
        state = tr("decided on {date}: {outcome}").format(date=format_datetime(case.decided_at),
                                                          outcome=decision_outcome(case.decision))
    else:
        step = next_step(case)
        state = tr("next: {step}").format(step=step_title(step)) if step is not None else tr("open")
    return tr("{reference} · {case} · opened {date} · {state}").format(
        reference=display_text(case.reference), case=kind_title(case.kind), date=format_datetime(case.opened_at),
        state=state)


class CaseListDialog(QDialog):
    """Non-modal list; the wiring fills it and acts on its requests."""

    openRequested = Signal(str)  # case id
    reopenRequested = Signal(str)  # case id
    showClosedChanged = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("case-list")
        self.setModal(False)
        self.setWindowTitle(tr("Open cases"))
        self.resize(640, 360)
        layout = QVBoxLayout(self)
        self.empty_label = plain_label(tr("No open case. Open one from an order's detail pane."))
        layout.addWidget(self.empty_label)
        self.list = QListWidget()
        self.list.setObjectName("case-list-items")
        self.list.itemActivated.connect(lambda item: self.openRequested.emit(item.data(Qt.ItemDataRole.UserRole)))
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        layout.addWidget(self.list, 1)
        self.show_closed = QCheckBox(tr("Show decided cases too"))
        self.show_closed.toggled.connect(self.showClosedChanged)
        layout.addWidget(self.show_closed)
        row = QHBoxLayout()
        self.open_button = QPushButton(tr("Open"))
        self.open_button.clicked.connect(lambda: self._emit_for_current(self.openRequested))
        row.addWidget(self.open_button)
        self.reopen_button = QPushButton(tr("Reopen"))
        self.reopen_button.clicked.connect(lambda: self._emit_for_current(self.reopenRequested))
        row.addWidget(self.reopen_button)
        row.addStretch(1)
        layout.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
        self.cases: list[Case] = []
        self._update_buttons()

    def set_cases(self, open_cases: Sequence[Case], closed_cases: Sequence[Case] = ()) -> None:
        selected = self.current_case()
        self.cases = [*open_cases, *(closed_cases if self.show_closed.isChecked() else ())]
        self.list.clear()
        for case in self.cases:
            item = QListWidgetItem(case_line(case))
            item.setData(Qt.ItemDataRole.UserRole, case.id)
            self.list.addItem(item)
            if selected is not None and case.id == selected.id:
                self.list.setCurrentItem(item)
        self.empty_label.setVisible(not open_cases)
        self._update_buttons()

    def lines(self) -> list[str]:
        return [self.list.item(row).text() for row in range(self.list.count())]

    def current_case(self) -> Case | None:
        item = self.list.currentItem()
        if item is None:
            return None
        return next((case for case in self.cases if case.id == item.data(Qt.ItemDataRole.UserRole)), None)

    def select_case(self, case_id: str) -> bool:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == case_id:
                self.list.setCurrentRow(row)
                return True
        return False

    def _emit_for_current(self, signal) -> None:
        case = self.current_case()
        if case is not None:
            signal.emit(case.id)

    def _update_buttons(self) -> None:
        case = self.current_case()
        self.open_button.setEnabled(case is not None)
        self.reopen_button.setEnabled(case is not None and case.closed)
