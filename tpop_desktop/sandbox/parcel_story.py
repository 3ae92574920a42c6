"""What the carriers know about the sandbox's parcels: each shipment's story, step by step.

A story is a list of carrier-neutral steps with their times, derived from the TPOP order
(shipped at, delivered at) so that TPOP and the carriers agree; the carrier routes render it
in La Poste's, DHL's or 17TRACK's own codes. Only the steps whose time has come (on the
sandbox's clock) are visible, so parcels move as the clock advances. Parcels shipped while
the sandbox runs tell their story in minutes instead of hours, so the demo shows movement.

A few parcels are chosen at start-up to show the cases the app explains: one waiting at a
post office, one held at customs, one returned to its sender, one handed to a foreign
partner (with the partner's own number), one out for delivery, and one whose tracking
never activates ("not yet available").
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from tpop_desktop.core.models import Order, Status
from tpop_desktop.core.tracking import normalize
from tpop_desktop.sandbox import catalog
from tpop_desktop.sandbox.state import SandboxState

LA_POSTE_FAMILY = (catalog.LA_POSTE, catalog.COLISSIMO, catalog.CHRONOPOST)
DHL_FAMILY = (catalog.DHL_EXPRESS,)
AGGREGATED = (catalog.MONDIAL_RELAY, catalog.DPD)
OUTSIDE_EU = ("CH", "GB", "NO", "US", "CA")
LIVE_SPEED = 60  # a parcel shipped during the demo lives an hour per minute
PARTNERS = {"BE": "bpost", "DE": "Deutsche Post"}
_H = timedelta(hours=1)


class Step(StrEnum):
    LABEL = "label"  # the label's data reached the carrier
    ACCEPTED = "accepted"
    SORTING = "sorting"
    ABROAD = "abroad"  # sorting in the destination country
    CUSTOMS_IN = "customs_in"
    CUSTOMS_HELD = "customs_held"
    CUSTOMS_OUT = "customs_out"
    OUT_FOR_DELIVERY = "out_for_delivery"
    FAILED = "failed"  # nobody home, did not fit the letterbox
    PICKUP = "pickup"  # waits at a post office or relay point
    DELIVERED = "delivered"
    RETURNING = "returning"
    RETURNED = "returned"


class Scenario(StrEnum):
    NORMAL = "normal"
    PICKUP = "pickup"
    CUSTOMS = "customs"
    RETURNED = "returned"
    PARTNER = "partner"
    OUT_FOR_DELIVERY = "out_for_delivery"
    NOT_YET = "not_yet"
    RELAY = "relay"  # delivered to a relay point, where the customer collects it (Mondial Relay)


# Planned hours after shipping; a delivered order's plan is stretched to end at its delivery.
_NORMAL = ((Step.LABEL, 3), (Step.ACCEPTED, 10), (Step.SORTING, 20), (Step.OUT_FOR_DELIVERY, 52),
           (Step.DELIVERED, 58))
_ABROAD = ((Step.LABEL, 3), (Step.ACCEPTED, 10), (Step.SORTING, 20), (Step.ABROAD, 44),
           (Step.OUT_FOR_DELIVERY, 70), (Step.DELIVERED, 76))
_PLANS: dict[Scenario, tuple[tuple[Step, float], ...]] = {
    Scenario.PICKUP: ((Step.LABEL, 3), (Step.ACCEPTED, 10), (Step.SORTING, 20), (Step.OUT_FOR_DELIVERY, 46),
                      (Step.FAILED, 49), (Step.PICKUP, 52)),
    Scenario.CUSTOMS: ((Step.LABEL, 3), (Step.ACCEPTED, 10), (Step.SORTING, 20), (Step.CUSTOMS_IN, 40),
                       (Step.CUSTOMS_HELD, 46)),
    Scenario.RETURNED: ((Step.LABEL, 3), (Step.ACCEPTED, 10), (Step.SORTING, 20), (Step.OUT_FOR_DELIVERY, 40),
                        (Step.FAILED, 42), (Step.RETURNING, 60), (Step.SORTING, 70), (Step.RETURNED, 96)),
    Scenario.PARTNER: ((Step.LABEL, 3), (Step.ACCEPTED, 10), (Step.SORTING, 20), (Step.ABROAD, 44)),
    Scenario.OUT_FOR_DELIVERY: ((Step.LABEL, 3), (Step.ACCEPTED, 10), (Step.SORTING, 20),
                                (Step.OUT_FOR_DELIVERY, 40)),
    Scenario.NOT_YET: (),
    Scenario.RELAY: ((Step.LABEL, 3), (Step.ACCEPTED, 10), (Step.SORTING, 20), (Step.PICKUP, 48)),
}


@dataclass(frozen=True)
class Parcel:
    """One sandbox shipment as its carrier sees it."""

    number: str  # normalised
    carrier: str
    order: Order
    scenario: Scenario
    steps: tuple[tuple[datetime, Step], ...]  # the whole story, oldest first

    @property
    def country(self) -> str:
        return self.order.destination.country

    def visible(self, now: datetime) -> list[tuple[datetime, Step]]:
        """The steps that happened by ``now``, newest first."""
        return [pair for pair in reversed(self.steps) if pair[0] <= now]

    @property
    def partner(self) -> tuple[str, str] | None:
        """(partner name, the partner's own number) for a parcel handed to a foreign network."""
        name = PARTNERS.get(self.country)
        if self.scenario is not Scenario.PARTNER or name is None:
            return None
        digest = hashlib.sha256(self.number.encode()).hexdigest()
        return name, "3232" + str(int(digest[:14], 16))[:14].rjust(14, "0")


class ParcelWorld:
    """The sandbox's parcels, looked up by number, with their scenarios chosen once."""

    def __init__(self, state: SandboxState) -> None:
        self._state = state
        self._start = state.now()
        self.scenarios: dict[str, Scenario] = _choose_scenarios(state.orders(), self._start)

    def now(self) -> datetime:
        return self._state.now()

    def parcel(self, number: str) -> Parcel | None:
        return self.find([number]).get(normalize(number))

    def find(self, numbers: list[str]) -> dict[str, Parcel]:
        """The shipped parcels with these numbers (normalised), in one pass over the orders."""
        wanted = {normalize(n) for n in numbers}
        found: dict[str, Parcel] = {}
        for order in self._state.orders():
            shipment = order.latest_shipment
            if shipment is None or order.status not in (Status.SHIPPED, Status.DELIVERED):
                continue
            number = normalize(shipment.tracking_number)
            if number in wanted:
                found[number] = self._parcel(order, number)
        return found

    def parcels(self, carriers: tuple[str, ...]) -> list[Parcel]:
        """Every shipped parcel of these carriers (for tests and demos)."""
        found = []
        for order in self._state.orders():
            shipment = order.latest_shipment
            if shipment is not None and shipment.carrier in carriers and order.status in (
                    Status.SHIPPED, Status.DELIVERED):
                found.append(self._parcel(order, normalize(shipment.tracking_number)))
        return found

    def _parcel(self, order: Order, number: str) -> Parcel:
        shipment = order.latest_shipment
        assert shipment is not None and shipment.shipped_at is not None
        default = Scenario.RELAY if shipment.carrier == catalog.MONDIAL_RELAY else Scenario.NORMAL
        scenario = self.scenarios.get(number, default)
        delivered = shipment.delivered_at if order.status is Status.DELIVERED else None
        if delivered is not None and scenario in (Scenario.RETURNED, Scenario.NOT_YET):
            scenario = Scenario.NORMAL  # TPOP says delivered: the carrier agrees
        steps = _story(shipment.shipped_at, delivered, scenario, order.destination.country,
                       live=shipment.shipped_at >= self._start, cutoff=self._start)
        return Parcel(number, shipment.carrier, order, scenario, steps)


def told_parcel(order: Order, scenario: Scenario = Scenario.NORMAL, *, now: datetime) -> Parcel:
    """An order's parcel told at the carriers' own pace, for tools outside the sandbox (the benchmark)."""
    shipment = order.latest_shipment
    if shipment is None or shipment.shipped_at is None:
        raise ValueError(f"{order.reference} has not shipped")
    delivered = shipment.delivered_at if order.status is Status.DELIVERED else None
    steps = _story(shipment.shipped_at, delivered, scenario, order.destination.country, live=False, cutoff=now)
    return Parcel(normalize(shipment.tracking_number), shipment.carrier, order, scenario, steps)


def _story(shipped: datetime, delivered: datetime | None, scenario: Scenario, country: str, *,
           live: bool, cutoff: datetime) -> tuple[tuple[datetime, Step], ...]:
    if scenario is Scenario.NORMAL:
        plan = _ABROAD if country != "FR" else _NORMAL
        if delivered is None:
            plan = tuple(p for p in plan if p[0] not in (Step.OUT_FOR_DELIVERY, Step.DELIVERED))
    else:
        plan = _PLANS[scenario]
        if delivered is not None:  # collected, released or delivered after all
            extra = (Step.CUSTOMS_OUT,) if scenario is Scenario.CUSTOMS else ()
            plan = (*plan, *((s, plan[-1][1] + 1) for s in extra), (Step.DELIVERED, plan[-1][1] + 2))
    if not plan:
        return ()
    last = plan[-1][1]
    if delivered is not None:
        scale = max(delivered - shipped, timedelta(minutes=1)) / (last * _H)
    elif live:
        scale = 1 / LIVE_SPEED
    elif scenario is not Scenario.NORMAL and shipped + last * _H > cutoff - _H:
        scale = max((cutoff - _H - shipped) / (last * _H), 0.01)  # the case shows from the first minute
    else:
        scale = 1.0
    return tuple((shipped + hours * scale * _H, step) for step, hours in plan)


def _choose_scenarios(orders: list[Order], now: datetime) -> dict[str, Scenario]:
    """Pick the showcase parcels among the La Poste family's shipped, undelivered parcels."""
    pool = sorted((o for o in orders if o.status is Status.SHIPPED and o.latest_shipment is not None
                   and o.latest_shipment.carrier in LA_POSTE_FAMILY and o.shipped_at is not None),
                  key=lambda o: (o.shipped_at, o.reference))
    chosen: dict[str, Scenario] = {}

    def take(scenario: Scenario, fits, newest: bool = False) -> None:  # type: ignore[no-untyped-def]
        candidates = [o for o in (reversed(pool) if newest else pool)
                      if normalize(o.latest_shipment.tracking_number) not in chosen and fits(o)]  # type: ignore[union-attr]
        if candidates:
            chosen[normalize(candidates[0].latest_shipment.tracking_number)] = scenario  # type: ignore[union-attr]

    # shipped long enough ago for the case to have happened, recently enough for the app to follow it
    settled = lambda o: timedelta(days=2) <= now - o.shipped_at <= timedelta(days=30)  # noqa: E731
    take(Scenario.NOT_YET, lambda o: True, newest=True)
    take(Scenario.PARTNER, lambda o: o.destination.country in PARTNERS and settled(o))
    take(Scenario.CUSTOMS, lambda o: o.destination.country in OUTSIDE_EU and settled(o))
    take(Scenario.CUSTOMS, lambda o: settled(o) and Scenario.CUSTOMS not in chosen.values())
    take(Scenario.RETURNED, lambda o: settled(o))
    take(Scenario.PICKUP, lambda o: o.destination.country == "FR" and settled(o))
    take(Scenario.PICKUP, lambda o: settled(o) and Scenario.PICKUP not in chosen.values())
    take(Scenario.OUT_FOR_DELIVERY, lambda o: settled(o), newest=True)
    return chosen
