"""Finding the sandbox's showcase parcels and showing an order in the detail pane."""

from __future__ import annotations

from tpop_desktop.core.models import Order
from tpop_desktop.sandbox.parcel_story import Scenario
from tpop_desktop.sandbox.server import SandboxServer


def scenario_order(world: SandboxServer, scenario: Scenario) -> Order:
    number = next(n for n, s in world.carriers.world.scenarios.items() if s is scenario)
    return next(o for o in world.orders() if o.latest_shipment and o.latest_shipment.tracking_number == number)


def show(qtbot, window, reference: str) -> None:
    qtbot.waitUntil(lambda: window.select_reference(reference), timeout=5000)
    qtbot.waitUntil(lambda: window.detail.order is not None and window.detail.order.reference == reference)
