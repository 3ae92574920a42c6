"""Help > About: the version, the licence and where to learn more."""

from __future__ import annotations

import platform

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QVBoxLayout, QWidget

from tpop_desktop import __version__
from tpop_desktop.core.tpop_urls import HELP_CENTRE_URL
from tpop_desktop.ui.links import open_external
from tpop_desktop.ui.texts import tr
from tpop_desktop.ui.widgets import heading_label, plain_label

PROJECT_URL = "https://github.com/tpop-desktop/tpop-desktop"


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("About TPOP Desktop"))
        layout = QVBoxLayout(self)
        title = heading_label(tr("TPOP Desktop {version}").format(version=__version__))
        title.setObjectName("about-title")
        layout.addWidget(title)
        layout.addWidget(plain_label(tr(
            "Every TPOP order, its tracking and what to do next, in one window. An independent companion "
            "app for TPOP merchants; TPOP is a trademark of its owner.")))
        layout.addWidget(plain_label(tr("Licence: MIT. Your token stays in your system's keyring.")))
        self.versions = plain_label(tr("Qt {qt}, PySide6 {pyside}, Python {python}").format(
            qt=qVersion(), pyside=pyside_version, python=platform.python_version()), selectable=True)
        layout.addWidget(self.versions)
        self.help_button = QPushButton(tr("TPOP help centre"))
        self.help_button.clicked.connect(lambda: open_external(HELP_CENTRE_URL))
        layout.addWidget(self.help_button)
        self.project_button = QPushButton(tr("Project page and security policy"))
        self.project_button.clicked.connect(lambda: open_external(PROJECT_URL))
        layout.addWidget(self.project_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
