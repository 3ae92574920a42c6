"""CaseStore on a real SQLite file: cases survive a restart, their events form a timeline."""

from __future__ import annotations

import sqlite3
from datetime import timedelta

import pytest

from tpop_desktop.core.cases import (
    CaseKind,
    CaseStep,
    Decision,
    MessageChannel,
    decide,
    mark_step_done,
    mark_step_undone,
    open_case,
    record_message,
    reopen,
)
from tpop_desktop.core.models import Status
from tpop_desktop.store import OrderStore, open_database
from tpop_desktop.store.cases_store import CaseEventKind, CaseStore
from tpop_desktop.store.errors import StoreUnavailableError
from tpop_desktop.store.schema import migrate

BEFORE_CASES = 2  # the schema version released before cases existed (steps are append-only)


@pytest.fixture
def cases(db_path):
    store = CaseStore(db_path)
    yield store
    store.close()


@pytest.fixture
def delivered(build_order, now):
    return build_order("TP-100001", status=Status.DELIVERED, tracking=("6A12345678901",),
                       shipped_at=now - timedelta(days=6), delivered_at=now - timedelta(days=2))


def test_a_saved_case_is_found_again_after_reopening_the_file(db_path, delivered, now):
    store = CaseStore(db_path)
    case = mark_step_done(open_case("c1", delivered, CaseKind.NOT_RECEIVED, now), CaseStep.CHECK_TRACKING, now)
    store.save(case)
    store.close()

    again = CaseStore(db_path)
    try:
        assert again.get("c1") == case
        assert again.for_order("TP-100001") == [case]
        assert again.get("missing") is None
    finally:
        again.close()


def test_open_and_closed_cases_are_listed_apart_most_recent_first(cases, build_order, delivered, now):
    other = build_order("TP-100002", status=Status.DELIVERED, tracking=("6A999",), delivered_at=now)
    first = open_case("c1", delivered, CaseKind.NOT_RECEIVED, now)
    second = open_case("c2", other, CaseKind.NOT_RECEIVED, now + timedelta(minutes=1))
    cases.save(first)
    cases.save(second)
    assert [c.id for c in cases.open_cases()] == ["c2", "c1"]
    assert cases.closed_cases() == []

    refused = decide(first, Decision.REFUSED, now + timedelta(minutes=5))
    cases.save(refused)
    assert [c.id for c in cases.open_cases()] == ["c2"]
    assert cases.closed_cases() == [refused]

    cases.save(reopen(refused, now + timedelta(minutes=6)))
    assert [c.id for c in cases.open_cases()] == ["c1", "c2"]


def test_each_change_becomes_a_timeline_event_with_its_own_time(cases, delivered, now):
    t = [now + timedelta(minutes=i) for i in range(6)]
    case = open_case("c1", delivered, CaseKind.NOT_RECEIVED, t[0])
    cases.save(case)
    case = mark_step_done(case, CaseStep.CHECK_TRACKING, t[1])
    cases.save(case)
    case = record_message(case, "not_received.check_neighbours_post_office", "fr", MessageChannel.MAIL, t[2])
    cases.save(case)
    case = decide(case, Decision.RESHIP_AT_MY_COST, t[3])
    cases.save(case)
    cases.record_manual_order("c1", "TP-200000", t[4])
    case = reopen(case, t[5])
    cases.save(case)

    events = cases.events_for("TP-100001")
    assert [(e.at, e.kind, e.data) for e in events] == [
        (t[0], CaseEventKind.OPENED, {}),
        (t[1], CaseEventKind.STEP_DONE, {"step": "check_tracking"}),
        (t[2], CaseEventKind.MESSAGE, {"template_id": "not_received.check_neighbours_post_office",
                                       "language": "fr", "channel": "mail"}),
        (t[3], CaseEventKind.DECIDED, {"decision": "reship_at_my_cost"}),
        (t[4], CaseEventKind.MANUAL_ORDER, {"reference": "TP-200000"}),
        (t[5], CaseEventKind.REOPENED, {}),
    ]
    assert {e.case_kind for e in events} == {"not_received"}
    assert cases.manual_order("c1") == "TP-200000"


