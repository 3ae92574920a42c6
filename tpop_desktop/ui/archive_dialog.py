"""Asks how old delivered orders must be before they are archived, and says what archiving means."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QSpinBox, QVBoxLayout, QWidget

from tpop_desktop.ui.texts import tr
from tpop_desktop.ui.widgets import plain_label

ARCHIVE_DAYS_KEY = "archive/older_than_days"
DEFAULT_ARCHIVE_DAYS = 30
MIN_ARCHIVE_DAYS = 1
MAX_ARCHIVE_DAYS = 3650


def archive_days(value: object) -> int:
    """The setting as a usable number of days, whatever the settings file holds."""
    try:
        days = int(value)  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return DEFAULT_ARCHIVE_DAYS
    return max(MIN_ARCHIVE_DAYS, min(MAX_ARCHIVE_DAYS, days))


class ArchiveDialog(QDialog):
    """Opened with ``open()``; read ``days()`` once ``accepted`` is emitted."""

    def __init__(self, days: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Archive delivered orders"))
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(plain_label(tr("Archive orders delivered more than"), wrap=False))
        self.days_spin = QSpinBox()
        self.days_spin.setRange(MIN_ARCHIVE_DAYS, MAX_ARCHIVE_DAYS)
        self.days_spin.setValue(archive_days(days))
        self.days_spin.setSuffix(tr(" days ago"))
        self.days_spin.setAccessibleName(tr("Days since delivery"))
        row.addWidget(self.days_spin)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(plain_label(tr(
            "Archived orders are hidden from the list but keep their history. A search still finds them, "
            "\"Show archived\" lists them, and you can restore any of them.")))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Archive"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def days(self) -> int:
        return self.days_spin.value()
