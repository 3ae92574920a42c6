"""Orders read from the shops, stored beside TPOP's: one row per order, TPOP's cursor untouched."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from tpop_desktop.core.changes import EventKind
from tpop_desktop.core.models import Status
from tpop_desktop.store.shop_checks_store import ShopChecksStore

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
LATER = NOW + timedelta(minutes=5)


def from_shop(build_order, number: str, **changes):
    """A shop order as ``order_from_shop`` makes it: a ``shop:`` reference, the shop's own number."""
    order = build_order("TP-0000", number=f"#{number}", **changes)
    return replace(order, reference=f"shop:shop-a:{number}")


def test_shop_orders_are_stored_without_touching_tpops_cursor(store, build_order):
    store.apply_sync([build_order("TP-1001")], cursor="tpop-cursor", seen_at=NOW)
    events = store.apply_shop_orders([from_shop(build_order, "2001")], seen_at=LATER,
                                     cursors={"shop-a": "2026-03-01T11:55:00+00:00"})
    assert [(e.reference, e.kind) for e in events] == [("shop:shop-a:2001", EventKind.NEW)]
    assert store.sync_cursor() == "tpop-cursor"
    assert store.shop_orders_cursor("shop-a") == "2026-03-01T11:55:00+00:00"
    assert store.order_count() == 2
    assert store.shop_order_references("shop-a") == {"shop:shop-a:2001"}


def test_a_tracking_number_appearing_in_the_shop_is_a_shipped_event(store, build_order):
    store.apply_shop_orders([from_shop(build_order, "2001", status=Status.OPEN)], seen_at=NOW)
    shipped = from_shop(build_order, "2001", status=Status.SHIPPED, tracking=("6A12345678901",))
    events = store.apply_shop_orders([shipped], seen_at=LATER)
    assert (EventKind.SHIPPED, "6A12345678901") in [(e.kind, e.detail) for e in events]
    assert store.apply_shop_orders([shipped], seen_at=LATER) == []  # unchanged: nothing written


def test_tpops_order_replaces_the_shop_row_with_the_same_key_and_keeps_its_note(store, build_order):
    store.apply_shop_orders([from_shop(build_order, "2001", status=Status.OPEN)], seen_at=NOW)
    store.set_note("shop:shop-a:2001", "gift wrap")
    events = store.apply_sync([build_order("TP-1001", number="2001", status=Status.PRODUCTION)],
                              cursor="c1", seen_at=LATER)
    assert store.order("shop:shop-a:2001") is None and store.order_count() == 1
    assert store.note("TP-1001") == "gift wrap"
    # the merchant already knew the order: its move to production is news, not a "new order"
    assert [(e.reference, e.kind, e.previous_status) for e in events] == [
        ("TP-1001", EventKind.STATUS_CHANGED, Status.OPEN)]


def test_dropping_never_deletes_a_tpop_row_and_forgetting_a_shop_takes_only_its_rows(store, build_order):
    store.apply_sync([build_order("TP-1001")], cursor="c1", seen_at=NOW)
    store.apply_shop_orders([from_shop(build_order, "2001"), from_shop(build_order, "2002")], seen_at=NOW,
                            cursors={"shop-a": "x"})
    store.apply_shop_orders([], drop=["TP-1001", "shop:shop-a:2002"], seen_at=LATER)
    assert store.order("TP-1001") is not None and store.order("shop:shop-a:2002") is None
    assert store.forget_shop_orders("shop-a") == {"shop:shop-a:2001"}
    assert store.order_count() == 1 and store.shop_orders_cursor("shop-a") is None


def test_the_shop_checks_compare_tpops_orders_only(db_path, store, build_order):
    store.apply_sync([build_order("TP-1001", number="#1001")], cursor="c1", seen_at=NOW)
    store.apply_shop_orders([from_shop(build_order, "2001")], seen_at=NOW)
    assert store.tpop_order_keys(["shop-a"]) == {("shop-a", "1001")}
    assert store.tpop_shop_names(["shop-a"]) == {"shop-a": "Atelier Céleste"}
    checks = ShopChecksStore(db_path)
    try:
        assert [o.reference for o in checks.tpop_orders(["shop-a"])] == ["TP-1001"]
    finally:
        checks.close()
