"""Working-hour arithmetic for TPOP's delays ("tracking can take 48 working hours").

Reading of "working hours" used throughout the app: Monday to Friday count in full,
24 working hours each, and Saturday and Sunday count zero. So "48 working hours" means
two working days: a parcel shipped on Friday at 15:00 is due by Tuesday at 15:00, and
one shipped on Saturday is due at the end of Tuesday (Wednesday 00:00). Office hours
are not used because TPOP's help gives none, and a full-day reading never promises an
answer earlier than TPOP does. Public holidays are not counted out.

Days are read on the wall clock of the timezone the datetimes carry, so a working day
is 24 working hours even on a daylight-saving change.
"""

from __future__ import annotations

from datetime import datetime, timedelta

_DAY = timedelta(days=1)
_WORK_WEEK = 5 * _DAY
_WEEK = 7 * _DAY
_EPOCH_MONDAY = datetime(2001, 1, 1)  # a Monday, 00:00 (naive: wall-clock reference)


def add_working_hours(start: datetime, hours: float) -> datetime:
    """The earliest moment at which ``hours`` working hours have passed since ``start``.

    The result carries ``start``'s timezone. A span ending exactly at the end of a
    Friday returns Saturday 00:00 (the weekend adds nothing after it).
    """
    _require_aware(start)
    if hours < 0:
        raise ValueError("hours must not be negative")
    if hours == 0:
        return start
    target = _working_time_since_epoch(_wall(start)) + timedelta(hours=hours)
    weeks, rest = divmod(target, _WORK_WEEK)
    if not rest:  # lands on the end of a Friday: report that moment, not Monday 00:00
        weeks, rest = weeks - 1, _WORK_WEEK
    wall = _EPOCH_MONDAY + weeks * _WEEK + rest
    return wall.replace(tzinfo=start.tzinfo)


def working_hours_between(start: datetime, end: datetime) -> float:
    """Working hours from ``start`` to ``end`` (negative when ``end`` is earlier).

    ``end`` is read in ``start``'s timezone.
    """
    _require_aware(start)
    _require_aware(end)
    span = _working_time_since_epoch(_wall(end.astimezone(start.tzinfo))) - _working_time_since_epoch(
        _wall(start)
    )
    return span / timedelta(hours=1)


def _working_time_since_epoch(wall: datetime) -> timedelta:
    """Working time from the reference Monday to a wall-clock moment (flat over weekends)."""
    weeks, into_week = divmod(wall - _EPOCH_MONDAY, _WEEK)
    return weeks * _WORK_WEEK + min(into_week, _WORK_WEEK)


def _wall(moment: datetime) -> datetime:
    return moment.replace(tzinfo=None)


def _require_aware(moment: datetime) -> None:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("working-hour arithmetic needs timezone-aware datetimes")
