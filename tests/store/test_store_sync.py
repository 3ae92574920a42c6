"""apply_sync: what a sync writes, what it returns, and that it is all or nothing."""

from __future__ import annotations

import os
import sqlite3
import threading
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from tpop_desktop.core.changes import EVENT_TEXT_LIMIT, EventKind
from tpop_desktop.core.models import BlockReason, Status
from tpop_desktop.store import OrderStore, StoreError, StoreUnavailableError
from tpop_desktop.store.errors import StorageCause

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
LATER = NOW + timedelta(minutes=5)


def kinds(events):
    return [(e.reference, e.kind) for e in events]


def test_first_sync_stores_orders_and_reports_them_new(store, build_order):
    orders = [build_order("TP-1001"), build_order("TP-1002", customer="Élodie Müller")]
    events = store.apply_sync(orders, cursor="c1", seen_at=NOW)
    assert kinds(events) == [("TP-1001", EventKind.NEW), ("TP-1002", EventKind.NEW)]
    assert store.order("TP-1002") == orders[1]
    assert store.order_count() == 2
    assert store.sync_cursor() == "c1"
    assert store.last_sync_at() == NOW


def test_changes_are_returned_and_kept_in_history_with_the_time_first_seen(store, build_order):
    store.apply_sync([build_order("TP-1")], cursor="c1", seen_at=NOW)
    shipped = build_order("TP-1", status=Status.SHIPPED, tracking=("6A100",))
    events = store.apply_sync([shipped], cursor="c2", seen_at=LATER)
    assert [(e.kind, e.detail) for e in events] == [
        (EventKind.STATUS_CHANGED, "shipped"),
        (EventKind.SHIPPED, "6A100"),
    ]
    assert store.order("TP-1") == shipped
    history = store.history("TP-1")
    assert [(h.kind, h.status, h.seen_at) for h in history] == [
        (EventKind.NEW, Status.PRODUCTION, NOW),
        (EventKind.STATUS_CHANGED, Status.SHIPPED, LATER),
        (EventKind.SHIPPED, Status.SHIPPED, LATER),
    ]
    assert history[1].previous_status is Status.PRODUCTION
    assert history[2].detail == "6A100"


def test_history_accumulates_across_syncs_and_resending_adds_nothing(store, build_order):
    blocked = build_order("TP-1", status=Status.BLOCKED, block_reason=BlockReason.PAYMENT)
    store.apply_sync([build_order("TP-1")], cursor="c1", seen_at=NOW)
    store.apply_sync([blocked], cursor="c2", seen_at=LATER)
    assert store.apply_sync([blocked], cursor="c3", seen_at=LATER + timedelta(minutes=5)) == []
    second_parcel = build_order("TP-1", status=Status.SHIPPED, tracking=("6A1", "6A2"))
    store.apply_sync([second_parcel], cursor="c4", seen_at=LATER + timedelta(hours=1))
    assert [h.kind for h in store.history("TP-1")] == [
        EventKind.NEW,
        EventKind.STATUS_CHANGED,
        EventKind.BLOCKED,
        EventKind.STATUS_CHANGED,
        EventKind.SHIPPED,
        EventKind.SHIPPED,
    ]
    assert store.history("TP-unknown") == []


def test_the_same_order_twice_in_one_sync_is_written_once(store, build_order):
    order = build_order("TP-1")
    events = store.apply_sync([order, order], cursor="c1", seen_at=NOW)
    assert kinds(events) == [("TP-1", EventKind.NEW)]
    assert len(store.history("TP-1")) == 1


def test_an_order_repeated_in_one_call_is_written_once_from_its_last_copy(store, build_order):
    store.apply_sync([build_order("TP-1")], cursor="c1", seen_at=NOW)
    copies = [build_order("TP-1", status=Status.SHIPPED, tracking=("6A1",)), build_order("TP-2"),
              build_order("TP-1", status=Status.DELIVERED, tracking=("6A1",), delivered_at=NOW)]
    events = store.apply_sync(copies, cursor="c2", seen_at=LATER)
    assert kinds(events) == [("TP-1", EventKind.STATUS_CHANGED), ("TP-1", EventKind.SHIPPED),
                             ("TP-1", EventKind.DELIVERED), ("TP-2", EventKind.NEW)]
    assert {h.previous_status for h in store.history("TP-1")[1:]} == {Status.PRODUCTION}
    assert store.order("TP-1") == copies[2]


class Boom(Exception):
    pass


def failing_after(orders, count):
    for index, order in enumerate(orders):
        if index == count:
            raise Boom("connection lost mid-page")
        yield order


def test_an_error_while_reading_orders_keeps_the_previous_sync_intact(store, db_path, build_order):
    first = [build_order(f"TP-{i}") for i in range(10)]
    store.apply_sync(first, cursor="c1", seen_at=NOW)
    changed = [replace(o, status=Status.CANCELLED) for o in first] + [build_order(f"TP-{i}") for i in range(10, 1200)]
    with pytest.raises(Boom):  # the caller's own error passes through unchanged
        store.apply_sync(failing_after(changed, 1100), cursor="c2", seen_at=LATER)
    assert store.sync_cursor() == "c1"
    assert store.order_count() == 10
    assert store.order("TP-3").status is Status.PRODUCTION
    assert [h.kind for h in store.history("TP-3")] == [EventKind.NEW]
    # A fresh connection sees the same: nothing was committed.
    other = OrderStore(db_path)
    try:
        assert other.sync_cursor() == "c1" and other.order_count() == 10
    finally:
        other.close()


