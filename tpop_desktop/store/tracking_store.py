"""TrackingStore: carrier statuses, events, budgets and registrations, on the order database.

One row per shipment holds its latest carrier status (what the Parcel column sorts and
filters on); every carrier event is stored once under its natural key and never deleted by
a refresh, so an answer that forgets an event loses nothing. A refreshed batch is written
in one transaction together with the calls it cost, so the daily budget survives a crash or
a restart exactly as the parcels do. Open one instance per thread.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from tpop_desktop.core.parcel import (
    STATUS_RANK,
    CarrierEvent,
    ParcelChange,
    ParcelStatus,
    ParcelTracking,
    TrackingServiceId,
    carrier_time_text,
    event_keys,
    reconcile,
)
from tpop_desktop.core.parcel_refresh import (
    CALLS,
    REGISTRATIONS,
    STOP_AFTER,
    ParcelCandidate,
    budget_period,
    route_for,
)
from tpop_desktop.store.codec import decode_time, encode_time
from tpop_desktop.store.connection import StoreConnection
from tpop_desktop.store.sync_writer import CHUNK
from tpop_desktop.store.tracking_codec import (
    EVENT_COLUMNS,
    PARCEL_COLUMNS,
    decode_event,
    decode_parcel,
    encode_payload,
    event_values,
)

Service = TrackingServiceId


@dataclass(frozen=True)
class ParcelWrite:
    """One answer to store for one shipment (``tracking_number`` as TPOP gave it)."""

    reference: str
    tracking_number: str
    tracking: ParcelTracking


@dataclass(frozen=True)
class BatchWrite:
    """Everything one call to a service produced, written in one transaction."""

    service: Service
    at: datetime
    parcels: Sequence[ParcelWrite] = ()
    calls: int = 0
    fetched: Sequence[str] = ()  # normalised numbers asked about (per-number daily counts)
    registered: Sequence[str] = ()  # normalised numbers the aggregator now knows
    unregistered: Sequence[str] = ()  # numbers it says it does not know (register again)
    registrations_used: int = 0


@dataclass(frozen=True)
class StoredParcel:
    """The latest carrier status of one order's shipment, for the table, chips and notifications."""

    reference: str
    tracking_number: str
    tracking: ParcelTracking = field(repr=False)
    checked_at: datetime
    changed_at: datetime


