"""Preferences: how often to sync, which notifications to show, what closing the window does.

Features add pages of their own (Carrier tracking) as tabs next to the general one.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tpop_desktop.settings import MAX_INTERVAL_MIN, MIN_INTERVAL_MIN, Settings
from tpop_desktop.ui.texts import tr

LANGUAGES = (("en", "English"), ("fr", "Français"), ("de", "Deutsch"))  # each in its own language



class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None, *,
                 pages: Sequence[tuple[str, str, QWidget]] = (), language: str | None = None) -> None:
        """``pages``: (name, title, widget) tabs after the general one; a page's ``apply()`` runs on OK.

        ``language`` is the choice the next start reads (the merchant's own profile's, also
        while the demo's throw-away profile is open); the caller saves ``chosen_language``.
        """
        super().__init__(parent)
        self.setWindowTitle(tr("Settings"))
        self._settings = settings
        self._language = settings.language if language is None else language
        self.chosen_language = self._language
        outer = QVBoxLayout(self)
        self.tabs = QTabWidget()
        general = QWidget()
        layout = QVBoxLayout(general)

        form = QFormLayout()
        self.interval = QSpinBox()
        self.interval.setRange(MIN_INTERVAL_MIN, MAX_INTERVAL_MIN)
        self.interval.setSuffix(tr(" min"))
        self.interval.setValue(settings.sync_interval_minutes)
        form.addRow(tr("Sync with TPOP every"), self.interval)
        self.language = QComboBox()
        self.language.addItem(tr("System language"), "")
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(self._language)))
        form.addRow(tr("Language (after a restart)"), self.language)
        layout.addLayout(form)

        box = QGroupBox(tr("Notify me when an order"))
        box_layout = QVBoxLayout(box)
        self.notify_boxes: dict[str, QCheckBox] = {}
        for kind, label in (("shipped", tr("ships")), ("blocked", tr("gets blocked")),
                            ("delivered", tr("is delivered")), ("new", tr("arrives (new order)"))):
            check = QCheckBox(label)
            check.setChecked(settings.notify(kind))
            self.notify_boxes[kind] = check
            box_layout.addWidget(check)
        for kind, label in (("parcel_pickup", tr("waits for pickup (carrier tracking)")),
                            ("parcel_problem", tr("is held at customs or has a problem (carrier tracking)")),
                            ("parcel_returned", tr("is returned to its sender (carrier tracking)"))):
            check = QCheckBox(label)
            check.setChecked(settings.notify(kind))
            self.notify_boxes[kind] = check
            box_layout.addWidget(check)
        layout.addWidget(box)

        self.close_to_tray = QCheckBox(tr("Keep running in the tray when the window is closed"))
        self.close_to_tray.setChecked(settings.close_to_tray)
        layout.addWidget(self.close_to_tray)
        layout.addStretch(1)
        self.tabs.addTab(general, tr("General"))
        self.pages: dict[str, QWidget] = {}
        for name, title, page in pages:
            self.pages[name] = page
            self.tabs.addTab(page, title)
        outer.addWidget(self.tabs, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)

    def show_page(self, name: str) -> None:
        page = self.pages.get(name)
        if page is not None:
            self.tabs.setCurrentWidget(page)

    @property
    def language_changed(self) -> bool:
        return self.chosen_language != self._language

    def accept(self) -> None:
        self._settings.sync_interval_minutes = self.interval.value()
        self.chosen_language = self.language.currentData() or ""
        for kind, check in self.notify_boxes.items():
            self._settings.set_notify(kind, check.isChecked())
        self._settings.close_to_tray = self.close_to_tray.isChecked()
        self._settings.sync()
        for page in self.pages.values():
            apply = getattr(page, "apply", None)
            if callable(apply):
                apply()
        super().accept()
