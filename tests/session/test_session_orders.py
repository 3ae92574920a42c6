"""The order service without a window: "Today", the filter lists, archiving by age, the export."""

from __future__ import annotations

import csv
from datetime import datetime, timedelta, timezone

import pytest

from tpop_desktop.core.attention import needs_attention
from tpop_desktop.core.local_time import local_midnight, local_today
from tpop_desktop.core.models import BlockReason, Platform, Status
from tpop_desktop.session.csv_export import Labels
from tpop_desktop.session.orders import OrderService
from tpop_desktop.store.records import OrderQuery, SortKey


@pytest.fixture
def service(qapp, synced_database):
    orders = OrderService(synced_database)
    yield orders
    orders.close()


def labels() -> Labels:
    return Labels(header=[str(i) for i in range(19)], yes="y", no="n",
                  status={s: s.value for s in Status}, reasons={r: r.value for r in BlockReason},
                  platforms={p: p.value for p in Platform})


def test_today_counts_what_shipped_today_what_is_blocked_and_what_needs_attention(qtbot, service, sandbox):
    now = datetime.now(timezone.utc)
    midnight = local_midnight(local_today(now))
    orders = sandbox.orders()
    with qtbot.waitSignal(service.todayCounted, timeout=10000) as counted:
        service.count_today()
    counts = counted.args[0]
    assert counts.shipped_today == sum(1 for o in orders if o.status in (Status.SHIPPED, Status.DELIVERED)
                                       and o.shipped_at is not None and o.shipped_at >= midnight)
    assert counts.blocked == sum(1 for o in orders if o.status is Status.BLOCKED)
    assert counts.needs_attention == sum(1 for o in orders if needs_attention(o, now))
    assert service.today == counts


def test_the_filter_lists_name_every_shop_and_country(qtbot, service, sandbox):
    with qtbot.waitSignal(service.facetsRead, timeout=10000) as read:
        service.load_facets()
    facets = read.args[0]
    assert {shop_id for shop_id, _name in facets.shops} == {o.shop.id for o in sandbox.orders()}
    assert set(facets.countries) == {o.destination.country for o in sandbox.orders()}


def visible(database) -> set[str]:
    store = database.orders()
    try:
        rows = store.rows(store.query_ids(OrderQuery(), now=datetime.now(timezone.utc)))
    finally:
        store.close()
    return {row.reference for row in rows.values()}


def test_archiving_by_age_runs_in_the_background_and_archives_only_old_deliveries(qtbot, service, sandbox,
                                                                                   synced_database):
    cutoff = datetime.now(timezone.utc) - timedelta(days=45)
    old = {o.reference for o in sandbox.orders()
           if o.status is Status.DELIVERED and (o.delivered_at or o.updated_at) < cutoff}
    archived = []
    service.archive_delivered(45, archived.append, pytest.fail)
    qtbot.waitUntil(lambda: bool(archived), timeout=10000)
    assert archived == [len(old)] and old
    assert visible(synced_database) == {o.reference for o in sandbox.orders()} - old


def test_the_export_reports_progress_and_writes_the_view(qtbot, service, sandbox, tmp_path):
    target = tmp_path / "orders.csv"
    done, progress = [], []
    task = service.export_csv(target, OrderQuery(statuses=frozenset({Status.BLOCKED})), SortKey.CREATED, True,
                              labels(), on_done=done.append, on_error=pytest.fail,
                              on_progress=lambda d, t: progress.append((d, t)))
    qtbot.waitUntil(lambda: bool(done), timeout=10000)
    assert task.finished.is_set()
    blocked = [o for o in sandbox.orders() if o.status is Status.BLOCKED]
    with open(target, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))[1:]
    assert done == [len(rows)] and {row[0] for row in rows} == {o.reference for o in blocked}
    assert progress[0] == (0, len(blocked)) and progress[-1] == (len(blocked), len(blocked))
