"""TPOP's daily shop checks, as pure rules: does each shop order match TPOP's order?

TPOP writes its tracking into a shop order only when TPOP itself closed that order. So
the checks compare "TPOP shipped it" with "the shop has TPOP's tracking", and look for
paid shop orders that never reached TPOP. TPOP's tracking is always the authoritative one.

Rules:

- A TPOP order matches a shop order on (shop id, shop order number), "#1042" == "1042".
- TPOP not shipped yet (open, production, blocked, cancelled): ``WAITING``.
- TPOP shipped and the shop holds TPOP's latest tracking number: ``IN_SYNC``.
- TPOP shipped, the shop has no tracking: ``TRACKING_MISSING``, with the reason the
  data shows: the shop order is fulfilled/completed without it (closed by hand or
  automatically) or it is still open (TPOP could not write for another reason).
- TPOP shipped, the shop has other numbers only: ``TRACKING_DIFFERENT``.
- A paid shop order with TPOP products and no TPOP order, older than the grace period
  of its platform (Etsy is fetched 3 times a day): ``NOT_IN_TPOP``; younger: ``WAITING``.
- A TPOP order whose shop order was not read gets no result: nothing is invented.
  ``unknown_checks`` builds the ``UNKNOWN`` results for a shop that could not be read.

Results are plain values (``to_dict``/``from_dict``); advice is codes the UI translates.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from tpop_desktop.core.models import Order, Platform, Status
from tpop_desktop.core.shop_orders import (
    FulfillmentState,
    Money,
    ShopOrder,
    ShopTracking,
    normalize_order_number,
    normalize_tracking_number,
)


class ShopState(StrEnum):
    IN_SYNC = "in_sync"
    TRACKING_MISSING = "tracking_missing"  # shipped by TPOP, the shop order has no tracking
    TRACKING_DIFFERENT = "tracking_different"  # the shop has another number; TPOP's is authoritative
    NOT_IN_TPOP = "not_in_tpop"  # a paid shop order with TPOP products never reached TPOP
    WAITING = "waiting"  # nothing to compare yet
    UNKNOWN = "unknown"  # the shop is not connected or could not be read


class MissingReason(StrEnum):
    """Why TPOP's tracking is not in the shop order, as far as the shop's data shows."""

    CLOSED_MANUALLY_OR_AUTOMATICALLY = "closed_manually_or_automatically"
    NOT_CLOSED = "not_closed"


class ShopAdvice(StrEnum):
    """What the merchant can do; the UI turns each code into a translated sentence."""

    ADD_TPOP_TRACKING = "add_tpop_tracking"
    TPOP_TRACKING_IS_AUTHORITATIVE = "tpop_tracking_is_authoritative"
    DO_NOT_CLOSE_ORDERS_BY_HAND = "do_not_close_orders_by_hand"
    SHOPIFY_DO_NOT_AUTO_FULFILL = "shopify_do_not_auto_fulfill"  # "Do not automatically fulfill any of the order's line items"
    WOOCOMMERCE_NO_AUTO_COMPLETE = "woocommerce_no_auto_complete"  # no auto-complete plugin
    CHECK_PRODUCT_NOT_DUPLICATED = "check_product_not_duplicated"
    CHECK_SKU_AND_VARIANTS = "check_sku_and_variants"
    PLACE_MANUAL_ORDER = "place_manual_order"
    ETSY_FETCHED_THREE_TIMES_A_DAY = "etsy_fetched_three_times_a_day"
    RECONNECT_SHOP = "reconnect_shop"


class FixKind(StrEnum):
    """How TPOP's tracking would be written into the shop order."""

    UPDATE_FULFILLMENT_TRACKING = "update_fulfillment_tracking"  # Shopify, existing fulfillment
    CREATE_FULFILLMENT = "create_fulfillment"  # Shopify, unfulfilled order
    ADD_SHIPMENT_TRACKING = "add_shipment_tracking"  # WooCommerce Shipment Tracking extension
    ADD_CUSTOMER_NOTE = "add_customer_note"  # WooCommerce without the extension
    CREATE_RECEIPT_SHIPMENT = "create_receipt_shipment"  # Etsy: a receipt shipment (e-mails the buyer)


FIXABLE_STATES = frozenset({ShopState.TRACKING_MISSING, ShopState.TRACKING_DIFFERENT})
_SHIPPED = frozenset({Status.SHIPPED, Status.DELIVERED})


