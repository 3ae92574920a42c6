"""ShopChecksStore on a real SQLite file: runs saved whole, latest result per shop order, the filter."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tpop_desktop.core.models import Platform, Status
from tpop_desktop.core.shop_checks import MissingReason, ShopCheck, ShopState
from tpop_desktop.core.shop_orders import ShopTracking
from tpop_desktop.store.errors import StoreError
from tpop_desktop.store.records import OrderQuery, SortKey
from tpop_desktop.store.handle import Database
from tpop_desktop.store.shop_checks_store import ShopChecksStore, ShopFixRecord


def check(reference, state, *, shop="shop-a", number=None, reason=None) -> ShopCheck:
    return ShopCheck(reference=reference, shop_id=shop, platform=Platform.SHOPIFY,
                     shop_order_number=number or f"#{(reference or '0000')[-4:]}", state=state, reason=reason,
                     tpop_tracking=ShopTracking("colissimo", "6A123"), shop_order_id="gid://1")


@pytest.fixture
def checks(db_path):
    the_store = ShopChecksStore(db_path)
    yield the_store
    the_store.close()


@pytest.fixture
def stored(store, build_order, now):
    orders = [build_order(f"TP-10000{i}", status=Status.SHIPPED, tracking=("6A123",)) for i in range(1, 5)]
    store.apply_sync(orders, cursor="c", seen_at=now)
    return orders


def test_a_run_keeps_the_latest_result_per_shop_order(checks, stored, now):
    checks.save_run([check("TP-100001", ShopState.TRACKING_MISSING)], now, read_shops=["shop-a"])
    checks.save_run([check("TP-100001", ShopState.IN_SYNC, number="0001")], now + timedelta(hours=1),
                    read_shops=["shop-a"])
    assert [c.state for c in checks.for_reference("TP-100001")] == [ShopState.IN_SYNC]
    assert checks.latest("shop-a", "0001").state is ShopState.IN_SYNC  # "#0001" and "0001" are one order


def test_results_round_trip_whole(checks, stored, now):
    original = check("TP-100002", ShopState.TRACKING_MISSING, reason=MissingReason.CLOSED_MANUALLY_OR_AUTOMATICALLY)
    checks.save_run([original], now, read_shops=["shop-a"])
    assert checks.for_reference("TP-100002") == [original]


def test_counts_and_problems_include_orders_missing_in_tpop(checks, stored, now):
    checks.save_run([
        check("TP-100001", ShopState.TRACKING_MISSING), check("TP-100002", ShopState.TRACKING_DIFFERENT),
        check("TP-100003", ShopState.IN_SYNC), check(None, ShopState.NOT_IN_TPOP, number="#8000"),
    ], now, read_shops=["shop-a"])
    counts = checks.counts()
    assert (counts[ShopState.TRACKING_MISSING], counts[ShopState.IN_SYNC], counts[ShopState.NOT_IN_TPOP]) == (1, 1, 1)
    assert checks.problem_count() == 3
    assert [c.shop_order_number for c in checks.not_in_tpop()] == ["#8000"]


def test_a_shop_read_again_drops_orders_no_longer_missing_in_tpop(checks, stored, now):
    checks.save_run([check(None, ShopState.NOT_IN_TPOP, number="#8000"),
                     check(None, ShopState.NOT_IN_TPOP, number="#8001")], now, read_shops=["shop-a"])
    checks.save_run([check(None, ShopState.NOT_IN_TPOP, number="#8001")], now, read_shops=["shop-a"])
    assert [c.shop_order_number for c in checks.not_in_tpop()] == ["#8001"]


def test_a_failed_shop_gets_unknown_and_other_shops_keep_their_results(checks, stored, now):
    kept = check("TP-100003", ShopState.TRACKING_MISSING, shop="shop-b", number="#9")
    checks.save_run([check("TP-100001", ShopState.IN_SYNC), kept], now, read_shops=["shop-a", "shop-b"])
    checks.save_run([check("TP-100001", ShopState.UNKNOWN)], now, failures={"shop-a": "AuthError"})
    assert checks.for_reference("TP-100001")[0].state is ShopState.UNKNOWN
    assert checks.for_reference("TP-100003") == [kept]
    assert checks.read_statuses()["shop-a"].failure == "AuthError"
    assert checks.read_statuses()["shop-b"].failure == ""


def test_a_run_is_saved_whole_or_not_at_all(checks, stored, now):
    checks.save_run([check("TP-100001", ShopState.IN_SYNC)], now, read_shops=["shop-a"])

    class Broken(ShopCheck):
        @property
        def key(self):
            raise RuntimeError("boom")

    broken = Broken(reference="TP-100002", shop_id="shop-a", platform=Platform.SHOPIFY, shop_order_number="#2",
                    state=ShopState.IN_SYNC)
    with pytest.raises(RuntimeError):
        checks.save_run([check("TP-100001", ShopState.TRACKING_MISSING), broken], now, read_shops=["shop-a"])
    assert checks.for_reference("TP-100001")[0].state is ShopState.IN_SYNC


def test_the_table_shows_the_state_and_filters_shop_problems(checks, stored, store, now):
    checks.save_run([check("TP-100001", ShopState.TRACKING_MISSING), check("TP-100002", ShopState.IN_SYNC),
                     check("TP-100003", ShopState.TRACKING_DIFFERENT)], now, read_shops=["shop-a"])
    ids = store.query_ids(OrderQuery(shop_problems=True), now=now)
    rows = store.rows(ids)
    assert sorted(row.reference for row in rows.values()) == ["TP-100001", "TP-100003"]
    table_ids, _counts = store.table(OrderQuery(shop_problems=True), now=now)
    assert sorted(table_ids) == sorted(ids)
    all_rows = store.rows(store.query_ids(OrderQuery(), now=now))
    assert {r.reference: r.shop_state for r in all_rows.values()} == {
        "TP-100001": "tracking_missing", "TP-100002": "in_sync", "TP-100003": "tracking_different", "TP-100004": None}
    by_state = store.query_ids(OrderQuery(), SortKey.SHOP_CHECK, descending=False, now=now)
    assert [all_rows[i].reference for i in by_state][:2] == ["TP-100001", "TP-100003"]


def test_fixes_are_kept_for_the_timeline_and_sign_out_clears_everything(checks, stored, store, now, db_path):
    checks.save_run([check("TP-100001", ShopState.TRACKING_MISSING)], now, read_shops=["shop-a"])
    checks.record_fix(ShopFixRecord("TP-100001", "shop-a", now, "written", {"number": "6A123", "notified": True}))
    assert [(f.outcome, f.data["number"]) for f in checks.fixes_for("TP-100001")] == [("written", "6A123")]
    store.clear()  # the orders store wipes its own tables only
    assert checks.fixes_for("TP-100001") != []
    Database(db_path).clear()  # signing out wipes every store's
    assert checks.for_reference("TP-100001") == [] and checks.fixes_for("TP-100001") == []
    assert checks.read_statuses() == {} and store.order_count() == 0


def test_forgetting_a_shop_returns_the_orders_it_touched(checks, stored, now):
    checks.save_run([check("TP-100001", ShopState.TRACKING_MISSING)], now, read_shops=["shop-a"])
    assert checks.forget_shop("shop-a") == {"TP-100001"}
    assert checks.problem_count() == 0 and checks.read_statuses() == {}


def test_known_shops_and_tpop_orders_come_from_the_stored_orders(checks, stored):
    assert [(s, p) for s, _n, p in checks.known_shops()] == [("shop-a", Platform.SHOPIFY)]
    assert sorted(o.reference for o in checks.tpop_orders(["shop-a"])) == [o.reference for o in stored]
    assert checks.tpop_orders([]) == []


def test_an_unmigrated_file_is_refused(tmp_path):
    import sqlite3

    from tpop_desktop.store.schema import SCHEMA_VERSION, migrate
    path = tmp_path / "old.sqlite3"
    conn = sqlite3.connect(path, isolation_level=None)
    migrate(conn, target=SCHEMA_VERSION - 1)
    conn.close()
    with pytest.raises(StoreError):
        ShopChecksStore(path)
