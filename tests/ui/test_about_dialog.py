"""Help > About tells the version and opens only its https links."""

from __future__ import annotations

import subprocess
import sys

from PySide6.QtCore import Qt

from tpop_desktop import __version__
from tpop_desktop.ui.main_window import MainWindow


def test_about_shows_the_version_and_opens_the_help_centre(qtbot, opened_urls):
    window = MainWindow()
    qtbot.addWidget(window)
    window.actions.about.trigger()
    dialog = window.about_dialog
    assert __version__ in dialog.findChild(type(dialog.versions), "about-title").text()
    qtbot.mouseClick(dialog.help_button, Qt.MouseButton.LeftButton)
    assert opened_urls.urls == ["https://help.tpop.com/en/"]


def test_the_command_line_prints_the_version():
    result = subprocess.run([sys.executable, "-m", "tpop_desktop", "--version"], capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0
    assert result.stdout.strip() == f"tpop-desktop {__version__}"