@dataclass(frozen=True, slots=True)
class PlatformRules:
    """What TPOP's help says about one shop platform, in one row (a new platform adds one)."""

    prevention: tuple[ShopAdvice, ...] = ()  # how to stop TPOP's tracking from going missing
    not_in_tpop: tuple[ShopAdvice, ...] = ()  # first advice for an order that never reached TPOP
    waiting: tuple[ShopAdvice, ...] = ()  # advice while a shop order is within its grace period
    fix_when_open: FixKind | None = None  # how tracking is written into an unfulfilled order
    fix_when_closed: FixKind | None = None  # ... into a fulfilled or partly fulfilled one


PLATFORM_RULES: dict[Platform, PlatformRules] = {
    Platform.SHOPIFY: PlatformRules(
        prevention=(ShopAdvice.SHOPIFY_DO_NOT_AUTO_FULFILL,),
        not_in_tpop=(ShopAdvice.SHOPIFY_DO_NOT_AUTO_FULFILL,),
        fix_when_open=FixKind.CREATE_FULFILLMENT,
        fix_when_closed=FixKind.UPDATE_FULFILLMENT_TRACKING,
    ),
    Platform.WOOCOMMERCE: PlatformRules(
        prevention=(ShopAdvice.WOOCOMMERCE_NO_AUTO_COMPLETE,),
        fix_when_open=FixKind.ADD_SHIPMENT_TRACKING,
        fix_when_closed=FixKind.ADD_SHIPMENT_TRACKING,
    ),
    Platform.ETSY: PlatformRules(
        waiting=(ShopAdvice.ETSY_FETCHED_THREE_TIMES_A_DAY,),
        fix_when_open=FixKind.CREATE_RECEIPT_SHIPMENT,
        fix_when_closed=FixKind.CREATE_RECEIPT_SHIPMENT,
    ),
}
_NO_RULES = PlatformRules()


def rules_for(platform: Platform) -> PlatformRules:
    return PLATFORM_RULES.get(platform, _NO_RULES)


@dataclass(frozen=True, slots=True)
class GracePolicy:
    """How long a paid shop order may be missing in TPOP before it is reported."""

    default: timedelta = timedelta(hours=2)
    etsy: timedelta = timedelta(hours=12)  # TPOP fetches Etsy orders 3 times a day

    @classmethod
    def from_hours(cls, default_hours: float = 2, etsy_hours: float = 12) -> GracePolicy:
        return cls(timedelta(hours=default_hours), timedelta(hours=etsy_hours))

    def for_platform(self, platform: Platform) -> timedelta:
        return self.etsy if platform is Platform.ETSY else self.default


