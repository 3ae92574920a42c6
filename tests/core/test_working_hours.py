"""Working hours: Monday to Friday, 24 working hours a day, weekends count zero."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from tpop_desktop.core.working_hours import add_working_hours, working_hours_between

PARIS = ZoneInfo("Europe/Paris")


def paris(day: int, hour: int = 0, minute: int = 0, month: int = 1) -> datetime:
    """2027 in Paris: January 1st is a Friday, so January 4th is a Monday."""
    return datetime(2027, month, day, hour, minute, tzinfo=PARIS)


# 2027-01: Fri 1, Sat 2, Sun 3, Mon 4, Tue 5, Wed 6, Thu 7, Fri 8, Sat 9, Sun 10, Mon 11
ADD_CASES = [
    # (shipped, hours, ready)
    (paris(1, 15), 48, paris(5, 15)),  # Friday 15:00 -> Tuesday 15:00
    (paris(2, 10), 48, paris(6, 0)),  # Saturday 10:00 -> end of Tuesday (Wednesday 00:00)
    (paris(3, 23, 59), 48, paris(6, 0)),  # Sunday night: same as Saturday
    (paris(4, 0), 48, paris(6, 0)),  # Monday 00:00 -> Wednesday 00:00
    (paris(4, 9), 48, paris(6, 9)),  # inside the week: plain 48 hours
    (paris(7, 0), 48, paris(9, 0)),  # Thursday 00:00 -> end of Friday (Saturday 00:00)
    (paris(7, 12), 48, paris(11, 12)),  # Thursday noon -> Monday noon
    (paris(8, 23), 1, paris(9, 0)),  # Friday 23:00 + 1 h ends at Friday 24:00, i.e. Saturday 00:00
    (paris(4, 0), 120, paris(9, 0)),  # a whole working week
    (paris(4, 0), 121, paris(11, 1)),
    (paris(1, 15), 0, paris(1, 15)),
    (paris(2, 10), 0, paris(2, 10)),  # zero on a weekend: nothing to wait for
    (paris(4, 10), 1.5, paris(4, 11, 30)),
]


@pytest.mark.parametrize(("start", "hours", "expected"), ADD_CASES)
def test_add_working_hours(start: datetime, hours: float, expected: datetime) -> None:
    result = add_working_hours(start, hours)
    assert result == expected
    assert result.tzinfo is PARIS


BETWEEN_CASES = [
    # (start, end, working hours)
    (paris(1, 15), paris(5, 15), 48.0),
    (paris(1, 15), paris(5, 14, 59), 47 + 59 / 60),
    (paris(2, 10), paris(4, 0), 0.0),  # all weekend
    (paris(2, 10), paris(5, 23, 59), 47 + 59 / 60),
    (paris(2, 10), paris(6, 0), 48.0),
    (paris(8, 12), paris(11, 12), 24.0),  # Friday noon -> Monday noon
    (paris(4, 0), paris(11, 0), 120.0),  # one calendar week
    (paris(5, 15), paris(1, 15), -48.0),  # reversed
    (paris(4, 10), paris(4, 10), 0.0),
]


@pytest.mark.parametrize(("start", "end", "expected"), BETWEEN_CASES)
def test_working_hours_between(start: datetime, end: datetime, expected: float) -> None:
    assert working_hours_between(start, end) == pytest.approx(expected)


@pytest.mark.parametrize(("start", "hours", "_"), ADD_CASES)
def test_between_inverts_add(start: datetime, hours: float, _: datetime) -> None:
    assert working_hours_between(start, add_working_hours(start, hours)) == pytest.approx(hours)


def test_weekends_are_those_of_the_given_timezone() -> None:
    # Friday 23:30 -> Monday 00:30 in Paris is 0.5 h + 0.5 h. The same instants in UTC are
    # Friday 22:30 -> Sunday 23:30: 1.5 h. The count follows the datetimes' own timezone.
    start = paris(8, 23, 30)
    end = paris(11, 0, 30)
    assert working_hours_between(start, end) == pytest.approx(1.0)
    utc_start, utc_end = start.astimezone(timezone.utc), end.astimezone(timezone.utc)
    assert working_hours_between(utc_start, utc_end) == pytest.approx(1.5)


def test_end_in_another_timezone_is_read_in_the_start_timezone() -> None:
    assert working_hours_between(paris(1, 15), paris(5, 15).astimezone(timezone.utc)) == pytest.approx(48.0)


def test_a_daylight_saving_day_still_counts_24_working_hours() -> None:
    # Sunday 2027-03-28 is the spring change in Paris; Monday..Tuesday are normal days.
    start = datetime(2027, 3, 26, 12, tzinfo=PARIS)  # Friday noon
    assert add_working_hours(start, 48) == datetime(2027, 3, 30, 12, tzinfo=PARIS)
    autumn = datetime(2027, 10, 29, 12, tzinfo=PARIS)  # Friday before the autumn change
    assert add_working_hours(autumn, 24) == datetime(2027, 11, 1, 12, tzinfo=PARIS)


def test_long_spans_skip_whole_weeks() -> None:
    start = paris(4, 9)
    assert add_working_hours(start, 52 * 120) == start + timedelta(weeks=52)


@pytest.mark.parametrize(
    "call",
    [
        lambda: add_working_hours(datetime(2027, 1, 4), 1),
        lambda: working_hours_between(datetime(2027, 1, 4), paris(5)),
        lambda: working_hours_between(paris(4), datetime(2027, 1, 5)),
        lambda: add_working_hours(paris(4), -1),
    ],
)
def test_naive_datetimes_and_negative_hours_are_refused(call) -> None:
    with pytest.raises(ValueError):
        call()