class TrackingStore(StoreConnection):
    """Carrier tracking on the order database; errors are ``StoreError``."""

    TABLES = ("carrier_events", "parcels", "carrier_fetches", "carrier_registrations")  # not the budget: the key's

    # -- the refresh ----------------------------------------------------------------------

    def candidates(self, now: datetime, *, references: Iterable[str] | None = None,
                   include_final: bool = False) -> list[ParcelCandidate]:
        """Shipped orders' shipments still worth asking about (not archived, shipped within 45 days)."""
        sql = ("SELECT o.reference, s.tracking_number, s.carrier, coalesce(s.shipped_at, o.created_at),"
               " p.status, p.is_final, p.number_rejected, p.checked_at"
               " FROM shipments s JOIN orders o ON o.rowid = s.order_rowid"
               " LEFT JOIN parcels p ON p.reference = o.reference AND p.tracking_number = s.tracking_number"
               " WHERE s.tracking_number != '' AND o.status IN ('shipped', 'delivered')")
        params: list[Any] = []
        if references is None:
            sql += " AND o.archived = 0 AND coalesce(s.shipped_at, o.created_at) >= ?"
            params.append(encode_time(now - STOP_AFTER))
        else:
            wanted = sorted(set(references))[:CHUNK]
            sql += f" AND o.reference IN ({','.join('?' * len(wanted))})"
            params.extend(wanted)
        if not include_final:
            sql += " AND coalesce(p.is_final, 0) = 0"
        sql += " ORDER BY o.reference, s.position"
        rows = self._read(lambda: self._conn.execute(sql, params).fetchall())
        day = budget_period(CALLS, now)
        fetches = dict(((service, number), count) for service, number, count in self._read(
            lambda: self._conn.execute("SELECT service, number, count FROM carrier_fetches WHERE day = ?",
                                       (day,)).fetchall()))
        registered = {number for (number,) in self._read(lambda: self._conn.execute(
            "SELECT number FROM carrier_registrations WHERE service = ?", (Service.SEVENTEEN_TRACK.value,)
        ).fetchall())}
        result = []
        for reference, number, carrier, shipped, status, final, rejected, checked in rows:
            route = route_for(carrier, number)
            if route is None:
                continue
            result.append(ParcelCandidate(
                reference=reference, tracking_number=number, carrier=carrier,
                shipped_at=decode_time(shipped), status=ParcelStatus(status) if status else None,
                is_final=bool(final), number_rejected=bool(rejected), checked_at=decode_time(checked),
                fetches_today=fetches.get((route.service.value, route.number), 0),
                registered=route.number in registered,
            ))
        return result

    def save_batch(self, batch: BatchWrite) -> list[ParcelChange]:
        """Store one batch atomically; returns the parcels whose status changed."""
        at = encode_time(batch.at)
        service = batch.service.value

        def write() -> list[ParcelChange]:
            changes = [change for item in batch.parcels if (change := self._write_parcel(item, at)) is not None]
            self._add_budget(service, CALLS, budget_period(CALLS, batch.at), batch.calls)
            self._add_budget(service, REGISTRATIONS, budget_period(REGISTRATIONS, batch.at), batch.registrations_used)
            day = budget_period(CALLS, batch.at)
            self._conn.execute("DELETE FROM carrier_fetches WHERE day < ?", (day,))
            for number in dict.fromkeys(batch.fetched):
                self._conn.execute(
                    "INSERT INTO carrier_fetches (service, number, day, count) VALUES (?, ?, ?, 1)"
                    " ON CONFLICT(service, number, day) DO UPDATE SET count = count + 1", (service, number, day))
            self._conn.executemany(
                "INSERT OR IGNORE INTO carrier_registrations (service, number, registered_at) VALUES (?, ?, ?)",
                [(service, number, at) for number in dict.fromkeys(batch.registered)])
            self._conn.executemany("DELETE FROM carrier_registrations WHERE service = ? AND number = ?",
                                   [(service, number) for number in dict.fromkeys(batch.unregistered)])
            return changes

        return self._transaction(write)

    def record_calls(self, service: Service, at: datetime, calls: int) -> None:
        """Calls that produced nothing to store (a failed call still counts against the quota)."""
        self._transaction(lambda: self._add_budget(service.value, CALLS, budget_period(CALLS, at), calls))

    def _add_budget(self, service: str, kind: str, period: str, used: int) -> None:
        if used > 0:
            self._conn.execute(
                "INSERT INTO carrier_budget (service, kind, period, used) VALUES (?, ?, ?, ?)"
                " ON CONFLICT(service, kind, period) DO UPDATE SET used = used + excluded.used",
                (service, kind, period, used))

    def _write_parcel(self, item: ParcelWrite, at: str) -> ParcelChange | None:
        key = (item.reference, item.tracking_number)
        previous = self._conn.execute(
            "SELECT status, is_final, changed_at FROM parcels WHERE reference = ? AND tracking_number = ?",
            key).fetchone()
        old = ParcelStatus(previous[0]) if previous else None
        chosen = reconcile(old, bool(previous[1]), item.tracking) if previous else item.tracking
        self._insert_events(item.tracking.service.value, item.tracking_number, item.tracking.events, at)
        if chosen is None:
            self._conn.execute("UPDATE parcels SET checked_at = ? WHERE reference = ? AND tracking_number = ?",
                               (at, *key))
            return None
        changed_at = at if previous is None or old is not chosen.status else previous[2]
        self._conn.execute(
            f"INSERT INTO parcels ({PARCEL_COLUMNS}, status_rank) VALUES ({','.join('?' * 14)})"
            " ON CONFLICT(reference, tracking_number) DO UPDATE SET service = excluded.service,"
            " status = excluded.status, status_rank = excluded.status_rank, status_at = excluded.status_at,"
            " code = excluded.code, label = excluded.label, is_final = excluded.is_final,"
            " not_yet_available = excluded.not_yet_available, number_rejected = excluded.number_rejected,"
            " checked_at = excluded.checked_at, changed_at = excluded.changed_at, payload = excluded.payload",
            (*key, chosen.service.value, chosen.status.value, carrier_time_text(chosen.status_at), chosen.code,
             chosen.label, int(chosen.is_final), int(chosen.not_yet_available), int(chosen.number_rejected),
             at, changed_at, encode_payload(chosen), STATUS_RANK[chosen.status]))
        if old is chosen.status:
            return None
        return ParcelChange(item.reference, item.tracking_number, old, chosen.status, chosen)

    def _insert_events(self, service: str, number: str, events: Sequence[CarrierEvent], at: str) -> None:
        keys = event_keys(events)
        rows = [(service, number, key, *event_values(event), at)
                for key, event in zip(reversed(keys), reversed(events), strict=True)]  # oldest first
        self._conn.executemany(
            f"INSERT OR IGNORE INTO carrier_events (service, tracking_number, event_key, {EVENT_COLUMNS}, seen_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)

    # -- budgets and registrations --------------------------------------------------------

    def budget_used(self, service: Service, kind: str, now: datetime) -> int:
        """Calls (this UTC day) or registrations (this month) already spent on ``service``."""
        row = self._read(lambda: self._conn.execute(
            "SELECT used FROM carrier_budget WHERE service = ? AND kind = ? AND period = ?",
            (service.value, kind, budget_period(kind, now))).fetchone())
        return int(row[0]) if row else 0

    def budgets(self, now: datetime) -> dict[Service, dict[str, int]]:
        """Every service's calls today and registrations this month (Settings' "used today")."""
        return {service: {kind: self.budget_used(service, kind, now) for kind in (CALLS, REGISTRATIONS)}
                for service in Service}

    def registered(self, service: Service, numbers: Iterable[str]) -> set[str]:
        wanted = list(dict.fromkeys(numbers))
        found: set[str] = set()
        for start in range(0, len(wanted), CHUNK):
            block = wanted[start:start + CHUNK]
            sql = (f"SELECT number FROM carrier_registrations WHERE service = ?"
                   f" AND number IN ({','.join('?' * len(block))})")
            found.update(n for (n,) in self._read(lambda: self._conn.execute(sql, (service.value, *block)).fetchall()))
        return found

    # -- what the UI reads ----------------------------------------------------------------

    def latest_for(self, references: Iterable[str]) -> dict[str, StoredParcel]:
        """Each order's latest shipment's stored carrier status (orders without one are absent)."""
        wanted = list(dict.fromkeys(references))
        found: dict[str, tuple[int, StoredParcel]] = {}
        for start in range(0, len(wanted), CHUNK):
            block = wanted[start:start + CHUNK]
            for position, stored in self._parcels(f"p.reference IN ({','.join('?' * len(block))})", block):
                if stored.reference not in found or position >= found[stored.reference][0]:
                    found[stored.reference] = (position, stored)
        return {reference: stored for reference, (_, stored) in found.items()}

    def parcels_of(self, reference: str) -> list[ParcelTracking]:
        """Every shipment of one order with its stored events, latest shipment first."""
        rows = sorted(self._parcels("p.reference = ?", [reference]), key=lambda pair: -pair[0])
        return [self._with_events(stored.tracking, stored.tracking_number) for _, stored in rows]

    def events(self, service: Service, tracking_number: str) -> list[CarrierEvent]:
        """Stored events of one parcel, newest first."""
        rows = self._read(lambda: self._conn.execute(
            f"SELECT {EVENT_COLUMNS} FROM carrier_events WHERE service = ? AND tracking_number = ?"
            " ORDER BY event_time DESC, id DESC", (service.value, tracking_number)).fetchall())
        return [event for row in rows if (event := decode_event(row)) is not None]

    def status_counts(self) -> dict[ParcelStatus, int]:
        """Orders per carrier status (an order counts once per status its shipments have)."""
        rows = self._read(lambda: self._conn.execute(
            "SELECT status, count(DISTINCT reference) FROM parcels GROUP BY status").fetchall())
        counts = dict.fromkeys(ParcelStatus, 0)
        for status, count in rows:
            counts[ParcelStatus(status)] = count
        return counts

    def latest_status_counts(self) -> dict[ParcelStatus, int]:
        """Orders shown in the table (not archived) per carrier status of their latest shipment (the chips)."""
        rows = self._read(lambda: self._conn.execute(
            "SELECT p.status, count(*) FROM orders o JOIN parcels p"
            " ON p.reference = o.reference AND p.tracking_number = o.tracking_number"
            " WHERE o.archived = 0 GROUP BY p.status").fetchall())
        counts = dict.fromkeys(ParcelStatus, 0)
        for status, count in rows:
            counts[ParcelStatus(status)] = count
        return counts

    def _parcels(self, where: str, params: Sequence[Any]) -> list[tuple[int, StoredParcel]]:
        columns = ", ".join(f"p.{name.strip()}" for name in PARCEL_COLUMNS.split(","))
        sql = (f"SELECT {columns}, coalesce(max(s.position), -1) FROM parcels p"
               " LEFT JOIN orders o ON o.reference = p.reference"
               " LEFT JOIN shipments s ON s.order_rowid = o.rowid AND s.tracking_number = p.tracking_number"
               f" WHERE {where} GROUP BY p.reference, p.tracking_number")
        result = []
        for row in self._read(lambda: self._conn.execute(sql, params).fetchall()):
            tracking = decode_parcel(row[:13])
            if tracking is not None:
                stored = StoredParcel(row[0], row[1], tracking, decode_time(row[10]),  # type: ignore[arg-type]
                                      decode_time(row[11]))  # type: ignore[arg-type]
                result.append((int(row[13]), stored))
        return result

    def _with_events(self, tracking: ParcelTracking, tracking_number: str) -> ParcelTracking:
        return replace(tracking, events=tuple(self.events(tracking.service, tracking_number)))

    # -- lifecycle ------------------------------------------------------------------------

    def clear(self) -> None:
        """Forget every parcel, event, count and registration (the budget stays: it is the key's)."""
        self.wipe(self.TABLES)
