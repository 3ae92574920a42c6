"""The Insights view's figures from the merchant's own parcels: per country, carrier and lane.

The store groups the parcels in SQL (``InsightsData``: each lane's working days, sorted; the
deliveries per week; the distribution of the chosen group) so that 100,000 parcels never pass
through Python one by one; this module turns those groups into figures with the rules of
``core.transit``. A carrier is one lane however TPOP or the shop spelled it.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from tpop_desktop.core.transit import (MIN_PARCELS, TREND_WEEKS, LaneTrend, TransitStats, carrier_key, percentile,
                                       slowest_lanes, transit_stats)

RECENT = timedelta(days=30)  # "this month" of the slowest lanes
HISTOGRAM_LAST = 15  # the distribution's last bar gathers 15 working days and more
WEEK_MIN_PARCELS = 3  # a week's median needs this many deliveries

LaneDays = Mapping[tuple[str, str], Sequence[float]]  # (country code, carrier as spelled) -> working days


class GroupKind(StrEnum):
    COUNTRY = "country"
    CARRIER = "carrier"
    LANE = "lane"


@dataclass(frozen=True)
class Group:
    """A set of parcels the view shows figures for: all, a country, a carrier or a lane."""

    kind: GroupKind | None = None  # None: every parcel
    country: str = ""  # upper case
    carrier: str = ""  # carrier_key

    def holds(self, country: str, carrier: str) -> bool:
        """Whether a parcel to ``country`` with ``carrier`` (as spelled) belongs to the group."""
        if self.kind is None:
            return True
        if self.kind is not GroupKind.CARRIER and country.upper() != self.country:
            return False
        return self.kind is GroupKind.COUNTRY or carrier_key(carrier) == self.carrier


EVERY_PARCEL = Group()


@dataclass(frozen=True)
class InsightsFilter:
    shipped_from: date | None = None  # inclusive; None: all history
    shop_ids: frozenset[str] = frozenset()  # empty: every shop


@dataclass(frozen=True)
class InsightsData:
    """What the store counted for one filter and one group (see ``InsightsStore.insights_data``)."""

    today: date
    shipped: int  # parcels shipped in the period, delivered or not
    over_limit: int  # delivered more than 21 days after shipping, or still travelling after 21 days
    lanes: LaneDays  # delivered parcels in the period
    recent: LaneDays  # delivered in the last 30 days, whatever the period
    earlier: LaneDays  # delivered before that (with ``recent``: the lanes' history, the usual windows)
    distribution: Mapping[int, int]  # the group's parcels per whole working day (HISTOGRAM_LAST: and more)
    weeks: Mapping[date, Sequence[float]]  # the group's working days per week of delivery (Monday), any period


@dataclass(frozen=True)
class GroupFigure:
    group: Group
    label: str  # the country code, or the carrier's name as first spelled
    stats: TransitStats
    within: float | None  # share delivered within their lane's usual window (None: no lane has one)


@dataclass(frozen=True)
class Week:
    monday: date
    parcels: int
    median: float | None  # None: fewer than WEEK_MIN_PARCELS deliveries


@dataclass(frozen=True)
class SlowLane:
    trend: LaneTrend
    label: str  # the carrier's name


@dataclass(frozen=True)
class InsightsReport:
    shipped: int
    overall: GroupFigure
    by_country: tuple[GroupFigure, ...]  # most parcels first
    by_carrier: tuple[GroupFigure, ...]
    lanes: tuple[GroupFigure, ...]
    over_limit: int
    slow_lanes: tuple[SlowLane, ...]  # slowest first
    group: Group  # what the distribution and the trend are about
    distribution: tuple[tuple[int, int], ...]  # (first working day, parcels), every bin
    trend: tuple[Week, ...]  # oldest first, this week last


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


def merged_lanes(lanes: LaneDays) -> dict[tuple[str, str], list[float]]:
    """The lanes keyed (COUNTRY, carrier_key): spellings of one carrier merged, days sorted."""
    merged: dict[tuple[str, str], list[float]] = {}
    for (country, carrier), days in lanes.items():
        merged.setdefault((country.upper(), carrier_key(carrier)), []).extend(days)
    for days in merged.values():
        days.sort()
    return merged


def lane_windows(lanes: LaneDays, min_parcels: int = MIN_PARCELS) -> dict[tuple[str, str], TransitStats]:
    """Each lane's figures from its delivered parcels: where the estimates come from."""
    return {lane: transit_stats(days, min_parcels) for lane, days in merged_lanes(lanes).items()}


