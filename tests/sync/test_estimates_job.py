"""The delivery estimates job: a lane's usual window from its delivered parcels, "expected by", late."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from tpop_desktop.core.models import Customer, Destination, Order, Platform, Shipment, Shop, Status
from tpop_desktop.store.handle import Database
from tpop_desktop.sync.engine import SyncReport
from tpop_desktop.sync.estimates_job import EstimatesJob

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)  # a Friday


def order(reference: str, shipped: datetime, delivered: datetime | None, country: str = "BE") -> Order:
    shipment = Shipment("La Poste", f"LB{reference[-6:]}FR", "", shipped, delivered)
    return Order(reference=reference, shop=Shop("s", "Studio", Platform.SHOPIFY), shop_order_number=reference,
                 created_at=shipped - timedelta(days=2), updated_at=delivered or shipped,
                 status=Status.DELIVERED if delivered else Status.SHIPPED, customer=Customer("A B"),
                 destination=Destination(country), items=(), shipments=(shipment,))


def history(database: Database, orders: list[Order]) -> None:
    store = database.orders()
    try:
        store.apply_sync(orders, cursor="c", seen_at=NOW)
    finally:
        store.close()


def report(events: list | None = None) -> SyncReport:
    return SyncReport(events=events or [], received=0, skipped=(), full=False, finished_at=NOW)


def test_an_undelivered_parcel_is_expected_by_the_end_of_its_lanes_window_and_late_after_it(tmp_path):
    database = Database(tmp_path / "orders.sqlite3")
    database.open()
    monday = NOW - timedelta(days=4, hours=2)
    delivered = [order(f"TP-{100000 + i}", monday - timedelta(weeks=i + 1), monday - timedelta(weeks=i + 1, days=-3))
                 for i in range(12)]  # 12 parcels to Belgium, each 3 working days
    thursday = monday + timedelta(days=3)
    waiting = order("TP-200001", thursday, None)
    lost = order("TP-200002", monday - timedelta(days=10), None)
    elsewhere = order("TP-200003", monday, None, country="IT")  # no history for Italy
    history(database, [*delivered, waiting, lost, elsewhere])
    job = EstimatesJob(database, now=lambda: NOW)

    outcome = job(report())
    assert outcome is not None and outcome.late == frozenset({"TP-200002"})
    assert outcome.references == frozenset({"TP-200001", "TP-200002", "TP-200003"})
    insights = database.insights()
    try:
        estimate = insights.estimate_for("TP-200001")
        assert (estimate.stats.low, estimate.stats.high, estimate.stats.parcels) == (3, 3, 12)
        assert estimate.expected_by == thursday + timedelta(days=5)  # 3 working days after Thursday: Tuesday
        assert insights.estimate_for("TP-200003").expected_by is None  # too few parcels: no figure
    finally:
        insights.close()
    assert job(report()) is None  # not due again so soon, and the sync brought nothing
    job.request()
    again = job(report())
    assert again is not None and again.references == frozenset()  # nothing changed since


def test_an_order_whose_window_passes_is_news_though_its_estimate_stays(tmp_path):
    database = Database(tmp_path / "orders.sqlite3")
    database.open()
    monday = NOW - timedelta(days=4, hours=2)
    delivered = [order(f"TP-{100000 + i}", monday - timedelta(weeks=i + 1), monday - timedelta(weeks=i + 1, days=-3))
                 for i in range(12)]
    history(database, [*delivered, order("TP-200001", monday + timedelta(days=3), None)])  # due next Tuesday
    clock = {"now": NOW}
    job = EstimatesJob(database, now=lambda: clock["now"])
    first = job(report())
    assert first is not None and first.late == frozenset() and first.references == frozenset({"TP-200001"})
    clock["now"] = NOW + timedelta(days=5)  # Wednesday: past the window
    job.request()
    later = job(report())
    assert later is not None and later.late == frozenset({"TP-200001"})
    assert later.references == frozenset({"TP-200001"})  # the table repaints its late marker
