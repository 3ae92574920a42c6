"""A reference repeated within a sync (same page or later pages) is one change, from its last copy.

The contract allows an order to show up again on a later page (it changed while the pages
were read); a hostile server could also repeat it to fabricate a timeline. Either way the
history gets what changed between the stored order and the last copy, once.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from fault_server import GOOD_ORDER, FaultServer

from tpop_desktop.connectors.tpop import TpopConnector
from tpop_desktop.core.changes import EventKind
from tpop_desktop.core.models import Status
from tpop_desktop.store import OrderStore, open_database
from tpop_desktop.sync.engine import run_sync


def order(reference: str, status: str, tracking: str = "") -> dict:
    shipments = [{"carrier": "La Poste", "tracking_number": tracking, "shipped_at": "2026-03-01T11:00:00Z",
                  "delivered_at": "2026-03-03T11:00:00Z" if status == "delivered" else None}] if tracking else []
    return {**GOOD_ORDER, "reference": reference, "status": status, "shipments": shipments}


@pytest.fixture
def server() -> FaultServer:
    server = FaultServer().start()
    server.always = "scripted pages"
    yield server
    server.stop()


@pytest.fixture
def store(tmp_path: Path):
    path = tmp_path / "orders.sqlite3"
    open_database(path)
    the_store = OrderStore(path)
    yield the_store
    the_store.close()


def sync(server: FaultServer, store: OrderStore, pages: list[list[dict]]):
    server.pages = pages
    source = TpopConnector(server.url, "repeat-token-77f1", timeout=(2.0, 5.0))
    try:
        return run_sync(source, store)
    finally:
        source.close()


@pytest.mark.parametrize("layout", ["across pages", "within one page"])
def test_a_new_order_repeated_in_one_sync_has_one_history_entry_from_its_last_copy(server, store, layout):
    copies = [order("TP-1", "open"), order("TP-1", "shipped", "LB1"), order("TP-1", "delivered", "LB1"),
              order("TP-1", "delivered", "LB1")]
    pages = [[copy] for copy in copies] if layout == "across pages" else [copies]
    report = sync(server, store, pages)
    history = store.history("TP-1")
    assert [(h.kind, h.status) for h in history] == [(EventKind.NEW, Status.DELIVERED)]
    assert [(e.kind, e.order.status) for e in report.events] == [(EventKind.NEW, Status.DELIVERED)]
    assert store.order("TP-1").status is Status.DELIVERED
    assert report.received == 1 and store.order_count() == 1


def test_a_stored_order_repeated_in_one_sync_changes_once_from_the_stored_to_the_last_copy(server, store):
    sync(server, store, [[order("TP-2", "open"), order("TP-9", "open")]])
    report = sync(server, store, [[order("TP-2", "shipped", "LB2")], [order("TP-9", "production")],
                                  [order("TP-2", "delivered", "LB2")], [order("TP-2", "delivered", "LB2")]])
    this_sync = store.history("TP-2")[1:]
    assert [(h.kind, h.status, h.previous_status) for h in this_sync] == [
        (EventKind.STATUS_CHANGED, Status.DELIVERED, Status.OPEN),
        (EventKind.SHIPPED, Status.DELIVERED, Status.OPEN),
        (EventKind.DELIVERED, Status.DELIVERED, Status.OPEN),
    ]
    assert [h.kind for h in store.history("TP-9")] == [EventKind.NEW, EventKind.STATUS_CHANGED]
    assert len([e for e in report.events if e.reference == "TP-2"]) == 3
    assert report.received == 2 and report.changed_references == {"TP-2", "TP-9"}
