"""The real app with a real tray and a carrier key: a parcel starts waiting at a post office while it runs.

The sessions' clock is moved nine hours after the first refresh so the parcel is due again;
prints what the app notified, then the reference expected.
"""

import sys
import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from tpop_desktop.controller import AppController
from tpop_desktop.core.models import Status
from tpop_desktop.core.parcel import ParcelStatus
from tpop_desktop.credentials import SessionCredentials, carrier_user
from tpop_desktop.profile import Profile
from tpop_desktop.sandbox.parcel_story import LA_POSTE_FAMILY
from tpop_desktop.sandbox.server import SandboxServer

clock = [datetime.now(timezone.utc)]
app = QApplication(sys.argv[:1])
sandbox = SandboxServer("tray-parcel-token", seed=3, now=lambda: clock[0])
sandbox.start()
credentials = SessionCredentials()
credentials.set(carrier_user("laposte"), sandbox.carrier_keys()["laposte"])
controller = AppController(Profile.in_folder(Path(tempfile.mkdtemp())), api_url=sandbox.base_url,
                           token="tray-parcel-token", credentials=credentials,
                           carrier_urls=sandbox.carrier_base_urls(), now=lambda: clock[0])
print("tray available:", controller.tray is not None and controller.tray.isVisible(), flush=True)
chosen: dict[str, str] = {}


def refreshed(update) -> None:
    if chosen:
        return
    tracking = controller.session.tracking
    showcase = set(sandbox.carriers.world.scenarios)
    order = next(o for o in sandbox.orders() if o.status is Status.SHIPPED and o.latest_shipment
                 and o.latest_shipment.carrier in LA_POSTE_FAMILY
                 and o.latest_shipment.tracking_number not in showcase
                 and (p := tracking.parcel_of(o)) is not None and p.status is ParcelStatus.IN_TRANSIT)
    chosen["reference"] = order.reference
    sandbox.set_parcel_scenario(order.reference, "pickup")
    clock[0] += timedelta(hours=9)
    controller.sync_now()


def shown(title: str, body: str, reference: str) -> None:
    print("shown:", title, "|", body, flush=True)
    if reference and reference == chosen.get("reference"):
        QTimer.singleShot(1500, controller.quit)


def opened(_first_sync_ok: bool) -> None:
    controller.session.tracking.parcelsChanged.connect(refreshed)  # the session exists once it has synced


controller.notifier.shown.connect(shown)
controller.firstSyncDone.connect(opened)
controller.start(demo=False)
QTimer.singleShot(45000, controller.quit)  # never hang a test run
app.exec()
sandbox.stop()
print("expected reference:", chosen.get("reference", ""), flush=True)
