"""Dates read alike across the window: one short and one long form, local time, no seconds or zone names."""

from __future__ import annotations

import re
from datetime import datetime, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from tpop_desktop.ui.formatting import format_date, format_datetime, format_long_datetime

MOMENT = datetime(2026, 12, 2, 13, 39, 31, tzinfo=timezone.utc)
UI = Path(__file__).resolve().parents[2] / "tpop_desktop" / "ui"


@pytest.fixture
def locale(request):
    previous = QLocale()
    QLocale.setDefault(QLocale(request.param))
    yield request.param
    QLocale.setDefault(previous)


@pytest.mark.parametrize(("locale", "year", "month_word"), [
    ("en_US", "2026", "December"), ("fr_FR", "2026", "décembre"), ("de_DE", "2026", "Dezember"),
], indirect=["locale"])
def test_two_forms_without_seconds_or_time_zone_names(locale, year, month_word):
    short, long = format_datetime(MOMENT), format_long_datetime(MOMENT)
    for text in (short, long):
        assert ":31" not in text  # no seconds
        assert not re.search(r"UTC|GMT|Coordinated|Weltzeit|universel", text), text
    assert short.startswith(format_date(MOMENT))
    assert month_word in long and year in long and month_word not in short


def test_no_widget_formats_a_date_its_own_way():
    """Every date of the window comes from ui/formatting.py (a customer letter writes the customer's own)."""
    allowed = {"formatting.py", "message_panel.py"}
    offenders = [path.relative_to(UI).as_posix() for path in UI.rglob("*.py")
                 if path.name not in allowed and re.search(r"FormatType\.(Long|Short|Narrow)Format", path.read_text())]
    assert offenders == []
