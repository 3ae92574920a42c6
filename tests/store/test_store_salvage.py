"""A damaged database: what SQLite can still read is salvaged into the new one, merchant's data first.

Real files, damaged the way disks and crashes damage them: a zeroed header, a file cut in
half, zeroed pages in the middle (found with SQLite's dbstat table), and a destroyed first
page. The moved-aside file is never modified, and the result names it.
"""

from __future__ import annotations

import logging
import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest

from tpop_desktop.connectors.tpop import TpopConnector
from tpop_desktop.core.cases import CaseKind, CaseStep, MessageChannel, mark_step_done, open_case, record_message
from tpop_desktop.core.models import Status
from tpop_desktop.store import OrderStore, open_database
from tpop_desktop.store.cases_store import CaseStore
from tpop_desktop.store.shop_checks_store import ShopChecksStore, ShopFixRecord
from tpop_desktop.sync.engine import run_sync

ORDERS = 3000
SHIPPED = 600
NOTES = {"TP-00007": "Customer called: leave at the bakery next door.", "TP-02999": "VIP — gift wrap",
         "TP-01500": "Refunded half, see mail of 3 March"}
ARCHIVED = [f"TP-{i:05d}" for i in range(100, 140)]


@pytest.fixture
def profile_db(tmp_path, build_order, now) -> Path:
    """A database as months of use leave it: orders, history, notes, archive flags, cases, fixes."""
    path = tmp_path / "data" / "orders.sqlite3"
    open_database(path)
    store = OrderStore(path)
    orders = [build_order(f"TP-{i:05d}", customer=f"Client {i} Müller") for i in range(ORDERS)]
    store.apply_sync(orders, cursor="c1", seen_at=now - timedelta(days=3))
    shipped = [build_order(o.reference, customer=o.customer.name, status=Status.DELIVERED, tracking=(f"6A{i:011d}",),
                           delivered_at=now - timedelta(days=1)) for i, o in enumerate(orders[:SHIPPED])]
    store.apply_sync(shipped, cursor="c2", seen_at=now - timedelta(days=1))
    for reference, text in NOTES.items():
        store.set_note(reference, text)
    store.set_archived(ARCHIVED, True)
    store.close()
    cases = CaseStore(path)
    for n, order in enumerate(shipped[:3]):
        case = open_case(f"case-{n}", order, CaseKind.NOT_RECEIVED, now)
        case = mark_step_done(case, CaseStep.CHECK_TRACKING, now)
        cases.save(record_message(case, "not_received.check_neighbours_post_office", "fr", MessageChannel.MAIL,
                                    now + timedelta(minutes=n)))
    cases.close()
    checks = ShopChecksStore(path)
    checks.record_fix(ShopFixRecord("TP-00001", "shop-a", now, "tracking_added", {"number": "6A00000000001"}))
    checks.record_fix(ShopFixRecord("TP-00002", "shop-a", now, "failed", {}))
    checks.close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return path


def snapshot(path: Path) -> dict[str, object]:
    conn = sqlite3.connect(path)
    try:
        return {
            "orders": {ref: (archived, payload) for ref, archived, payload in
                       conn.execute("SELECT reference, archived, payload FROM orders")},
            "history": {row[0]: row[1:] for row in conn.execute(
                "SELECT h.id, o.reference, h.seen_at, h.kind, h.status FROM history h JOIN orders o"
                " ON o.rowid = h.order_rowid")},
            "notes": dict(conn.execute("SELECT reference, text FROM notes")),
            "cases": dict(conn.execute("SELECT id, payload FROM cases")),
            "case_events": conn.execute("SELECT count(*) FROM case_events").fetchone()[0],
            "shop_fixes": sorted(conn.execute("SELECT reference, outcome, data FROM shop_fixes")),
        }
    finally:
        conn.close()


