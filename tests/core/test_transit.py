"""Transit statistics: working days, percentiles, the too-few-parcels rule, the usual window, late, slow lanes."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from tpop_desktop.core.attention import is_late
from tpop_desktop.core.models import Status
from tpop_desktop.core.transit import (
    MIN_PARCELS,
    TransitStats,
    expected_by,
    percentile,
    slowest_lanes,
    transit_stats,
    working_days,
)

PARIS = timezone(timedelta(hours=1))
MONDAY = datetime(2026, 11, 2, 10, 0, tzinfo=PARIS)  # a Monday
FRIDAY = MONDAY + timedelta(days=4)


@pytest.mark.parametrize(("shipped", "delivered", "days"), [
    (MONDAY, MONDAY + timedelta(days=1), 1.0),
    (MONDAY, MONDAY + timedelta(hours=12), 0.5),
    (FRIDAY, FRIDAY + timedelta(days=3), 1.0),  # the weekend does not count
    (FRIDAY, FRIDAY + timedelta(days=7), 5.0),
    (MONDAY + timedelta(days=5), MONDAY + timedelta(days=7), 10 / 24),  # Saturday to Monday 10:00: Monday's 10 h
    (MONDAY, MONDAY - timedelta(hours=1), 0.0),  # a carrier clock behind ours: never negative
])
def test_working_days_between_shipping_and_delivery(shipped, delivered, days):
    assert working_days(shipped, delivered) == pytest.approx(days)


@pytest.mark.parametrize(("values", "q", "expected"), [
    ([3.0], 50, 3.0),
    ([1.0, 2.0, 3.0, 4.0], 50, 2.5),
    ([1.0, 2.0, 3.0, 4.0, 5.0], 90, 4.6),
    ([5.0, 1.0, 3.0], 0, 1.0),
    ([5.0, 1.0, 3.0], 100, 5.0),
    ([2.0, 2.0, 2.0], 10, 2.0),
])
def test_percentiles_interpolate_between_sorted_values(values, q, expected):
    assert percentile(values, q) == pytest.approx(expected)


@pytest.mark.parametrize("q", [-1, 101])
def test_a_percentile_outside_0_100_is_refused(q):
    with pytest.raises(ValueError):
        percentile([1.0], q)


def test_too_few_parcels_give_no_figure():
    stats = transit_stats([2.0] * (MIN_PARCELS - 1))
    assert stats == TransitStats(MIN_PARCELS - 1, None, None, None, None) and not stats.enough
    assert transit_stats([]).parcels == 0
    assert transit_stats([2.0] * MIN_PARCELS).enough


@pytest.mark.parametrize(("days", "low", "high", "median"), [
    ([3, 3, 3, 4, 4, 4, 4, 5, 5, 5], 3, 5, 4.0),
    ([1.2, 1.5, 2.0, 2.2, 2.5, 2.8, 3.0, 3.1, 3.5, 6.0], 1, 4, 2.65),
    ([0.4] * 10, 0, 1, 0.4),  # same-day deliveries: the window still ends after a working day
])
def test_the_usual_window_runs_from_the_10th_to_the_90th_percentile_rounded_outwards(days, low, high, median):
    stats = transit_stats([float(d) for d in days])
    assert (stats.low, stats.high) == (low, high)
    assert stats.median == pytest.approx(median)


def test_a_parcel_is_expected_by_the_end_of_its_window_and_late_after_it():
    stats = transit_stats([3.0, 3.0, 3.0, 4.0, 4.0, 4.0, 4.0, 5.0, 5.0, 5.0])  # 3-5 working days
    due = expected_by(FRIDAY, stats)
    assert due == FRIDAY + timedelta(days=7)  # five working days after Friday 10:00
    assert not is_late(Status.SHIPPED, None, due, due)
    assert is_late(Status.SHIPPED, None, due + timedelta(minutes=1), due)
    assert not is_late(Status.SHIPPED, due + timedelta(days=1), due + timedelta(days=2), due)  # delivered, even late
    assert not is_late(Status.DELIVERED, None, due + timedelta(days=2), due)
    too_few = transit_stats([3.0])
    assert expected_by(FRIDAY, too_few) is None
    assert not is_late(Status.SHIPPED, None, FRIDAY + timedelta(days=60), expected_by(FRIDAY, too_few))


def test_the_slowest_lanes_are_those_furthest_above_their_own_history():
    history = {("BE", "La Poste"): [3.0] * 20, ("DE", "DHL"): [2.0] * 20, ("IT", "GLS"): [4.0] * 20}
    recent = {("BE", "La Poste"): [6.0] * 12, ("DE", "DHL"): [3.0] * 12, ("IT", "GLS"): [3.0] * 12,
              ("ES", "DPD"): [9.0] * 12}  # no history: no comparison
    lanes = slowest_lanes(recent, history)
    assert [(lane.country, lane.carrier, round(lane.slowdown, 2)) for lane in lanes] == [
        ("BE", "La Poste", 2.0), ("DE", "DHL", 1.5)]


