"""The detail pane's part of the cases: the buttons that open a case, and the order's note."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Protocol

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from tpop_desktop.core.cases import Case, CaseKind, kinds_for
from tpop_desktop.core.models import Order
from tpop_desktop.core.parcel import ParcelTracking
from tpop_desktop.store.records import CaseEvent
from tpop_desktop.ui.cases.texts import decision_outcome, kind_title, start_label
from tpop_desktop.ui.texts import tr

NOTE_SAVE_DELAY_MS = 600  # save once typing pauses, not on every key


class CaseSource(Protocol):
    """What the detail pane reads about cases and notes (the case wiring provides it)."""

    def cases_for(self, reference: str) -> list[Case]: ...

    def events_for(self, reference: str) -> list[CaseEvent]: ...

    def note(self, reference: str) -> str: ...

    def set_note(self, reference: str, text: str) -> None: ...


def latest_by_kind(cases: Sequence[Case]) -> dict[CaseKind, Case]:
    """The most recent case of each kind (cases come oldest first)."""
    latest: dict[CaseKind, Case] = {}
    for case in cases:
        latest[case.kind] = case
    return latest


class CaseActions(QWidget):
    """"Customer says not received" and friends, or "Open case…" once a case exists."""

    caseRequested = Signal(str, str)  # order reference, case kind

    def __init__(self, order: Order, cases: Sequence[Case], now: datetime, parent: QWidget | None = None, *,
                 parcel: ParcelTracking | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("case-actions")
        self._order = order
        self._parcel = parcel  # the carrier's delivered counts as delivered
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.buttons: dict[str, QPushButton] = {}
        self.update_cases(cases, now)

    def update_cases(self, cases: Sequence[Case], now: datetime) -> None:
        for button in self.buttons.values():
            self._layout.removeWidget(button)
            button.deleteLater()
        self.buttons = {}
        existing = latest_by_kind(cases)
        for kind, case in existing.items():
            state = (tr("decided: {outcome}").format(outcome=decision_outcome(case.decision))
                     if case.closed and case.decision else tr("open"))
            self._add(f"open-case-{kind.value}", kind,
                      tr("Open case: {case} ({state})…").format(case=kind_title(kind), state=state))
        for kind in kinds_for(self._order, now, self._parcel):
            if kind not in existing:
                self._add(f"start-case-{kind.value}", kind, start_label(kind))
        self.setVisible(bool(self.buttons))

    def _add(self, name: str, kind: CaseKind, text: str) -> None:
        button = QPushButton(text)
        button.setObjectName(name)
        reference = self._order.reference
        button.clicked.connect(lambda _=False: self.caseRequested.emit(reference, kind.value))
        self.buttons[name] = button
        self._layout.addWidget(button)


class NoteField(QPlainTextEdit):
    """The merchant's note for one order, saved shortly after typing stops and on leaving the field."""

    def __init__(self, reference: str, text: str, save: Callable[[str, str], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("order-note")
        self.reference = reference
        self._save = save
        self._dirty = False
        self.setPlaceholderText(tr("Your note about this order (kept on this computer only)"))
        self.setAccessibleName(tr("Note"))
        self.setTabChangesFocus(True)
        self.setMaximumHeight(90)
        self.setPlainText(text)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(NOTE_SAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        self.textChanged.connect(self._on_edited)

    def _on_edited(self) -> None:
        self._dirty = True
        self._timer.start()

    def flush(self) -> None:
        """Save now if anything changed since the last save."""
        self._timer.stop()
        if self._dirty:
            self._dirty = False
            self._save(self.reference, self.toPlainText())

    def show_saved(self, text: str) -> None:
        """Another field saved this order's note: follow it unless the merchant is typing here."""
        if self._dirty or self.hasFocus() or text == self.toPlainText():
            return
        self.blockSignals(True)
        try:
            self.setPlainText(text)
        finally:
            self.blockSignals(False)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.flush()
        super().focusOutEvent(event)
