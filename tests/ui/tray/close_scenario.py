"""The real app with a real tray: the window is closed, the close-to-tray notice answered, then Quit.

Prints each step; the test reads them and the exit code. The process must keep running after
the notice (the tray keeps syncing) and end cleanly, threads stopped, when Quit is chosen.
"""

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from tpop_desktop.controller import AppController
from tpop_desktop.profile import Profile
from tpop_desktop.sandbox.server import SandboxServer

app = QApplication(sys.argv[:1])
sandbox = SandboxServer("tray-close-token", seed=3)
sandbox.start()
controller = AppController(Profile.in_folder(Path(tempfile.mkdtemp())), api_url=sandbox.base_url,
                           token="tray-close-token")
print("tray available:", controller.tray is not None and controller.tray.isVisible(), flush=True)


def first_sync(_ok: bool) -> None:
    controller.window.close()  # the window's own close, as the title bar's button does
    print("window visible after close:", controller.window.isVisible(), flush=True)
    QTimer.singleShot(0, answer_notice)


def answer_notice() -> None:
    box = controller.close_notice
    print("notice shown:", box is not None and box.isVisible(), flush=True)
    box.finished.connect(lambda _result: QTimer.singleShot(0, after_notice))
    box.button(QMessageBox.StandardButton.Ok).click()


def after_notice() -> None:
    print("running after the notice:", controller.session is not None, flush=True)
    controller.sync_now()  # the tray keeps syncing
    controller.session.syncSucceeded.connect(lambda _report: QTimer.singleShot(0, choose_quit))


def choose_quit() -> None:
    print("synced from the tray", flush=True)
    controller.tray.quit_action.trigger()


controller.firstSyncDone.connect(first_sync)
controller.start(demo=False)
QTimer.singleShot(60000, lambda: (print("timed out", flush=True), app.exit(3)))  # never hang a test run
code = app.exec()
sandbox.stop()
print("event loop ended:", code, flush=True)
sys.exit(code)
