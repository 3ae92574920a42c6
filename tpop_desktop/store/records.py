"""The values the store hands out and takes in: queries, sort keys, display rows, history, case events."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from tpop_desktop.core.changes import EventKind
from tpop_desktop.core.models import BlockReason, Platform, Status
from tpop_desktop.core.parcel import ParcelStatus


class SortKey(StrEnum):
    REFERENCE = "reference"
    CREATED = "created"
    SHOP = "shop"
    CUSTOMER = "customer"
    DESTINATION = "destination"
    STATUS = "status"  # lifecycle order: open, production, blocked, shipped, delivered, cancelled
    TRACKING = "tracking"
    SHOP_CHECK = "shop_check"  # problems first: missing, different, unknown, waiting, in sync
    PARCEL = "parcel"  # the carrier's status in the parcel's lifecycle, then its date; never asked first
    CARRIER = "carrier"
    EXPECTED = "expected"  # when a travelling parcel is usually delivered by; the others last


@dataclass(frozen=True)
class OrderQuery:
    """What the table shows. ``created_from`` is inclusive, ``created_to`` exclusive."""

    text: str = ""  # folded by the store, matched as a substring of the search text
    statuses: frozenset[Status] = frozenset()  # empty: every status
    shop_ids: frozenset[str] = frozenset()
    countries: frozenset[str] = frozenset()
    created_from: datetime | None = None
    created_to: datetime | None = None
    needs_attention: bool = False
    include_archived: bool = False
    shop_problems: bool = False  # the latest shop check found TPOP's tracking missing or different
    parcel_statuses: frozenset[ParcelStatus] = frozenset()  # the carrier's status of the latest shipment
    references: frozenset[str] | None = None  # only these orders (a notification's "recent changes")
    shipped_from: datetime | None = None  # shipped at or after (the "shipped today" count's list)


@dataclass(frozen=True, slots=True)
class OrderRow:
    """The columns of one table line; the full order is fetched only for the detail pane."""

    rowid: int
    reference: str
    created_at: datetime
    shop_name: str
    platform: Platform
    shop_order_number: str
    customer_name: str
    country: str
    city: str
    status: Status
    block_reason: BlockReason | None
    tracking_number: str
    carrier: str
    shipped_at: datetime | None
    delivered_at: datetime | None
    archived: bool
    shop_state: str | None = None  # the latest ShopState value, None when never checked
    parcel_status: ParcelStatus | None = None  # the carrier's status of the latest shipment, when asked
    parcel_at: datetime | None = None  # when that status happened (naive: the carrier's local time)
    expected_by: datetime | None = None  # the end of its lane's usual window, while the parcel travels


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    """One recorded event, with the time this app first saw it."""

    seen_at: datetime
    kind: EventKind
    status: Status
    detail: str
    previous_status: Status | None = None


class CaseEventKind(StrEnum):
    OPENED = "opened"
    STEP_DONE = "step_done"  # data: step
    STEP_UNDONE = "step_undone"  # data: step (ticked by mistake)
    MESSAGE = "message"  # data: template_id, language, channel
    DECIDED = "decided"  # data: decision
    REOPENED = "reopened"
    MANUAL_ORDER = "manual_order"  # data: reference (the reship's new TPOP order)


@dataclass(frozen=True)
class CaseEvent:
    """One thing that happened in a case, for the order's timeline."""

    case_id: str
    reference: str  # the order the case is about
    case_kind: str
    at: datetime
    kind: CaseEventKind
    data: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class ShopReadStatus:
    """How the last read of one shop went; ``failure`` is an error class name, "" when it worked."""

    shop_id: str
    checked_at: datetime
    failure: str = ""


@dataclass(frozen=True)
class ShopFixRecord:
    """One fix the merchant confirmed, for the order's timeline."""

    reference: str
    shop_id: str
    at: datetime
    outcome: str  # FixOutcome value, or "failed"
    data: dict[str, Any] = field(default_factory=dict)  # kind, number, company, notified, error
