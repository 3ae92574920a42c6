"""The "Today" line above the table: shipped today, blocked, needing attention.

The order service counts (in the background, over every non-archived order whatever
the table's filters, so it reads like the tray tooltip); this label only shows it.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QLabel, QWidget

from tpop_desktop.session.orders import TodayCounts
from tpop_desktop.ui.texts import tr


def summary_text(counts: TodayCounts) -> str:
    locale = QLocale()
    return tr("Today: shipped {shipped} · blocked {blocked} · needs attention {attention}").format(
        shipped=locale.toString(counts.shipped_today), blocked=locale.toString(counts.blocked),
        attention=locale.toString(counts.needs_attention))


class TodaySummary(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("today-summary")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.counts: TodayCounts | None = None

    def show_counts(self, counts: TodayCounts | None) -> None:
        self.counts = counts
        self.setText(summary_text(counts) if counts is not None else "")

    def tray_text(self) -> str:
        """For the tray tooltip's last line; empty until the first count."""
        return summary_text(self.counts) if self.counts is not None else ""