@dataclass(frozen=True, slots=True)
class ShopCheck:
    """The result for one TPOP order or one shop order (``reference`` None: not in TPOP)."""

    reference: str | None
    shop_id: str
    platform: Platform
    shop_order_number: str
    state: ShopState
    reason: MissingReason | None = None
    tpop_tracking: ShopTracking | None = None
    shop_tracking: tuple[ShopTracking, ...] = ()
    advice: tuple[ShopAdvice, ...] = ()
    shop_order_id: str = ""
    shop_fulfillment: FulfillmentState | None = None
    fix_kind: FixKind | None = None
    ordered_at: datetime | None = None  # when the shop order was placed (a shop order not in TPOP)
    customer_name: str = ""  # its customer, so the merchant recognises it (personal data: never logged)
    total: Money | None = None  # what the buyer paid, where the shop says

    @property
    def key(self) -> tuple[str, str]:
        """(shop id, normalized shop order number): what a stored result is keyed on."""
        return self.shop_id, normalize_order_number(self.shop_order_number)

    @property
    def fixable(self) -> bool:
        return self.state in FIXABLE_STATES and self.fix_kind is not None and self.tpop_tracking is not None

    def to_dict(self) -> dict[str, Any]:
        return {
            "reference": self.reference,
            "shop_id": self.shop_id,
            "platform": self.platform.value,
            "shop_order_number": self.shop_order_number,
            "state": self.state.value,
            "reason": self.reason.value if self.reason else None,
            "tpop_tracking": self.tpop_tracking.to_dict() if self.tpop_tracking else None,
            "shop_tracking": [t.to_dict() for t in self.shop_tracking],
            "advice": [a.value for a in self.advice],
            "shop_order_id": self.shop_order_id,
            "shop_fulfillment": self.shop_fulfillment.value if self.shop_fulfillment else None,
            "fix_kind": self.fix_kind.value if self.fix_kind else None,
            "ordered_at": self.ordered_at.isoformat() if self.ordered_at else None,
            "customer_name": self.customer_name,
            "total": self.total.to_dict() if self.total else None,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ShopCheck:
        tpop_tracking = data.get("tpop_tracking")
        return cls(
            reference=data.get("reference"),
            shop_id=str(data["shop_id"]),
            platform=Platform(data["platform"]),
            shop_order_number=str(data.get("shop_order_number", "")),
            state=ShopState(data["state"]),
            reason=MissingReason(data["reason"]) if data.get("reason") else None,
            tpop_tracking=ShopTracking.from_dict(tpop_tracking) if tpop_tracking else None,
            shop_tracking=tuple(ShopTracking.from_dict(t) for t in data.get("shop_tracking", [])),
            advice=tuple(ShopAdvice(a) for a in data.get("advice", [])),
            shop_order_id=str(data.get("shop_order_id", "")),
            shop_fulfillment=FulfillmentState(data["shop_fulfillment"]) if data.get("shop_fulfillment") else None,
            fix_kind=FixKind(data["fix_kind"]) if data.get("fix_kind") else None,
            ordered_at=datetime.fromisoformat(data["ordered_at"]) if data.get("ordered_at") else None,
            customer_name=str(data.get("customer_name") or ""),
            total=Money.from_dict(data.get("total")),
        )


def check_shop(
    tpop_orders: Iterable[Order],
    shop_orders: Iterable[ShopOrder],
    now: datetime,
    grace: GracePolicy = GracePolicy(),
) -> list[ShopCheck]:
    """Compare TPOP's orders with the shop orders that were read; see the module rules."""
    by_key: dict[tuple[str, str], ShopOrder] = {}
    for shop_order in shop_orders:
        by_key[(shop_order.shop_id, normalize_order_number(shop_order.number))] = shop_order
    latest_tpop: dict[tuple[str, str], Order] = {}
    for order in tpop_orders:
        number = normalize_order_number(order.shop_order_number)
        if not number:
            continue  # manual orders have no shop order
        key = (order.shop.id, number)
        known = latest_tpop.get(key)
        if known is None or order.created_at >= known.created_at:
            latest_tpop[key] = order
    results: list[ShopCheck] = []
    for key, order in sorted(latest_tpop.items(), key=lambda pair: pair[1].reference):
        shop_order = by_key.get(key)
        if shop_order is not None:
            results.append(compare_order(order, shop_order))
    for key, shop_order in sorted(by_key.items(), key=lambda pair: pair[1].created_at):
        if key not in latest_tpop:
            missing = _missing_in_tpop(shop_order, now, grace)
            if missing is not None:
                results.append(missing)
    return results


def compare_order(order: Order, shop_order: ShopOrder) -> ShopCheck:
    """The check of one TPOP order against its shop order."""
    tpop_tracking = _tpop_tracking(order)
    base = ShopCheck(
        reference=order.reference,
        shop_id=shop_order.shop_id,
        platform=shop_order.platform,
        shop_order_number=shop_order.number,
        state=ShopState.WAITING,
        tpop_tracking=tpop_tracking,
        shop_tracking=shop_order.tracking,
        shop_order_id=shop_order.order_id,
        shop_fulfillment=shop_order.fulfillment,
    )
    if order.status not in _SHIPPED or tpop_tracking is None:
        return base
    wanted = normalize_tracking_number(tpop_tracking.number)
    present = shop_order.tracking_numbers
    if wanted in present:
        return _with(base, state=ShopState.IN_SYNC)
    fix_kind = default_fix_kind(shop_order)
    prevention = rules_for(shop_order.platform).prevention
    if not present:
        if shop_order.fulfillment in (FulfillmentState.FULFILLED, FulfillmentState.PARTIAL):
            return _with(
                base,
                state=ShopState.TRACKING_MISSING,
                reason=MissingReason.CLOSED_MANUALLY_OR_AUTOMATICALLY,
                advice=(ShopAdvice.ADD_TPOP_TRACKING, *prevention, ShopAdvice.DO_NOT_CLOSE_ORDERS_BY_HAND),
                fix_kind=fix_kind,
            )
        reason = MissingReason.NOT_CLOSED if shop_order.fulfillment is FulfillmentState.UNFULFILLED else None
        return _with(
            base, state=ShopState.TRACKING_MISSING, reason=reason, advice=(ShopAdvice.ADD_TPOP_TRACKING,),
            fix_kind=fix_kind,
        )
    older_tpop = {normalize_tracking_number(s.tracking_number) for s in order.shipments}
    reason = None if present & older_tpop else MissingReason.CLOSED_MANUALLY_OR_AUTOMATICALLY
    advice = (ShopAdvice.TPOP_TRACKING_IS_AUTHORITATIVE, ShopAdvice.ADD_TPOP_TRACKING)
    if reason is not None:
        advice = (*advice, *prevention, ShopAdvice.DO_NOT_CLOSE_ORDERS_BY_HAND)
    return _with(base, state=ShopState.TRACKING_DIFFERENT, reason=reason, advice=advice, fix_kind=fix_kind)


def default_fix_kind(shop_order: ShopOrder) -> FixKind | None:
    """How the tracking would be written, from what the order shows (the connector may refine it).

    A Shopify order whose TPOP items are still open gets a fulfillment of its own, even
    when the merchant already fulfilled other items: their fulfillment is not TPOP's.
    """
    if shop_order.fulfillment is FulfillmentState.CANCELLED:
        return None
    rules = rules_for(shop_order.platform)
    tpop_open = any((item.open_quantity or 0) > 0 for item in shop_order.tpop_items)
    if shop_order.fulfillment is FulfillmentState.UNFULFILLED or tpop_open:
        return rules.fix_when_open  # a new fulfillment (or shipment) for TPOP's open items
    return rules.fix_when_closed


def unknown_checks(tpop_orders: Iterable[Order], shop_id: str, platform: Platform) -> list[ShopCheck]:
    """``UNKNOWN`` for each TPOP order of a shop that is not connected or could not be read."""
    results = []
    for order in sorted(tpop_orders, key=lambda o: o.reference):
        if order.shop.id != shop_id or not normalize_order_number(order.shop_order_number):
            continue
        results.append(
            ShopCheck(
                reference=order.reference,
                shop_id=shop_id,
                platform=platform,
                shop_order_number=order.shop_order_number,
                state=ShopState.UNKNOWN,
                tpop_tracking=_tpop_tracking(order),
                advice=(ShopAdvice.RECONNECT_SHOP,),
            )
        )
    return results


def _missing_in_tpop(shop_order: ShopOrder, now: datetime, grace: GracePolicy) -> ShopCheck | None:
    if not shop_order.paid or not shop_order.has_tpop_products:
        return None
    if shop_order.fulfillment is FulfillmentState.CANCELLED:
        return None
    base = ShopCheck(
        reference=None,
        shop_id=shop_order.shop_id,
        platform=shop_order.platform,
        shop_order_number=shop_order.number,
        state=ShopState.WAITING,
        shop_tracking=shop_order.tracking,
        shop_order_id=shop_order.order_id,
        shop_fulfillment=shop_order.fulfillment,
        ordered_at=shop_order.created_at,
        customer_name=shop_order.customer.name if shop_order.customer is not None else "",
        total=shop_order.total,
    )
    rules = rules_for(shop_order.platform)
    if now - shop_order.created_at < grace.for_platform(shop_order.platform):
        return _with(base, advice=rules.waiting) if rules.waiting else base
    advice = (*rules.not_in_tpop, ShopAdvice.CHECK_PRODUCT_NOT_DUPLICATED, ShopAdvice.CHECK_SKU_AND_VARIANTS)
    return _with(base, state=ShopState.NOT_IN_TPOP, advice=(*advice, ShopAdvice.PLACE_MANUAL_ORDER))


def _tpop_tracking(order: Order) -> ShopTracking | None:
    shipment = order.latest_shipment
    if shipment is None or not normalize_tracking_number(shipment.tracking_number):
        return None
    return ShopTracking(shipment.carrier, shipment.tracking_number, shipment.tracking_url)


def _with(check: ShopCheck, **changes: Any) -> ShopCheck:
    return replace(check, **changes)


@dataclass(frozen=True, slots=True)
class ShopCheckSummary:
    """Counts per state, for a badge or a status line."""

    counts: dict[ShopState, int] = field(default_factory=dict)

    @classmethod
    def of(cls, checks: Iterable[ShopCheck]) -> ShopCheckSummary:
        counts: dict[ShopState, int] = {}
        for check in checks:
            counts[check.state] = counts.get(check.state, 0) + 1
        return cls(counts)

    @property
    def problems(self) -> int:
        return sum(self.counts.get(s, 0) for s in (*FIXABLE_STATES, ShopState.NOT_IN_TPOP))
