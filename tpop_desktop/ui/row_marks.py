"""Marks drawn on table rows without touching the model: "needs attention" and "archived".

The attention rule is ``core.attention.needs_attention`` applied to a table row (which
carries the latest shipment's dates), so the mark agrees with the "Needs attention" filter.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timezone

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtGui import QHelpEvent, QPalette
from PySide6.QtWidgets import QAbstractItemView, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QToolTip

from tpop_desktop.core.attention import STALE_AFTER, needs_attention_on, stale_before
from tpop_desktop.core.models import Status
from tpop_desktop.store.records import OrderRow
from tpop_desktop.ui.orders_model import Column, OrderTableModel
from tpop_desktop.ui.formatting import format_date
from tpop_desktop.ui.texts import tr
from tpop_desktop.ui.widgets import plain_tooltip


def row_needs_attention(row: OrderRow, now: datetime) -> bool:
    """Blocked, or shipped and still not delivered after ``STALE_AFTER`` or its usual window (core.attention)."""
    return needs_attention_on(row.status, row.shipped_at, row.delivered_at, now, row.expected_by)


def attention_text(row: OrderRow, now: datetime) -> str:
    if row.status is Status.BLOCKED:
        return tr("Needs attention: TPOP is waiting for you to fix this order.")
    if row.shipped_at is not None and row.shipped_at >= stale_before(now) and row.expected_by is not None:
        return tr("Late: your parcels to this country with this carrier are usually delivered by {date}.").format(
            date=format_date(row.expected_by))
    return tr("Needs attention: shipped more than {days} days ago and still not delivered.").format(
        days=STALE_AFTER.days)


class OrderRowDelegate(QStyledItemDelegate):
    """A warning icon before the reference of rows needing attention; archived rows in italics, dimmed."""

    def __init__(self, parent=None, now: Callable[[], datetime] = lambda: datetime.now(timezone.utc)) -> None:
        super().__init__(parent)
        self._now = now

    @staticmethod
    def _row(index: QModelIndex | QPersistentModelIndex) -> OrderRow | None:
        model = index.model()
        return model.row_at(index.row()) if isinstance(model, OrderTableModel) else None

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        row = self._row(index)
        if row is None:
            return
        if index.column() == Column.REFERENCE and row_needs_attention(row, self._now()):
            style = option.widget.style() if option.widget is not None else None
            if style is not None:
                option.icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
                option.features |= QStyleOptionViewItem.ViewItemFeature.HasDecoration
        if row.archived:
            option.font.setItalic(True)
            colour = option.palette.color(QPalette.ColorRole.PlaceholderText)
            option.palette.setColor(QPalette.ColorRole.Text, colour)

    def helpEvent(self, event: QHelpEvent, view: QAbstractItemView, option: QStyleOptionViewItem,
                  index: QModelIndex | QPersistentModelIndex) -> bool:
        row = self._row(index)
        if row is not None and index.column() == Column.REFERENCE:
            lines = []
            if row_needs_attention(row, self._now()):
                lines.append(attention_text(row, self._now()))
            if row.archived:
                lines.append(tr("Archived: hidden from the list unless you search or show archived orders."))
            if lines:
                QToolTip.showText(event.globalPos(), "".join(plain_tooltip(line) for line in lines), view)
                return True
        return super().helpEvent(event, view, option, index)

