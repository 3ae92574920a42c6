"""Delivery history and estimates on the order database: what the Insights view and "expected by" read.

A transit sample is one shipment: its order's destination and shop, the carrier, when it
shipped and when it was delivered, and the working days in between. The delivery time is the
carrier's own (its "delivered" event, from the carrier tracking) when known as a UTC time, else
TPOP's or the shop's; working days are kept to a hundredth (a quarter of an hour is
no figure anyone reads, and short numbers group faster). The estimates job rebuilds the samples (``rebuild_samples``, all in SQL, so
the work runs in SQLite without holding Python's lock) and replaces the estimates after each sync.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from tpop_desktop.core.attention import STALE_AFTER
from tpop_desktop.core.insights import (HISTOGRAM_LAST, RECENT, EVERY_PARCEL, Group, GroupKind, InsightsData, InsightsFilter,
                                        monday_of, trend_start)
from tpop_desktop.core.transit import TREND_WEEKS, Estimate, Sample, TransitStats
from tpop_desktop.store.codec import decode_time, encode_time
from tpop_desktop.store.connection import StoreConnection

# Working time since a reference Monday (2001-01-01), in days: whole weeks count five days and a
# week's Saturday and Sunday add nothing; mirrors core.working_hours on UTC wall clocks (a test
# checks both agree).
_EPOCH = "julianday('2001-01-01')"


def _working_days_since_epoch(moment: str) -> str:
    since = f"(julianday({moment}) - {_EPOCH})"
    weeks = f"CAST({since} / 7 AS INTEGER)"
    return f"({weeks} * 5 + min({since} - 7 * {weeks}, 5))"


_DELIVERED_AT = ("COALESCE(CASE WHEN p.status = 'delivered' AND p.status_at LIKE '%Z' THEN p.status_at END,"
                 " s.delivered_at)")  # a carrier's local time is not comparable: TPOP's then
_REBUILD = (
    "INSERT INTO transit_samples (reference, country, carrier, shop_id, shipped_at, delivered_at, days, latest, status)"
    f" SELECT o.reference, o.country, COALESCE(s.carrier, ''), o.shop_id, s.shipped_at, {_DELIVERED_AT},"
    f" round(max(0.0, {_working_days_since_epoch(_DELIVERED_AT)} - {_working_days_since_epoch('s.shipped_at')}), 2),"
    " s.tracking_number = o.tracking_number, o.status"
    " FROM shipments s JOIN orders o ON o.rowid = s.order_rowid"
    " LEFT JOIN parcels p ON p.reference = o.reference AND p.tracking_number = s.tracking_number"
    " WHERE s.shipped_at IS NOT NULL AND o.status != 'cancelled'"
)
# What the view groups on, counted once: the distribution's bar, the week of delivery, calendar days.
_DERIVED = (
    f"UPDATE transit_samples SET bin = min(CAST(days AS INTEGER), {HISTOGRAM_LAST}),"
    " week = date(delivered_at, '-6 days', 'weekday 1'),"
    " calendar_days = CAST(julianday(date(delivered_at)) - julianday(date(shipped_at)) AS INTEGER)"
    " WHERE days IS NOT NULL"
)

# Delivered more than 21 calendar days after shipping, or still travelling 21 days on (the parameter: today).
# The parameter: the day 21 days before today (the latest parcel of a shipped order, sent before it and
# still travelling; a replaced parcel, or one delivered without a usable time, is not).
_OVER_LIMIT = (f"(calendar_days > {STALE_AFTER.days}"
               " OR (days IS NULL AND latest AND status = 'shipped' AND shipped_at < ?))")


class InsightsStore(StoreConnection):
    """Reads the delivery history; writes the samples and the estimates. Every failure is a ``StoreError``."""

    TABLES = ("order_estimates", "transit_samples")

    def rebuild_samples(self) -> int:
        """Count every shipment's working days again, in one transaction; returns the number of samples."""
        def write() -> int:
            self._conn.execute("DELETE FROM transit_samples")
            count = self._conn.execute(_REBUILD).rowcount
            self._conn.execute(_DERIVED)
            return count

        return self._transaction(write)

    # -- the Insights view ----------------------------------------------------------------------------

    def _carriers_of(self, group: Group, cache: dict[tuple, Any]) -> list[str]:
        """Every spelling of the group's carrier in the samples (read once per ``cache``)."""
        if ("spellings",) not in cache:
            cache[("spellings",)] = [c for (c,) in self._conn.execute("SELECT DISTINCT carrier FROM transit_samples")]
        return [c for c in cache[("spellings",)] if group.holds(group.country, c)]

    def _where(self, chosen: InsightsFilter, group: Group = EVERY_PARCEL,
               cache: dict[tuple, Any] | None = None) -> tuple[str, list[Any]]:
        where, params = ["1"], []
        if chosen.shipped_from is not None:
            where.append("shipped_at >= ?")
            params.append(chosen.shipped_from.isoformat())
        if chosen.shop_ids:
            where.append(f"shop_id IN ({','.join('?' * len(chosen.shop_ids))})")
            params.extend(sorted(chosen.shop_ids))
        if group.kind in (GroupKind.COUNTRY, GroupKind.LANE):
            where.append("upper(country) = ?")
            params.append(group.country)
        if group.kind in (GroupKind.CARRIER, GroupKind.LANE):
            carriers = self._carriers_of(group, {} if cache is None else cache)
            where.append(f"carrier IN ({','.join('?' * len(carriers))})")
            params.extend(carriers)
        return " WHERE " + " AND ".join(where), params

    def _lane_days(self, where: str, params: list[Any]) -> dict[tuple[str, str], list[float]]:
        """(COUNTRY, carrier) -> working days of the delivered parcels ``where`` lets through."""
        rows = self._conn.execute(
            f"SELECT upper(country), carrier, group_concat(days) FROM transit_samples{where}"
            " AND days IS NOT NULL GROUP BY 1, 2", params).fetchall()
        return {(country, carrier): list(map(float, days.split(","))) for country, carrier, days in rows}

    def insights_data(self, chosen: InsightsFilter, group: Group, today: date, weeks: int = TREND_WEEKS,
                      cache: dict[tuple, Any] | None = None) -> InsightsData:
        """Everything the view counts for ``chosen`` (the charts: ``group``), in one read transaction.

        ``cache`` (the caller's, emptied whenever the samples change) keeps what does not depend on
        the period: the lanes' history and the weekly trend, so a new period reads only its own parcels.
        """
        return self._snapshot(lambda: self._insights_data(chosen, group, today, weeks, {} if cache is None else cache))

    def _insights_data(self, chosen: InsightsFilter, group: Group, today: date, weeks: int,
                       cache: dict[tuple, Any]) -> InsightsData:
        month = (today - RECENT).isoformat()
        where, params = self._where(chosen)
        rows = self._conn.execute(
            f"SELECT upper(country), carrier, count(DISTINCT CASE WHEN {_OVER_LIMIT} THEN reference END),"
            f" count(*), group_concat(days) FROM transit_samples{where} GROUP BY 1, 2",
            [_limit_day(today), *params]).fetchall()
        lanes = {(country, carrier): list(map(float, days.split(","))) for country, carrier, _over, _n, days in rows
                 if days}
        history_key = ("history", chosen.shop_ids, month)
        if history_key not in cache:  # this month against before, whatever the period: the slowest lanes
            shops_only, shop_params = self._where(InsightsFilter(shop_ids=chosen.shop_ids))
            parts = self._conn.execute(
                f"SELECT delivered_at >= ?, upper(country), carrier, group_concat(days) FROM transit_samples"
                f"{shops_only} AND days IS NOT NULL GROUP BY 1, 2, 3", [month, *shop_params]).fetchall()
            cache[history_key] = tuple({(country, carrier): list(map(float, days.split(",")))
                                        for is_recent, country, carrier, days in parts if bool(is_recent) is wanted}
                                       for wanted in (True, False))
        recent, earlier = cache[history_key]
        group_where, group_params = self._where(chosen, group, cache)
        distribution = dict(self._conn.execute(
            f"SELECT bin, count(*) FROM transit_samples{group_where} AND days IS NOT NULL GROUP BY 1",
            group_params).fetchall())
        first = trend_start(today, weeks)
        trend_key = ("weeks", chosen.shop_ids, group, first)
        if trend_key not in cache:  # the trend covers its 26 weeks whatever the period; the shops still count
            trend_where, trend_params = self._where(InsightsFilter(shop_ids=chosen.shop_ids), group, cache)
            cache[trend_key] = {date.fromisoformat(monday): list(map(float, days.split(","))) for monday, days in
                                self._conn.execute(f"SELECT week, group_concat(days) FROM transit_samples{trend_where}"
                                                   " AND week >= ? GROUP BY 1", [*trend_params, first.isoformat()])}
        return InsightsData(
            today=today, shipped=sum(row[3] for row in rows), over_limit=sum(row[2] for row in rows),
            lanes=lanes, recent=recent, earlier=earlier, distribution=distribution, weeks=cache[trend_key])

    def references(self, chosen: InsightsFilter, group: Group = EVERY_PARCEL, *, today: date,
                   working_days: int | None = None, week: date | None = None, over_limit: bool = False,
                   recent: bool = False) -> frozenset[str]:
        """The orders behind a figure: the group's delivered parcels, on a bar of the distribution
        (``working_days``), delivered in a ``week`` or this month (``recent``; both whatever the period,
        as their figures are), or every parcel over the 21-day limit."""
        if week is not None or recent:
            chosen = InsightsFilter(shop_ids=chosen.shop_ids)
        where, params = self._where(chosen, group)
        if not over_limit:
            where += " AND days IS NOT NULL"
        if working_days is not None:
            where += " AND bin = ?"
            params.append(working_days)
        if week is not None:
            where += " AND week = ?"
            params.append(monday_of(week).isoformat())
        if over_limit:
            where += f" AND {_OVER_LIMIT}"
            params.append(_limit_day(today))
        if recent:
            where += " AND delivered_at >= ?"
            params.append((today - RECENT).isoformat())
        rows = self._read(lambda: self._conn.execute(f"SELECT DISTINCT reference FROM transit_samples{where}",
                                                     params).fetchall())
        return frozenset(reference for (reference,) in rows)

    def lane_days(self, shipped_from: date) -> dict[tuple[str, str], list[float]]:
        """Every lane's delivered working days since ``shipped_from`` (the estimates' history)."""
        where, params = self._where(InsightsFilter(shipped_from=shipped_from))
        return self._read(lambda: self._lane_days(where, params))

    def travelling(self) -> list[Sample]:
        """The latest shipment of each shipped order not delivered yet: the parcels an estimate is for."""
        rows = self._read(lambda: self._conn.execute(
            "SELECT reference, country, carrier, shop_id, shipped_at FROM transit_samples"
            " WHERE latest AND days IS NULL AND status = 'shipped'").fetchall())
        return [Sample(reference, country, carrier, shop_id, decode_time(shipped))  # type: ignore[arg-type]
                for reference, country, carrier, shop_id, shipped in rows]

    def save_estimates(self, estimates: Iterable[Estimate]) -> None:
        """Replace every estimate, in one transaction."""
        rows = [(e.reference, encode_time(e.expected_by) if e.expected_by is not None else None,
                 e.stats.low, e.stats.high, e.stats.parcels, e.country, e.carrier) for e in estimates]

        def write() -> None:
            self._conn.execute("DELETE FROM order_estimates")
            self._conn.executemany(
                "INSERT OR REPLACE INTO order_estimates (reference, expected_by, window_low, window_high, parcels,"
                " country, carrier) VALUES (?, ?, ?, ?, ?, ?, ?)", rows)

        self._transaction(write)

    def current_estimates(self) -> list[Estimate]:
        """Every stored estimate (to tell what a new computation changed)."""
        rows = self._read(lambda: self._conn.execute(
            "SELECT reference, expected_by, window_low, window_high, parcels, country, carrier"
            " FROM order_estimates").fetchall())
        return [_estimate(row[0], *row[1:]) for row in rows]

    def estimate_for(self, reference: str) -> Estimate | None:
        row = self._read(lambda: self._conn.execute(
            "SELECT expected_by, window_low, window_high, parcels, country, carrier FROM order_estimates"
            " WHERE reference = ?", (reference,)).fetchone())
        return _estimate(reference, *row) if row is not None else None


def _limit_day(today: date) -> str:
    return (today - STALE_AFTER).isoformat()


def _estimate(reference: str, expected: str | None, low: int | None, high: int | None, parcels: int,
              country: str, carrier: str) -> Estimate:
    return Estimate(reference, country, carrier, TransitStats(parcels, None, None, low, high), decode_time(expected))
