"""The "Today" line above the table: shipped today, blocked, needing attention, each a button.

The order service counts (in the background, over every non-archived order whatever
the table's filters, so it reads like the tray tooltip); each count is the length of the
list its button opens, so what the line says is what the table then shows.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from tpop_desktop.session.orders import TodayCounts
from tpop_desktop.ui.texts import tr

SHIPPED_TODAY, BLOCKED, NEEDS_ATTENTION = "shipped_today", "blocked", "needs_attention"


def summary_text(counts: TodayCounts) -> str:
    locale = QLocale()
    return tr("Shipped today: {shipped} · blocked: {blocked} · needs attention: {attention}").format(
        shipped=locale.toString(counts.shipped_today), blocked=locale.toString(counts.blocked),
        attention=locale.toString(counts.needs_attention))


class TodaySummary(QWidget):
    """``listRequested(kind)``: the merchant clicked a count; the binder shows its list."""

    listRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("today-summary")
        self.counts: TodayCounts | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.buttons: dict[str, QPushButton] = {}
        for kind, tip in ((SHIPPED_TODAY, tr("Show the orders shipped since midnight")),
                          (BLOCKED, tr("Show the blocked orders")),
                          (NEEDS_ATTENTION, tr("Show the orders where you need to do something"))):
            button = QPushButton()
            button.setObjectName(f"today-{kind}")
            button.setFlat(True)
            button.setToolTip(tip)
            button.clicked.connect(lambda _=False, chosen=kind: self.listRequested.emit(chosen))
            button.setVisible(False)
            self.buttons[kind] = button
            layout.addWidget(button)
        layout.addStretch(1)

    def show_counts(self, counts: TodayCounts | None) -> None:
        self.counts = counts
        if counts is None:
            for button in self.buttons.values():
                button.setVisible(False)
            return
        locale = QLocale()
        texts = {
            SHIPPED_TODAY: tr("Shipped today: {count}").format(count=locale.toString(counts.shipped_today)),
            BLOCKED: tr("Blocked: {count}").format(count=locale.toString(counts.blocked)),
            NEEDS_ATTENTION: tr("Needs attention: {count}").format(count=locale.toString(counts.needs_attention)),
        }
        for kind, button in self.buttons.items():
            button.setText(texts[kind])
            button.setVisible(True)

    def text(self) -> str:
        """The whole line as one sentence (the tray tooltip's, and what a screen reader says)."""
        return summary_text(self.counts) if self.counts is not None else ""

    def tray_text(self) -> str:
        """For the tray tooltip's last line; empty until the first count."""
        return self.text()
