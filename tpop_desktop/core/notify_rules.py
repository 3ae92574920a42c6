"""Which sync events deserve a notification, and when several become one summary."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Set
from dataclasses import dataclass

from tpop_desktop.core.changes import ChangeEvent, EventKind

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
        return NotificationPlan((), dict(Counter(event.kind for event in chosen)))
    return NotificationPlan(tuple(chosen), None)


def strip_markup(text: str) -> str:
    """Notification servers may render markup in the body: take away what could form a tag."""
    return text.replace("&", "＆").replace("<", "‹").replace(">", "›")
