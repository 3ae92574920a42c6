"""CaseStore: the merchant's guided cases, on the same SQLite file as the orders.

A case is stored whole (``case_to_dict`` as JSON) and, at each save, what changed since
the stored version becomes an event (opened, step done, message sent, decision,
reopened). Events carry the time of the change, so the order's timeline can show them;
the case itself only keeps its latest state. A case opened by mistake is withdrawn: it
and its events are gone. Use it from one thread (the GUI's).
"""

from __future__ import annotations

import json
import logging
from datetime import datetime

from tpop_desktop.core.cases import Case, case_from_dict, case_to_dict, steps_for
from tpop_desktop.store.codec import decode_time, encode_time
from tpop_desktop.store.connection import StoreConnection
from tpop_desktop.store.records import CaseEvent, CaseEventKind

log = logging.getLogger(__name__)


def changes_between(previous: Case | None, case: Case) -> list[tuple[datetime, CaseEventKind, dict[str, str]]]:
    """What ``case`` adds to ``previous`` (None: a new case), oldest first."""
    events: list[tuple[datetime, CaseEventKind, dict[str, str]]] = []
    if previous is None:
        events.append((case.opened_at, CaseEventKind.OPENED, {}))
    was_closed = previous is not None and previous.closed
    if was_closed and not case.closed:
        events.append((case.updated_at, CaseEventKind.REOPENED, {}))
    before = set(previous.steps_done) if previous is not None else set()
    final_step = steps_for(case.kind)[-1]
    newly_decided = case.closed and not was_closed
    for step in case.steps_done:
        if step in before or (newly_decided and step is final_step):
            continue  # the decision says it better than "decide: done"
        events.append((case.updated_at, CaseEventKind.STEP_DONE, {"step": step.value}))
    reopened = was_closed and not case.closed
    for step in previous.steps_done if previous is not None else ():
        if step not in case.steps_done and not (reopened and step is final_step):
            events.append((case.updated_at, CaseEventKind.STEP_UNDONE, {"step": step.value}))
    already_sent = len(previous.messages_sent) if previous is not None else 0
    for message in case.messages_sent[already_sent:]:
        events.append((message.sent_at, CaseEventKind.MESSAGE, {
            "template_id": message.template_id, "language": message.language, "channel": message.channel.value}))
    if newly_decided and case.decision is not None:
        events.append((case.decided_at or case.updated_at, CaseEventKind.DECIDED, {"decision": case.decision.value}))
    return events


