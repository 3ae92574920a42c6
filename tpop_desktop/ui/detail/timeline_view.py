"""The order's history: every status change and shipment, with the time the app first saw it."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from tpop_desktop.core.changes import EventKind
from tpop_desktop.core.models import BlockReason, Status
from tpop_desktop.store.records import HistoryEntry
from tpop_desktop.ui.orders_model import format_datetime
from tpop_desktop.ui.texts import block_reason_label, status_label
from tpop_desktop.ui.widgets import plain_label
from tpop_desktop.ui.texts import tr



def describe(entry: HistoryEntry) -> str:
    """One line of the timeline, in the merchant's language."""
    if entry.kind is EventKind.NEW:
        return tr("First seen, {status}").format(status=status_label(entry.status).lower())
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
    def __init__(self, history: list[HistoryEntry], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.lines: list[str] = []
        for entry in history:
            if entry.kind is EventKind.STATUS_CHANGED and entry.status in (
                    Status.BLOCKED, Status.DELIVERED, Status.CANCELLED):
                continue  # the specific event that follows says it better
            line = f"{format_datetime(entry.seen_at)} · {describe(entry)}"
            self.lines.append(line)
            layout.addWidget(plain_label(line, selectable=True))
        if not history:
            layout.addWidget(plain_label(tr("No history recorded yet.")))
