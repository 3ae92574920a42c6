"""The real app with a real tray: an order ships while it runs; prints what the app notified."""

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
sandbox = SandboxServer("tray-test-token", seed=3)
sandbox.start()
controller = AppController(Profile.in_folder(Path(tempfile.mkdtemp())), api_url=sandbox.base_url,
                           token="tray-test-token")
print("tray available:", controller.tray is not None and controller.tray.isVisible(), flush=True)
order = next(o for o in sandbox.orders() if o.status is Status.PRODUCTION)


def first_sync(ok: bool) -> None:
    sandbox.ship(order.reference)
    controller.sync_now()


def shown(title: str, body: str, reference: str) -> None:
    print("shown:", title, "|", body, flush=True)
    QTimer.singleShot(1500, controller.quit)


controller.firstSyncDone.connect(first_sync)
controller.notifier.shown.connect(shown)
controller.start(demo=False)
QTimer.singleShot(30000, controller.quit)  # never hang a test run
app.exec()
sandbox.stop()
print("expected reference:", order.reference, flush=True)
