"""Dates and times as the merchant's locale writes them, in the computer's time zone.

Two forms only, so the whole window reads alike: ``format_datetime`` (short date and
time) for lists and status lines, ``format_date`` for the table's date column.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, QLocale


def _local(value: datetime) -> QDateTime:
    return QDateTime.fromSecsSinceEpoch(int(value.timestamp())).toLocalTime()


def format_datetime(value: datetime | None, fmt: QLocale.FormatType = QLocale.FormatType.ShortFormat) -> str:
    """``value`` in local time; empty when unknown."""
    if value is None:
        return ""
    return QLocale().toString(_local(value), fmt)


def format_date(value: datetime | None) -> str:
    """The local calendar day of ``value``, short form; empty when unknown."""
    if value is None:
        return ""
    return QLocale().toString(_local(value).date(), QLocale.FormatType.ShortFormat)