def test_a_step_unticked_is_in_the_timeline_and_a_case_opened_by_mistake_can_be_withdrawn(cases, delivered, now):
    t = [now + timedelta(minutes=i) for i in range(4)]
    case = open_case("c1", delivered, CaseKind.NOT_RECEIVED, t[0])
    cases.save(case)
    case = mark_step_done(case, CaseStep.CHECK_TRACKING, t[1])
    cases.save(case)
    case = mark_step_undone(case, CaseStep.CHECK_TRACKING, t[2])
    cases.save(case)
    assert [e.kind for e in cases.events_for("TP-100001")][-1] is CaseEventKind.STEP_UNDONE
    assert cases.withdrawable("c1") and cases.withdraw("c1")
    assert cases.for_order("TP-100001") == [] and cases.events_for("TP-100001") == []


def test_a_decided_or_reshipped_case_stays_on_record(cases, delivered, now):
    """Withdrawing is for a mistake: once decided (even if reopened since) or reshipped, it cannot be."""
    case = open_case("c1", delivered, CaseKind.NOT_RECEIVED, now)
    cases.save(case)
    case = decide(case, Decision.RESHIP_AT_MY_COST, now + timedelta(minutes=1))
    cases.save(case)
    cases.record_manual_order("c1", "TP-200000", now + timedelta(minutes=2))
    cases.save(reopen(case, now + timedelta(minutes=3)))
    assert not cases.withdrawable("c1") and not cases.withdraw("c1")
    assert cases.manual_order("c1") == "TP-200000" and len(cases.events_for("TP-100001")) == 4


def test_saving_the_same_case_twice_adds_no_event(cases, delivered, now):
    case = open_case("c1", delivered, CaseKind.NOT_RECEIVED, now)
    assert [e.kind for e in cases.save(case)] == [CaseEventKind.OPENED]
    assert cases.save(case) == []
    assert len(cases.events_for("TP-100001")) == 1


def test_a_case_cannot_move_to_another_order(cases, build_order, delivered, now):
    cases.save(open_case("c1", delivered, CaseKind.NOT_RECEIVED, now))
    other = build_order("TP-100009", status=Status.DELIVERED, tracking=("X1",), delivered_at=now)
    with pytest.raises(ValueError):
        cases.save(open_case("c1", other, CaseKind.NOT_RECEIVED, now))
    assert cases.for_order("TP-100009") == []


def test_an_unreadable_row_is_skipped_not_fatal(cases, db_path, delivered, now):
    cases.save(open_case("good", delivered, CaseKind.NOT_RECEIVED, now))
    conn = sqlite3.connect(db_path)
    conn.execute("INSERT INTO cases (id, reference, kind, closed, opened_at, updated_at, payload)"
                 " VALUES ('bad', 'TP-100001', 'not_received', 0, 'x', 'x', '{\"version\": 99}')")
    conn.commit()
    conn.close()
    assert [c.id for c in cases.for_order("TP-100001")] == ["good"]


def test_clear_forgets_every_case(cases, delivered, now):
    cases.save(open_case("c1", delivered, CaseKind.NOT_RECEIVED, now))
    cases.clear()
    assert cases.open_cases() == [] and cases.events_for("TP-100001") == []


def test_migrating_from_the_version_before_cases_keeps_notes_and_the_cursor(tmp_path, delivered, now):
    path = tmp_path / "orders.sqlite3"
    conn = sqlite3.connect(path, isolation_level=None)
    migrate(conn, target=BEFORE_CASES)
    conn.execute("INSERT INTO notes (reference, text, updated_at) VALUES (?, ?, ?)",
                 (delivered.reference, "Called the customer", "2026-03-01T12:00:00.000000Z"))
    conn.execute("INSERT INTO sync_state (key, value) VALUES ('cursor', 'c-1')")
    conn.close()

    result = open_database(path)

    assert result.migrated_from == BEFORE_CASES and not result.rebuilt
    orders = OrderStore(path)
    store = CaseStore(path)
    try:
        assert orders.note(delivered.reference) == "Called the customer"
        assert orders.sync_cursor() == "c-1"
        case = open_case("c1", delivered, CaseKind.NOT_RECEIVED, now)
        store.save(case)
        assert store.get("c1") == case
    finally:
        store.close()
        orders.close()


def test_a_store_on_an_unmigrated_file_is_refused(tmp_path):
    path = tmp_path / "old.sqlite3"
    conn = sqlite3.connect(path, isolation_level=None)
    migrate(conn, target=BEFORE_CASES)
    conn.close()
    with pytest.raises(StoreUnavailableError):
        CaseStore(path)
