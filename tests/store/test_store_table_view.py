"""OrderStore.table: the query thread's fast path gives exactly query_ids + status_counts."""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tpop_desktop.core.models import Status
from tpop_desktop.store import OrderQuery, OrderStore, SortKey, open_database

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from synthetic_orders import advance, generate_orders  # noqa: E402

NOW = datetime(2026, 1, 15, 12, 0, tzinfo=UTC)

QUERIES = [
    OrderQuery(),
    OrderQuery(statuses=frozenset({Status.DELIVERED})),
    OrderQuery(statuses=frozenset({Status.OPEN, Status.BLOCKED})),
    OrderQuery(text="m"),
    OrderQuery(text="mü"),
    OrderQuery(text="muller"),
    OrderQuery(text="lyon", statuses=frozenset({Status.SHIPPED, Status.DELIVERED})),
    OrderQuery(text="no such order"),
    OrderQuery(countries=frozenset({"fr"}), statuses=frozenset({Status.BLOCKED})),
    OrderQuery(needs_attention=True),
    OrderQuery(created_from=datetime(2025, 6, 1, tzinfo=UTC)),
    OrderQuery(include_archived=True),
    OrderQuery(include_archived=True, statuses=frozenset({Status.DELIVERED})),
]


def _fill(store: OrderStore) -> OrderStore:
    store.apply_sync(list(generate_orders(400, seed=5, now=NOW)), cursor="c1", seen_at=NOW)
    store.archive_delivered(90, now=NOW)  # some archived rows, so include_archived matters
    return store


@pytest.fixture
def many(store):
    return _fill(store)


@pytest.fixture(scope="module")
def shared(tmp_path_factory):
    path = tmp_path_factory.mktemp("table") / "orders.sqlite3"
    open_database(path)
    store = _fill(OrderStore(path))
    yield store
    store.close()


@pytest.mark.parametrize("query", QUERIES, ids=repr)
def test_table_matches_the_plain_queries_for_every_sort(shared, query):
    for sort in SortKey:
        for descending in (False, True):
            ids, counts = shared.table(query, sort, descending, now=NOW)
            assert ids == shared.query_ids(query, sort, descending, now=NOW), (sort, descending)
            assert counts == shared.status_counts(query, now=NOW)


def test_a_sync_written_by_another_connection_shows_at_once(many, db_path):
    reader = OrderStore(db_path)
    try:
        before, _ = reader.table(OrderQuery(statuses=frozenset({Status.SHIPPED})), now=NOW)
        shipped = [o for o in generate_orders(400, seed=5, now=NOW) if o.status is Status.SHIPPED][:3]
        import random

        delivered = [advance(order, random.Random(1), NOW) for order in shipped]
        many.apply_sync(delivered, cursor="c2", seen_at=NOW)
        after, counts = reader.table(OrderQuery(statuses=frozenset({Status.SHIPPED})), now=NOW)
        assert len(after) == len(before) - 3
        assert after == reader.query_ids(OrderQuery(statuses=frozenset({Status.SHIPPED})), now=NOW)
        assert counts == reader.status_counts(now=NOW)
    finally:
        reader.close()


def test_archiving_through_the_same_store_is_seen_by_its_next_table(many):
    ids, _ = many.table(OrderQuery(), SortKey.REFERENCE, False, now=NOW)
    first = many.rows(ids[:2])
    many.set_archived([row.reference for row in first.values()], True)
    after, _ = many.table(OrderQuery(), SortKey.REFERENCE, False, now=NOW)
    assert after == ids[2:]