def _figure(group: Group, label: str, days: list[float], on_time: tuple[int, int], min_parcels: int) -> GroupFigure:
    """``on_time``: (parcels within their lane's usual window, parcels whose lane has one)."""
    stats = transit_stats(days, min_parcels)
    within, counted = on_time
    return GroupFigure(group, label, stats, within / counted if counted else None)


def _sorted(figures: Iterable[GroupFigure]) -> tuple[GroupFigure, ...]:
    return tuple(sorted(figures, key=lambda f: (-f.stats.parcels, f.label.casefold())))


def carrier_names(lanes: Iterable[tuple[str, str]]) -> dict[str, str]:
    """carrier_key -> the first spelling met (tidied), for labels."""
    names: dict[str, str] = {}
    for _, carrier in sorted(lanes):
        names.setdefault(carrier_key(carrier), " ".join(carrier.split()))
    return names


def build_report(data: InsightsData, *, group: Group = EVERY_PARCEL, min_parcels: int = MIN_PARCELS,
                 weeks: int = TREND_WEEKS) -> InsightsReport:
    """Every figure of the view; ``group`` is what the store counted the distribution and weeks for.

    "Within usual time" measures each parcel against its lane's usual window from the whole history
    (this month's and before), so a period, a country or a carrier can fall short of it.
    """
    lanes = merged_lanes(data.lanes)
    windows = lane_windows(_both(data.recent, data.earlier), min_parcels)
    names = carrier_names([*data.lanes, *data.recent, *data.earlier])
    by_country: dict[str, list[float]] = {}
    by_carrier: dict[str, list[float]] = {}
    on_time: dict[object, tuple[int, int]] = {}
    for (country, key), days in lanes.items():
        by_country.setdefault(country, []).extend(days)
        by_carrier.setdefault(key, []).extend(days)
        window = windows.get((country, key))
        counted = (bisect_right(days, window.high), len(days)) if window is not None and window.high else (0, 0)
        for where in ((country, key), country, ("carrier", key), None):
            within, total = on_time.get(where, (0, 0))
            on_time[where] = (within + counted[0], total + counted[1])
    slow = tuple(SlowLane(trend, names.get(trend.carrier, trend.carrier))
                 for trend in slowest_lanes(merged_lanes(data.recent), merged_lanes(data.earlier),
                                            min_parcels=min_parcels))
    return InsightsReport(
        shipped=data.shipped,
        overall=_figure(EVERY_PARCEL, "", sorted(d for days in lanes.values() for d in days),
                        on_time.get(None, (0, 0)), min_parcels),
        by_country=_sorted(_figure(Group(GroupKind.COUNTRY, country=c), c, sorted(days), on_time[c], min_parcels)
                           for c, days in by_country.items()),
        by_carrier=_sorted(_figure(Group(GroupKind.CARRIER, carrier=k), names[k], sorted(days),
                                   on_time[("carrier", k)], min_parcels) for k, days in by_carrier.items()),
        lanes=_sorted(_figure(Group(GroupKind.LANE, c, k), names[k], days, on_time[(c, k)], min_parcels)
                      for (c, k), days in lanes.items()),
        over_limit=data.over_limit,
        slow_lanes=slow,
        group=group,
        distribution=tuple((day, data.distribution.get(day, 0)) for day in range(HISTOGRAM_LAST + 1)),
        trend=weekly_medians(data.weeks, data.today, weeks),
    )


def _both(first: LaneDays, second: LaneDays) -> dict[tuple[str, str], list[float]]:
    together: dict[tuple[str, str], list[float]] = {}
    for lanes in (first, second):
        for lane, days in lanes.items():
            together.setdefault(lane, []).extend(days)
    return together


def trend_start(today: date, weeks: int = TREND_WEEKS) -> date:
    """The Monday the trend's first week starts."""
    return monday_of(today) - timedelta(weeks=weeks - 1)


def weekly_medians(by_week: Mapping[date, Sequence[float]], today: date, weeks: int = TREND_WEEKS) -> tuple[Week, ...]:
    """Every one of the last ``weeks`` weeks (this one last), with its median when it has enough parcels."""
    first = trend_start(today, weeks)
    result = []
    for i in range(weeks):
        monday = first + timedelta(weeks=i)
        days = by_week.get(monday, ())
        median = percentile(days, 50) if len(days) >= WEEK_MIN_PARCELS else None
        result.append(Week(monday, len(days), median))
    return tuple(result)
