"""The order's history: every status change and shipment, with the time the app first saw it,
and what the merchant did in a case about it (opened, steps, messages, decision)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from tpop_desktop.core.changes import EventKind
from tpop_desktop.core.models import BlockReason, Status
from tpop_desktop.store.records import CaseEvent, HistoryEntry
from tpop_desktop.ui.cases.texts import describe_event
from tpop_desktop.ui.formatting import format_datetime
from tpop_desktop.ui.texts import block_reason_label, status_label, tr
from tpop_desktop.ui.widgets import plain_label


def describe(entry: HistoryEntry) -> str:
    """One line of the timeline, in the merchant's language."""
    if entry.kind is EventKind.NEW:
        return tr("First seen, {status}").format(status=status_label(entry.status))
    if entry.kind is EventKind.SHIPPED:
        return tr("Shipped with tracking number {number}").format(number=entry.detail)
    if entry.kind is EventKind.BLOCKED:
        try:
            reason = BlockReason(entry.detail) if entry.detail else None
        except ValueError:
            reason = None
        return tr("Blocked: {reason}").format(reason=block_reason_label(reason))
    if entry.kind is EventKind.DELIVERED:
        return tr("Delivered according to the carrier")
    if entry.kind is EventKind.CANCELLED:
        return tr("Cancelled")
    if entry.kind is EventKind.STATUS_CHANGED:
        if entry.previous_status is not None:
            return tr("Status changed from {old} to {new}").format(
                old=status_label(entry.previous_status), new=status_label(entry.status))
        return tr("Status changed to {new}").format(new=status_label(entry.status))
    return entry.kind.value


class TimelineView(QWidget):
    def __init__(self, history: list[HistoryEntry], case_events: Sequence[CaseEvent] = (),
                 parent: QWidget | None = None, *, extra: Sequence[tuple[datetime, str]] = ()) -> None:
        """``extra``: more (time, line) events, already translated (e.g. shop fixes)."""
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._history = list(history)
        self._extra = list(extra)
        self._labels: list[QLabel] = []
        self.lines: list[str] = []
        self.set_case_events(case_events)

    def set_case_events(self, case_events: Sequence[CaseEvent]) -> None:
        """Show the order's history merged with its case events, oldest first."""
        for label in self._labels:
            self._layout.removeWidget(label)
            label.deleteLater()
        timed: list[tuple[datetime, int, str]] = []
        for entry in self._history:
            if entry.kind is EventKind.STATUS_CHANGED and entry.status in (
                    Status.BLOCKED, Status.DELIVERED, Status.CANCELLED):
                continue  # the specific event that follows says it better
            timed.append((entry.seen_at, 0, describe(entry)))
        timed.extend((event.at, 1, describe_event(event)) for event in case_events)
        timed.extend((at, 2, text) for at, text in self._extra)
        timed.sort(key=lambda item: (item[0], item[1]))  # stable: same-time events keep their order
        self.lines = [f"{format_datetime(at)} · {text}" for at, _, text in timed]
        self._labels = [plain_label(line, selectable=True) for line in self.lines]
        if not self._history and not case_events and not self._extra:
            self._labels.append(plain_label(tr("No history recorded yet.")))
        for label in self._labels:
            self._layout.addWidget(label)
