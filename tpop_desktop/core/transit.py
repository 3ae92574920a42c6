"""How long parcels take, from the merchant's own history: working days, percentiles, the usual window.

Rules (the Insights view, the "expected by" column and the late marker all use them):

- Transit time is counted in working days from shipping to delivery (``working_hours``:
  Monday to Friday count, weekends do not), so a parcel shipped on Friday and delivered
  on Monday took one working day.
- A figure needs at least ``MIN_PARCELS`` parcels behind it; with fewer there is no figure
  (the UI says "too few parcels") rather than a misleading one.
- Percentiles interpolate linearly between the sorted values (the common "linear" method).
- The usual window of a lane (destination country and carrier) runs from the 10th to the
  90th percentile of its transit times, rounded outwards to whole working days: "usually
  delivered in 3–5 working days". A parcel is *expected by* the end of that window, and
  *late* once that moment has passed without a delivery (``attention.is_late``).
- TPOP's support takes a parcel 21 days after shipping (``attention.STALE_AFTER``).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from tpop_desktop.core.working_hours import add_working_hours, working_hours_between

MIN_PARCELS = 10
LOW_PERCENTILE = 10.0
HIGH_PERCENTILE = 90.0
TREND_WEEKS = 26


def working_days(shipped_at: datetime, delivered_at: datetime) -> float:
    """Working days between shipping and delivery (never negative: clocks disagree sometimes)."""
    return max(0.0, working_hours_between(shipped_at, delivered_at) / 24)


def percentile(values: Sequence[float], q: float) -> float:
    """The ``q``-th percentile (0-100) of ``values``, interpolated linearly; raises on no values."""
    if not values:
        raise ValueError("no values")
    if not 0 <= q <= 100:
        raise ValueError("q must be between 0 and 100")
    return _sorted_percentile(sorted(values), q)


def _sorted_percentile(ordered: Sequence[float], q: float) -> float:
    position = (len(ordered) - 1) * q / 100
    below = math.floor(position)
    above = min(below + 1, len(ordered) - 1)
    return ordered[below] + (ordered[above] - ordered[below]) * (position - below)


@dataclass(frozen=True)
class TransitStats:
    """The figures of one group of parcels; ``median`` and ``p90`` are None with too few parcels."""

    parcels: int
    median: float | None
    p90: float | None
    low: int | None  # the usual window, in whole working days
    high: int | None

    @property
    def enough(self) -> bool:
        return self.median is not None


def transit_stats(days: Sequence[float], min_parcels: int = MIN_PARCELS) -> TransitStats:
    """Median, 90th percentile and usual window of ``days``, or no figure below ``min_parcels``."""
    if len(days) < max(1, min_parcels):
        return TransitStats(len(days), None, None, None, None)
    ordered = sorted(days)
    p90 = _sorted_percentile(ordered, HIGH_PERCENTILE)
    low = max(0, math.floor(_sorted_percentile(ordered, LOW_PERCENTILE) + 1e-9))
    high = max(low, math.ceil(p90 - 1e-9), 1)
    return TransitStats(len(days), _sorted_percentile(ordered, 50), p90, low, high)


def expected_by(shipped_at: datetime, stats: TransitStats) -> datetime | None:
    """The end of the usual window after ``shipped_at``; None without a usual window."""
    if stats.high is None:
        return None
    return add_working_hours(shipped_at, stats.high * 24)


@dataclass(frozen=True)
class LaneTrend:
    """A lane (destination country x carrier) this period against its own history."""

    country: str
    carrier: str
    recent: TransitStats
    history: TransitStats

    @property
    def slowdown(self) -> float | None:
        """Recent median over historic median (1.5: half as slow again); None without both figures."""
        if self.recent.median is None or self.history.median is None:
            return None
        return self.recent.median / max(self.history.median, 0.5)


def slowest_lanes(recent: dict[tuple[str, str], Sequence[float]], history: dict[tuple[str, str], Sequence[float]],
                  *, min_parcels: int = MIN_PARCELS, limit: int = 5) -> list[LaneTrend]:
    """Lanes whose recent median is furthest above their own history's, slowest first (slower only)."""
    trends = []
    for (country, carrier), days in recent.items():
        trend = LaneTrend(country, carrier, transit_stats(days, min_parcels),
                          transit_stats(history.get((country, carrier), ()), min_parcels))
        if trend.slowdown is not None and trend.slowdown > 1.0:
            trends.append(trend)
    trends.sort(key=lambda trend: (-(trend.slowdown or 0.0), trend.country, trend.carrier))
    return trends[:limit]


def carrier_key(carrier: str) -> str:
    """Carriers as one lane name, however TPOP or the shop spelled them ("La Poste", "la poste ")."""
    return " ".join(carrier.split()).casefold()


@dataclass(frozen=True)
class Sample:
    """One parcel on its way: where to, with whom, from which shop, when shipped."""

    reference: str
    country: str
    carrier: str
    shop_id: str
    shipped_at: datetime

    @property
    def lane(self) -> tuple[str, str]:
        return (self.country.upper(), carrier_key(self.carrier))


@dataclass(frozen=True)
class Estimate:
    """When a shipped order is usually delivered by, and from how many parcels of its lane."""

    reference: str
    country: str
    carrier: str
    stats: TransitStats
    expected_by: datetime | None


def estimates_from(stats: dict[tuple[str, str], TransitStats], travelling: Iterable[Sample]) -> list[Estimate]:
    """An estimate for each parcel of ``travelling`` from its lane's figures in ``stats``."""
    empty = TransitStats(0, None, None, None, None)
    return [Estimate(s.reference, s.country, s.carrier, stats.get(s.lane, empty),
                     expected_by(s.shipped_at, stats.get(s.lane, empty)))
            for s in travelling]
