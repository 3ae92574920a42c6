"""The daily shop checks, without Qt: read the connected shops, compare, and fix on request.

Runs on a worker thread (the caller's job). A shop that cannot be read gives ``UNKNOWN``
for its orders plus the failure, never a guessed state. Before a mismatch is reported,
its shop order is read again on its own (fresher, and with every tracking source the
shop has), so the merchant is not asked to fix what is already fine.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import Any

from tpop_desktop.connectors.errors import ConnectorError
from tpop_desktop.connectors.shops import ShopConnector
from tpop_desktop.core.models import Order, Platform, Status
from tpop_desktop.core.shop_checks import (
    FIXABLE_STATES,
    FixKind,
    GracePolicy,
    ShopCheck,
    check_shop,
    compare_order,
    unknown_checks,
)
from tpop_desktop.core.shop_orders import FulfillmentState, ShopTracking, normalize_order_number, normalize_tracking_number

log = logging.getLogger(__name__)

DEFAULT_LOOKBACK = timedelta(days=30)


@dataclass(frozen=True)
class ShopCheckRun:
    """One run over every connected shop."""

    results: list[ShopCheck]
    failures: dict[str, ConnectorError] = field(default_factory=dict)
    checked_at: datetime | None = None
    read_since: datetime | None = None

    def failure_kinds(self) -> dict[str, str]:
        """shop id -> error class name (``AuthError``, ``MissingScopeError``...), for the UI."""
        return {shop_id: type(exc).__name__ for shop_id, exc in self.failures.items()}

    def to_dict(self) -> dict[str, Any]:
        return {
            "results": [r.to_dict() for r in self.results],
            "failures": self.failure_kinds(),
            "checked_at": _iso(self.checked_at),
            "read_since": _iso(self.read_since),
        }


def check_shops(
    tpop_orders: Iterable[Order],
    shop_connectors: Mapping[str, ShopConnector],
    now: datetime,
    *,
    grace: GracePolicy = GracePolicy(),
    since: datetime | None = None,
    lookback: timedelta = DEFAULT_LOOKBACK,
) -> ShopCheckRun:
    """Check each connected shop: shop orders updated since ``since`` (default now - lookback).

    TPOP orders of shops that are not in ``shop_connectors`` get no result; the caller can
    mark them with ``unknown_checks`` ("not connected").
    """
    read_since = since if since is not None else now - lookback
    orders = list(tpop_orders)
    results: list[ShopCheck] = []
    failures: dict[str, ConnectorError] = {}
    for shop_id, connector in shop_connectors.items():
        own = [o for o in orders if o.shop.id == shop_id]
        try:
            results.extend(_check_one_shop(own, connector, now, grace, read_since))
        except ConnectorError as exc:
            log.warning("shop %s could not be read: %s", shop_id, type(exc).__name__)
            failures[shop_id] = exc
            recent = [o for o in own if o.updated_at >= read_since or o.created_at >= read_since]
            results.extend(unknown_checks(recent, shop_id, connector.platform))
    return ShopCheckRun(results, failures, now, read_since)


def _check_one_shop(
    own: list[Order], connector: ShopConnector, now: datetime, grace: GracePolicy, since: datetime
) -> list[ShopCheck]:
    """Every result of one shop, or a ConnectorError: never half a shop."""
    shop_orders = connector.orders(updated_since=since)
    by_reference = {o.reference: o for o in own}
    checks = check_shop(own, shop_orders, now, grace)
    confirmed: list[ShopCheck] = []
    for check in checks:
        if check.state in FIXABLE_STATES and check.reference in by_reference:
            fresh = connector.order(check.shop_order_id)
            check = compare_order(by_reference[check.reference], fresh)
            if check.state in FIXABLE_STATES:
                check = replace(check, fix_kind=connector.fix_kind(fresh))
        confirmed.append(check)
    return confirmed


class FixBlocker(StrEnum):
    """Why a fix cannot be applied; the UI translates the code."""

    NOT_A_TRACKING_MISMATCH = "not_a_tracking_mismatch"
    NOT_SHIPPED_BY_TPOP = "not_shipped_by_tpop"
    WRONG_ORDER = "wrong_order"
    SHOP_ORDER_CANCELLED = "shop_order_cancelled"
    PLATFORM_NOT_SUPPORTED = "platform_not_supported"


class FixNotPossible(ValueError):
    def __init__(self, blocker: FixBlocker) -> None:
        super().__init__(f"the fix cannot be applied: {blocker.value}")
        self.blocker = blocker


@dataclass(frozen=True)
class FixPlan:
    """Exactly what a fix will write, for the confirmation dialog."""

    possible: bool
    blocker: FixBlocker | None
    kind: FixKind | None
    reference: str | None
    shop_id: str
    platform: Platform
    shop_order_number: str
    shop_order_id: str
    tracking: ShopTracking | None  # what will be written: TPOP's latest tracking
    replaces: tuple[ShopTracking, ...]  # shop tracking that the write replaces (Shopify update)
    notify_customer: bool  # what the merchant asked
    customer_notified: bool  # what will really happen
    note_text: str | None = None  # the WooCommerce customer note, when that is the way

    def to_dict(self) -> dict[str, Any]:
        return {
            "possible": self.possible,
            "blocker": self.blocker.value if self.blocker else None,
            "kind": self.kind.value if self.kind else None,
            "reference": self.reference,
            "shop_id": self.shop_id,
            "platform": self.platform.value,
            "shop_order_number": self.shop_order_number,
            "shop_order_id": self.shop_order_id,
            "tracking": self.tracking.to_dict() if self.tracking else None,
            "replaces": [t.to_dict() for t in self.replaces],
            "notify_customer": self.notify_customer,
            "customer_notified": self.customer_notified,
            "note_text": self.note_text,
        }


class FixOutcome(StrEnum):
    WRITTEN = "written"
    ALREADY_PRESENT = "already_present"  # the shop already had TPOP's number: nothing written


@dataclass(frozen=True)
class FixResult:
    written: bool
    outcome: FixOutcome
    kind: FixKind | None
    description: str  # plain text for the log; the UI words its message from ``outcome`` and ``kind``

    def to_dict(self) -> dict[str, Any]:
        return {
            "written": self.written,
            "outcome": self.outcome.value,
            "kind": self.kind.value if self.kind else None,
            "description": self.description,
        }


def describe_fix(
    check: ShopCheck,
    tpop_order: Order,
    *,
    notify_customer: bool = True,
    connector: ShopConnector | None = None,
) -> FixPlan:
    """What ``fix_tracking`` would write for this check; pure unless ``connector`` says more."""
    shipment = tpop_order.latest_shipment
    tracking = None
    if shipment is not None:
        url = shipment.tracking_url.strip()
        safe_url = url if url.lower().startswith(("https://", "http://")) else ""  # never write a javascript: link
        tracking = ShopTracking(shipment.carrier, shipment.tracking_number, safe_url)
    blocker = _blocker(check, tpop_order, tracking)
    kind = check.fix_kind if blocker is None else None
    if blocker is None and kind is None:
        blocker = FixBlocker.PLATFORM_NOT_SUPPORTED
    note_text = None
    if kind is FixKind.ADD_CUSTOMER_NOTE and tracking is not None:
        render = getattr(connector, "note_text", None)
        note_text = render(tracking.number, tracking.company, tracking.url) if callable(render) else None
    customer_notified = (notify_customer and kind in (
        FixKind.UPDATE_FULFILLMENT_TRACKING,
        FixKind.CREATE_FULFILLMENT,
        FixKind.ADD_CUSTOMER_NOTE,
    )) or kind is FixKind.CREATE_RECEIPT_SHIPMENT  # Etsy e-mails the buyer whatever the app asks
    replaces = check.shop_tracking if kind is FixKind.UPDATE_FULFILLMENT_TRACKING else ()
    return FixPlan(
        possible=blocker is None,
        blocker=blocker,
        kind=kind,
        reference=check.reference,
        shop_id=check.shop_id,
        platform=check.platform,
        shop_order_number=check.shop_order_number,
        shop_order_id=check.shop_order_id,
        tracking=tracking,
        replaces=replaces,
        notify_customer=notify_customer,
        customer_notified=customer_notified,
        note_text=note_text,
    )


def fix_tracking(
    check: ShopCheck, tpop_order: Order, connector: ShopConnector, notify_customer: bool
) -> FixResult:
    """Write TPOP's latest tracking into the shop order, once. Never retried automatically.

    Raises ``FixNotPossible`` when the check does not allow a fix, and the connector's
    ``ConnectorError`` when the shop refuses or cannot be reached.
    """
    plan = describe_fix(check, tpop_order, notify_customer=notify_customer, connector=connector)
    if not plan.possible or plan.tracking is None:
        raise FixNotPossible(plan.blocker or FixBlocker.NOT_SHIPPED_BY_TPOP)
    if connector.shop_id and connector.shop_id != check.shop_id:
        raise FixNotPossible(FixBlocker.WRONG_ORDER)
    tracking = plan.tracking
    write = connector.add_tracking(
        check.shop_order_id, tracking.number, tracking.company, tracking.url, notify_customer=notify_customer
    )
    where = f"shop {check.shop_id} order {check.shop_order_number} ({check.reference})"
    if not write.written:
        log.info("tracking already present in %s; nothing written", where)
        return FixResult(False, FixOutcome.ALREADY_PRESENT, None, f"TPOP's tracking was already in {where}")
    kind = write.kind.value if write.kind else "write"
    log.info("tracking added to %s (%s)", where, kind)
    return FixResult(True, FixOutcome.WRITTEN, write.kind, f"TPOP's tracking added to {where} ({kind})")


def _blocker(check: ShopCheck, order: Order, tracking: ShopTracking | None) -> FixBlocker | None:
    if check.state not in FIXABLE_STATES:
        return FixBlocker.NOT_A_TRACKING_MISMATCH
    if check.reference != order.reference or check.shop_id != order.shop.id:
        return FixBlocker.WRONG_ORDER
    if normalize_order_number(check.shop_order_number) != normalize_order_number(order.shop_order_number):
        return FixBlocker.WRONG_ORDER
    if order.status not in (Status.SHIPPED, Status.DELIVERED) or tracking is None:
        return FixBlocker.NOT_SHIPPED_BY_TPOP
    if not normalize_tracking_number(tracking.number):
        return FixBlocker.NOT_SHIPPED_BY_TPOP
    if check.shop_fulfillment is FulfillmentState.CANCELLED:
        return FixBlocker.SHOP_ORDER_CANCELLED
    return None


def _iso(value: datetime | None) -> str | None:
    return value.astimezone(UTC).isoformat().replace("+00:00", "Z") if value else None
