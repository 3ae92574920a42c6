"""What the orders table shows: search, filters, sorting, chips, archive, notes, sign-out."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from tpop_desktop.core.attention import needs_attention
from tpop_desktop.core.transit import Estimate, TransitStats
from tpop_desktop.store.handle import Database
from tpop_desktop.core.models import BlockReason, Status
from tpop_desktop.store import OrderQuery, SortKey
from tpop_desktop.store.codec import INDEXED_CHARS, ORDER_COLUMNS, encode_payload, order_columns

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
DAY = timedelta(days=1)


@pytest.fixture
def orders(build_order):
    return [
        build_order("TP-1001", customer="Élodie Müller", email="elodie@example.org", city="Liège",
                    country="BE", postcode="4000", created_at=NOW - 10 * DAY, number="#1042"),
        build_order("TP-1002", customer="Jürgen Schröder", country="DE", postcode="10115", city="Berlin",
                    shop="shop-b", status=Status.SHIPPED, tracking=("6A123456789",),
                    shipped_at=NOW - 30 * DAY, created_at=NOW - 31 * DAY),
        build_order("TP-1003", customer="zoë martin", city="Paris", postcode="75011",
                    status=Status.BLOCKED, block_reason=BlockReason.ADDRESS, created_at=NOW - 5 * DAY),
        build_order("TP-1004", customer="Anaïs Lefèvre", city="Lyon", postcode="69003",
                    status=Status.DELIVERED, tracking=("6A999",), shipped_at=NOW - 60 * DAY,
                    delivered_at=NOW - 55 * DAY, created_at=NOW - 62 * DAY),
        build_order("TP-1005", customer="Bob Øster", city="Århus", country="DK", postcode="8000",
                    shop="shop-b", status=Status.SHIPPED, tracking=("LA1FR", "LA2FR"),
                    shipped_at=NOW - 2 * DAY, created_at=NOW - 3 * DAY),
        build_order("TP-1006", customer="Chloé Dupont", city="Genève", country="CH", postcode="1201",
                    status=Status.CANCELLED, created_at=NOW - 1 * DAY),
    ]


@pytest.fixture
def filled(store, orders):
    store.apply_sync(orders, cursor="c1", seen_at=NOW)
    return store


def refs(store, query=OrderQuery(), sort=SortKey.CREATED, descending=True):
    ids = store.query_ids(query, sort, descending, now=NOW)
    rows = store.rows(ids)
    return [rows[i].reference for i in ids]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("muller", {"TP-1001"}),
        ("MÜLLER", {"TP-1001"}),
        ("ELODIE", {"TP-1001"}),
        ("elodie@example", {"TP-1001"}),
        ("liege", {"TP-1001"}),
        ("#1042", {"TP-1001"}),
        ("tp-1003", {"TP-1003"}),
        ("6a123456", {"TP-1002"}),  # a tracking number, part of it
        ("la2fr", {"TP-1005"}),  # the second parcel's number
        ("75011", {"TP-1003"}),
        ("10115", {"TP-1002"}),
        ("schroder", {"TP-1002"}),
        ("aarhus", set()),
        ("arhus", {"TP-1005"}),
        ("oster", {"TP-1005"}),
        ("dk", {"TP-1005"}),  # a country code (two letters: the short-text path)
        ("ch", {"TP-1006", "TP-1002"}),  # also in "schroder"
        ("geneve", {"TP-1006"}),
        ("  Zoë  ", {"TP-1003"}),
        ("100", {"TP-1001", "TP-1002", "TP-1003", "TP-1004", "TP-1005", "TP-1006"}),
        ("nobody", set()),
        ('"', set()),
        ("%", set()),
    ],
)
def test_search_ignores_case_and_accents(filled, text, expected):
    assert set(refs(filled, OrderQuery(text=text))) == expected


def test_search_does_not_match_scattered_trigrams(filled, store, build_order):
    store.apply_sync([build_order("TP-2000", customer="abc xbcd")], cursor="c2", seen_at=NOW)
    assert refs(store, OrderQuery(text="abcd")) == []
    assert refs(store, OrderQuery(text="xbcd")) == ["TP-2000"]


def test_search_follows_a_changed_customer(filled, build_order):
    filled.apply_sync([build_order("TP-1001", customer="Élodie Martin", created_at=NOW - 10 * DAY)],
                      cursor="c2", seen_at=NOW)
    assert refs(filled, OrderQuery(text="muller")) == []
    assert "TP-1001" in refs(filled, OrderQuery(text="martin"))


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        (OrderQuery(statuses=frozenset({Status.SHIPPED})), {"TP-1002", "TP-1005"}),
        (OrderQuery(statuses=frozenset({Status.BLOCKED, Status.CANCELLED})), {"TP-1003", "TP-1006"}),
        (OrderQuery(shop_ids=frozenset({"shop-b"})), {"TP-1002", "TP-1005"}),
        (OrderQuery(countries=frozenset({"BE", "dk"})), {"TP-1001", "TP-1005"}),
        (OrderQuery(created_from=NOW - 10 * DAY), {"TP-1001", "TP-1003", "TP-1005", "TP-1006"}),
        (OrderQuery(created_to=NOW - 10 * DAY), {"TP-1002", "TP-1004"}),  # exclusive end
        (OrderQuery(created_from=NOW - 31 * DAY, created_to=NOW - 4 * DAY), {"TP-1001", "TP-1002", "TP-1003"}),
        (OrderQuery(needs_attention=True), {"TP-1002", "TP-1003"}),
        (OrderQuery(text="paris", statuses=frozenset({Status.BLOCKED})), {"TP-1003"}),
        (OrderQuery(shop_ids=frozenset({"shop-b"}), statuses=frozenset({Status.OPEN})), set()),
    ],
)
def test_filters(filled, query, expected):
    assert set(refs(filled, query)) == expected


def test_needs_attention_in_sql_agrees_with_the_core_rule(store, build_order):
    varied = []
    for index, (status, shipped_days, delivered) in enumerate(
        [(s, d, dl) for s in Status for d in (None, 1, 20, 21, 22, 90) for dl in (False, True)]
    ):
        shipped_at = NOW - timedelta(days=d) if (d := shipped_days) is not None else None
        varied.append(build_order(
            f"TP-{5000 + index}", status=status,
            tracking=("6A" + str(index),) if shipped_at else (),
            shipped_at=shipped_at,
            delivered_at=shipped_at + DAY if (shipped_at and delivered) else None,
            block_reason=BlockReason.PAYMENT if status is Status.BLOCKED else None,
        ))
    store.apply_sync(varied, cursor="c1", seen_at=NOW)
    # two orders in three have an estimate: its usual window ended 2 days ago, or ends in 2 days
    expected = {o.reference: NOW + timedelta(days=2 if i % 5 < 2 else -2) for i, o in enumerate(varied) if i % 3}
    insights = Database(store.path).insights()
    try:
        insights.save_estimates(Estimate(ref, "FR", "colissimo", TransitStats(10, None, None, 1, 3), at)
                                for ref, at in expected.items())
    finally:
        insights.close()
    late_ones = set()
    for moment in (NOW, NOW + timedelta(days=3), NOW - timedelta(days=30)):
        ids = store.query_ids(OrderQuery(needs_attention=True), now=moment)
        from_sql = {row.reference for row in store.rows(ids).values()}
        from_core = {o.reference for o in varied if needs_attention(o, moment, expected.get(o.reference))}
        assert from_sql == from_core
        assert from_core  # the set is varied enough to contain some
        late_ones |= from_core - {o.reference for o in varied if needs_attention(o, moment)}
    assert late_ones  # some are there only for being late


def test_archived_orders_are_hidden_unless_asked_for(filled):
    assert filled.archive_delivered(30, now=NOW) == 1  # TP-1004, delivered 55 days ago
    assert "TP-1004" not in refs(filled)
    assert refs(filled, OrderQuery(text="anais")) == []
    assert refs(filled, OrderQuery(text="anais", include_archived=True)) == ["TP-1004"]
    assert filled.archive_delivered(30, now=NOW) == 0
    assert filled.set_archived(["TP-1004"], False) == 1
    assert "TP-1004" in refs(filled)
    filled.set_archived(["TP-1001", "TP-1003"], True)
    assert set(refs(filled)) == {"TP-1002", "TP-1004", "TP-1005", "TP-1006"}
    assert filled.order_count() == 6


def test_recently_delivered_orders_are_not_archived(filled):
    assert filled.archive_delivered(60, now=NOW) == 0


@pytest.mark.parametrize(
    ("sort", "ascending"),
    [
        (SortKey.REFERENCE, ["TP-1001", "TP-1002", "TP-1003", "TP-1004", "TP-1005", "TP-1006"]),
        (SortKey.CREATED, ["TP-1004", "TP-1002", "TP-1001", "TP-1003", "TP-1005", "TP-1006"]),
        (SortKey.CUSTOMER, ["TP-1004", "TP-1005", "TP-1006", "TP-1001", "TP-1002", "TP-1003"]),
        (SortKey.DESTINATION, ["TP-1001", "TP-1006", "TP-1002", "TP-1005", "TP-1004", "TP-1003"]),
        (SortKey.STATUS, ["TP-1001", "TP-1003", "TP-1002", "TP-1005", "TP-1004", "TP-1006"]),
        (SortKey.TRACKING, ["TP-1001", "TP-1003", "TP-1006", "TP-1002", "TP-1004", "TP-1005"]),
        (SortKey.SHOP, ["TP-1001", "TP-1003", "TP-1004", "TP-1006", "TP-1002", "TP-1005"]),
    ],
)
def test_sorting_each_key_both_ways(filled, sort, ascending):
    assert refs(filled, sort=sort, descending=False) == ascending
    assert refs(filled, sort=sort, descending=True) == ascending[::-1]


def test_sorting_is_case_and_accent_insensitive(store, build_order):
    names = ["zoé", "Élodie", "adam", "Émile", "Bruno"]
    store.apply_sync([build_order(f"TP-{i}", customer=n) for i, n in enumerate(names)], cursor=None, seen_at=NOW)
    ids = store.query_ids(OrderQuery(), SortKey.CUSTOMER, False, now=NOW)
    assert [store.rows(ids)[i].customer_name for i in ids] == ["adam", "Bruno", "Élodie", "Émile", "zoé"]


def test_status_counts_ignore_the_status_filter_but_not_the_others(filled):
    counts = filled.status_counts(now=NOW)
    assert counts == {Status.OPEN: 0, Status.PRODUCTION: 1, Status.BLOCKED: 1, Status.SHIPPED: 2,
                      Status.DELIVERED: 1, Status.CANCELLED: 1}
    query = OrderQuery(shop_ids=frozenset({"shop-b"}), statuses=frozenset({Status.OPEN}))
    assert filled.status_counts(query, now=NOW)[Status.SHIPPED] == 2
    assert sum(filled.status_counts(OrderQuery(text="muller"), now=NOW).values()) == 1


def test_rows_carry_what_the_table_shows(filled):
    rowid = filled.rowid_for("TP-1005")
    row = filled.rows([rowid, 999_999])[rowid]
    assert (row.reference, row.customer_name, row.city, row.country) == ("TP-1005", "Bob Øster", "Århus", "DK")
    assert (row.status, row.tracking_number, row.carrier) == (Status.SHIPPED, "LA2FR", "colissimo")
    assert row.shipped_at == NOW - 2 * DAY and row.delivered_at is None and not row.archived
    assert filled.rows([999_999]) == {}
    assert filled.rowid_for("TP-404") is None
    assert set(filled.rowids_for(["TP-1001", "TP-404", "TP-1001"])) == {"TP-1001"}


def test_rows_are_fetched_for_many_ids(store, build_order):
    store.apply_sync([build_order(f"TP-{i}") for i in range(1200)], cursor=None, seen_at=NOW)
    ids = store.query_ids(OrderQuery(), SortKey.REFERENCE, now=NOW)
    assert len(store.rows(ids)) == 1200
    assert len(store.rowids_for(f"TP-{i}" for i in range(1200))) == 1200


def test_notes(filled):
    assert filled.note("TP-1001") == ""
    filled.set_note("TP-1001", "Client rappelé le 3/03 — renvoi gratuit")
    assert filled.note("TP-1001") == "Client rappelé le 3/03 — renvoi gratuit"
    filled.set_note("TP-1001", "")
    assert filled.note("TP-1001") == ""


def test_clear_forgets_everything(filled):
    filled.set_note("TP-1001", "note")
    filled.clear()
    assert filled.order_count() == 0
    assert filled.sync_cursor() is None and filled.last_sync_at() is None
    assert filled.history("TP-1001") == [] and filled.note("TP-1001") == ""
    assert refs(filled, OrderQuery(text="muller")) == []


def test_a_huge_name_is_indexed_by_its_start_and_kept_whole(store, build_order, now):
    huge = "Zoë " + "N" * 80_000 + " hidden-tail"
    order = build_order("TP-HUGE", customer=huge, city="Gent" + "x" * 5000)
    store.apply_sync([order], cursor="c1", seen_at=now)
    columns = dict(zip(ORDER_COLUMNS, order_columns(order, encode_payload(order))))
    assert len(columns["customer_sort"]) == len(columns["city_sort"]) == INDEXED_CHARS
    assert len(columns["search_text"]) < 3 * INDEXED_CHARS
    assert store.query_ids(OrderQuery(text="zoe n"), now=now) == [store.rowid_for("TP-HUGE")]
    assert store.query_ids(OrderQuery(text="hidden-tail"), now=now) == []  # past what anyone types
    assert store.order("TP-HUGE").customer.name == huge


def test_expected_by_sorts_both_ways_and_orders_without_an_estimate_stay_last(filled):
    insights = Database(filled.path).insights()
    try:
        insights.save_estimates(Estimate(ref, "FR", "colissimo", TransitStats(10, None, None, 1, 3), NOW + offset)
                                for ref, offset in (("TP-1003", DAY), ("TP-1005", 3 * DAY), ("TP-1001", 2 * DAY)))
    finally:
        insights.close()
    ascending = refs(filled, sort=SortKey.EXPECTED, descending=False)
    descending = refs(filled, sort=SortKey.EXPECTED, descending=True)
    assert ascending[:3] == ["TP-1003", "TP-1001", "TP-1005"] and descending[:3] == ["TP-1005", "TP-1001", "TP-1003"]
    assert set(ascending[3:]) == set(descending[3:]) == {"TP-1002", "TP-1004", "TP-1006"}
