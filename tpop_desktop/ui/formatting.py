"""Dates and times as the merchant's locale writes them, in the computer's time zone.

Two forms only, so the whole window reads alike: the short one (``format_date`` for the
table's date column, ``format_datetime`` with the time for lists and status lines) and the
long one (``format_long_datetime``, where a date is the point: the carrier's scans in a
case). Neither shows seconds or a time zone's name: every time is the computer's local time.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, QLocale


def _local(value: datetime) -> QDateTime:
    return QDateTime.fromSecsSinceEpoch(int(value.timestamp())).toLocalTime()


def format_datetime(value: datetime | None) -> str:
    """``value`` in local time, short date and time ("02/12/2026 14:05" in French); empty when unknown."""
    if value is None:
        return ""
    local = _local(value)
    return f"{format_date(value)} {QLocale().toString(local.time(), QLocale.FormatType.ShortFormat)}"


def format_long_datetime(value: datetime | None) -> str:
    """``value`` in local time, the date written out ("mercredi 2 décembre 2026 14:05"); empty when unknown."""
    if value is None:
        return ""
    locale = QLocale()
    local = _local(value)
    return (f"{locale.toString(local.date(), QLocale.FormatType.LongFormat)} "
            f"{locale.toString(local.time(), QLocale.FormatType.ShortFormat)}")


def format_date(value: datetime | None) -> str:
    """The local calendar day of ``value``, short form; empty when unknown."""
    if value is None:
        return ""
    return QLocale().toString(_local(value).date(), QLocale.FormatType.ShortFormat)