class CaseStore(StoreConnection):
    """Cases and their events; every failure is a ``StoreError``. Call ``open_database`` first."""

    TABLES = ("case_events", "cases")  # what this store owns

    @staticmethod
    def _decode(payload: str) -> Case | None:
        """The stored case, or None for a row this version cannot read (logged, then skipped)."""
        try:
            return case_from_dict(json.loads(payload))
        except ValueError as error:  # json.JSONDecodeError is a ValueError too
            log.warning("skipped an unreadable case: %s", error)
            return None

    def _cases(self, sql: str, params: tuple[object, ...] = ()) -> list[Case]:
        rows = self._read(lambda: self._conn.execute(sql, params).fetchall())
        return [case for (payload,) in rows if (case := self._decode(payload)) is not None]

    # -- cases ----------------------------------------------------------------------------

    def save(self, case: Case) -> list[CaseEvent]:
        """Store ``case`` (insert or replace) and record what changed; returns the new events."""
        payload = json.dumps(case_to_dict(case), ensure_ascii=False, sort_keys=True)

        def write() -> list[CaseEvent]:
            row = self._conn.execute("SELECT reference, payload FROM cases WHERE id = ?", (case.id,)).fetchone()
            if row is not None and row[0] != case.reference:
                raise ValueError(f"case {case.id} belongs to order {row[0]}, not {case.reference}")
            previous = self._decode(row[1]) if row is not None else None
            self._conn.execute(
                "INSERT INTO cases (id, reference, kind, closed, opened_at, updated_at, payload)"
                " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET closed = excluded.closed,"
                " updated_at = excluded.updated_at, payload = excluded.payload",
                (case.id, case.reference, case.kind.value, int(case.closed), encode_time(case.opened_at),
                 encode_time(case.updated_at), payload),
            )
            events = [CaseEvent(case.id, case.reference, case.kind.value, at, kind, data)
                      for at, kind, data in changes_between(previous, case)]
            self._insert_events(events)
            return events

        return self._transaction(write)

    def _insert_events(self, events: list[CaseEvent]) -> None:
        self._conn.executemany(
            "INSERT INTO case_events (case_id, reference, at, kind, data) VALUES (?, ?, ?, ?, ?)",
            [(e.case_id, e.reference, encode_time(e.at), e.kind.value, json.dumps(e.data, sort_keys=True))
             for e in events],
        )

    def get(self, case_id: str) -> Case | None:
        found = self._cases("SELECT payload FROM cases WHERE id = ?", (case_id,))
        return found[0] if found else None

    def for_order(self, reference: str) -> list[Case]:
        """Every case of the order, oldest first."""
        return self._cases("SELECT payload FROM cases WHERE reference = ? ORDER BY opened_at, id",
                           (reference,))

    def open_cases(self) -> list[Case]:
        """Cases still waiting for a decision, most recently changed first."""
        return self._cases("SELECT payload FROM cases WHERE closed = 0 ORDER BY updated_at DESC, id")

    def closed_cases(self, limit: int = 200) -> list[Case]:
        """Decided cases, most recently changed first."""
        return self._cases("SELECT payload FROM cases WHERE closed = 1"
                           " ORDER BY updated_at DESC, id LIMIT ?", (limit,))

    def withdrawable(self, case_id: str) -> bool:
        """A case never decided and with no manual order placed: nothing the merchant paid for or told
        TPOP is in it, so it can be forgotten."""
        row = self._read(lambda: self._conn.execute(
            "SELECT c.reship_reference IS NULL AND NOT EXISTS (SELECT 1 FROM case_events e WHERE e.case_id = c.id"
            " AND e.kind IN (?, ?)) FROM cases c WHERE c.id = ?",
            (CaseEventKind.DECIDED.value, CaseEventKind.MANUAL_ORDER.value, case_id)).fetchone())
        return bool(row and row[0])

    def withdraw(self, case_id: str) -> bool:
        """Forget a case opened by mistake, with its events; False when there was none or it is not
        withdrawable (a decision or a reship stays on record)."""
        def write() -> bool:
            if not self.withdrawable(case_id):
                return False
            self._conn.execute("DELETE FROM case_events WHERE case_id = ?", (case_id,))
            return self._conn.execute("DELETE FROM cases WHERE id = ?", (case_id,)).rowcount > 0

        return self._transaction(write)

    # -- reships --------------------------------------------------------------------------

    def record_manual_order(self, case_id: str, order_reference: str, at: datetime) -> CaseEvent:
        """Remember the TPOP order that reships this case's parcel (placed through the API)."""
        def write() -> CaseEvent:
            row = self._conn.execute("SELECT reference, kind FROM cases WHERE id = ?", (case_id,)).fetchone()
            if row is None:
                raise ValueError(f"no case {case_id}: save it first")
            self._conn.execute("UPDATE cases SET reship_reference = ? WHERE id = ?", (order_reference, case_id))
            event = CaseEvent(case_id, row[0], row[1], at, CaseEventKind.MANUAL_ORDER, {"reference": order_reference})
            self._insert_events([event])
            return event

        return self._transaction(write)

    def manual_order(self, case_id: str) -> str | None:
        """The reship's TPOP order reference, when one was placed from the app."""
        row = self._read(lambda: self._conn.execute(
            "SELECT reship_reference FROM cases WHERE id = ?", (case_id,)).fetchone())
        return row[0] if row is not None else None

    # -- events ---------------------------------------------------------------------------

    def events_for(self, reference: str) -> list[CaseEvent]:
        """Every case event of the order, oldest first."""
        rows = self._read(lambda: self._conn.execute(
            "SELECT e.case_id, e.reference, c.kind, e.at, e.kind, e.data FROM case_events e"
            " JOIN cases c ON c.id = e.case_id WHERE e.reference = ? ORDER BY e.at, e.id",
            (reference,)).fetchall())
        events: list[CaseEvent] = []
        for case_id, order_reference, case_kind, at, kind, data in rows:
            try:
                decoded = json.loads(data)
                events.append(CaseEvent(case_id, order_reference, case_kind, decode_time(at),  # type: ignore[arg-type]
                                        CaseEventKind(kind), {str(k): str(v) for k, v in decoded.items()}))
            except (ValueError, AttributeError) as error:
                log.warning("skipped an unreadable case event: %s", error)
        return events

    # -- lifecycle --------------------------------------------------------------------------

    def clear(self) -> None:
        """Forget every case and its events."""
        self.wipe(self.TABLES)

