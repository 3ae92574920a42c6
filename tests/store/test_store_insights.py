"""Delivery history for the Insights view and the estimates: the carrier's delivery time first, then TPOP's."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime, timedelta

import pytest

from tpop_desktop.core.insights import EVERY_PARCEL, Group, GroupKind, InsightsFilter, build_report
from tpop_desktop.core.models import Status
from tpop_desktop.core.parcel import carrier_time_text
from tpop_desktop.core.transit import Estimate, TransitStats, working_days
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
        assert insights.rebuild_samples() == 3
        travelling = {s.reference for s in insights.travelling()}
    finally:
        insights.close()
    records = samples(db_path)
    assert set(records) == {"TP-1", "TP-2", "TP-3"}  # shipped ones only
    assert records["TP-1"][0][:10] == (now - timedelta(days=2)).date().isoformat()
    assert records["TP-1"][1] == pytest.approx(working_days(shipped, now - timedelta(days=2)), abs=0.005)
    assert records["TP-2"] == (None, None)
    assert records["TP-3"][0][:10] == (now - timedelta(days=1)).date().isoformat()  # the carrier's delivery counts
    assert travelling == {"TP-2"}  # the carrier delivered TP-3 already


def samples(db_path) -> dict[str, tuple[str | None, float | None]]:
    conn = sqlite3.connect(db_path)
    try:
        return {ref: (at, days) for ref, at, days in conn.execute(
            "SELECT reference, delivered_at, days FROM transit_samples")}
    finally:
        conn.close()


# Across weekends, on a Saturday, over several weeks, the same minute, and delivered "before" shipping.
SPANS = [
    (datetime(2026, 11, 20, 15, 0, tzinfo=UTC), datetime(2026, 11, 23, 9, 0, tzinfo=UTC)),  # Fri -> Mon
    (datetime(2026, 11, 21, 10, 0, tzinfo=UTC), datetime(2026, 11, 24, 10, 0, tzinfo=UTC)),  # Sat -> Tue
    (datetime(2026, 11, 2, 8, 30, tzinfo=UTC), datetime(2026, 11, 27, 17, 45, tzinfo=UTC)),  # four weeks
    (datetime(2026, 11, 18, 12, 0, tzinfo=UTC), datetime(2026, 11, 18, 12, 0, tzinfo=UTC)),
    (datetime(2026, 11, 18, 12, 0, tzinfo=UTC), datetime(2026, 11, 17, 12, 0, tzinfo=UTC)),
    (datetime(2026, 11, 22, 23, 59, tzinfo=UTC), datetime(2026, 11, 28, 0, 1, tzinfo=UTC)),  # Sun -> Sat
]


@pytest.mark.parametrize(("shipped", "delivered"), SPANS)
def test_the_stores_working_days_agree_with_the_core(db_path, store, build_order, shipped, delivered):
    store.apply_sync([build_order("TP-1", status=Status.DELIVERED, tracking=("6A1",), shipped_at=shipped,
                                  delivered_at=delivered)], cursor="c", seen_at=delivered)
    insights = Database(db_path).insights()
    try:
        insights.rebuild_samples()
    finally:
        insights.close()
    (record,) = samples(db_path).values()
    assert record[1] == pytest.approx(working_days(shipped, delivered), abs=0.005)  # kept to a hundredth


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


NOW_DAY = date(2026, 11, 27)


def test_the_view_counts_by_country_and_shop_and_opens_the_parcels_behind_a_figure(db_path, store, build_order):
    friday = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)
    orders = []
    for i in range(12):  # Belgium, 2 working days, from shop-a, six weeks ago
        shipped = friday - timedelta(weeks=6, days=4 - i % 3)  # Monday to Wednesday
        orders.append(build_order(f"TP-B{i}", status=Status.DELIVERED, country="BE", tracking=(f"B{i}",),
                                  shipped_at=shipped, delivered_at=shipped + timedelta(days=2)))
    for i in range(10):  # France, from shop-b, last week
        shipped = friday - timedelta(days=10)
        orders.append(build_order(f"TP-F{i}", status=Status.DELIVERED, shop="shop-b", tracking=(f"F{i}",),
                                  shipped_at=shipped, delivered_at=shipped + timedelta(hours=20)))
    orders.append(build_order("TP-L", status=Status.SHIPPED, country="BE", tracking=("L",),
                              shipped_at=friday - timedelta(days=25)))  # still travelling after 25 days
    store.apply_sync(orders, cursor="c", seen_at=friday)
    insights = Database(db_path).insights()
    try:
        insights.rebuild_samples()
        everything = build_report(insights.insights_data(InsightsFilter(), EVERY_PARCEL, NOW_DAY))
        belgium = Group(GroupKind.COUNTRY, country="BE")
        charted = insights.insights_data(InsightsFilter(), belgium, NOW_DAY)
        last_month = insights.insights_data(InsightsFilter(shipped_from=NOW_DAY - timedelta(days=30)),
                                            EVERY_PARCEL, NOW_DAY)
        shop_b = insights.insights_data(InsightsFilter(shop_ids=frozenset({"shop-b"})), EVERY_PARCEL, NOW_DAY)
        on_two_days = insights.references(InsightsFilter(), belgium, today=NOW_DAY, working_days=2)
        over = insights.references(InsightsFilter(), today=NOW_DAY, over_limit=True)
        last_30_days = InsightsFilter(shipped_from=NOW_DAY - timedelta(days=30))
        six_weeks_ago = insights.references(last_30_days, today=NOW_DAY, week=NOW_DAY - timedelta(weeks=6))
    finally:
        insights.close()
    assert everything.shipped == 23 and everything.over_limit == 1
    assert [(f.label, f.stats.parcels, f.stats.median) for f in everything.by_country] == [("BE", 12, 2.0),
                                                                                            ("FR", 10, 0.83)]
    assert dict(charted.distribution) == {2: 12}
    assert on_two_days == frozenset(f"TP-B{i}" for i in range(12)) and over == frozenset({"TP-L"})
    assert six_weeks_ago == on_two_days  # a week of the trend, whatever the period (the trend shows 26 weeks)
    assert last_month.shipped == 11 and sum(last_month.distribution.values()) == 10  # France's, and TP-L
    assert sum(map(len, last_month.weeks.values())) == 22  # the weekly trend keeps its 26 weeks
    assert shop_b.shipped == 10 and sum(map(len, shop_b.lanes.values())) == 10
