"""The Insights view's figures from the store's groups: per country, carrier and lane; weeks; slow lanes."""

from __future__ import annotations

from datetime import date

import pytest

from tpop_desktop.core.insights import (EVERY_PARCEL, Group, GroupKind, InsightsData, build_report, lane_windows,
                                        weekly_medians)

TODAY = date(2026, 11, 27)  # a Friday


def data(lanes, *, recent=None, earlier=None, distribution=None, weeks=None, shipped=0, over_limit=0) -> InsightsData:
    return InsightsData(TODAY, shipped, over_limit, lanes, recent or {}, earlier or {}, distribution or {},
                        weeks or {})


def test_each_country_carrier_and_lane_has_its_figures_most_parcels_first():
    report = build_report(data({("BE", "La Poste"): [3.0] * 12, ("FR", "Colissimo"): [1.0] * 10,
                                ("DE", " la  poste "): [6.0] * 3}, shipped=30))
    assert [f.label for f in report.by_country] == ["BE", "FR", "DE"]
    assert [(f.label, f.stats.parcels) for f in report.by_carrier] == [("La Poste", 15), ("Colissimo", 10)]
    be, fr, de = report.by_country
    assert (be.stats.median, be.stats.low, be.stats.high) == (3.0, 3, 3)
    assert fr.stats.median == 1.0 and de.stats.median is None  # three parcels: too few for a figure
    assert [(f.group.country, f.group.carrier) for f in report.lanes] == [("BE", "la poste"), ("FR", "colissimo"),
                                                                            ("DE", "la poste")]
    assert report.overall.stats.parcels == 25 and report.shipped == 30


@pytest.mark.parametrize(("history", "within"), [
    ([2.0] * 9 + [3.0], 0.6),  # the usual window ends after 3 working days: 1, 2 and 3 of the five are within
    ([5.0] * 10, 1.0),
    ([2.0] * 9, None),  # nine parcels: no usual window yet, no share
])
def test_the_share_within_the_lanes_usual_window_from_its_whole_history(history, within):
    report = build_report(data({("BE", "DPD"): [1.0, 2.0, 3.0, 4.0, 5.0]}, earlier={("BE", "DPD"): history}))
    (figure,) = report.by_country
    assert figure.within == (pytest.approx(within) if within is not None else None)
    assert report.overall.within == figure.within == report.by_carrier[0].within == report.lanes[0].within


def test_the_distribution_has_every_bar_from_0_to_15_and_more():
    report = build_report(data({}, distribution={1: 4, 15: 2}), group=Group(GroupKind.COUNTRY, country="BE"))
    assert len(report.distribution) == 16 and report.distribution[1] == (1, 4) and report.distribution[-1] == (15, 2)
    assert report.group.country == "BE"


def test_the_weekly_trend_has_every_week_and_no_median_for_thin_weeks():
    weeks = weekly_medians({date(2026, 11, 23): [2.0, 2.0, 3.0, 4.0], date(2026, 11, 16): [1.0],
                            date(2026, 6, 1): [9.0] * 5}, TODAY, weeks=3)
    assert [w.monday for w in weeks] == [date(2026, 11, 9), date(2026, 11, 16), date(2026, 11, 23)]
    assert [(w.parcels, w.median) for w in weeks] == [(0, None), (1, None), (4, 2.5)]


def test_the_slowest_lanes_this_month_against_their_own_history():
    report = build_report(data({}, recent={("BE", "La Poste"): [5.0] * 10, ("FR", "Colissimo"): [1.0] * 10},
                               earlier={("BE", "la poste"): [2.0] * 10, ("FR", "Colissimo"): [1.0] * 10}))
    (slow,) = report.slow_lanes  # France is as fast as ever
    assert (slow.trend.country, slow.label, slow.trend.slowdown) == ("BE", "La Poste", 2.5)


def test_each_lanes_usual_window_for_the_estimates():
    windows = lane_windows({("BE", "La Poste"): [4.0] * 6, ("BE", "la poste"): [4.0] * 4, ("IT", "GLS"): [1.0]})
    assert windows[("BE", "la poste")].high == 4 and windows[("BE", "la poste")].parcels == 10
    assert windows[("IT", "gls")].high is None


def test_a_group_holds_its_parcels_however_the_carrier_is_spelled():
    lane = Group(GroupKind.LANE, "BE", "la poste")
    assert lane.holds("be", " La  Poste") and not lane.holds("FR", "La Poste") and not lane.holds("BE", "DPD")
    assert Group(GroupKind.CARRIER, carrier="dpd").holds("IT", "DPD") and EVERY_PARCEL.holds("XX", "")
