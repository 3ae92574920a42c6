"""Delivery history for the Insights view and the estimates: the carrier's delivery time first, then TPOP's."""

from __future__ import annotations

import sqlite3
from datetime import timedelta

from tpop_desktop.core.models import Status
from tpop_desktop.core.parcel import carrier_time_text
from tpop_desktop.core.transit import Estimate, TransitStats
from tpop_desktop.store.handle import Database


def test_a_sample_per_shipment_with_the_carriers_delivery_time_when_known(db_path, store, build_order, now):
    shipped = now - timedelta(days=6)
    orders = [
        build_order("TP-1", status=Status.DELIVERED, tracking=("6A1",), shipped_at=shipped, delivered_at=now - timedelta(days=2)),
        build_order("TP-2", status=Status.SHIPPED, tracking=("6A2",), shipped_at=shipped),
        build_order("TP-3", status=Status.SHIPPED, tracking=("6A3",), shipped_at=shipped, country="BE"),
        build_order("TP-4", status=Status.PRODUCTION),
    ]
    store.apply_sync(orders, cursor="c", seen_at=now)
    conn = sqlite3.connect(db_path)
    conn.execute("INSERT INTO parcels (reference, tracking_number, service, status, status_rank, status_at, checked_at,"
                 " changed_at) VALUES ('TP-3', '6A3', 'laposte', 'delivered', 5, ?, 'x', 'x')",
                 (carrier_time_text(now - timedelta(days=1)),))
    conn.commit()
    conn.close()
    insights = Database(db_path).insights()
    try:
        samples = {s.reference: s for s in insights.samples()}
    finally:
        insights.close()
    assert set(samples) == {"TP-1", "TP-2", "TP-3"}  # shipped ones only
    assert samples["TP-1"].delivered_at == now - timedelta(days=2)
    assert samples["TP-2"].delivered_at is None
    assert samples["TP-3"].delivered_at.replace(microsecond=0) == (now - timedelta(days=1)).replace(microsecond=0)
    assert samples["TP-3"].lane == ("BE", "colissimo")


def test_estimates_are_replaced_whole_and_signing_out_forgets_them(db_path, now):
    insights = Database(db_path).insights()
    try:
        window = TransitStats(40, 3.0, 4.6, 2, 5)
        insights.save_estimates([Estimate("TP-1", "BE", "La Poste", window, now + timedelta(days=3)),
                                 Estimate("TP-2", "IT", "GLS", TransitStats(3, None, None, None, None), None)])
        insights.save_estimates([Estimate("TP-1", "BE", "La Poste", window, now + timedelta(days=4))])
        again = insights.estimate_for("TP-1")
        assert again.expected_by == now + timedelta(days=4) and (again.stats.low, again.stats.high) == (2, 5)
        assert again.stats.parcels == 40 and insights.estimate_for("TP-2") is None
        Database(db_path).clear()
        assert insights.current_estimates() == []
    finally:
        insights.close()