def test_a_full_disk_rolls_back_and_says_so(store, db_path, build_order):
    store.apply_sync([build_order("TP-1")], cursor="c1", seen_at=NOW)
    pages = store._conn.execute("PRAGMA page_count").fetchone()[0]
    store._conn.execute(f"PRAGMA max_page_count = {pages + 2}")  # simulates a full disk
    many = [build_order(f"TP-{i}", customer="Ørjan Øster " * 20) for i in range(2, 400)]
    with pytest.raises(StoreUnavailableError, match="is full: free some space") as raised:
        store.apply_sync(many, cursor="c2", seen_at=LATER)
    assert raised.value.cause is StorageCause.DISK_FULL and raised.value.folder == db_path.parent
    assert store.sync_cursor() == "c1"
    assert store.order_count() == 1


def file_state(path):
    files = sorted(p for p in path.parent.iterdir())
    return [(p.name, p.stat().st_size, p.stat().st_mtime_ns) for p in files]


def test_an_idle_sync_does_not_write_the_file(store, db_path, build_order):
    orders = [build_order(f"TP-{i}") for i in range(5)]
    store.apply_sync(orders, cursor="c1", seen_at=NOW)
    store._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = file_state(db_path)
    changes_before = store._conn.total_changes
    assert store.apply_sync([], cursor="c2", seen_at=LATER) == []
    assert store.apply_sync(orders, cursor="c3", seen_at=LATER) == []
    assert store._conn.total_changes == changes_before
    assert file_state(db_path) == before
    # The caller still sees the newest cursor and time from this store...
    assert store.sync_cursor() == "c3"
    assert store.last_sync_at() == LATER
    # ...and they are written when the store closes.
    store.close()
    reopened = OrderStore(db_path)
    try:
        assert reopened.sync_cursor() == "c3"
        assert reopened.last_sync_at() == LATER
    finally:
        reopened.close()


def test_a_full_sync_is_recorded_even_when_nothing_changed(store):
    assert store.last_full_sync_at() is None
    store.apply_sync([], cursor=None, seen_at=NOW, full=True)
    assert store.last_full_sync_at() == NOW


def test_a_status_change_brings_an_archived_order_back(store, build_order):
    store.apply_sync([build_order("TP-1", status=Status.SHIPPED, tracking=("6A1",))], cursor="c1", seen_at=NOW)
    store.set_archived(["TP-1"], True)
    store.apply_sync([build_order("TP-1", status=Status.SHIPPED, tracking=("6A1",), customer="J. Dupont")],
                     cursor="c2", seen_at=LATER)
    assert store.rows([store.rowid_for("TP-1")])[store.rowid_for("TP-1")].archived
    store.apply_sync([build_order("TP-1", status=Status.CANCELLED, tracking=("6A1",))], cursor="c3", seen_at=LATER)
    assert not store.rows([store.rowid_for("TP-1")])[store.rowid_for("TP-1")].archived


def test_a_writer_thread_and_a_reader_on_the_main_thread_share_the_file(db_path, build_order):
    reader = OrderStore(db_path)
    synced = threading.Event()
    done = threading.Event()
    failures: list[BaseException] = []

    def sync_worker():
        writer = OrderStore(db_path)
        try:
            writer.apply_sync([build_order(f"TP-{i}") for i in range(300)], cursor="c1", seen_at=NOW)
            synced.set()
            writer.apply_sync([build_order(f"TP-{i}") for i in range(300, 600)], cursor="c2", seen_at=LATER)
        except BaseException as error:  # reported to the main thread
            failures.append(error)
        finally:
            writer.close()
            done.set()

    thread = threading.Thread(target=sync_worker)
    thread.start()
    try:
        assert synced.wait(10)
        assert reader.order_count() >= 300
        assert done.wait(10)
        thread.join(10)
        assert failures == []
        assert reader.order_count() == 600
        assert reader.sync_cursor() == "c2"
    finally:
        reader.close()


def test_a_store_is_bound_to_the_thread_that_opened_it(store):
    errors: list[BaseException] = []
    thread = threading.Thread(target=lambda: _capture(errors, store.order_count))
    thread.start()
    thread.join(10)
    assert len(errors) == 1 and isinstance(errors[0], StoreError)


def _capture(errors, action):
    try:
        action()
    except BaseException as error:
        errors.append(error)


def test_store_refuses_a_file_that_open_database_did_not_prepare(tmp_path):
    with pytest.raises(StoreUnavailableError):
        OrderStore(tmp_path / "missing.sqlite3")
    plain = tmp_path / "plain.sqlite3"
    sqlite3.connect(plain).close()
    with pytest.raises(StoreUnavailableError):
        OrderStore(plain)
    assert os.path.exists(plain)


def test_a_closed_store_says_so(db_path):
    store = OrderStore(db_path)
    store.close()
    store.close()
    with pytest.raises(StoreUnavailableError):
        store.order_count()


def test_a_huge_name_is_stored_whole_while_its_event_carries_a_short_copy(store, build_order):
    order = build_order("TP-1", customer="N" * 80_000)
    [event] = store.apply_sync([order], cursor="c1", seen_at=NOW)
    assert len(event.order.customer.name) == EVENT_TEXT_LIMIT
    assert store.order("TP-1") == order
