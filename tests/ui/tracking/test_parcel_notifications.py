"""What the carrier says that is new becomes a notification: a few named one by one, many summarised,
each kind switched off on its own, never for a parcel the app sees for the first time."""

from __future__ import annotations

from tpop_desktop.core.models import Status
from tpop_desktop.core.parcel import ParcelStatus
from tpop_desktop.sandbox.parcel_story import LA_POSTE_FAMILY, Scenario


def in_transit_orders(controller, world) -> list:
    tracking = controller.session.tracking
    chosen = set(world.carriers.world.scenarios)
    return [o for o in world.orders() if o.status is Status.SHIPPED and o.latest_shipment
            and o.latest_shipment.carrier in LA_POSTE_FAMILY and o.latest_shipment.tracking_number not in chosen
            and (p := tracking.parcel_of(o)) is not None and p.status is ParcelStatus.IN_TRANSIT]


def later_refresh(qtbot, controller, clock) -> None:
    """Nine hours later, after a sync: the parcels in transit are due again."""
    clock.advance(hours=9)
    with qtbot.waitSignal(controller.session.tracking.parcelsChanged, timeout=30000):
        controller.sync_now()


def test_parcel_changes_are_notified_but_not_first_answers(qtbot, start_app, world, clock):
    shown: list[tuple[str, str, str]] = []
    controller = start_app(keys=("laposte",))
    controller.notifier.shown.connect(lambda *message: shown.append(message))
    assert shown == []  # the first refresh answered about every parcel: none is news
    first, second, *others = in_transit_orders(controller, world)
    world.set_parcel_scenario(first.reference, Scenario.PICKUP.value)
    later_refresh(qtbot, controller, clock)
    point = controller.session.tracking.parcel_of(first).pickup_point.name
    assert shown == [(f"Order {first.reference} waits for pickup", f"At {point}", first.reference)]

    controller.current_settings.set_notify("parcel_pickup", False)
    world.set_parcel_scenario(second.reference, Scenario.PICKUP.value)
    later_refresh(qtbot, controller, clock)
    assert controller.session.tracking.parcel_of(second).status is ParcelStatus.AVAILABLE_FOR_PICKUP
    assert len(shown) == 1  # switched off: nothing said

    for order, scenario in zip(others[:4], (Scenario.CUSTOMS, Scenario.CUSTOMS, Scenario.RETURNED, Scenario.RETURNED),
                               strict=True):
        world.set_parcel_scenario(order.reference, scenario.value)
    later_refresh(qtbot, controller, clock)
    assert shown[1:] == [("4 parcel updates", "2 with a problem, 2 returned to sender", "")]
