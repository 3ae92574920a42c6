"""Mutations and the step of life: what a merchant sees happen to orders over time."""

from __future__ import annotations

from collections import Counter

import pytest
from sandbox_helpers import FakeClock

from tpop_desktop.core.models import BlockReason, Customer, Destination, Item, Platform, Status
from tpop_desktop.sandbox import catalog
from tpop_desktop.sandbox.state import ManualOrderRequest, SandboxState


@pytest.fixture
def state(clock: FakeClock) -> SandboxState:
    return SandboxState(seed=5, now=clock, order_count=60)


def first(state: SandboxState, status: Status) -> str:
    return next(o.reference for o in state.orders() if o.status is status)


def test_ship_adds_a_shipment_stamped_with_the_clock(state: SandboxState, clock: FakeClock) -> None:
    reference = first(state, Status.PRODUCTION)
    when = clock.advance(minutes=5)
    shipped = state.ship(reference, carrier=catalog.LA_POSTE)
    assert shipped.status is Status.SHIPPED
    assert shipped.updated_at == when == shipped.shipped_at
    assert shipped.latest_shipment.carrier == catalog.LA_POSTE
    assert shipped.latest_shipment.tracking_url.endswith(shipped.latest_shipment.tracking_number)
    assert state.order(reference) == shipped


def test_deliver_marks_the_latest_shipment(state: SandboxState, clock: FakeClock) -> None:
    reference = first(state, Status.SHIPPED)
    when = clock.advance(hours=1)
    delivered = state.deliver(reference)
    assert delivered.status is Status.DELIVERED
    assert delivered.delivered_at == when


def test_deliver_without_shipment_ships_first(state: SandboxState) -> None:
    delivered = state.deliver(first(state, Status.OPEN))
    assert delivered.status is Status.DELIVERED and len(delivered.shipments) == 1


def test_block_and_unblock(state: SandboxState) -> None:
    reference = first(state, Status.PRODUCTION)
    blocked = state.block(reference, BlockReason.PAYMENT, "insufficient_funds")
    assert (blocked.status, blocked.block_reason, blocked.block_detail) == (
        Status.BLOCKED, BlockReason.PAYMENT, "insufficient_funds")
    resumed = state.set_status(reference, Status.PRODUCTION)
    assert resumed.status is Status.PRODUCTION and resumed.block_reason is None and resumed.block_detail == ""


@pytest.mark.parametrize("status", list(Status))
def test_set_status_reaches_every_status_consistently(state: SandboxState, status: Status) -> None:
    changed = state.set_status(first(state, Status.OPEN), status)
    assert changed.status is status
    assert (changed.block_reason is not None) == (status is Status.BLOCKED)
    if status in (Status.SHIPPED, Status.DELIVERED):
        assert changed.shipments


def test_add_order_is_a_new_open_order_with_overrides(state: SandboxState, clock: FakeClock) -> None:
    shop = catalog.SHOPS[2]
    before = len(state.orders())
    order = state.add_order(shop=shop)
    assert len(state.orders()) == before + 1
    assert order.status is Status.OPEN and order.shop == shop
    assert order.created_at == order.updated_at == clock()
    assert order.reference not in {o.reference for o in state.orders()[:-1]}


def test_tick_moves_orders_forward_and_stamps_them(state: SandboxState, clock: FakeClock) -> None:
    before = {o.reference: o for o in state.orders()}
    when = clock.advance(seconds=15)
    changed = state.tick()
    assert changed
    after = {o.reference: o for o in state.orders()}
    rank = {Status.OPEN: 0, Status.BLOCKED: 1, Status.PRODUCTION: 1, Status.SHIPPED: 2, Status.DELIVERED: 3}
    forward = [r for r in changed if r in before and rank[after[r].status] > rank[before[r].status]]
    assert forward, "a tick must move at least one existing order forward"
    assert all(after[r].updated_at == when for r in changed)
    unchanged = set(before) - set(changed)
    assert all(after[r] == before[r] for r in unchanged)


def test_many_ticks_bring_new_orders_shipments_and_deliveries(state: SandboxState, clock: FakeClock) -> None:
    start = Counter(o.status for o in state.orders())
    for _ in range(20):
        clock.advance(seconds=15)
        state.tick()
    end = Counter(o.status for o in state.orders())
    assert sum(end.values()) > sum(start.values())
    assert end[Status.DELIVERED] > start[Status.DELIVERED]


def test_the_demos_quiet_tick_changes_one_order_at_a_time(state: SandboxState, clock: FakeClock) -> None:
    """A merchant's day: each step one change, so a one-minute sync names each order on its own."""
    kinds = Counter()
    for _ in range(60):
        before = {o.reference: o for o in state.orders()}
        clock.advance(seconds=40)
        changed = state.tick_one()
        after = {o.reference: o for o in state.orders()}
        differing = {r for r in after if before.get(r) != after[r]}
        assert len(changed) <= 1 and differing == set(changed)
        for reference in changed:
            kinds["new" if reference not in before else after[reference].status.value] += 1
    assert sum(kinds.values()) >= 50 and kinds["new"] and kinds["shipped"] and kinds["delivered"]


def test_ticks_are_deterministic_for_a_seed() -> None:
    runs = []
    for _ in range(2):
        clock = FakeClock()
        state = SandboxState(seed=8, now=clock, order_count=40)
        for _ in range(5):
            clock.advance(seconds=15)
            state.tick()
        runs.append(state.orders())
    assert runs[0] == runs[1]


def test_manual_orders_land_in_the_manual_shop(state: SandboxState) -> None:
    request = ManualOrderRequest(Customer("Zoë Martin"), Destination("FR", "75011", "Paris"), (Item("Mug"),))
    order = state.create_manual_order(request, "key-1")
    again = state.create_manual_order(request, "key-1")
    assert again == order
    assert state.manual_orders == [order]
    assert order.shop.platform is Platform.MANUAL and order.status is Status.OPEN
