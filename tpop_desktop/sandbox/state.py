"""The sandbox account's live state: the generated history plus everything that happens next.

Independent of HTTP so tests (and later shop sandboxes) can drive it directly. Every
change stamps ``updated_at`` with the injected clock, which is what incremental sync
relies on.
"""

from __future__ import annotations

import random
import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta

from tpop_desktop.core.models import (
    Account,
    BlockReason,
    Customer,
    Destination,
    Item,
    Order,
    Shipment,
    Shop,
    Status,
)
from tpop_desktop.sandbox import catalog
from tpop_desktop.sandbox.generator import HISTORY_DAYS, OrderFactory, generate_history

LOST_AFTER = timedelta(days=20)  # shipped longer ago than this: the tick leaves it undelivered


@dataclass(frozen=True, slots=True)
class ManualOrderRequest:
    customer: Customer
    destination: Destination
    items: tuple[Item, ...]
    shop_id: str | None = None
    note: str = ""


class UnknownShopError(LookupError):
    """A manual order names a shop the account does not have."""


def _utc_now() -> datetime:
    return datetime.now(UTC)


class SandboxState:
    """Thread-safe orders of one generated account."""

    def __init__(
        self, seed: int = 1, *, now: Callable[[], datetime] | None = None, order_count: int = 300,
        hostile: bool = True, history_days: int = HISTORY_DAYS,
    ) -> None:
        self._clock = now or _utc_now
        self._lock = threading.RLock()
        self._factory = OrderFactory(random.Random(seed))
        self._life = random.Random(f"life-{seed}")
        history = generate_history(self._factory, self.now(), order_count, hostile=hostile, days=history_days)
        self._orders: dict[str, Order] = {order.reference: order for order in history}
        self._manual_refs: list[str] = []
        self._idempotency: dict[str, str] = {}
        self.account: Account = catalog.ACCOUNT
        self.shops: tuple[Shop, ...] = catalog.SHOPS

    def now(self) -> datetime:
        value = self._clock()
        if value.tzinfo is None:
            raise ValueError("the sandbox clock must return aware datetimes")
        return value.astimezone(UTC)

    # --- reading ------------------------------------------------------------------

    def orders(self) -> list[Order]:
        with self._lock:
            return sorted(self._orders.values(), key=lambda o: (o.created_at, o.reference))

    def order(self, reference: str) -> Order:
        with self._lock:
            return self._orders[reference]

    @property
    def manual_orders(self) -> list[Order]:
        with self._lock:
            return [self._orders[ref] for ref in self._manual_refs]

    def list_orders(
        self, *, since: datetime | None, after: tuple[datetime, str] | None, limit: int
    ) -> tuple[list[Order], bool, datetime]:
        """One keyset page in (updated_at, reference) order, whether more follow, and the time."""
        with self._lock:
            server_time = self.now()
            rows = sorted(
                (o for o in self._orders.values() if since is None or o.updated_at >= since),
                key=lambda o: (o.updated_at, o.reference),
            )
        if after is not None:
            rows = [o for o in rows if (o.updated_at, o.reference) > after]
        return rows[:limit], len(rows) > limit, server_time

    # --- changes ------------------------------------------------------------------

    def _store(self, order: Order, **changes: object) -> Order:
        stamp = max(self.now(), order.updated_at)
        updated = replace(order, updated_at=stamp, **changes)  # type: ignore[arg-type]
        self._orders[updated.reference] = updated
        return updated

    def ship(self, reference: str, *, carrier: str | None = None) -> Order:
        with self._lock:
            order = self._orders[reference]
            shipment = self._factory.shipment(order.destination, self.now(), carrier)
            return self._store(
                order, status=Status.SHIPPED, shipments=(*order.shipments, shipment), block_reason=None, block_detail=""
            )

    def deliver(self, reference: str) -> Order:
        with self._lock:
            order = self._orders[reference]
            if not order.shipments:
                order = self.ship(reference)
            last = order.shipments[-1]
            delivered = Shipment(last.carrier, last.tracking_number, last.tracking_url, last.shipped_at, self.now())
            return self._store(
                order, status=Status.DELIVERED, shipments=(*order.shipments[:-1], delivered),
                block_reason=None, block_detail="",
            )

    def block(self, reference: str, reason: BlockReason, detail: str = "") -> Order:
        with self._lock:
            order = self._orders[reference]
            return self._store(order, status=Status.BLOCKED, block_reason=BlockReason(reason), block_detail=detail)

    def set_status(self, reference: str, status: Status) -> Order:
        status = Status(status)
        with self._lock:
            if status is Status.SHIPPED:
                order = self._orders[reference]
                if not order.shipments:
                    return self.ship(reference)
            if status is Status.DELIVERED:
                return self.deliver(reference)
            if status is Status.BLOCKED:
                return self.block(reference, BlockReason.PAYMENT, "generic_decline")
            return self._store(self._orders[reference], status=status, block_reason=None, block_detail="")

    def add_order(self, **overrides: object) -> Order:
        """A new open order placed now; ``overrides`` replace any of its fields."""
        with self._lock:
            order = self._factory.new_order(self.now())
            order = replace(order, **overrides)  # type: ignore[arg-type]
            self._orders[order.reference] = order
            return order

    def create_manual_order(self, request: ManualOrderRequest, idempotency_key: str | None = None) -> Order:
        with self._lock:
            if idempotency_key and idempotency_key in self._idempotency:
                return self._orders[self._idempotency[idempotency_key]]
            shop = catalog.MANUAL_SHOP
            if request.shop_id:
                shop = next((s for s in self.shops if s.id == request.shop_id), None)  # type: ignore[assignment]
                if shop is None:
                    raise UnknownShopError(request.shop_id)
            now = self.now()
            order = Order(
                reference=self._factory.reference(),
                shop=shop,
                shop_order_number="",
                created_at=now,
                updated_at=now,
                status=Status.OPEN,
                customer=request.customer,
                destination=request.destination,
                items=request.items,
            )
            self._orders[order.reference] = order
            self._manual_refs.append(order.reference)
            if idempotency_key:
                self._idempotency[idempotency_key] = order.reference
            return order

    def tick_one(self) -> list[str]:
        """A quieter step of life, as a merchant's day goes: exactly one order changes (or none when
        nothing can: the step is skipped). The demo ticks this way so each change is its own notification."""
        rng = self._life
        with self._lock:
            now = self.now()

            def pick(status: Status, extra: Callable[[Order], bool] = lambda o: True) -> str | None:
                refs = sorted(ref for ref, o in self._orders.items() if o.status is status and extra(o))
                return rng.choice(refs) if refs else None

            steps: list[tuple[Callable[[], str | None], Callable[[str], object]]] = [
                (lambda: "", lambda _r: None),  # a new order (below)
                (lambda: pick(Status.OPEN, lambda o: o.created_at <= now - timedelta(seconds=1)),
                 lambda r: self.set_status(r, Status.PRODUCTION)),
                (lambda: pick(Status.PRODUCTION), self.ship),
                (lambda: pick(Status.SHIPPED, lambda o: o.shipped_at is not None and now - o.shipped_at < LOST_AFTER),
                 self.deliver),
                (lambda: pick(Status.PRODUCTION), lambda r: self.block(r, *self._factory.block())),
                (lambda: pick(Status.BLOCKED), lambda r: self.set_status(r, Status.PRODUCTION)),
            ]
            choice = rng.choices(range(len(steps)), weights=(20, 20, 30, 20, 5, 5))[0]
            if choice == 0:
                return [self.add_order().reference]
            find, move = steps[choice]
            reference = find()
            if reference is None:
                return []
            move(reference)
            return [reference]

    def tick(self) -> list[str]:
        """One step of life: orders arrive, move through production, ship, get delivered."""
        rng = self._life
        changed: list[str] = []
        with self._lock:
            now = self.now()
            for _ in range(rng.choices((0, 1, 2), weights=(35, 50, 15))[0]):
                changed.append(self.add_order().reference)

            def pick(status: Status, extra: Callable[[Order], bool] = lambda o: True) -> str | None:
                refs = sorted(
                    ref for ref, o in self._orders.items() if o.status is status and ref not in changed and extra(o)
                )
                return rng.choice(refs) if refs else None

            moves: list[tuple[str | None, Callable[[str], Order]]] = [
                (pick(Status.OPEN, lambda o: o.created_at <= now - timedelta(seconds=1)),
                 lambda r: self.set_status(r, Status.PRODUCTION)),
                (pick(Status.PRODUCTION), self.ship),
                (pick(Status.SHIPPED, lambda o: o.shipped_at is not None and now - o.shipped_at < LOST_AFTER),
                 self.deliver),
            ]
            for reference, move in moves:
                if reference is not None:
                    move(reference)
                    changed.append(reference)
            roll = rng.random()
            if roll < 0.15:
                reference = pick(Status.PRODUCTION) or pick(Status.OPEN)
                if reference is not None:
                    reason, detail = self._factory.block()
                    self.block(reference, reason, detail)
                    changed.append(reference)
            elif roll < 0.30:
                reference = pick(Status.BLOCKED)
                if reference is not None:
                    self.set_status(reference, Status.PRODUCTION)
                    changed.append(reference)
        return changed
