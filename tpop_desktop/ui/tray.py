"""The tray icon: open the window, sync now, pause notifications, quit; counts in its tooltip."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from tpop_desktop.core.models import Status
from tpop_desktop.ui.texts import status_label, tr


def tray_available() -> bool:
    return QSystemTrayIcon.isSystemTrayAvailable()


class TrayIcon(QSystemTrayIcon):
    openRequested = Signal()
    syncRequested = Signal()
    quitRequested = Signal()
    pauseToggled = Signal(bool)

    def __init__(self, icon: QIcon, parent=None) -> None:
        super().__init__(icon, parent)
        menu = QMenu()
        self.open_action = QAction(tr("Open TPOP Desktop"), menu)
        self.open_action.triggered.connect(self.openRequested)
        self.sync_action = QAction(tr("Sync now"), menu)
        self.sync_action.triggered.connect(self.syncRequested)
        self.pause_action = QAction(tr("Pause notifications"), menu)
        self.pause_action.setCheckable(True)
        self.pause_action.toggled.connect(self.pauseToggled)
        self.quit_action = QAction(tr("Quit"), menu)
        self.quit_action.triggered.connect(self.quitRequested)
        for action in (self.open_action, self.sync_action, self.pause_action):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.quit_action)
        self._menu = menu
        self.setContextMenu(menu)
        self.activated.connect(self._on_activated)
        self.setToolTip(tr("TPOP Desktop"))

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger, QSystemTrayIcon.ActivationReason.DoubleClick):
            self.openRequested.emit()

    def show_counts(self, counts: dict[Status, int], extra: str = "") -> None:
        lines = [tr("TPOP Desktop")]
        lines += [f"{status_label(status)}: {counts[status]}" for status in Status if counts.get(status)]
        if extra:
            lines.append(extra)
        self.setToolTip("\n".join(lines))
