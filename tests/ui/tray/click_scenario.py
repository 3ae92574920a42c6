"""The real app with a real tray: an order ships, its notification is clicked, the window opens on it.

Prints what it notified and which order the click opened; the test clicks through dunst.
"""

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from tpop_desktop.controller import AppController
from tpop_desktop.core.models import Status
from tpop_desktop.profile import Profile
from tpop_desktop.sandbox.server import SandboxServer

app = QApplication(sys.argv[:1])
sandbox = SandboxServer("tray-click-token", seed=3)
sandbox.start()
controller = AppController(Profile.in_folder(Path(tempfile.mkdtemp())), api_url=sandbox.base_url,
                           token="tray-click-token")
order = next(o for o in sandbox.orders() if o.status is Status.PRODUCTION)
print("expected reference:", order.reference, flush=True)


def first_sync(_ok: bool) -> None:
    controller.window.hide()  # in the tray, as after closing the window
    sandbox.ship(order.reference)
    controller.sync_now()


def shown(title: str, body: str, reference: str) -> None:
    print("shown:", title, "|", body, flush=True)


def opened(reference: str) -> None:
    QTimer.singleShot(0, lambda: report(reference))


def report(reference: str) -> None:
    detail = controller.window.detail.order
    print("opened:", reference, "| window visible:", controller.window.isVisible(),
          "| pane:", detail.reference if detail else None, flush=True)
    controller.quit()


controller.firstSyncDone.connect(first_sync)
controller.notifier.shown.connect(shown)
controller.notifier.openRequested.connect(opened)
controller.start(demo=False)
QTimer.singleShot(60000, lambda: (print("timed out", flush=True), app.exit(3)))  # never hang a test run
code = app.exec()
sandbox.stop()
sys.exit(code)
