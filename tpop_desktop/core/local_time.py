"""The merchant's day: local midnight and today's date on this computer's clock.

"Today" in the app means the merchant's calendar day, not UTC's; every count and
filter that says "today" goes through these two functions.
"""

from __future__ import annotations

from datetime import date, datetime, time, timezone


def local_midnight(day: date) -> datetime:
    """The start of ``day`` on this computer's clock, as an aware UTC datetime."""
    return datetime.combine(day, time()).astimezone().astimezone(timezone.utc)


def local_today(now: datetime) -> date:
    """The local calendar day that ``now`` (aware) falls on."""
    return now.astimezone().date()
