"""Which sync events and carrier changes deserve a notification, and when several become one summary."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Set
from dataclasses import dataclass

from tpop_desktop.core.changes import ChangeEvent, EventKind
from tpop_desktop.core.parcel import ParcelChange, ParcelStatus
from tpop_desktop.core.text import display_text

SUMMARY_THRESHOLD = 3  # more events than this in one sync become one summary notification

NOTIFIABLE = {
    EventKind.SHIPPED: "shipped",
    EventKind.BLOCKED: "blocked",
    EventKind.DELIVERED: "delivered",
    EventKind.NEW: "new",
}


@dataclass(frozen=True)
class NotificationPlan:
    """Either a few single notifications or one summary with a count per kind."""

    singles: tuple[ChangeEvent, ...]
    summary: dict[EventKind, int] | None
    references: frozenset[str] = frozenset()  # the orders a summary is about (its "Show")


def plan_notifications(events: Iterable[ChangeEvent], enabled: Set[str], *,
                       first_sync: bool = False) -> NotificationPlan:
    """Keep the kinds the merchant wants; one per order and kind; summarise a burst.

    The very first sync of an account reports every order as new: that is not news.
    """
    chosen: list[ChangeEvent] = []
    seen: set[tuple[str, EventKind]] = set()
    for event in events:
        setting = NOTIFIABLE.get(event.kind)
        if setting is None or setting not in enabled:
            continue
        if first_sync and event.kind is EventKind.NEW:
            continue
        key = (event.reference, event.kind)
        if key in seen:
            continue
        seen.add(key)
        chosen.append(event)
    if len(chosen) > SUMMARY_THRESHOLD:
        return NotificationPlan((), dict(Counter(event.kind for event in chosen)),
                                frozenset(event.reference for event in chosen))
    return NotificationPlan(tuple(chosen), None)


# The carrier's changes worth a notification, by the setting that switches them off. A parcel the
# carrier delivered counts as "delivered", like TPOP's own delivered status: one switch, one message.
PARCEL_NOTIFIABLE: dict[ParcelStatus, str] = {
    ParcelStatus.DELIVERED: "delivered",
    ParcelStatus.AVAILABLE_FOR_PICKUP: "parcel_pickup",
    ParcelStatus.HELD_CUSTOMS: "parcel_problem",
    ParcelStatus.DELIVERY_FAILED: "parcel_problem",
    ParcelStatus.EXCEPTION: "parcel_problem",
    ParcelStatus.RETURNED_TO_SENDER: "parcel_returned",
}
PARCEL_KINDS = ("parcel_pickup", "parcel_problem", "parcel_returned")  # settings of their own


@dataclass(frozen=True)
class ParcelNotificationPlan:
    """A few parcels named one by one, or one summary with a count per setting kind."""

    singles: tuple[ParcelChange, ...]
    summary: dict[str, int] | None
    references: frozenset[str] = frozenset()  # the orders a summary is about (its "Show")


def plan_parcel_notifications(changes: Iterable[ParcelChange], enabled: Set[str], *,
                              already_delivered: Set[str] = frozenset()) -> ParcelNotificationPlan:
    """Keep the kinds the merchant wants, the newest change per order; summarise a burst.

    A parcel seen for the first time (``old`` None) is never news: the first refresh after
    adding a key reports every parcel. ``already_delivered`` are orders whose delivery was
    just notified from TPOP's own status, so it is not said twice.
    """
    latest: dict[str, ParcelChange] = {}
    for change in changes:
        setting = PARCEL_NOTIFIABLE.get(change.new)
        if change.first_seen or setting is None or setting not in enabled:
            continue
        if change.new is ParcelStatus.DELIVERED and change.reference in already_delivered:
            continue
        latest.pop(change.reference, None)
        latest[change.reference] = change
    chosen = tuple(latest.values())
    if len(chosen) > SUMMARY_THRESHOLD:
        return ParcelNotificationPlan((), dict(Counter(PARCEL_NOTIFIABLE[change.new] for change in chosen)),
                                      frozenset(change.reference for change in chosen))
    return ParcelNotificationPlan(chosen, None)


def strip_markup(text: str) -> str:
    """Notification servers may render markup in the body: take away what could form a tag.

    The text is cut to one line first (``display_text``): a notification is read at a glance.
    """
    return display_text(text).replace("&", "＆").replace("<", "‹").replace(">", "›")
