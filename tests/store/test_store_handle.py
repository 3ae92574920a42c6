"""The database handle: one file per profile, a store per thread, and a sign-out that forgets every store."""

from __future__ import annotations

from datetime import UTC, datetime

from tpop_desktop.core.cases import CaseKind, open_case
from tpop_desktop.core.models import Status
from tpop_desktop.core.shop_checks import ShopCheck, ShopState
from tpop_desktop.store.handle import Database


def test_each_store_is_its_own_connection_on_the_same_file(tmp_path, build_order):
    database = Database(tmp_path / "data" / "orders.sqlite3")
    database.open()
    writer, reader = database.orders(), database.orders()
    try:
        writer.apply_sync([build_order("TP-1")], cursor="c", seen_at=datetime.now(UTC))
        assert reader.order_count() == 1 and reader is not writer
    finally:
        writer.close()
        reader.close()
    assert database.folder == tmp_path / "data"


def test_signing_out_forgets_orders_notes_cases_and_shop_checks(tmp_path, build_order):
    database = Database(tmp_path / "orders.sqlite3")
    database.open()
    now = datetime.now(UTC)
    order = build_order("TP-1", status=Status.SHIPPED, tracking=("6A12345678901",))
    orders, cases, checks = database.orders(), database.cases(), database.shop_checks()
    try:
        orders.apply_sync([order], cursor="c", seen_at=now)
        orders.set_note("TP-1", "called")
        cases.save(open_case("case-1", order, CaseKind.RETURNED_TO_SENDER, now))
        checks.save_run([ShopCheck(reference="TP-1", shop_id="s", platform=order.shop.platform,
                                   shop_order_number=order.shop_order_number, state=ShopState.IN_SYNC)],
                        now, read_shops=["s"])
        database.clear()
        assert orders.order_count() == 0 and orders.note("TP-1") == "" and orders.sync_cursor() is None
        assert cases.open_cases() == [] and checks.for_reference("TP-1") == [] and checks.read_statuses() == {}
    finally:
        for store in (orders, cases, checks):
            store.close()


def test_signing_out_before_any_file_exists_does_nothing(tmp_path):
    database = Database(tmp_path / "never" / "orders.sqlite3")
    database.clear()
    assert not database.exists()
