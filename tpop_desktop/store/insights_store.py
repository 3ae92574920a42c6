"""Delivery history and estimates on the order database: what the Insights view and "expected by" read.

A sample is one shipment: its order's destination and shop, the carrier, when it shipped, and
when it was delivered. The delivery time is the carrier's own (its "delivered" event, from the
carrier tracking) when known as a UTC time, else TPOP's or the shop's. Estimates are replaced
whole after each sync by the estimates job.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from tpop_desktop.core.parcel import parse_carrier_time_text
from tpop_desktop.core.transit import Estimate, Sample, TransitStats
from tpop_desktop.store.codec import decode_time, encode_time
from tpop_desktop.store.connection import StoreConnection

_SAMPLES = (
    "SELECT o.reference, o.country, s.carrier, o.shop_id, s.shipped_at, s.delivered_at, p.status, p.status_at"
    " FROM shipments s JOIN orders o ON o.rowid = s.order_rowid"
    " LEFT JOIN parcels p ON p.reference = o.reference AND p.tracking_number = s.tracking_number"
    " WHERE s.shipped_at IS NOT NULL AND o.status != 'cancelled'"
)


def _delivered(tpop_delivered: str | None, parcel_status: str | None, parcel_at: str | None) -> datetime | None:
    if parcel_status == "delivered" and parcel_at and parcel_at.endswith("Z"):  # a local time is not comparable
        try:
            return parse_carrier_time_text(parcel_at)
        except ValueError:
            pass
    return decode_time(tpop_delivered)


class InsightsStore(StoreConnection):
    """Reads the delivery history; writes the estimates. Every failure is a ``StoreError``."""

    TABLES = ("order_estimates",)

    def samples(self, since: datetime | None = None) -> list[Sample]:
        """Every shipment shipped at or after ``since`` (all when None), delivered or not."""
        sql, params = _SAMPLES, []
        if since is not None:
            sql += " AND s.shipped_at >= ?"
            params.append(encode_time(since))
        rows = self._read(lambda: self._conn.execute(sql, params).fetchall())
        return [Sample(reference, country, carrier or "", shop_id, decode_time(shipped),  # type: ignore[arg-type]
                       _delivered(delivered, status, status_at))
                for reference, country, carrier, shop_id, shipped, delivered, status, status_at in rows]

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


def _estimate(reference: str, expected: str | None, low: int | None, high: int | None, parcels: int,
              country: str, carrier: str) -> Estimate:
    return Estimate(reference, country, carrier, TransitStats(parcels, None, None, low, high), decode_time(expected))