def leaf_pages(path: Path, table: str) -> list[tuple[int, int]]:
    """(page number, rows on it) of the table's leaf pages, in page order."""
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT pageno, ncell FROM dbstat WHERE name = ? AND pagetype = 'leaf'"
                            " ORDER BY pageno", (table,)).fetchall()
    finally:
        conn.close()


def page_size(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA page_size").fetchone()[0]
    finally:
        conn.close()


def zero(path: Path, offset: int, length: int) -> None:
    with open(path, "r+b") as file:
        file.seek(offset)
        file.write(bytes(length))


def open_and_compare(path: Path, before: dict[str, object]):
    """Open the damaged file as the app does; return (result, what the new file holds)."""
    damaged_bytes = path.read_bytes()
    result = open_database(path)
    assert result.rebuilt and result.moved_to is not None and result.salvaged is not None
    assert result.salvaged.source == result.moved_to
    assert result.moved_to.read_bytes() == damaged_bytes  # read, never written
    after = snapshot(path)
    for reference, row in after["orders"].items():
        assert row == before["orders"][reference]  # the payload and the archive flag, unchanged
    for key, row in after["history"].items():
        assert row == before["history"][key]
    assert not [p for p in path.parent.iterdir() if p.name.endswith(".salvage")]  # temporary copy gone
    store = OrderStore(path)
    try:
        assert store.sync_cursor() is None and store.last_full_sync_at() is None  # a full sync follows
        for reference in after["orders"]:
            store.order(reference)  # every salvaged row reads back as an order
        assert store.order_count() == len(after["orders"])
    finally:
        store.close()
    return result, after


def assert_merchant_data_whole(result, before, after) -> None:
    assert after["notes"] == before["notes"]
    assert after["cases"] == before["cases"] and after["case_events"] == before["case_events"]
    assert after["shop_fixes"] == before["shop_fixes"]
    salvaged = result.salvaged
    assert (salvaged.notes, salvaged.cases, salvaged.case_events, salvaged.shop_fixes) == (
        len(NOTES), 3, before["case_events"], 2)
    cases = CaseStore(result.path)
    try:
        assert [c.id for c in cases.open_cases()] == ["case-2", "case-1", "case-0"]
        assert len(cases.events_for("TP-00000")) == 3  # opened, step done, message sent
    finally:
        cases.close()


def test_a_zeroed_header_is_rebuilt_and_everything_comes_back(profile_db, caplog):
    before = snapshot(profile_db)
    zero(profile_db, 0, 100)
    with caplog.at_level(logging.WARNING, logger="tpop_desktop.store"):
        result, after = open_and_compare(profile_db, before)
    assert result.salvaged.header_rebuilt
    assert after["orders"] == before["orders"] and after["history"] == before["history"]
    assert (result.salvaged.orders, result.salvaged.archived) == (ORDERS, len(ARCHIVED))
    assert result.salvaged.history == ORDERS + 3 * SHIPPED  # new; then status changed, shipped, delivered
    assert_merchant_data_whole(result, before, after)
    print(f"\nzeroed header: {result.salvaged.counts()}")
    assert str(result.moved_to) in caplog.text and f"{ORDERS} orders" in caplog.text


def test_zeroed_pages_in_the_middle_lose_only_the_rows_on_them(profile_db):
    before = snapshot(profile_db)
    size = page_size(profile_db)
    orders_pages = leaf_pages(profile_db, "orders")
    history_pages = leaf_pages(profile_db, "history")
    hit = orders_pages[len(orders_pages) // 2: len(orders_pages) // 2 + 3] + history_pages[-3:-1]
    for number, _rows in hit:
        zero(profile_db, (number - 1) * size, size)
    result, after = open_and_compare(profile_db, before)
    lost_orders = sum(rows for _n, rows in hit[:3])
    assert result.salvaged.orders == len(after["orders"]) == ORDERS - lost_orders
    assert result.salvaged.archived == sum(1 for archived, _p in after["orders"].values() if archived)
    assert len(after["history"]) <= len(before["history"]) - sum(rows for _n, rows in hit[3:])
    assert result.salvaged.history == len(after["history"]) > 0
    assert_merchant_data_whole(result, before, after)
    print(f"\nzeroed pages {[n for n, _r in hit]}: {result.salvaged.counts()} (lost {lost_orders} orders)")


def test_a_file_cut_in_half_keeps_what_the_first_half_holds(profile_db):
    before = snapshot(profile_db)
    with open(profile_db, "r+b") as file:
        file.truncate(profile_db.stat().st_size // 2)
    result, after = open_and_compare(profile_db, before)
    assert 0 < result.salvaged.orders == len(after["orders"]) < ORDERS
    assert result.salvaged.history == len(after["history"])
    assert_merchant_data_whole(result, before, after)
    print(f"\ncut in half: {result.salvaged.counts()}")


def test_a_destroyed_first_page_is_read_page_by_page(profile_db, caplog):
    """Page 1 holds the list of tables: without it SQLite finds no row at all, so every row
    comes from reading the pages themselves (case events and fix records look too much
    alike there to be told apart, and are left in the kept file)."""
    before = snapshot(profile_db)
    with open(profile_db, "r+b") as file:
        file.write(b"\x5a" * page_size(profile_db))
    with caplog.at_level(logging.WARNING, logger="tpop_desktop.store"):
        result, after = open_and_compare(profile_db, before)
    assert after["notes"] == before["notes"] and after["cases"] == before["cases"]
    assert after["orders"] == before["orders"] and after["history"] == before["history"]
    assert (result.salvaged.case_events, result.salvaged.shop_fixes) == (0, 0)
    assert result.moved_to.exists() and str(result.moved_to) in caplog.text
    print(f"\ndestroyed first page: {result.salvaged.counts()}")


def test_a_file_that_is_not_a_database_salvages_nothing(tmp_path):
    path = tmp_path / "orders.sqlite3"
    path.write_text("this is a shopping list, not a database\n" * 200)
    result = open_database(path)
    assert result.rebuilt and result.salvaged is not None
    assert result.salvaged.counts() == dict.fromkeys(result.salvaged.counts(), 0)


def test_a_cut_file_from_a_real_sync_is_salvaged_in_order(tmp_path, sandbox, sandbox_token):
    """A cut tree can hand rows back out of order; the reader must move on, never loop."""
    path = tmp_path / "orders.sqlite3"
    open_database(path)
    store, source = OrderStore(path), TpopConnector(sandbox.base_url, sandbox_token)
    try:
        run_sync(source, store)
    finally:
        store.close()
        source.close()
    before = snapshot(path)
    with open(path, "r+b") as file:
        file.truncate(path.stat().st_size // 2)
    result, after = open_and_compare(path, before)
    assert 0 < result.salvaged.orders == len(after["orders"]) < len(before["orders"])


@pytest.mark.parametrize("damage", ["zeroed header", "destroyed first page"])
def test_rows_still_only_in_the_wal_are_salvaged_too(tmp_path, profile_db, damage):
    """A crash leaves the latest transactions in the -wal file: they count as much as the rest."""
    crashed = tmp_path / "crashed" / "orders.sqlite3"
    crashed.parent.mkdir()
    store = OrderStore(profile_db)
    try:
        store.set_note("TP-00042", "written just before the crash")
        store.set_archived(["TP-00043"], True)
        for suffix in ("", "-wal"):  # the files as a power cut leaves them, the app still running
            Path(f"{crashed}{suffix}").write_bytes(Path(f"{profile_db}{suffix}").read_bytes())
    finally:
        store.close()
    assert Path(f"{crashed}-wal").stat().st_size > 0
    before = snapshot(profile_db)
    with open(crashed, "r+b") as file:
        file.write(bytes(100) if damage == "zeroed header" else b"\x5a" * page_size(profile_db))
    result, after = open_and_compare(crashed, before)
    assert after["notes"]["TP-00042"] == "written just before the crash"
    assert after["orders"]["TP-00043"][0] == 1
    assert len(after["orders"]) == ORDERS
