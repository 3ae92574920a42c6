"""The start-up check begun early on a thread gives open_database the same verdicts as its own check."""

from __future__ import annotations

import os
import sqlite3

import pytest

from tpop_desktop.store.database import IntegrityCheck, open_database
from tpop_desktop.store.errors import StoreTooNewError
from tpop_desktop.store.orders_store import OrderStore


def fill(db_path, build_order, now, count=400):
    store = OrderStore(db_path)
    store.apply_sync([build_order(f"TP-{i:05d}") for i in range(count)], cursor="c1", seen_at=now)
    store.close()


def middle_order_page(db_path) -> int:
    """The byte offset of a leaf page halfway through the orders table."""
    conn = sqlite3.connect(db_path)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        pages = [n for (n,) in conn.execute("SELECT pageno FROM dbstat WHERE name = 'orders' AND pagetype = 'leaf'"
                                            " ORDER BY pageno")]
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    finally:
        conn.close()
    return (pages[len(pages) // 2] - 1) * page_size


def test_a_healthy_file_keeps_its_orders(db_path, build_order, now):
    fill(db_path, build_order, now)
    result = open_database(db_path, check=IntegrityCheck(db_path))
    assert not result.rebuilt
    store = OrderStore(db_path)
    assert store.order_count() == 400
    store.close()


def test_garbage_in_the_middle_is_found_and_the_file_moved_aside(db_path, build_order, now):
    fill(db_path, build_order, now)
    store = OrderStore(db_path)
    store.close()
    with open(db_path, "r+b") as file:
        file.seek(middle_order_page(db_path))  # garbage over two of the orders' own pages
        file.write(os.urandom(8192))
    result = open_database(db_path, check=IntegrityCheck(db_path))
    assert result.rebuilt and result.moved_to is not None and result.moved_to.exists()
    store = OrderStore(db_path)
    assert store.order_count() == result.salvaged.orders < 400  # what could still be read
    store.close()


def test_a_newer_file_is_refused_untouched(db_path):
    with open(db_path, "r+b") as file:
        file.seek(60)
        file.write((999).to_bytes(4, "big"))
    before = db_path.read_bytes()
    with pytest.raises(StoreTooNewError):
        open_database(db_path, check=IntegrityCheck(db_path))
    assert db_path.read_bytes() == before


def test_no_file_yet(tmp_path):
    path = tmp_path / "new" / "orders.sqlite3"
    result = open_database(path, check=IntegrityCheck(path))
    assert not result.rebuilt and path.exists()
